using PerfIndicators.Cli;

namespace PerfIndicators.Tests.Cli;

/// <summary>Runs <c>perfind</c> in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args) => RunWithInput(string.Empty, args);

    public static (int ExitCode, string Out, string Error) RunWithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var exit = Perfind.Run(args, new CliConsole(output, error, reader));
        return (exit, output.ToString(), error.ToString());
    }
}
