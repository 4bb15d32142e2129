using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;
using static PerfIndicators.Tests.Scoring.ScoringKit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>How the evaluator scores indicators that are not simple ratios, and what it reports.</summary>
public class EvaluatorTests
{
    [Theory]
    [InlineData("123000人", "10.00", "12.3万人")]
    [InlineData("80000人", "8.00", "8万人")]
    [InlineData("12.3万人", "10.00", "12.3万人")]
    public void Units_are_reconciled_through_the_multiplier(string actual, string expected, string shownActual)
    {
        var score = Score("national", "≥10万人", actual, 10m);

        score.Score.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        score.Explain().Should().Contain(shownActual);
    }

    [Fact]
    public void A_unit_that_cannot_be_reconciled_gives_no_score_and_a_finding()
    {
        var project = new AssessmentInput("项目", [Row("培训计划完成率", IndicatorCategory.Output, "≥90%", "12个", 10m)]) { Budget = Budget(10m, 10m) };

        var assessment = new Evaluator().Evaluate(project);
        var row = assessment.Indicators[0];

        row.Score.Should().BeNull();
        row.Outcome.Should().Be(IndicatorOutcome.NeedsManualScoring);
        row.Flags.Should().HaveFlag(IndicatorFlags.UnitMismatch);
        row.RuleId.Should().Be("unit-mismatch");
        assessment.Findings.Should().Contain(f => f.Code == DiagnosticCodes.UnitMismatch && f.Location.Indicator == "培训计划完成率" && f.Severity == DiagnosticSeverity.Error);
        assessment.IsProvisional.Should().BeTrue();
    }

    [Fact]
    public void Text_on_a_quantitative_target_needs_a_person_unless_an_evaluator_scored_it()
    {
        var unscored = Score("national", "≥600篇", "完成", 10m);
        var scored = Score("national", "≥600篇", "完成", 10m, evaluatorScore: 9m);

        unscored.Score.Should().BeNull();
        unscored.Flags.Should().HaveFlag(IndicatorFlags.TextActualOnQuantitative);
        unscored.RuleId.Should().Be("text-actual-on-quantitative");
        scored.Score.Should().Be(9m);
        scored.Flags.Should().HaveFlag(IndicatorFlags.ManuallyScored);
        scored.Explain().Should().Contain("采用评价人给分 9");
    }

    [Fact]
    public void A_negative_actual_counts_as_zero()
    {
        var score = Score("national", "≥90%", "-5%", 10m);

        score.Score.Should().Be(0m);
        score.Outcome.Should().Be(IndicatorOutcome.NotMet);
        score.Flags.Should().HaveFlag(IndicatorFlags.NegativeActual);
    }

    [Fact]
    public void An_unlabelled_fraction_is_read_as_a_percent_and_reported()
    {
        var score = Score("national", "≥90%", "0.95", 10m);

        score.Score.Should().Be(10m);
        score.ActualValue.Should().Be(95m);
        score.Flags.Should().HaveFlag(IndicatorFlags.UnitAssumed);
    }

    [Theory]
    [InlineData("85%", "0.00")]
    [InlineData("92%", "10.00")]
    public void A_step_rule_written_in_the_target_overrides_the_ratio(string actual, string expected)
    {
        var score = Score("national", "满意度指标低于90%不得分，大于等于90%得满分", actual, 10m);

        score.Score.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        score.RuleId.Should().Be("embedded-rule");
        score.Explain().Should().StartWith("按指标自带评分标准“满意度指标低于90%不得分，大于等于90%得满分”：实际完成值 " + actual);
    }

    [Fact]
    public void A_step_rule_that_only_says_when_it_is_met_falls_back_to_the_ratio_below_it()
    {
        var met = Score("national", "采购率大于80%即达标", "85%", 10m);
        var below = Score("national", "采购率大于80%即达标", "60%", 10m);

        met.Score.Should().Be(10m);
        met.RuleId.Should().Be("embedded-rule");
        below.Score.Should().Be(7.5m);
        below.RuleId.Should().Be("higher-ratio");
    }

