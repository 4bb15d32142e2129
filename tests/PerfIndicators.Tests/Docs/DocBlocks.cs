using System.Text;
using System.Text.RegularExpressions;

namespace PerfIndicators.Tests.Docs;

/// <summary>A fenced code block of a Markdown file: where it is, its language and its text.</summary>
public sealed record DocBlock(string File, int Line, string Language, string Text)
{
    /// <summary>The block immediately after this one (only blank lines between), or null.</summary>
    public DocBlock? Next { get; init; }

    public override string ToString() => $"{File}:{Line}";
}

/// <summary>A <c>perfind</c> command shown in the documentation, with the output shown for it (possibly shortened).</summary>
/// <param name="Block">Where it is shown.</param>
/// <param name="Arguments">The arguments after <c>perfind</c>, shell quotes removed.</param>
/// <param name="StandardInput">The file named by <c>&lt; file</c>, or null.</param>
/// <param name="ErrorOnly">Whether standard output was sent to <c>/dev/null</c>, so only standard error is shown.</param>
/// <param name="Shown">The output lines shown under it (a <c>…</c> stands for any text), empty when none is shown.</param>
public sealed record DocCommand(DocBlock Block, IReadOnlyList<string> Arguments, string? StandardInput, bool ErrorOnly, IReadOnlyList<string> Shown)
{
    public override string ToString() => Block + ": perfind " + string.Join(' ', Arguments);
}

/// <summary>
/// Reads the documentation a user reads — the repository README, <c>docs/*.md</c>, <c>samples/README.md</c> and the
/// package READMEs — into its code blocks, its C# programs and its <c>perfind</c> commands.
/// </summary>
public static partial class DocBlocks
{
    /// <summary>The documentation files, relative to the repository root.</summary>
    public static IReadOnlyList<string> Files { get; } = FindFiles();

    /// <summary>Every fenced block of every documentation file.</summary>
    public static IReadOnlyList<DocBlock> All { get; } = [.. Files.SelectMany(Read)];

    /// <summary>The C# blocks: each is a complete program (top-level statements and its <c>using</c>s).</summary>
    public static IReadOnlyList<DocBlock> CSharp => [.. All.Where(b => b.Language == "csharp")];

    public static string Root => TestPaths.RepositoryRoot ?? throw new InvalidOperationException("The documentation tests run from a checkout (no PerfIndicators.sln above the tests).");

    /// <summary>
    /// Every <c>perfind</c> command shown: <c>$ perfind …</c> lines with the output under them, and the lines of command
    /// lists (<c>perfind score x.json    what it does</c>). Synopses (with <c>&lt;placeholders&gt;</c>, <c>[options]</c> or
    /// <c>a|b</c>) are not commands. <c>dotnet run --project src/PerfIndicators.Cli --</c> is <c>perfind</c>.
    /// </summary>
    public static IReadOnlyList<DocCommand> Commands(DocBlock block)
    {
        var commands = new List<DocCommand>();
        var lines = block.Text.Split('\n');

        // In a block with $ prompts, the other lines are output (which may well start with "perfind review: …").
        var hasPrompts = lines.Any(l => l.StartsWith("$ ", StringComparison.Ordinal));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var prompted = line.StartsWith("$ ", StringComparison.Ordinal);
            if (hasPrompts && !prompted)
            {
                continue;
            }

            var text = prompted ? line[2..] : line;
            text = DotnetRun().Replace(text, "perfind ");
            if (!text.StartsWith("perfind ", StringComparison.Ordinal))
            {
                continue;
            }

            // A command list: the command, then two or more spaces or a # and what it does.
            var command = prompted ? text : Description().Split(text)[0];
            command = Comment().Replace(command, string.Empty).TrimEnd();
            if (IsSynopsis(command))
            {
                continue;
            }

            var shown = new List<string>();
            if (prompted)
            {
                for (var j = i + 1; j < lines.Length && !lines[j].StartsWith("$ ", StringComparison.Ordinal); j++)
                {
                    shown.Add(lines[j].TrimEnd());
                }
            }

            var (arguments, input, errorOnly) = Split(command["perfind ".Length..]);
            commands.Add(new DocCommand(block, arguments, input, errorOnly, [.. shown.Where(s => s.Trim().Length > 0 && !IsNarrative(s))]));
        }

