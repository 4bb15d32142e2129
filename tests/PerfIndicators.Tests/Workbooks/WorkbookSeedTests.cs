using FluentAssertions;
using PerfIndicators.Documents;
using PerfIndicators.Tests.Documents;
using PerfIndicators.Tests.Pdf;
using Xunit;

namespace PerfIndicators.Tests.Workbooks;

/// <summary>
/// A 目标表 laid out from a seed project's row reads as the seed text reads that project: the same amount, unit and
/// indicators (category, name, target). Where the form reads differently, the difference is listed: <c>-</c> the text
/// path, <c>+</c> the workbook.
/// </summary>
public sealed class WorkbookSeedTests
{
    public static TheoryData<string, string, string, string[]> Projects => new()
    {
        // Huzhou 2023: the labelled cell (数量指标:…;时效指标:…) becomes rows; the form's 二级 column names what the cell's labels named.
        { "national.xlsx", "huzhou-2023", "驻京联络处工作经费", [] },
        { "national.xls", "huzhou-2023", "数字政府建设专项", [] },
        // Guangzhou: the numbered cell (1、产出指标:…,年度指标值:…。) becomes rows; amounts are number cells, so 200.00 is 200.
        { "stacked.xlsx", "guangzhou", "会议培训费", ["- amount 200.00 万元", "+ amount 200 万元"] },
        { "stacked.xls", "guangzhou", "广州市援疆工作队工作经费", ["- amount 900.00 万元", "+ amount 900 万元"] },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_form_made_from_a_seed_row_reads_as_the_seed(string workbook, string seed, string project, string[] differences)
    {
        var text = DocumentTestData.Read(seed).Projects.First(p => p.Name == project);
        var form = WorkbookTestData.Document(workbook).Projects.Single(p => p.Name == project);
        ExtractProjection.Difference(Facts(text), Facts(form)).Should().Equal(differences);
        form.Unit.Should().Be(text.Unit);
    }

    private static List<string> Facts(Project project) =>
    [
        $"amount {project.Amount}",
        .. project.Indicators.Select(i => $"indicator {i.Category} {i.Subcategory?.ToString() ?? "-"} {i.Name} => {ExtractProjection.Target(i.Target)}"),
    ];
}
