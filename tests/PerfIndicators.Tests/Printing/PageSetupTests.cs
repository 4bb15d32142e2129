using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FluentAssertions;
using PerfIndicators.Tests.Reporting;
using PerfIndicators.Tests.SelfScoring;
using Xunit;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace PerfIndicators.Tests.Printing;

/// <summary>
/// Every workbook perfind writes carries its print setup in the file (A4 landscape, one page wide, header rows repeated,
/// a footer with page numbers, row heights fitted to the text), read here with the Open XML SDK; and the row-height
/// estimate itself, on the texts of the form.
/// </summary>
public class PageSetupTests
{
    public static TheoryData<string> Workbooks => ["template", "scored", "review"];

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Every_visible_sheet_prints_a4_landscape_one_page_wide_with_page_numbers_and_fitted_rows(string workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Write(workbook)), false);
        new OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
        var book = document.WorkbookPart!;
        var visible = book.Workbook.Sheets!.Elements<S.Sheet>().Where(s => s.State is null).ToList();
        visible.Should().NotBeEmpty();
        foreach (var sheet in visible)
        {
            var worksheet = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet;
            var setup = worksheet.GetFirstChild<S.PageSetup>();
            setup.Should().NotBeNull(sheet.Name);
            setup!.PaperSize!.Value.Should().Be(9U, "A4");
            setup.Orientation!.Value.Should().Be(S.OrientationValues.Landscape);
            setup.FitToWidth!.Value.Should().Be(1U);
            setup.FitToHeight!.Value.Should().Be(0U, "as many pages down as needed");
            worksheet.GetFirstChild<S.SheetProperties>()!.PageSetupProperties!.FitToPage!.Value.Should().BeTrue("fitToWidth applies only with fitToPage");
            var footer = worksheet.GetFirstChild<S.HeaderFooter>()!.OddFooter!.Text;
            footer.Should().Contain("&P").And.Contain("&N");
            worksheet.Descendants<S.Row>().Should().OnlyContain(r => r.CustomHeight != null && r.CustomHeight.Value && r.Height != null, "a program that does not fit rows on opening gets the heights");
        }
    }

    [Fact]
    public void The_form_repeats_its_indicator_header_and_prints_through_the_signature_line()
    {
        var names = DefinedNames(Write("scored"));

        names.Should().Contain(("_xlnm.Print_Titles", 0U, "'自评表'!$9:$9"));
        names.Should().Contain(("_xlnm.Print_Area", 0U, "'自评表'!$A$1:$I$18"), "the 16 rows of the form, the 填写说明 in 17 and the signature line in 18");
        names.Should().Contain(("_xlnm.Print_Titles", 1U, "'评分说明'!$4:$4"));
        var review = DefinedNames(Write("review"));
        review.Where(n => n.Name == "_xlnm.Print_Titles").Select(n => n.RefersTo).Should().Equal("'项目'!$1:$1", "'部门'!$1:$1", "'发现'!$1:$1");
    }

    [Theory]
    [InlineData("年度资金总额", 14, true, 1)]
    [InlineData("其中：当年财政拨款", 14, true, 2)] // 18 units of text in 13.2: the row that overprinted 年度资金总额
    [InlineData("市领导和部门对接待工作的满意率", 32, false, 1)]
    [InlineData("开展招商引资推荐会,扩大招商引资范围,提升湖州知名度", 32, false, 2)]
    [InlineData("第一行\n第二行\n第三行", 32, false, 3)]
    [InlineData("execution-linear qualitative-tier-default", 26, false, 2)] // words break at the space, not inside
    [InlineData("", 10, false, 1)]
    public void Lines_are_estimated_as_a_spreadsheet_wraps_them(string text, int columnWidth, bool bold, int lines) =>
        RowFit.Lines(text, columnWidth - 0.8m, bold).Should().Be(lines);

    [Fact]
    public void Closing_punctuation_stays_with_the_character_before_it()
    {
        // Ten characters fit a line of 20; the eleventh, a comma, may not start the next line, so the tenth goes with it.
        RowFit.Lines("一二三四五六七八九十，", 20m, bold: false).Should().Be(2);
        RowFit.Lines("一二三四五六七八九十", 20m, bold: false).Should().Be(1);
    }

    [Fact]
    public void The_instructions_of_the_template_get_a_row_as_tall_as_their_lines()
    {
        var widths = 14m + 16m + 32m + 18m + 18m + 8m + 8m + 32m + 22m;
        var lines = RowFit.Lines(FormLabels.Instructions, widths - 0.8m, bold: false);

        lines.Should().BeInRange(3, 4);
        RowFit.Height(lines, 11m).Should().BeGreaterThan(lines * 11m * 1.2m);
    }

    private static byte[] Write(string workbook)
    {
        switch (workbook)
        {
            case "template":
                return SelfScoringKit.Xlsx(2);
            case "scored":
                var filled = SelfScoringKit.ReadXlsx(RoundTripTests.FilledLiaisonXlsx());
                return ScoredFormWriter.ToXlsx(SelfScoringKit.Score(filled), filled: filled);
            default:
                using (var stream = new MemoryStream())
                {
                    ReviewKit.Review(sink: new ReviewWorkbookWriter(stream));
                    return stream.ToArray();
                }
        }
    }

    private static List<(string Name, uint? Sheet, string RefersTo)> DefinedNames(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return [.. document.WorkbookPart!.Workbook.DefinedNames!.Elements<S.DefinedName>().Select(d => (d.Name!.Value!, d.LocalSheetId?.Value, d.Text))];
    }
}
