using FluentAssertions;
using PerfIndicators.Tests.Cli;
using PerfIndicators.Tests.Reporting;
using Xunit;

namespace PerfIndicators.Tests.Printing;

/// <summary>
/// <c>perfind score … -o 自评表.pdf</c> and <c>perfind review … -o review.pdf</c>: the HTML pages printed by headless
/// Chromium (installed by <c>.ci/run</c> when missing) on A4 landscape, every font embedded, the title on page 1; and
/// without a browser, a diagnostic in Chinese instead of a file.
/// </summary>
public sealed class PdfOutputTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("perfind-pdf-out-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void The_scored_form_prints_to_an_a4_landscape_pdf_with_its_fonts_embedded()
    {
        // The README's sample: 驻京联络处工作经费 (Huzhou 2023 seed), filled in with illustrative actuals.
        var sample = Path.Combine(TestPaths.RepositoryRoot!, "samples", "huzhou-2023-liaison-selfscoring.csv");
        var pdf = Path.Combine(folder.FullName, "自评表.pdf");

        var (exit, output, error) = CliRunner.Run("score", sample, "-o", pdf);

        exit.Should().Be(0, error);
        output.Should().BeEmpty();
        var (pages, boxes) = PdfTools.Read(pdf);
        pages.Length.Should().BeInRange(1, 3, "six indicators, the explanations and the findings");
        PrintedWorkbooks.Compact(pages[0]).Should().StartWith("项目支出绩效自评表（2023年度）").And.Contain("驻京联络处工作经费");
        string.Concat(pages.Select(PrintedWorkbooks.Compact)).Should().Contain("87.49").And.Contain("进高层次人才项目");
        boxes.Should().OnlyContain(p => IsA4Landscape(p));
        PdfTools.Fonts(pdf).Should().NotBeEmpty().And.OnlyContain(f => f.Embedded, "the CJK glyphs travel with the file");
    }

    [Fact]
    public void The_review_prints_to_pdf_and_a_pdf_cannot_go_to_standard_output()
    {
        var pdf = Path.Combine(folder.FullName, "review.pdf");

        var (exit, _, error) = CliRunner.Run("review", ReviewKit.YearFolder, "-o", pdf);

        exit.Should().Be(1, "three files of the year cannot be read, as in every format: " + error);
        var (pages, boxes) = PdfTools.Read(pdf);
        PrintedWorkbooks.Compact(pages[0]).Should().StartWith("年度预算绩效评价汇总");
        string.Concat(pages.Select(PrintedWorkbooks.Compact)).Should().Contain("综合业务工作经费").And.Contain("91.25");
        boxes.Should().OnlyContain(p => IsA4Landscape(p));
        folder.GetFiles().Select(f => f.Name).Should().Equal("review.pdf");

        CliRunner.Run("review", ReviewKit.YearFolder, "-o", "-", "--format", "pdf").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Without_a_browser_there_is_a_diagnostic_and_no_file()
    {
        var missing = Path.Combine(folder.FullName, "no-chromium");

        var result = PdfPrinter.Print("<!DOCTYPE html><html><head></head><body>自评表</body></html>", new PdfPrintOptions { BrowserPath = missing });

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(FormatDiagnosticCodes.NoBrowser);
        result.Diagnostics[0].Message.Should().Contain("找不到用于打印 PDF 的浏览器「" + missing + "」").And.EndWith("(no headless browser to print the PDF with)");
    }

    [Fact]
    public void The_paper_is_set_before_the_pages_own_styles()
    {
        PdfPrinter.WithPaper("<html><head><style>p{}</style></head></html>", landscape: true)
            .Should().Be("<html><head><style>@page{size:A4 landscape;margin:12mm 10mm}</style><style>p{}</style></head></html>");
        PdfPrinter.WithPaper("<p>x</p>", landscape: false).Should().StartWith("<style>@page{size:A4 portrait;");
    }

    private static bool IsA4Landscape(PrintedPage page) => Math.Abs(page.Width - 841.9) < 1.5 && Math.Abs(page.Height - 595.3) < 1.5;
}
