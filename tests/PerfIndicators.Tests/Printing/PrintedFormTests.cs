using System.Globalization;
using FluentAssertions;
using PerfIndicators.Tests.Reporting;
using Xunit;

namespace PerfIndicators.Tests.Printing;

/// <summary>
/// The forms print as a finance office files them: A4 landscape, one page wide, the title on page 1, the indicator
/// header repeated on every page, the 填写说明 and the signature line printed whole, page numbers in the footer, and no
/// text drawn over other text (what LibreOffice did with unfitted row heights: <c>其中：当年财政拨款</c> over
/// <c>年度资金总额</c>). Printed by LibreOffice once for the whole class; see <see cref="PrintedWorkbooks"/>.
/// </summary>
public class PrintedFormTests(PrintedWorkbooks printed) : IClassFixture<PrintedWorkbooks>
{
    private const string Title2023 = "项目支出绩效自评表（2023年度）";

    private static readonly string[] SignatureLabels = ["单位负责人：", "财务负责人：", "填报人：", "联系电话：", "填报日期："];

    [Fact]
    public void A_template_prints_on_one_landscape_a4_page_with_its_title_notes_and_signature_line()
    {
        var pages = printed.Pages[PrintedWorkbooks.Template];

        pages.Should().HaveCount(1, "six indicators fit one page once the width is fitted");
        var page = PrintedWorkbooks.Compact(pages[0]);
        page.Should().StartWith(Title2023);
        page.Should().Contain("驻京联络处工作经费").And.Contain("其中：当年财政拨款").And.Contain("年度资金总额");
        page.Should().Contain("填写说明：1.只填黄色单元格").And.Contain("请勿修改或删除。", "the whole 填写说明 is inside the print area");
        foreach (var label in SignatureLabels)
        {
            page.Should().Contain(label);
        }

        page.Should().Contain("第1页，共1页");
        IsA4Landscape(printed.Boxes[PrintedWorkbooks.Template][0]).Should().BeTrue();
    }

    [Fact]
    public void A_long_template_repeats_the_indicator_header_on_its_second_page_and_keeps_the_title_on_the_first()
    {
        var pages = printed.Pages[PrintedWorkbooks.LongTemplate].Select(PrintedWorkbooks.Compact).ToList();

        pages.Should().HaveCount(2, "51 indicators need a second page");
        pages[0].Should().StartWith("项目支出绩效自评表（2021年度）");
        pages[1].Should().NotStartWith("项目支出绩效自评表", "the title is printed once, on page 1 (the footer names the form on every page)");
        var header = string.Concat(FormLabels.IndicatorHeaders);
        pages[0].Should().Contain(header);
        pages[1].Should().StartWith(header, "the header row is printed again at the top of page 2");
        pages[1].Should().Contain("请勿修改或删除。").And.Contain("填报日期：").And.Contain("第2页，共2页");
        var template = PrintedWorkbooks.LongTemplateOf();
        foreach (var row in template.Rows)
        {
            pages.Count(p => p.Contains(PrintedWorkbooks.Compact(row.Name), StringComparison.Ordinal)).Should().Be(1, row.Name + " is printed once");
        }
    }

    [Fact]
    public void A_scored_form_prints_the_form_on_page_one_and_its_explanations_on_page_two()
    {
        var pages = printed.Pages[PrintedWorkbooks.Scored].Select(PrintedWorkbooks.Compact).ToList();
        var assessment = printed.ScoredAssessment;

        pages.Should().HaveCount(2);
        pages[0].Should().StartWith(Title2023);
        pages[0].Should().Contain("总分100" + assessment.Total.ToString("0.00", CultureInfo.InvariantCulture) + "等级" + assessment.Grade);
        pages[0].Should().Contain("9.69", "scores print with two decimals").And.Contain("填报日期：").And.Contain("第1页，共2页");
        pages[1].Should().StartWith("评分说明：驻京联络处工作经费");
        pages[1].Should().Contain("输入指纹：" + assessment.Fingerprint, "the fingerprint line is not cut at the page edge");
        pages[1].Should().Contain("第2页，共2页");
        var cells = PrintedWorkbooks.Compact(printed.CellTexts[PrintedWorkbooks.Scored][1]);
        foreach (var indicator in assessment.Indicators)
        {
            cells.Should().Contain(PrintedWorkbooks.Compact(indicator.Explanation), "every explanation is printed whole");
        }
    }

