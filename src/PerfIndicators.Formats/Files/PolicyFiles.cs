using System.Text;

namespace PerfIndicators.Formats.Files;

/// <summary>
/// Scoring policies read from files: a policy file by path, a policy by id from a folder of policy files searched before
/// the embedded ones (<c>--rules</c>), and the list of every policy available. A base named by <c>extends</c> is looked
/// for beside the file that names it, then among the embedded policies.
/// </summary>
public static class PolicyFiles
{
    /// <summary>The largest policy file read (4 MiB; the shipped ones are under 20 KB).</summary>
    public const long MaxPolicyBytes = 4L * 1024 * 1024;

    /// <summary>The JSON schema beside the policies in a rules folder; it is not a policy.</summary>
    public const string SchemaFileName = "policy.schema.json";

    /// <summary>Loads a policy file.</summary>
    /// <param name="path">The file's path. A base named by <c>extends</c> is looked for beside it, then among the embedded policies.</param>
    /// <exception cref="ScoringPolicyException">When the file is invalid.</exception>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    public static ScoringPolicy Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        return ScoringPolicy.Parse(BoundedFile.ReadAllText(full, MaxPolicyBytes), path, BesideIn(Path.GetDirectoryName(full)));
    }

    /// <summary>
    /// Finds a policy by id or path: a path to a <c>.json</c> file is loaded; an id is looked up as
    /// <c>&lt;rulesDirectory&gt;/&lt;id&gt;.json</c>, then among the embedded policies.
    /// </summary>
    /// <param name="idOrPath">A policy id (<c>hubei</c>) or a file path.</param>
    /// <param name="rulesDirectory">A directory of policy files to search first, or <see langword="null"/>.</param>
    /// <exception cref="ScoringPolicyException">When the file is invalid.</exception>
    /// <exception cref="KeyNotFoundException">When no policy has that id.</exception>
    /// <exception cref="DirectoryNotFoundException">When <paramref name="rulesDirectory"/> is given but does not exist.</exception>
    public static ScoringPolicy Get(string idOrPath, string? rulesDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrPath);
        CheckRulesDirectory(rulesDirectory);
        if (!ScoringPolicy.IsValidId(idOrPath))
        {
            return Load(idOrPath);
        }

        if (rulesDirectory is not null)
        {
            var candidate = Path.Combine(rulesDirectory, idOrPath + ".json");
            if (File.Exists(candidate))
            {
                return Load(candidate);
            }
        }

        return ScoringPolicy.Get(idOrPath);
    }

    /// <summary>
    /// Finds a policy named by a data file (a project JSON's <c>policy</c>, a template's metadata): an id only, looked
    /// up in <paramref name="rulesDirectory"/> and then among the embedded policies. A path is refused, so that the
    /// person filling a form never chooses which policy file runs; only the user of the command names files.
    /// </summary>
    /// <param name="id">The id the data file names.</param>
    /// <param name="rulesDirectory">The directory the user gave with <c>--rules</c>, or <see langword="null"/>.</param>
    /// <exception cref="ScoringPolicyException">When <paramref name="id"/> is not a policy id, or its file is invalid.</exception>
    /// <exception cref="KeyNotFoundException">When no policy has that id.</exception>
    public static ScoringPolicy GetNamedByData(string id, string? rulesDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!ScoringPolicy.IsValidId(id))
        {
            throw new ScoringPolicyException(
                Shorten(id), null, null, $"文件里的评分办法「{Shorten(id)}」不是评分办法 id：项目文件和模板只能写评分办法的 id（如 national），文件路径请用 --policy 指定 (a data file may name a policy id, not a path).");
        }

        return Get(id, rulesDirectory);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>The embedded policies, plus those in <paramref name="rulesDirectory"/> (which win when ids clash), ordered by id.</summary>
    /// <param name="rulesDirectory">A directory of policy files, or <see langword="null"/>.</param>
    /// <exception cref="ScoringPolicyException">When a file is invalid.</exception>
    /// <exception cref="DirectoryNotFoundException">When <paramref name="rulesDirectory"/> is given but does not exist.</exception>
    public static IReadOnlyList<ScoringPolicy> Available(string? rulesDirectory = null)
    {
        CheckRulesDirectory(rulesDirectory);
        var policies = new SortedDictionary<string, ScoringPolicy>(StringComparer.Ordinal);
        foreach (var policy in ScoringPolicy.Available())
        {
            policies[policy.Id] = policy;
        }

        if (rulesDirectory is not null)
        {
            foreach (var file in Directory.EnumerateFiles(rulesDirectory, "*.json").Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(file) == SchemaFileName)
                {
                    continue;
                }

                var policy = Load(file);
                policies[policy.Id] = policy;
            }
        }

        return [.. policies.Values];
    }

    /// <summary>A rules folder that is named must exist: a mistyped <c>--rules</c> would otherwise score silently with the embedded policies.</summary>
    private static void CheckRulesDirectory(string? rulesDirectory)
    {
        if (rulesDirectory is not null && !Directory.Exists(rulesDirectory))
        {
            throw new DirectoryNotFoundException("评分办法文件夹「" + rulesDirectory + "」不存在 (the rules folder does not exist).");
        }
    }

    /// <summary>Looks for a base policy <c>&lt;id&gt;.json</c> in <paramref name="directory"/>.</summary>
    private static Func<string, PolicyText?>? BesideIn(string? directory) => directory is null
        ? null
        : id =>
        {
            var candidate = Path.Combine(directory, id + ".json");
            return File.Exists(candidate) ? new PolicyText(BoundedFile.ReadAllText(candidate, MaxPolicyBytes), candidate) : null;
        };
}
