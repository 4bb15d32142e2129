namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// A shipped policy as already read: the settings object the serializer gives for its file (after <c>extends</c>), its
/// content hash, and the checksums of the embedded files it was read from.
/// </summary>
/// <param name="ContentHash">The policy's SHA-256 as <see cref="PolicyLoader.Load"/> computes it.</param>
/// <param name="Files">Each embedded file read (the policy and its bases) with the FNV-1a checksum of its text.</param>
/// <param name="Create">Builds a fresh copy of the settings object.</param>
internal sealed record PrecompiledPolicy(string ContentHash, (string Id, ulong Checksum)[] Files, Func<PolicyFileDto> Create)
{
    /// <summary>Whether every file is still the text the policy was read from.</summary>
    public bool IsCurrent(Func<string, string?> readEmbedded)
    {
        foreach (var (id, checksum) in Files)
        {
            if (readEmbedded(id) is not { } text || PrecompiledPolicies.Checksum(text) != checksum)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// The shipped policies (<c>rules/*.json</c>, embedded) already read into their settings objects, as C#
/// (<c>PrecompiledPolicies.g.cs</c>, printed by a test from what the serializer gives, and checked by it). Loading an
/// embedded policy whose files are unchanged skips the JSON reading, merging, hashing and serializer start-up; the
/// settings are still checked and the rules compiled as for any file. A file that changed is read as before.
/// </summary>
internal static partial class PrecompiledPolicies
{
    /// <summary>The FNV-1a (64-bit) checksum of <paramref name="text"/>'s UTF-16 code units.</summary>
    public static ulong Checksum(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }

    /// <summary>The precompiled form of the embedded policy <paramref name="id"/>, or <see langword="null"/>.</summary>
    public static partial PrecompiledPolicy? Find(string id);
}
