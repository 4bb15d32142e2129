using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>
/// Actuals as people write them (issue 11 §7), scored the same from project JSON as from a filled template. Rows are from
/// ../shared/corpus/selfeval-rows.jsonl where a real one shows the form: chizhou-tangxi-2022 (项目总成本 ≤90万元 | 90),
/// hengshan-chubeiliang-2020 (事件发生数 0起 | 0起, 保障率 100% | 无), sichuan-puhuijinrong-selfeval (满意度 ≥80% | ≥80%),
/// changning-gengga-dongwufangyi-2021 (=100% | =100%), ningde-rencaiyizhan-2023 (2023年12月前 | 2023年12月前), and
/// the seed project of samples/ (进高层次人才项目 ≥40个 | 31).
/// </summary>
public sealed class ActualFormsScoringTests
{
    [Fact]
    public void A_bare_number_means_the_targets_unit_in_project_json_as_in_a_template()
    {
        var assessment = Score(Row("进高层次人才项目", "≥40个", "31", 12.5m));

        var row = assessment.Indicators.Single();
        row.Score.Should().Be(9.69m, "31 ÷ 40 × 12.5");
        row.RuleId.Should().Be("higher-ratio");
        row.Flags.Should().HaveFlag(IndicatorFlags.UnitAssumed).And.NotHaveFlag(IndicatorFlags.UnitMismatch);
        row.Explanation.Should().Be("实际完成值 31个 ÷ 年度指标值 40个 × 分值 12.5 = 9.69");
        assessment.Findings.Should().NotContain(f => f.Code == DiagnosticCodes.UnitMismatch);
        assessment.Findings.Should().ContainSingle(f => f.Code == DiagnosticCodes.UnitAssumed)
            .Which.Message.Should().Be("实际完成值“31”没有单位，按年度指标值的单位“个”理解（B = 31）");
    }

    [Theory]
    [InlineData("项目总成本", "≤90万元", "90", 8, 8, "lower-met")]
    [InlineData("项目总成本", "≤202.6万元", "132.9", 10, 10, "lower-met")]
    [InlineData("因粮食市场波动引起的粮食安全事件发生数", "0起", "0", 10, 10, "zero-target-met")]
    [InlineData("因粮食市场波动引起的粮食安全事件发生数", "0起", "0起", 10, 10, "zero-target-met")]
    [InlineData("因粮食市场波动引起的粮食安全事件发生数", "0起", "无", 10, 10, "zero-target-met")]
    [InlineData("安全事故", "≤3起", "未发生", 10, 10, "lower-met")]
    [InlineData("申请定向费用补贴金融机构满意度", "≥80%", "≥80%", 10, 10, "higher-met")]
    [InlineData("养殖环节病死猪无害化处理补助经费发放率", "=100%", "=100%", 20, 20, "exact-met")]
    [InlineData("满意度", "≥90%", "96%以上", 10, 10, "higher-met")]
    [InlineData("大规模随意抛弃病死猪事件", "=0件", "=0件", 20, 20, "zero-target-met")]
    [InlineData("人才驿站补助资金到位时间", "2023年12月前", "2023年12月前", 10, 10, "deadline-met")]
    [InlineData("群众生产生活条件改善状况", "显著提升", "显著提升", 10, 10, "qualitative-tier-default")]
    public void Actuals_written_as_people_write_them_score_by_formula(string name, string target, string actual, decimal points, decimal expected, string rule)
    {
        var row = Score(Row(name, target, actual, points)).Indicators.Single();

        row.Score.Should().Be(expected);
        row.RuleId.Should().Be(rule);
    }

    [Fact]
    public void None_against_a_count_that_should_be_zero_is_zero_and_said_so_but_not_against_a_rate()
    {
        var assessment = Score(
            Row("因粮食市场波动引起的粮食安全事件发生数", "0起", "无", 10m),
            Row("政策性挂账利息补贴保障率", "100%", "无", 10m));

        assessment.Indicators[0].Flags.Should().HaveFlag(IndicatorFlags.NoneAsZero);
        assessment.Findings.Should().ContainSingle(f => f.Code == DiagnosticCodes.NoneAsZero)
            .Which.Message.Should().Be("实际完成值“无”表示没有发生，按 0 计（B = 0）(nothing happened: the actual is 0)");
        assessment.Indicators[1].Score.Should().BeNull("无 against a 100% rate is not 0%: a person decides");
        assessment.Indicators[1].Outcome.Should().Be(IndicatorOutcome.NeedsManualScoring);
    }

