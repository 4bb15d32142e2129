using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using PerfIndicators.Formats.Pdf;
using UglyToad.PdfPig;

namespace PerfIndicators.Benchmarks;

/// <summary>
/// Reading budget PDFs: PdfPig's own plain text extraction of the same file (open, every page's text) as the baseline,
/// against <see cref="PdfTextReader"/> (words, ruling lines, tables rebuilt over pages) and the one call that also reads
/// the projects (<see cref="PdfBudgetDocumentReader"/>). The files are the test fixtures: the Guangzhou table over 4
/// pages, and that table printed fifty times over 201 pages; and the 80 MiB decompression bomb, which must be refused
/// in about the time of a small file. Per page = mean ÷ pages. Peak memory: <c>pdf-peak &lt;file&gt;</c> under
/// <c>/usr/bin/time -v</c> (see docs/pdf.md).
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private byte[] bytes = [];

    /// <summary>The fixture read.</summary>
    [Params("guangzhou.pdf", "long-200-pages.pdf")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        bytes = System.IO.File.ReadAllBytes(PathOf(File));

        // The benchmarked calls must give the right answer, or their speed means nothing.
        var document = PdfBudgetDocumentReader.Read(new MemoryStream(bytes)).GetDocumentOrThrow();
        var copies = File == "guangzhou.pdf" ? 1 : 50;
        if (document.Projects.Length != 27 * copies || document.Projects.Sum(p => p.Indicators.Length) != 137 * copies)
        {
            throw new InvalidOperationException($"{File}: expected {27 * copies} projects and {137 * copies} indicators, got {document.Projects.Length} and {document.Projects.Sum(p => p.Indicators.Length)}.");
        }

        var bomb = PdfTextReader.Read(new MemoryStream(System.IO.File.ReadAllBytes(PathOf("bomb-flate.pdf"))));
        if (bomb.Success || !bomb.Diagnostics.Any(d => d.Code == FormatDiagnosticCodes.StreamTooLarge))
        {
            throw new InvalidOperationException("The decompression bomb was not refused.");
        }

        Console.WriteLine($"// {File}: {PdfTextReader.Read(new MemoryStream(bytes)).PagesRead} pages, {bytes.Length} bytes");
    }

    /// <summary>The baseline: PdfPig opens the file and gives every page's text in content order (no layout).</summary>
    [Benchmark(Baseline = true)]
    public int PdfPigPlainText()
    {
        using var document = PdfDocument.Open(bytes);
        var length = 0;
        foreach (var page in document.GetPages())
        {
            length += page.Text.Length;
        }

        return length;
    }

    /// <summary>The text layer with tables rebuilt from geometry.</summary>
    [Benchmark]
    public int RebuildText() => PdfTextReader.Read(new MemoryStream(bytes)).Text!.Length;

    /// <summary>The rebuilt text read into projects, amounts and indicators (what <c>perfind extract budget.pdf</c> does).</summary>
    [Benchmark]
    public int ReadBudgetDocument() => PdfBudgetDocumentReader.Read(new MemoryStream(bytes)).Document!.Projects.Length;

    /// <summary>The 80 MiB decompression bomb, refused while its stream is measured.</summary>
    [Benchmark]
    public int RefuseBomb() => PdfTextReader.Read(new MemoryStream(System.IO.File.ReadAllBytes(PathOf("bomb-flate.pdf")))).Diagnostics.Length;

    /// <summary><c>pdf-peak &lt;file&gt; [--plain]</c>: one read of a fixture, for <c>/usr/bin/time -v</c> to give the peak memory.</summary>
    public static int Peak(string[] args)
    {
        var file = args.Length > 0 ? args[0] : throw new ArgumentException("usage: pdf-peak <file> [--plain]");
        var clock = Stopwatch.StartNew();
        var data = System.IO.File.ReadAllBytes(System.IO.File.Exists(file) ? file : PathOf(file));
        int pages;
        if (args.Contains("--plain"))
        {
            using var document = PdfDocument.Open(data);
            pages = document.GetPages().Count(p => p.Text.Length >= 0);
        }
        else
        {
            var read = PdfBudgetDocumentReader.Read(new MemoryStream(data));
            pages = read.Document?.Projects.Length ?? -1;
        }

        Console.WriteLine($"pdf-peak\t{file}\t{pages}\t{clock.Elapsed.TotalMilliseconds:0} ms");
        return 0;
    }

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Pdf", name);
}
