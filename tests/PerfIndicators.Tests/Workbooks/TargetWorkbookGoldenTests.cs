using System.Globalization;
using System.Text;
using FluentAssertions;
using PerfIndicators.Documents;
using PerfIndicators.Formats.Workbooks;
using PerfIndicators.Tests.Cli;
using PerfIndicators.Tests.Pdf;
using Xunit;

namespace PerfIndicators.Tests.Workbooks;

/// <summary>
/// The 目标表 workbooks written by LibreOffice from seed and corpus rows (<c>TestData/Workbooks/make/</c>) read through
/// <c>perfind extract</c>: the national layout one project per sheet with merged cells, forms stacked in one sheet without
/// merges, the 部门整体 form, the split-cell layout (指标性质 | 指标值 | 度量单位) under a two-row header, each as xlsx and
/// as .xls. The golden file is the reviewed output; the .xls gives the same output as the xlsx.
/// </summary>
public sealed class TargetWorkbookGoldenTests
{
    public static TheoryData<string> Workbooks => new() { "national", "stacked", "split" };

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Extract_output_reads_as_reviewed(string name)
    {
        var (exit, output, error) = CliRunner.Run("extract", WorkbookTestData.PathOf(name + ".xlsx"));
        exit.Should().Be(0, error);
        WorkbookTestData.AssertGolden(name + ".expected", output + "----\n" + error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void The_xls_reads_exactly_as_the_xlsx(string name)
    {
        var xlsx = WorkbookTestData.Document(name + ".xlsx");
        var xls = WorkbookTestData.Document(name + ".xls");
        xls.EncodingName.Should().Be(TargetWorkbookReader.XlsSourceName);
        xlsx.EncodingName.Should().Be(TargetWorkbookReader.XlsxSourceName);
        xls.Text.Should().Be(xlsx.Text, "both files hold the same cells, merges and number formats");
        ExtractProjection.Of(xls).Should().Equal(ExtractProjection.Of(xlsx));
        xls.Projects.SelectMany(p => p.Indicators).Select(i => i.Span).Should().Equal(xlsx.Projects.SelectMany(p => p.Indicators).Select(i => i.Span));
    }

    [Fact]
    public void Json_output_reads_as_reviewed()
    {
        var (exit, output, error) = CliRunner.Run("extract", WorkbookTestData.PathOf("split.xls"), "--json");
        exit.Should().Be(0, error);
        WorkbookTestData.AssertGolden("split.json.expected", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Every_span_points_at_its_cells_in_the_rebuilt_text()
    {
        foreach (var name in new[] { "national.xlsx", "stacked.xls", "split.xlsx" })
        {
            var document = WorkbookTestData.Document(name);
            foreach (var indicator in document.Projects.SelectMany(p => p.Indicators))
            {
                var named = document.Text.Substring(indicator.NameSpan.Start, indicator.NameSpan.Length);
                named.Should().Be(indicator.Name, $"{name}: the name span covers the 三级指标 cell");
                var target = document.Text.Substring(indicator.TargetSpan.Start, indicator.TargetSpan.Length);
                Compact(target).Should().Be(Compact(indicator.Target.Text), $"{name}: the target span covers the 指标值 cells of {indicator.Name}");
            }
        }
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void Diagnostics_found_in_a_sheet_name_the_sheet_row_and_column()
    {
        // 零陵区林业局's 成本 targets 每亩300 / 每亩100 carry no unit (PI1031), in the 指标值 column F of rows 12 and 13.
        var document = WorkbookTestData.Document("stacked.xlsx");
        var lingling = document.Projects.Single(p => p.Name == "零陵区林业局");
        var bare = lingling.Diagnostics.Where(d => d.Code == DiagnosticCodes.MoneyUnitImplied).ToList();
        bare.Select(d => d.Location.SheetText).Should().Equal("'部门整体'!F12", "'部门整体'!F13");
    }
}
