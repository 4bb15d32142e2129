using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;

namespace PerfIndicators.Formats.Pdf;

/// <summary>Settings for <see cref="PdfPrinter"/>. Immutable.</summary>
public sealed record PdfPrintOptions
{
    /// <summary>The default options: A4 landscape, the browser found in the usual places, two minutes at most.</summary>
    public static PdfPrintOptions Default { get; } = new();

    /// <summary>The headless browser to print with (Chromium or Chrome), or <see langword="null"/> to look in the usual places (<see cref="PdfPrinter.BrowserCandidates"/>).</summary>
    public string? BrowserPath { get; init; }

    /// <summary>A4 landscape (the default, as the 自评表 is printed) or portrait.</summary>
    public bool Landscape { get; init; } = true;

    /// <summary>How long the browser may take before it is stopped and the print fails (PI7102).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);
}

/// <summary>A PDF printed from an HTML page, or why it could not be: <see cref="FormatDiagnosticCodes.NoBrowser"/>, <see cref="FormatDiagnosticCodes.PrintFailed"/>.</summary>
public sealed class PdfPrintResult
{
    internal PdfPrintResult(byte[]? pdf, ImmutableArray<Diagnostic> diagnostics)
    {
        Pdf = pdf;
        Diagnostics = diagnostics;
    }

    /// <summary>The PDF's bytes, or <see langword="null"/> when it could not be printed.</summary>
    public byte[]? Pdf { get; }

    /// <summary>Why it could not be printed; empty when it was.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether a PDF was printed.</summary>
    public bool Success => Pdf is not null;
}

/// <summary>
/// Prints an HTML page (the 自评表 of <c>SelfAssessmentHtml</c>, the review of <c>ReviewHtmlWriter</c>) to PDF with a
/// headless Chromium or Chrome (<c>--headless --print-to-pdf</c>): on A4, landscape by default, with the page's own print
/// styles, its fonts embedded (the CJK fonts installed, e.g. Noto CJK), and no header or footer of the browser's.
/// </summary>
/// <remarks>
/// The page is written to a private temporary folder with a fresh browser profile, both deleted afterwards; the browser
/// reads nothing else (no network is needed: the pages are self-contained). The browser is a separate program, found
/// in the usual places or named by <see cref="PdfPrintOptions.BrowserPath"/>; without one the result is a PI7101
/// diagnostic, never an exception.
/// </remarks>
public static class PdfPrinter
{
    /// <summary>Where the browser is looked for, in order, when <see cref="PdfPrintOptions.BrowserPath"/> is not set.</summary>
    public static ImmutableArray<string> BrowserCandidates { get; } =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/snap/bin/chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
    ];

    /// <summary>Prints <paramref name="html"/> to PDF.</summary>
    /// <param name="html">A complete, self-contained HTML page.</param>
    /// <param name="options">Paper orientation, browser and time limit; <see cref="PdfPrintOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The PDF, or the diagnostics saying why there is none.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="html"/> is null.</exception>
    public static PdfPrintResult Print(string html, PdfPrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        options ??= PdfPrintOptions.Default;
        var browser = options.BrowserPath ?? BrowserCandidates.FirstOrDefault(File.Exists);
        if (browser is null || !File.Exists(browser))
        {
            return Failed(FormatDiagnosticCodes.NoBrowser,
                "找不到用于打印 PDF 的浏览器" + (browser is null ? "（已查找 " + BrowserCandidates[0] + " 等）" : "「" + browser + "」")
                + "；请安装 Chromium（Debian/Ubuntu：apt-get install chromium）或 Chrome (no headless browser to print the PDF with)");
        }

        DirectoryInfo? folder = null;
        try
        {
            folder = Directory.CreateTempSubdirectory("perfind-pdf-");
            var page = Path.Combine(folder.FullName, "page.html");
            var pdf = Path.Combine(folder.FullName, "page.pdf");
            File.WriteAllText(page, WithPaper(html, options.Landscape), new UTF8Encoding(false));
            var exit = Run(browser, folder.FullName, new Uri(page).AbsoluteUri, pdf, options.Timeout);
            if (exit is null)
            {
                return Failed(FormatDiagnosticCodes.PrintFailed, $"浏览器在 {options.Timeout.TotalSeconds:0} 秒内没有打印完成，已停止 (the browser took too long)");
            }

            if (exit != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                return Failed(FormatDiagnosticCodes.PrintFailed, $"浏览器没有打印出 PDF（退出码 {exit}）(the browser printed no PDF)");
            }

            return new PdfPrintResult(File.ReadAllBytes(pdf), []);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return Failed(FormatDiagnosticCodes.PrintFailed, "无法运行浏览器打印 PDF：" + (ex is System.ComponentModel.Win32Exception ? "浏览器无法启动 (the browser could not be started)" : FileErrors.Describe(ex)));
        }
        finally
        {
            TryDelete(folder);
        }
    }

    /// <summary>The page with the paper it is printed on: A4, with margins, before the page's own styles so that they can refine it.</summary>
    internal static string WithPaper(string html, bool landscape)
    {
        var style = "<style>@page{size:A4 " + (landscape ? "landscape" : "portrait") + ";margin:12mm 10mm}</style>";
        var head = html.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        return head >= 0 ? html.Insert(head + "<head>".Length, style) : style + html;
    }

    private static int? Run(string browser, string folder, string url, string pdf, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(folder, "profile"),
            "--no-pdf-header-footer", "--print-to-pdf=" + pdf, url,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new IOException("The browser did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return null;
        }

        process.WaitForExit();
        Task.WaitAll(output, error); // drained so the browser never blocks on a full pipe; its log is not for users
        return process.ExitCode;
    }

    private static PdfPrintResult Failed(string code, string message) =>
        new(null, [new Diagnostic(code, DiagnosticSeverity.Error, default(DiagnosticLocation), message)]);

    private static void TryDelete(DirectoryInfo? folder)
    {
        try
        {
            folder?.Delete(recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A crash-reporter file still open: the folder is in the temporary directory.
        }
    }
}
