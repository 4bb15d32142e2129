using FluentAssertions;
using PerfIndicators.Lint;
using Xunit;

namespace PerfIndicators.Tests.Lint;

/// <summary>
/// The lint rules one by one on indicator rows. Rows marked 000 are copied from seed 000 (huzhou-2022.txt, 长三角城市经济协调会
/// 杭州都市圈协调会会费); the others are the faults the rules exist for, written the way 目标表 rows are.
/// </summary>
public sealed class TargetLinterTests
{
    private static readonly TargetLinter Linter = new(LintPolicy.National);

    private static IndicatorInput Row(string category, string subcategory, string name, string target) =>
        IndicatorInput.FromText(name, target, category: category, subcategory: subcategory);

    private static AssessmentInput Project(params IndicatorInput[] rows) =>
        new("长三角城市经济协调会杭州都市圈协调会会费", rows) { FiscalYear = 2022, Department = "湖州市人民政府区域合作交流办公室", Budget = new BudgetInput { Initial = 30m } };

    /// <summary>Seed 000's third project as published: two counts and a vague social benefit.</summary>
    private static AssessmentInput Seed000Project() => Project(
        Row("产出指标", "数量指标", "参加协调会会议次数", "≥2次"),
        Row("产出指标", "数量指标", "赴或接待协调会成员城市来湖次数", "≥4次"),
        Row("效益指标", "社会效益指标", "推动跨区域合作,开展合作交流活动", "有所提升"));

    private static List<string> Codes(LintReport report) => [.. report.Findings.Select(f => f.Diagnostic.Code)];

    [Fact]
    public void Seed_000_project_lacks_quality_timeliness_cost_and_satisfaction_and_has_a_vague_target()
    {
        var report = Linter.Lint(Seed000Project());

        Codes(report).Should().Equal("PI9001", "PI9001", "PI9003", "PI9004", "PI9006");
        report.Findings[0].Diagnostic.Message.Should().StartWith("产出指标缺少质量指标");
        report.Findings[1].Diagnostic.Message.Should().StartWith("产出指标缺少时效指标");
        report.Findings.Should().OnlyContain(f => f.Basis == "财预〔2021〕101号");
    }

    [Fact]
    public void A_vague_target_is_located_at_its_indicator_and_the_vague_words()
    {
        var vague = Linter.Lint(Seed000Project()).Findings.Single(f => f.Rule == LintRuleIds.VagueTarget);

        vague.IndicatorIndex.Should().Be(2);
        vague.Diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        vague.Diagnostic.Location.Indicator.Should().Be("推动跨区域合作,开展合作交流活动");
        vague.Diagnostic.Location.Span.Should().Be(new TextSpan(0, 4));
        vague.Diagnostic.Message.Should().Be("指标值“有所提升”是无基准的模糊表述，无法衡量（vague target with no baseline）", "a target that is only the vague words is not quoted twice");
    }

    [Theory]
    [InlineData("覆盖范围有效扩大、增加", "有效扩大")]
    [InlineData("服务质量全面提升", "全面提升")]
    public void A_vague_phrase_inside_a_target_is_quoted_with_the_target(string target, string word)
    {
        var report = Linter.Lint(Project(Row("效益指标", "社会效益指标", "惠民服务", target)));

        var vague = report.Findings.Should().ContainSingle(f => f.Rule == LintRuleIds.VagueTarget).Which;
        vague.Diagnostic.Message.Should().Be("指标值“" + target + "”含无基准的模糊表述“" + word + "”，无法衡量（vague target with no baseline）");
        vague.Diagnostic.Location.Span.Should().Be(new TextSpan(target.IndexOf(word, StringComparison.Ordinal), word.Length));
    }

    [Fact]
    public void A_vague_word_with_a_baseline_number_is_measurable()
    {
        var report = Linter.Lint(Project(Row("效益指标", "社会效益指标", "群众办事满意率", "较上年进一步提高5个百分点")));

        report.Findings.Should().NotContain(f => f.Rule == LintRuleIds.VagueTarget);
    }

    [Theory]
    [InlineData("提升")]
    [InlineData("较好")]
    public void A_target_of_one_bare_word_is_vague(string target)
    {
        var report = Linter.Lint(Project(Row("效益指标", "社会效益指标", "广清经济特别合作区知名度", target)));

        report.Findings.Single(f => f.Rule == LintRuleIds.VagueTarget).Diagnostic.Message.Should().Be("指标值只有“" + target + "”，没有基准和程度，无法衡量（vague target with no baseline）");
    }

    [Fact]
    public void Only_qualitative_targets_are_reported_once_for_the_project()
    {
        var report = Linter.Lint(Project(
            Row("产出指标", "质量指标", "工作质量", "按要求完成"),
            Row("效益指标", "社会效益指标", "提升了认知度(影响力)", "发挥桥梁与纽带作用,促进对口地区与湖州的协作")));

        report.Findings.Where(f => f.Rule == LintRuleIds.OnlyQualitative).Should().ContainSingle()
            .Which.Diagnostic.Message.Should().StartWith("全部 2 项指标均为定性指标");
    }

