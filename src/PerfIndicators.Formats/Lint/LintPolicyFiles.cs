using PerfIndicators.Formats.Files;
using PerfIndicators.Lint;

namespace PerfIndicators.Formats.Lint;

/// <summary>
/// Finds a lint policy by id or path: a file of its own, <c>&lt;rules&gt;/lint/&lt;id&gt;.json</c> in a <c>--rules</c> folder (the
/// layout of the repository's <c>rules/</c>), else the embedded set. A base named by <c>extends</c> is looked for beside the file.
/// </summary>
public static class LintPolicyFiles
{
    /// <summary>The lint policy <paramref name="idOrPath"/>, looked for in <paramref name="rulesDirectory"/> first.</summary>
    /// <exception cref="LintPolicyException">The file is not a valid lint policy, or no policy has the id.</exception>
    /// <exception cref="IOException">The file cannot be read (too large, unreadable).</exception>
    public static LintPolicy Get(string idOrPath, string? rulesDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrPath);
        if (!Scoring.ScoringPolicy.IsValidId(idOrPath))
        {
            return Load(idOrPath);
        }

        if (rulesDirectory is not null && Path.Combine(rulesDirectory, "lint", idOrPath + ".json") is var candidate && File.Exists(candidate))
        {
            return Load(candidate);
        }

        return LintPolicy.Get(idOrPath) ?? throw new LintPolicyException(idOrPath, null, "没有 id 为“" + idOrPath + "”的审核要点；内置：" + string.Join(", ", LintPolicy.EmbeddedIds) + " (no such lint policy)");
    }

    /// <summary>Reads the lint policy file at <paramref name="path"/>.</summary>
    public static LintPolicy Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        return LintPolicy.Parse(BoundedFile.ReadAllText(full, PolicyFiles.MaxPolicyBytes), path, folder is null ? null : id =>
        {
            var beside = Path.Combine(folder, id + ".json");
            return File.Exists(beside) ? new Scoring.PolicyText(BoundedFile.ReadAllText(beside, PolicyFiles.MaxPolicyBytes), beside) : null;
        });
    }
}
