using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>
/// Labels as real 自评表 print them, read on every scoring input path (issue 11 §6). The label forms are those of
/// ../shared/corpus/selfeval-rows.jsonl (copied in Corpus/Data): chizhou-tangxi-2022 产出指标(50分) / 效益指标(30分),
/// guangshui-jiaotong-2021 产出指标 40 分 / 数量指标 15 分, tianchang-shuili-2022 (50分) / (30分), huanggang-shuibao-2020 產出指標 /
/// 進度指標 / 服務對象滿意度指標, ningde-rencaiyizhan-2023 產出目標 / 數量目標, chengan-minzheng-gaoling-2020 效果指标,
/// daying-minzheng-zhengti-2020 项目完成指标, lingling-linye-zhengti-2021 产出指标(50).
/// </summary>
public sealed class PrintedLabelScoringTests
{
    [Theory]
    [InlineData("产出指标(50分)", "数量指标", IndicatorCategory.Output, IndicatorSubcategory.Quantity)]
    [InlineData("产出指标（50）", "质量指标", IndicatorCategory.Output, IndicatorSubcategory.Quality)]
    [InlineData("产出指标(50)", "成本指标", IndicatorCategory.Output, IndicatorSubcategory.Cost)]
    [InlineData("产出指标 40 分", "数量指标 15 分", IndicatorCategory.Output, IndicatorSubcategory.Quantity)]
    [InlineData("(30分)", "经济效益指标", IndicatorCategory.Benefit, IndicatorSubcategory.EconomicBenefit)]
    [InlineData("產出指標", "進度指標", IndicatorCategory.Output, IndicatorSubcategory.Timeliness)]
    [InlineData("產出目標", "數量目標", IndicatorCategory.Output, IndicatorSubcategory.Quantity)]
    [InlineData("效益指標", "服務對象滿意度指標", IndicatorCategory.Benefit, IndicatorSubcategory.BeneficiarySatisfaction)]
    [InlineData("效果指标", "社会效益指标", IndicatorCategory.Benefit, IndicatorSubcategory.SocialBenefit)]
    [InlineData("项目完成指标", "时效指标", IndicatorCategory.Output, IndicatorSubcategory.Timeliness)]
    [InlineData("满意度指标(10分)", "服务对象满意度", IndicatorCategory.Satisfaction, IndicatorSubcategory.BeneficiarySatisfaction)]
    [InlineData(null, "数量目标", IndicatorCategory.Output, IndicatorSubcategory.Quantity)]
    [InlineData("output", "quantity", IndicatorCategory.Output, IndicatorSubcategory.Quantity)]
    public void A_label_as_printed_is_read_the_same_from_project_json_and_the_library(
        string? category, string subcategory, IndicatorCategory expected, IndicatorSubcategory expectedSubcategory)
    {
        var json = Project(new { category, subcategory, name = "基建工程委托业务项目数量", target = "≥50个", points = 10, actual = "50个" });
        var read = ScoringJson.ReadProject(json);
        var library = IndicatorInput.FromText("基建工程委托业务项目数量", "≥50个", "50个", category, subcategory);

        read.Errors.Should().BeEmpty();
        var indicator = read.Input!.Indicators.Single();
        indicator.Category.Should().Be(expected);
        indicator.Subcategory.Should().Be(expectedSubcategory);
        indicator.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.UnknownLabel);
        if (category != "output")
        {
            library.Category.Should().Be(expected);
            library.Subcategory.Should().Be(expectedSubcategory);
        }
    }

    [Fact]
    public void A_label_cut_to_its_points_takes_its_category_from_the_second_level_label_and_says_so()
    {
        // tianchang-shuili-2022: the merged 一级 cell printed only as (30分).
        var row = IndicatorInput.FromText("指标1:全市安全度汛", "安全度汛", "达成", "(30分)", "经济效益指标");

        row.Category.Should().Be(IndicatorCategory.Benefit);
        row.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.CategoryInferred)
            .Which.Message.Should().Contain("(30分)").And.Contain("按二级指标「经济效益指标」归入效益指标");
    }

    [Fact]
    public void An_unknown_label_is_a_warning_at_its_json_path_and_never_refuses_the_project()
    {
        var json = Project(
            new { category = "过程管理指标", subcategory = "数量指标", name = "完成项目数", target = "≥10个", points = 45, actual = "10个" },
            new { category = "其他", subcategory = (string?)null, name = "服务对象满意度", target = "≥90%", points = 45, actual = "95%" });

        var read = ScoringJson.ReadProject(json);

        read.Errors.Should().BeEmpty();
        var indicators = read.Input!.Indicators;
        indicators[0].Category.Should().Be(IndicatorCategory.Output, "the 二级 label 数量指标 tells it");
        indicators[1].Category.Should().Be(IndicatorCategory.Satisfaction, "the name 服务对象满意度 tells it");
        var first = indicators[0].Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.UnknownLabel).Subject;
        first.Severity.Should().Be(DiagnosticSeverity.Warning);
        first.Location.JsonPath.Should().Be("$.indicators[0].category");
        first.Message.Should().Contain("过程管理指标").And.Contain("按二级指标「数量指标」归入产出指标");
        indicators[1].Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.UnknownLabel)
            .Which.Message.Should().Contain("按指标名称「服务对象满意度」归入满意度指标");

        var assessment = new Evaluator().Evaluate(read.Input);
        assessment.Findings.Should().Contain(f => f.Code == DiagnosticCodes.UnknownLabel && f.Location.Indicator == "完成项目数");
        assessment.Indicators.Select(i => i.Score).Should().Equal(45m, 45m);
    }

    [Fact]
    public void An_unknown_second_level_label_is_a_warning_and_ignored()
    {
        var row = IndicatorInput.FromText("资金到位率", "100%", "100%", "产出指标", "过程指标");

        row.Category.Should().Be(IndicatorCategory.Output);
        row.Subcategory.Should().BeNull();
        row.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.UnknownLabel).Which.Message.Should().Contain("二级指标「过程指标」");
    }

    [Fact]
    public void Points_printed_in_labels_that_match_their_rows_give_no_finding()
    {
        // chizhou-tangxi-2022, rows 1–9 of selfeval-rows.jsonl: 产出指标(50分) over 8+8+8+8+8+10, 效益指标(30分) over 10+10+10.
        var json = Project(
            Row("产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", 8, "50"),
            Row("产出指标(50分)", "质量指标", "委托业务报告合格率", "≥100百分比", 8, "100"),
            Row("产出指标(50分)", "质量指标", "经费支出合规性", "严格执行相关制度规定", 8, "达成预期指标"),
            Row("产出指标(50分)", "时效指标", "提交报告及时性", "在项目计划完成时间内完成", 8, "达成预期指标"),
            Row("产出指标(50分)", "成本指标", "项目总成本", "≤90万元", 8, "90"),
            Row("产出指标(50分)", "成本指标", "单项业务成本", "符合相关规定", 10, "达成预期指标"),
            Row("效益指标(30分)", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", 10, "达成预期指标"),
            Row("效益指标(30分)", "生态效益指标", "对控制基建项目成本影响程度", "效果明显", 10, "达成预期指标"),
            Row("效益指标(30分)", "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显", 10, "达成预期指标"));

        var assessment = new Evaluator().Evaluate(ScoringJson.ReadProject(json).Input!);

        assessment.Findings.Should().NotContain(f => f.Code == DiagnosticCodes.LabelPointsMismatch);
        assessment.Indicators.Take(6).Should().OnlyContain(i => i.Category == IndicatorCategory.Output || i.Category == IndicatorCategory.Cost);
        assessment.Indicators.Skip(6).Should().OnlyContain(i => i.Category == IndicatorCategory.Benefit);
    }

    [Fact]
    public void Points_printed_in_a_label_that_differ_from_its_rows_are_a_warning_with_both_numbers()
    {
        // guangshui-jiaotong-2021: 产出指标 40 分 over one row of 15 in the excerpt; 数量指标 15 分 matches it.
        var json = Project(Row("产出指标 40 分", "数量指标 15 分", "乡村道路建设养护里程", "300公里", 15, "300公里"));

        var assessment = new Evaluator().Evaluate(ScoringJson.ReadProject(json).Input!);

        var finding = assessment.Findings.Should().ContainSingle(f => f.Code == DiagnosticCodes.LabelPointsMismatch).Subject;
        finding.Severity.Should().Be(DiagnosticSeverity.Warning);
        finding.Message.Should().Contain("一级指标「产出指标 40 分」印有 40 分").And.Contain("1 项指标分值合计 15");
        assessment.Indicators.Single().Score.Should().Be(15m);
    }

    [Fact]
    public void A_template_made_from_printed_labels_has_the_categories_and_notes_the_points()
    {
        var json = Project(
            Row("产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", 8, null),
            Row("(30分)", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", 10, null));

        var template = SelfAssessmentTemplate.FromInput(ScoringJson.ReadProject(json).Input!, ScoringPolicy.National);

        template.Rows.Select(r => r.Category).Should().Equal(IndicatorCategory.Output, IndicatorCategory.Benefit);
        template.Rows.Select(r => r.CategoryLabel).Should().Equal("产出指标", "效益指标");
        template.Notes.Where(n => n.Code == DiagnosticCodes.LabelPointsMismatch).Select(n => n.Message).Should().HaveCount(2)
            .And.Contain(m => m.Contains("「产出指标(50分)」印有 50 分", StringComparison.Ordinal) && m.Contains("合计 8", StringComparison.Ordinal));
    }

    private static object Row(string? category, string? subcategory, string name, string target, decimal points, string? actual) =>
        new { category, subcategory, name, target, points, actual };

    private static string Project(params object[] indicators) =>
        JsonSerializer.Serialize(new { name = "标签测试", fiscalYear = 2022, budget = new { adjusted = 100, executed = 100 }, indicators });
}