    [Theory]
    [InlineData("资金支付率", "按时支付", "PI9007")]
    [InlineData("培训人数", "≥100", "PI9008")]
    [InlineData("资金支付率", "≥90人", "PI9009")]
    [InlineData("资金支付率", "≥120%", "PI9010")]
    [InlineData("项目验收", "项目验收", "PI9013")]
    public void A_target_that_cannot_be_measured_is_reported(string name, string target, string code)
    {
        var report = Linter.Lint(Project(Row("产出指标", "数量指标", name, target)));

        Codes(report).Should().Contain(code);
    }

    [Theory]
    [InlineData("资金支付率", "≥90%")]
    [InlineData("GDP增长率", "≥150%")]
    [InlineData("援派丽水挂职干部数量", "≤10人")]
    [InlineData("财政资金投入乘数", "≥1")]
    [InlineData("县级储备粮库存粮食明显变质比例", "0")]
    [InlineData("资金支出合法合规性", "合法合规")]
    public void A_measurable_target_gets_no_measurement_finding(string name, string target)
    {
        var report = Linter.Lint(Project(Row("产出指标", "数量指标", name, target)));

        Codes(report).Should().NotContain(["PI9007", "PI9008", "PI9009", "PI9010", "PI9013"]);
    }

    [Theory]
    [InlineData("≥75%", true)]
    [InlineData("≥80%", false)]
    [InlineData("≥95%", false)]
    public void Satisfaction_below_80_percent_is_reported(string target, bool reported)
    {
        var report = Linter.Lint(Project(Row("满意度指标", "服务对象满意度指标", "受援地群众满意度", target)));

        Codes(report).Contains(DiagnosticCodes.LintSatisfactionBelowMinimum).Should().Be(reported);
    }

    [Theory]
    [InlineData("2023年6月底前", true)]
    [InlineData("2021年12月31日前", true)]
    [InlineData("2022年12月31日前", false)]
    [InlineData("12月底前", false)]
    public void A_deadline_outside_the_fiscal_year_is_reported(string target, bool reported)
    {
        var report = Linter.Lint(Project(Row("产出指标", "时效指标", "资金拨付及时性", target)));

        Codes(report).Contains(DiagnosticCodes.LintDeadlineOutsideYear).Should().Be(reported);
    }

    [Fact]
    public void A_duplicated_indicator_points_at_its_first_occurrence()
    {
        var report = Linter.Lint(Project(
            Row("产出指标", "数量指标", "参加协调会会议次数", "≥2次"),
            Row("产出指标", "数量指标", "参加协调会 会议次数", "≥3次")));

        var duplicate = report.Findings.Single(f => f.Rule == LintRuleIds.DuplicateIndicator);
        duplicate.IndicatorIndex.Should().Be(1);
        duplicate.Diagnostic.Message.Should().Contain("与第 1 项重复");
    }

    [Fact]
    public void A_cost_target_above_the_budget_is_an_error()
    {
        var report = Linter.Lint(Project(Row("成本指标", "经济成本指标", "协调会会费", "≤35万元")));

        var cost = report.Findings.Single(f => f.Rule == LintRuleIds.CostAboveBudget);
        cost.Diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        cost.Diagnostic.Message.Should().Contain("超过项目预算 30 万元");
        Codes(report).Should().NotContain(DiagnosticCodes.LintCostMissing);
    }

    [Fact]
    public void Amounts_and_indicators_must_go_together()
    {
        var noIndicators = Linter.Lint(new AssessmentInput("对口支援和区域合作交流", []) { Budget = new BudgetInput { Initial = 965.04m } });
        var noAmount = Linter.Lint(new AssessmentInput("对口支援和区域合作交流", [Row("产出指标", "数量指标", "资金支付率", "≥90%")]));

        Codes(noIndicators).Should().Equal(DiagnosticCodes.LintAmountWithoutIndicators);
        noIndicators.Findings[0].Diagnostic.Message.Should().Contain("965.04 万元");
        Codes(noAmount).Should().Contain(DiagnosticCodes.LintIndicatorsWithoutAmount);
    }

    [Fact]
    public void A_target_below_last_years_actual_is_reported()
    {
        var lastYear = new AssessmentInput("长三角城市经济协调会杭州都市圈协调会会费", [IndicatorInput.FromText("赴或接待协调会成员城市来湖次数", "≥4次", "6次", "产出指标", "数量指标")]);
        var context = new LintContext { PreviousYear = [lastYear] };

        var report = Linter.Lint(Seed000Project(), context);

        var below = report.Findings.Single(f => f.Rule == LintRuleIds.BelowPrevious);
        below.IndicatorIndex.Should().Be(1);
        below.Diagnostic.Message.Should().Contain("低于上年实际完成值 6次");
    }

    [Fact]
    public void A_disabled_rule_reports_nothing()
    {
        var policy = LintPolicy.Parse("""{ "extends": "national", "id": "zhejiang", "name": "浙江", "rules": { "cost-present": { "enabled": false } } }""", "zhejiang.json");

        var report = new TargetLinter(policy).Lint(Seed000Project());

        Codes(report).Should().Equal("PI9001", "PI9001", "PI9003", "PI9006");
    }
}
