namespace PerfIndicators.Cli;

/// <summary>The streams a command writes to and reads from; tests pass string writers to run commands in-process.</summary>
/// <param name="Out">Standard output: the result of the command.</param>
/// <param name="Error">Standard error: summaries, diagnostics for people, error messages.</param>
/// <param name="In">Standard input, for <c>-</c> as a file name.</param>
/// <param name="IsOutputRedirected">Whether standard output goes to a file or pipe (no colours, no progress).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In, bool IsOutputRedirected = true);

/// <summary>The process exit codes of <c>perfind</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and understood.</summary>
    public const int Ok = 0;

    /// <summary>The input had errors (diagnostics of severity error, unreadable files).</summary>
    public const int InputErrors = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}