        return commands;
    }

    /// <summary>Whether the shown lines appear in the output in order, each line's <c>…</c> standing for any text and runs of spaces for one.</summary>
    public static string? FirstMissing(IReadOnlyList<string> shown, string output)
    {
        var actual = output.ReplaceLineEndings("\n").Split('\n').Select(Squeeze).ToList();
        var at = 0;
        foreach (var line in shown)
        {
            // "a … b" and "a…b" both mean a, anything (or nothing), b.
            var pieces = Squeeze(line).Split('…');
            var parts = pieces.Select((p, k) => Regex.Escape((k > 0 ? p.TrimStart() : p) is var q && k < pieces.Length - 1 ? q.TrimEnd() : q));
            var pattern = new Regex("^" + string.Join(".*", parts) + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
            while (at < actual.Count && !pattern.IsMatch(actual[at]))
            {
                at++;
            }

            if (at == actual.Count)
            {
                return line;
            }

            at++;
        }

        return null;
    }

    private static string Squeeze(string line) => Spaces().Replace(line.Trim(), " ");

    /// <summary>A line of narrative inside an example (<c>… the project manager fills in … …</c>), not output.</summary>
    private static bool IsNarrative(string line) => line.TrimStart().StartsWith('…') && line.TrimEnd().EndsWith('…');

    private static bool IsSynopsis(string command) =>
        Placeholder().IsMatch(command) || command.Contains('[', StringComparison.Ordinal) || command.Contains('|', StringComparison.Ordinal) || command.Contains('…', StringComparison.Ordinal);

    private static (List<string> Arguments, string? Input, bool ErrorOnly) Split(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in command)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    words.Add(word.ToString());
                }

                word.Clear();
                any = false;
            }
            else
            {
                word.Append(c);
                any = true;
            }
        }

        if (any)
        {
            words.Add(word.ToString());
        }

        string? input = null;
        var errorOnly = false;
        var arguments = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "<" && i + 1 < words.Count)
            {
                input = words[++i];
            }
            else if (words[i] == ">" && i + 1 < words.Count && words[i + 1] == "/dev/null")
            {
                errorOnly = true;
                i++;
            }
            else
            {
                arguments.Add(words[i]);
            }
        }

        return (arguments, input, errorOnly);
    }

    private static List<string> FindFiles()
    {
        var root = Root;
        var files = new List<string> { "README.md", Path.Combine("samples", "README.md") };
        files.AddRange(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(root, f)));
        files.AddRange(Directory.GetDirectories(Path.Combine(root, "src")).Order(StringComparer.Ordinal)
            .Select(d => Path.Combine(d, "README.md")).Where(File.Exists).Select(f => Path.GetRelativePath(root, f)));
        return files;
    }

    private static IEnumerable<DocBlock> Read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, file));
        var blocks = new List<DocBlock>();
        var ends = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var language = lines[i][3..].Trim();
            var start = i;
            var body = new StringBuilder();
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                body.Append(lines[i]).Append('\n');
            }

            blocks.Add(new DocBlock(file.Replace('\\', '/'), start + 1, language, body.ToString()));
            ends.Add(i);
        }

        for (var b = blocks.Count - 2; b >= 0; b--)
        {
            var between = lines[(ends[b] + 1)..(blocks[b + 1].Line - 1)];
            if (between.All(l => l.Trim().Length == 0))
            {
                blocks[b] = blocks[b] with { Next = blocks[b + 1] };
            }
        }

        return blocks;
    }

    [GeneratedRegex(@"^dotnet run --project src/PerfIndicators\.Cli -- ")]
    private static partial Regex DotnetRun();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Description();

    [GeneratedRegex(@"\s#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"<[^ ]")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
