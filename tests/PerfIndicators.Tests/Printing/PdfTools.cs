using System.Diagnostics;

namespace PerfIndicators.Tests.Printing;

/// <summary>
/// The programs the print tests drive: LibreOffice (<c>soffice</c>, package libreoffice-calc) and poppler's
/// <c>pdftotext</c> and <c>pdffonts</c> (poppler-utils), installed by <c>.ci/run</c> when missing.
/// </summary>
internal static class PdfTools
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(240);

    /// <summary>The program <paramref name="name"/>, or an error saying which package to install.</summary>
    public static string Find(string name, string package)
    {
        foreach (var candidate in new[] { "/usr/bin/" + name, "/usr/local/bin/" + name })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"Print test: {name} is not installed. Install it with `apt-get update && apt-get install -y {package}` (.ci/run does this when it is missing).");
    }

    /// <summary>Runs <paramref name="tool"/> in <paramref name="folder"/> and returns its standard output; fails on a non-zero exit.</summary>
    public static string Run(string tool, string folder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {Limit.TotalSeconds} s.");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed with exit code {process.ExitCode}: {error.Result}");
        }

        return output.Result;
    }

    /// <summary>The text of each page of a PDF (pdftotext's layout), and each page's size and words.</summary>
    public static (string[] Pages, List<PrintedPage> Boxes) Read(string pdf)
    {
        var pdftotext = Find("pdftotext", "poppler-utils");
        var folder = Path.GetDirectoryName(pdf)!;
        return ([.. Run(pdftotext, folder, ["-layout", pdf, "-"]).Split('\f')[..^1]], PrintedWorkbooks.Words(Run(pdftotext, folder, ["-bbox", pdf, "-"])));
    }

    /// <summary>Each font of a PDF with whether it is embedded (pdffonts).</summary>
    public static List<(string Name, bool Embedded)> Fonts(string pdf)
    {
        var lines = Run(Find("pdffonts", "poppler-utils"), Path.GetDirectoryName(pdf)!, [pdf]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2);
        return [.. lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => (w[0], w[^5] == "yes"))];
    }
}
