using PerfIndicators.Scoring;

namespace PerfIndicators.Cli.Commands;

/// <summary>
/// The checks every command makes on the paths it is given before doing any work — an input that does not exist, an
/// output folder that does not exist, a <c>--rules</c> folder that does not exist — and the messages for a file that
/// cannot be read or written and a policy that cannot be used, all in Chinese with an English gloss. A failed check is
/// exit code 1 (<see cref="ExitCodes.InputErrors"/>), like any input that cannot be read.
/// </summary>
internal static class CommandPaths
{
    /// <summary>Whether <paramref name="path"/> is a file that exists (or <c>-</c> when standard input is allowed); says why not.</summary>
    public static bool InputFile(CliConsole console, string command, string path, bool standardInput = false)
    {
        if ((standardInput && path == "-") || File.Exists(path))
        {
            return true;
        }

        console.Error.WriteLine(Directory.Exists(path)
            ? $"perfind {command}: 「{path}」是文件夹，请给出文件 (a folder; give a file)."
            : $"perfind {command}: 找不到「{path}」：文件不存在 (no such file).");
        return false;
    }

    /// <summary>Whether every path exists, as a file or a folder; names each that does not.</summary>
    public static bool InputFilesOrFolders(CliConsole console, string command, IEnumerable<string> paths)
    {
        var ok = true;
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                console.Error.WriteLine($"perfind {command}: 找不到「{path}」：文件或文件夹不存在 (no such file or folder).");
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>Whether <paramref name="output"/> can be created: its folder exists and it is not itself a folder.</summary>
    public static bool OutputFile(CliConsole console, string command, string output)
    {
        if (Directory.Exists(output))
        {
            console.Error.WriteLine($"perfind {command}: 「{output}」是文件夹，不能作为输出文件 (the output is a folder).");
            return false;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null && !Directory.Exists(folder))
        {
            console.Error.WriteLine($"perfind {command}: 输出文件夹「{folder}」不存在，未写入任何文件 (the output folder does not exist).");
            return false;
        }

        return true;
    }

    /// <summary>Whether the <c>--rules</c> folder, when given, exists.</summary>
    public static bool RulesFolder(CliConsole console, string command, string? rules)
    {
        if (rules is null || Directory.Exists(rules))
        {
            return true;
        }

        console.Error.WriteLine(File.Exists(rules)
            ? $"perfind {command}: --rules「{rules}」是文件，应为存放评分办法文件的文件夹 (--rules takes a folder; use --policy for a file)."
            : $"perfind {command}: --rules 文件夹「{rules}」不存在 (the --rules folder does not exist).");
        return false;
    }

    /// <summary>Says that <paramref name="path"/> could not be read, and why.</summary>
    public static void ReadFailed(CliConsole console, string command, string path, Exception exception) =>
        console.Error.WriteLine($"perfind {command}: 无法读取「{path}」：{FileErrors.Describe(exception)}");

    /// <summary>Says that <paramref name="path"/> could not be written, and why.</summary>
    public static void WriteFailed(CliConsole console, string command, string path, Exception exception) =>
        console.Error.WriteLine($"perfind {command}: 无法写入「{path}」：{FileErrors.Describe(exception)}");

    /// <summary>Whether an exception is one a file operation throws for a file that cannot be read or written.</summary>
    public static bool IsFileError(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException;

    /// <summary>
    /// The policy <paramref name="idOrPath"/> (looked for in <paramref name="rules"/> first), or null after saying why it
    /// cannot be used. When <paramref name="namedByData"/> (a project file's or a template's own policy), an id only.
    /// </summary>
    public static ScoringPolicy? Policy(CliConsole console, string command, string idOrPath, string? rules, bool namedByData = false)
    {
        try
        {
            return namedByData ? PolicyFiles.GetNamedByData(idOrPath, rules) : PolicyFiles.Get(idOrPath, rules);
        }
        catch (KeyNotFoundException)
        {
            console.Error.WriteLine($"perfind {command}: 没有 id 为「{idOrPath}」的评分办法 (no such policy)；可用：{string.Join("、", Known(rules))}；或用 --policy <文件>.json");
        }
        catch (ScoringPolicyException ex)
        {
            // The policy loader names the file, the rule and the expression for the policy's author.
            console.Error.WriteLine($"perfind {command}: 评分办法「{idOrPath}」有误，无法使用 (the policy is invalid)：{ex.Message}");
        }
        catch (Exception ex) when (IsFileError(ex))
        {
            console.Error.WriteLine($"perfind {command}: 无法读取评分办法文件「{idOrPath}」：{FileErrors.Describe(ex)}");
        }

        return null;
    }

    private static IEnumerable<string> Known(string? rules)
    {
        try
        {
            return PolicyFiles.Available(rules).Select(p => p.Id);
        }
        catch (Exception ex) when (ex is ScoringPolicyException || IsFileError(ex))
        {
            return ScoringPolicy.EmbeddedIds;
        }
    }

    /// <summary>The lint policy <paramref name="idOrPath"/> (looked for in <paramref name="rules"/><c>/lint</c> first), or null after saying why it cannot be used.</summary>
    public static PerfIndicators.Lint.LintPolicy? LintPolicy(CliConsole console, string command, string idOrPath, string? rules)
    {
        try
        {
            return PerfIndicators.Formats.Lint.LintPolicyFiles.Get(idOrPath, rules);
        }
        catch (Exception ex) when (ex is PerfIndicators.Lint.LintPolicyException || IsFileError(ex))
        {
            console.Error.WriteLine($"perfind {command}: 审核要点无法使用 (the lint policy cannot be used): " + ex.Message);
            return null;
        }
    }

    /// <summary>
    /// Reads from an existing results store (a SQLite file or a PostgreSQL connection string): opens it, runs
    /// <paramref name="read"/> and closes it; <see langword="null"/>, with why on standard error, when the file does not
    /// exist or the store cannot be read.
    /// </summary>
    public static T? ReadStore<T>(CliConsole console, string command, string target, Func<PerfIndicators.Formats.Store.ResultStore, T?> read)
        where T : class
    {
        if (!PerfIndicators.Formats.Store.ResultStore.IsPostgreSql(target) && !File.Exists(target))
        {
            console.Error.WriteLine($"perfind {command}: 结果库「{target}」不存在 (the store does not exist)");
            return null;
        }

        try
        {
            using var store = PerfIndicators.Formats.Store.ResultStore.Open(target);
            return read(store);
        }
        catch (PerfIndicators.Formats.Store.StoreException ex)
        {
            console.Error.WriteLine($"perfind {command}: {ex.Message}");
            return null;
        }
        catch (System.Data.Common.DbException ex)
        {
            console.Error.WriteLine($"perfind {command}: 读取结果库时出错 (reading the store failed): {ex.Message}");
            return null;
        }
    }
}
