using System.Diagnostics;
using System.Text;

namespace PerfIndicators.Tests;

/// <summary>Runs a program to its end within a time limit, with UTF-8 standard streams, and captures what it prints.</summary>
internal static class ProcessRunner
{
    /// <summary>Runs <paramref name="program"/>; killed with its children and <see cref="TimeoutException"/> past <paramref name="limit"/>.</summary>
    public static (int Exit, string Out, string Error) Run(string program, IEnumerable<string> arguments, string? workingDirectory, string? input, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input ?? string.Empty);
        process.StandardInput.Close();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {limit.TotalSeconds} s.");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