    [Theory]
    [InlineData("否", "否", 10)]
    [InlineData("否", "是", 3)]
    [InlineData("是", "是", 10)]
    [InlineData("是", "否", 3)]
    [InlineData("否", "没有", 10)]
    public void Yes_or_no_against_a_yes_or_no_target_is_judged_by_the_answer(string target, string actual, decimal expected)
    {
        // daying-minzheng-2022 style: 项目实施是否产生经济价值 | 否.
        var row = Score(Row("项目实施是否产生负面社会影响", target, actual, 10m)).Indicators.Single();

        row.Score.Should().Be(expected);
        row.Outcome.Should().Be(expected == 10m ? IndicatorOutcome.Met : IndicatorOutcome.NotMet);
    }

    [Theory]
    [InlineData("基本完成")]
    [InlineData("大部分完成")]
    [InlineData("部分完成")]
    public void Hedged_words_take_the_national_policys_tier(string actual)
    {
        var row = Score(Row("制度建设", "进一步完善", actual, 10m)).Indicators.Single();

        row.Score.Should().Be(7m, "部分达成 at its default 70%");
        row.Outcome.Should().Be(IndicatorOutcome.PartiallyMet);
        row.Explanation.Should().Contain("属“部分达成”档");
        ScoringPolicy.National.Parameters.Qualitative.Hedges.Should().Be(new HedgeTiers(AchievementTier.PartiallyAchieved, AchievementTier.PartiallyAchieved, AchievementTier.PartiallyAchieved));
    }

    [Fact]
    public void A_policy_maps_hedged_words_to_any_tier_or_leaves_them_to_a_person()
    {
        var policy = ScoringPolicy.Parse("""
            { "id": "hedges-test", "extends": "national", "name": "基本完成按达成", "jurisdiction": "测试", "version": "1.0.0",
              "parameters": { "qualitative": { "hedges": { "basically": "achieved", "mostly": "manual", "partly": "not-achieved" } } } }
            """);

        var assessment = new Evaluator(policy).Evaluate(ScoringJson.ReadProject(Project(
            Row("制度建设", "进一步完善", "基本完成", 10m),
            Row("制度执行", "进一步完善", "大部分完成", 10m),
            Row("制度宣传", "进一步完善", "部分完成", 10m))).Input!);

        assessment.Indicators.Select(i => i.Score).Should().Equal(10m, null, 3m);
        assessment.Indicators[1].Outcome.Should().Be(IndicatorOutcome.NeedsManualScoring);
    }

    [Fact]
    public void A_hedge_setting_that_is_not_a_tier_is_refused_when_the_policy_is_loaded()
    {
        var load = () => ScoringPolicy.Parse("""
            { "id": "hedges-bad", "extends": "national", "name": "x", "jurisdiction": "x", "version": "1.0.0",
              "parameters": { "qualitative": { "hedges": { "basically": "mostly-done" } } } }
            """);

        load.Should().Throw<ScoringPolicyException>().WithMessage("*qualitative.hedges.basically*achieved, partially-achieved, not-achieved, manual*");
    }

    [Fact]
    public void A_ceiling_the_parser_inferred_for_a_bare_target_is_scored_as_one_unless_the_policy_ignores_it()
    {
        // 参展商投诉率 | 10%: no comparator written, lower is better by the name (PI1023).
        var json = Project(Row("参展商投诉率", "10%", "12%", 10m));
        var ignore = ScoringPolicy.Parse("""
            { "id": "direction-test", "extends": "national", "name": "不按名称推断方向", "jurisdiction": "测试", "version": "1.0.0",
              "parameters": { "inferredDirection": "ignore" } }
            """);

        var followed = new Evaluator().Evaluate(ScoringJson.ReadProject(json).Input!).Indicators.Single();
        var ignored = new Evaluator(ignore).Evaluate(ScoringJson.ReadProject(json).Input!).Indicators.Single();

        (followed.Score, followed.RuleId).Should().Be((8.33m, "lower-ratio"));
        (ignored.Score, ignored.RuleId).Should().Be((10m, "higher-met"));
        ScoringPolicy.National.Parameters.InferredDirection.Should().Be(InferredDirection.Follow);
    }

    private static object Row(string name, string target, string actual, decimal points) =>
        new { category = "产出指标", name, target, points, actual, deviationReason = "说明" };

    private static string Project(params object[] indicators) =>
        JsonSerializer.Serialize(new { name = "实际完成值测试", fiscalYear = 2023, budget = new { adjusted = 100, executed = 100 }, indicators });

    private static SelfAssessment Score(params object[] indicators)
    {
        var read = ScoringJson.ReadProject(Project(indicators));
        read.Errors.Should().BeEmpty();
        return new Evaluator().Evaluate(read.Input!);
    }
}