    [Theory]
    [InlineData("95%", "10.00")]
    [InlineData("85%", "9.00")]
    [InlineData("87%", "9.00")]
    [InlineData("80%", "8.00")]
    [InlineData("30%", "0.00")]
    public void A_per_step_deduction_counts_a_started_step(string actual, string expected)
    {
        var score = Score("national", "90%以上得10分，每降5%扣1分，扣完为止", actual, 10m);

        score.Score.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        score.RuleId.Should().Be("embedded-rule");
    }

    [Theory]
    [InlineData("8%", "5.00")]
    [InlineData("-12%", "3.00")]
    [InlineData("18%", "1.00")]
    [InlineData("25%", "0.00")]
    public void Tolerance_bands_score_the_size_of_the_deviation(string deviation, string expected)
    {
        var score = Score("national", "±10%以内得5分，±10-15%以内得3分，±15-20%以内得1分，±20%以外不得分", deviation, 5m);

        score.Score.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_discretionary_rule_needs_a_manual_score_and_says_why()
    {
        var score = Score("national", "未达指标值酌情扣分", "85%", 10m);

        score.Score.Should().BeNull();
        score.Outcome.Should().Be(IndicatorOutcome.NeedsManualScoring);
        score.RuleId.Should().Be("embedded-discretionary");
        score.Explain().Should().Contain("酌情扣分").And.Contain("人工评分");
    }

    [Theory]
    [InlineData("合规", IndicatorOutcome.Met, "10.00")]
    [InlineData("合法合规", IndicatorOutcome.Met, "10.00")]
    [InlineData("已完成", IndicatorOutcome.Met, "10.00")]
    [InlineData("未达成", IndicatorOutcome.NotMet, "3.00")]
    public void Qualitative_texts_that_match_the_target_mean_achieved(string actual, IndicatorOutcome outcome, string expected)
    {
        // 广州市协作办公室 机构运行辅助经费 (seed 004): 资金支出合法合规性 — 合法合规.
        var score = Score("national", "合法合规", actual, 10m);

        score.Outcome.Should().Be(outcome);
        score.Score.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Qualitative_evaluator_score_inside_the_band_is_used()
    {
        var score = Score("national", "合法合规", "达成", 10m, evaluatorScore: 8.5m);

        score.Score.Should().Be(8.5m);
        score.Outcome.Should().Be(IndicatorOutcome.Met);
        score.RuleId.Should().Be("qualitative-evaluator-score");
    }

    [Fact]
    public void Qualitative_evaluator_score_outside_the_band_gives_the_default_and_a_finding()
    {
        var project = new AssessmentInput("项目", [Row("资金支出合法合规性", IndicatorCategory.Output, "合法合规", "达成", 10m, evaluatorScore: 6m, reason: "—")]);

        var assessment = new Evaluator().Evaluate(project);

        assessment.Indicators[0].Score.Should().Be(10m);
        assessment.Indicators[0].Flags.Should().HaveFlag(IndicatorFlags.EvaluatorScoreOutsideBand);
        assessment.Findings.Should().ContainSingle(f => f.Code == DiagnosticCodes.EvaluatorScoreOutsideBand)
            .Which.Message.Should().Be("评价人给分 6 不在“达成”档的分值区间 8 至 10 分内，按该档默认分 10 计", "the message names the band the score missed");
    }

    [Fact]
    public void The_band_named_by_pi3009_is_the_tiers_share_of_the_points_with_its_open_end()
    {
        // 驻京联络处工作经费 (seed 001): the qualitative row of 30 points judged 部分达成 (60% to 80%, 80% not included), given 25.
        var project = new AssessmentInput("驻京联络处工作经费", [Row("开展招商引资推荐会,扩大招商引资范围,提升湖州知名度", IndicatorCategory.Benefit, "有效扩大、增加", "部分达成", 30m, evaluatorScore: 25m, reason: "推介会场次少于计划")]);

        var finding = new Evaluator().Evaluate(project).Findings.Single(f => f.Code == DiagnosticCodes.EvaluatorScoreOutsideBand);

        finding.Message.Should().Be("评价人给分 25 不在“部分达成”档的分值区间 18 至 24 分（不含 24）内，按该档默认分 21 计");
    }

    [Fact]
    public void Qualitative_with_only_an_evaluator_score_takes_the_tier_from_the_band()
    {
        var score = new Evaluator().ScoreIndicator(Target("有效扩大、增加"), null, 10m, evaluatorScore: 6.5m);

        score.Tier.Should().Be(AchievementTier.PartiallyAchieved);
        score.Score.Should().Be(6.5m);
        score.Outcome.Should().Be(IndicatorOutcome.PartiallyMet);
    }

    [Theory]
    [InlineData("2023年11月20日", "10.00", "deadline-met")]
    [InlineData("按时完成", "10.00", "deadline-met")]
    public void A_deadline_met_on_time_scores_full(string actual, string expected, string rule)
    {
        var score = Score("national", "12月底前", actual, 10m, fiscalYear: 2023);

        score.Score.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        score.RuleId.Should().Be(rule);
    }

    [Fact]
    public void A_late_deadline_needs_a_manual_score_with_the_days_late()
    {
        var score = Score("national", "12月底前", "2024年1月5日", 10m, fiscalYear: 2023);

        score.Score.Should().BeNull();
        score.RuleId.Should().Be("deadline-late");
        score.Explain().Should().Contain("逾期 5 天");
    }

    [Fact]
    public void A_range_scores_full_inside_and_the_ratio_to_the_nearest_bound_outside()
    {
        Score("national", "80%-90%", "85%", 10m).Score.Should().Be(10m);
        Score("national", "80%-90%", "60%", 10m).Score.Should().Be(7.5m);
        Score("national", "80%-90%", "100%", 10m).Score.Should().Be(9m);
    }

    [Fact]
    public void A_rate_per_period_is_compared_in_its_own_unit()
    {
        Score("national", "≥1次/月", "0.5次/月", 10m).Score.Should().Be(5m);
    }

    [Fact]
    public void Missing_points_are_shared_equally_within_each_level_and_satisfaction_moves_when_absent()
    {
        // 湖州市人民政府办公室 综合业务工作经费 (seed 001), points left blank; it has no 满意度 indicator.
        var project = new AssessmentInput("综合业务工作经费", [
            Row("《湖州市人民政府公报》出刊", IndicatorCategory.Output, "≥10期", "12期", null),
            Row("全年完成信息报送", IndicatorCategory.Output, "≥600篇", "640篇", null),
            Row("编发《调研与参考》出刊", IndicatorCategory.Output, "≥10期", "10期", null),
            Row("政务公开目录更新率", IndicatorCategory.Output, "=100%", "100%", null),
            Row("全市免费赠阅点达到", IndicatorCategory.Benefit, "≥20个", "21个", null),
        ])
        { Budget = Budget(74.2m, 70.1m) };

        var assessment = new Evaluator().Evaluate(project);

        assessment.Indicators.Select(i => i.Points).Should().Equal(14.06m, 14.06m, 14.06m, 14.07m, 33.75m);
        assessment.Indicators.Should().OnlyContain(i => i.Flags.HasFlag(IndicatorFlags.PointsAllocated));
        assessment.ApplicablePoints.Should().Be(100m);
        assessment.Findings.Should().ContainSingle(f => f.Code == DiagnosticCodes.PointsAllocated).Which.Message.Should().Be(
            "5 个指标未填分值，已按评分办法分配：产出指标 4 个共 56.25（14.06、14.06、14.06、14.07）、效益指标 1 个 33.75；"
            + "没有满意度指标，其 10 分按比例并入产出指标 6.25、效益指标 3.75",
            "the message gives the points written, not the policy's 50/30/10");
    }

    [Fact]
    public void Every_indicator_below_full_points_or_flagged_needs_a_deviation_reason()
    {
        // 湖州市人民政府办公室 驻京联络处工作经费 (seed 001).
        var project = new AssessmentInput("驻京联络处工作经费", [
            Row("亿元以上招商签约项目", IndicatorCategory.Output, "≥90个", "96个", 20m),
            Row("进高层次人才项目", IndicatorCategory.Output, "≥40个", "31个", 15m),
            Row("编发招商招才简报信息", IndicatorCategory.Output, "≥40期", "52期", 15m),
            Row("市领导和部门对接待工作的满意率", IndicatorCategory.Satisfaction, "≥95%", "91%", 10m, reason: "接待任务集中，部分接待安排仓促"),
        ])
        { Budget = Budget(189.5m, 163.33m) };

        var assessment = new Evaluator().Evaluate(project);
        var missing = assessment.Findings.Where(f => f.Code == DiagnosticCodes.MissingDeviationReason).Select(f => f.Location.Indicator);

        missing.Should().BeEquivalentTo("进高层次人才项目", "编发招商招才简报信息");
        assessment.Indicators[2].Flags.Should().HaveFlag(IndicatorFlags.OverAchievement).And.HaveFlag(IndicatorFlags.MissingDeviationReason);
        assessment.Findings.Should().Contain(f => f.Code == DiagnosticCodes.LowBudgetExecution && f.Message.Contains("86.19%", StringComparison.Ordinal));
    }

    [Fact]
    public void Level_subtotals_add_up_their_indicators()
    {
        var project = new AssessmentInput("会议培训费", [
            Row("培训人数", IndicatorCategory.Output, "≥400人", "380人", 30m, reason: "部分学员因疫情未能参训"),
            Row("培训计划完成率", IndicatorCategory.Output, "≥90%", "95%", 20m),
            Row("学员培训率", IndicatorCategory.Benefit, "≥90%", "92%", 30m),
            Row("参加培训学员满意度", IndicatorCategory.Satisfaction, "≥90%", "96%", 10m),
        ])
        { Budget = Budget(200m, 186.4m) };

        var assessment = new Evaluator().Evaluate(project);

        assessment.Levels.Select(l => (l.Name, l.Points, l.Score)).Should().Equal(
            ("产出指标", 50m, 48.5m), ("效益指标", 30m, 30m), ("满意度指标", 10m, 10m));
        assessment.Total.Should().Be(assessment.BudgetExecution.Score!.Value + 88.5m);
    }

    [Fact]
    public void The_fingerprint_depends_on_inputs_and_policy_but_not_on_number_formatting()
    {
        AssessmentInput Project(string actual, decimal points) =>
            new("会议培训费", [Row("培训人数", IndicatorCategory.Output, "≥400人", actual, points)]) { Budget = Budget(200m, 186.4m) };

        var national = new Evaluator();
        var first = national.Evaluate(Project("380人", 90m)).Fingerprint;

        national.Evaluate(Project("380人", 90.00m)).Fingerprint.Should().Be(first);
        national.Evaluate(Project("381人", 90m)).Fingerprint.Should().NotBe(first);
        new Evaluator(ScoringPolicy.Get("national-linear")).Evaluate(Project("380人", 90m)).Fingerprint.Should().NotBe(first);
        first.Should().MatchRegex("^sha256:[0-9a-f]{64}$");
    }

    [Fact]
    public void An_indicator_whose_target_could_not_be_read_is_reported_and_left_for_a_person()
    {
        var project = new AssessmentInput("项目", [new IndicatorInput("年度指标", new UnrecognizedTarget("详见附件")) { Category = IndicatorCategory.Output, Points = 10m, Actual = Actual("完成") }]);

        var assessment = new Evaluator().Evaluate(project);

        assessment.Indicators[0].RuleId.Should().Be("unrecognized-target");
        assessment.Indicators[0].Score.Should().BeNull();
        assessment.Findings.Should().Contain(f => f.Code == DiagnosticCodes.UnscorableTarget);
    }

    [Fact]
    public void Negative_points_are_a_programmer_error()
    {
        var act = () => new Evaluator().ScoreIndicator(Target("≥90%"), Actual("95%"), -1m);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
