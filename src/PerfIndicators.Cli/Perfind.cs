using System.CommandLine;
using PerfIndicators.Cli.Commands;
namespace PerfIndicators.Cli;

/// <summary>The <c>perfind</c> command line: builds the commands and runs one. Commands only parse arguments and print.</summary>
internal static class Perfind
{
    /// <summary>Runs <c>perfind</c> with <paramref name="args"/>, writing to <paramref name="console"/>.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="console">Where to write and read.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("perfind: 预算绩效指标解析、预算文件读取、自评表模板、自评打分与年度评价 (parse budget performance indicators, read budget documents, make self-assessment templates, score them, review a year)");
        // Build only the command the arguments name (the others cost start-up and cannot take part in its parse);
        // all of them when the first argument names none, for the root's help, --version and error messages.
        var named = args.Length > 0 ? Array.IndexOf(CommandNames, args[0]) : -1;
        for (var i = 0; i < CommandNames.Length; i++)
        {
            if (named < 0 || named == i)
            {
                root.Add(CreateCommand(CommandNames[i], console));
            }
        }

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                console.Error.WriteLine("perfind: " + error.Message);
            }

            console.Error.WriteLine("运行 perfind --help 查看用法 (run perfind --help for usage).");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        return parseResult.Invoke(configuration);
    }

    /// <summary>The commands' names, in the order the root's help lists them.</summary>
    internal static readonly string[] CommandNames = ["parse", "extract", "score", "policies", "review", "template", "lint", "monitor", "compare", "check"];

    /// <summary>Builds the command <paramref name="name"/>.</summary>
    internal static Command CreateCommand(string name, CliConsole console) => name switch
    {
        "parse" => ParseCommand.Create(console),
        "extract" => ExtractCommand.Create(console),
        "score" => ScoreCommand.Create(console),
        "policies" => PoliciesCommand.Create(console),
        "review" => ReviewCommand.Create(console),
        "template" => TemplateCommand.Create(console),
        "lint" => LintCommand.Create(console),
        "monitor" => MonitorCommand.Create(console),
        "compare" => CompareCommand.Create(console),
        "check" => CheckCommand.Create(console),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such command"),
    };
}