    [Fact]
    public void The_review_workbook_prints_every_sheet_one_page_wide_with_its_header_on_every_page()
    {
        var pages = printed.Pages[PrintedWorkbooks.Review].Select(PrintedWorkbooks.Compact).ToList();
        var total = pages.Count;

        pages[0].Should().StartWith("年度预算绩效评价汇总");
        var sheets = pages.Select(p => ReviewWorkbookWriter.SheetNames.Single(n => p.Contains("—" + n + "第", StringComparison.Ordinal))).ToList();
        sheets.Distinct().Should().Equal(ReviewWorkbookWriter.SheetNames, "the sheets print in tab order, each starting on a new page");
        for (var i = 0; i < total; i++)
        {
            pages[i].Should().Contain($"第{i + 1}页，共{total}页");
        }

        var boxes = printed.Boxes[PrintedWorkbooks.Review];
        foreach (var (sheet, first) in new[] { ("项目", "序号"), ("部门", "主管部门"), ("发现", "类别") })
        {
            var numbers = Enumerable.Range(0, total).Where(i => sheets[i] == sheet).ToList();
            numbers.Should().NotBeEmpty();
            numbers.Should().OnlyContain(i => TopRow(boxes[i]).Contains(first), $"every page of {sheet} starts with its header row");
        }

        pages.Should().NotContain(p => p.Contains("###", StringComparison.Ordinal), "every number fits its column");

        var projects = string.Concat(printed.CellTexts[PrintedWorkbooks.Review].Where((_, i) => sheets[i] == "项目").Select(PrintedWorkbooks.Compact));
        var scored = ReviewKit.ScoreEachAlone();
        scored.Should().HaveCount((int)printed.ReviewSummary.Inputs.Read);
        foreach (var assessment in scored)
        {
            projects.Should().Contain(PrintedWorkbooks.Compact(assessment.ProjectName), "every project is printed in full");
        }

        printed.Boxes[PrintedWorkbooks.Review].Should().OnlyContain(p => IsA4Landscape(p));
    }

    [Theory]
    [InlineData(PrintedWorkbooks.Template)]
    [InlineData(PrintedWorkbooks.LongTemplate)]
    [InlineData(PrintedWorkbooks.Scored)]
    [InlineData(PrintedWorkbooks.Review)]
    public void No_printed_text_is_drawn_over_other_text(string workbook)
    {
        var overprints = new List<string>();
        foreach (var (page, number) in printed.Boxes[workbook].Select((p, i) => (p, i + 1)))
        {
            for (var i = 0; i < page.Words.Count; i++)
            {
                for (var j = i + 1; j < page.Words.Count; j++)
                {
                    // Two lines of one cell touch by a hair; a row too low for its text puts a quarter of a line or more over the next.
                    if (page.Words[i].OverlapWith(page.Words[j]) > 0.25)
                    {
                        overprints.Add($"page {number}: “{page.Words[i].Text}” and “{page.Words[j].Text}”");
                    }
                }
            }
        }

        overprints.Should().BeEmpty();
    }

    /// <summary>The words of the topmost printed row of a page: a header of two lines centres its one-line labels half a line lower.</summary>
    private static List<string> TopRow(PrintedPage page)
    {
        var top = page.Words.Min(w => w.Top);
        var line = page.Words.Where(w => w.Top < top + 1).Min(w => w.Bottom - w.Top);
        return [.. page.Words.Where(w => w.Top < top + line).Select(w => w.Text)];
    }

    private static bool IsA4Landscape(PrintedPage page) => Math.Abs(page.Width - 841.89) < 1 && Math.Abs(page.Height - 595.3) < 1;
}
