using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;
using static PerfIndicators.Tests.Scoring.ScoringKit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>What distinguishes each shipped policy from the national one.</summary>
public class PolicyVariantTests
{
    [Fact]
    public void Every_shipped_policy_is_embedded_and_loads_with_its_metadata()
    {
        ScoringPolicy.EmbeddedIds.Should().BeEquivalentTo("execution-caps", "hubei", "national", "national-integer", "national-linear");
        foreach (var id in ScoringPolicy.EmbeddedIds)
        {
            var policy = ScoringPolicy.Get(id);
            policy.Id.Should().Be(id);
            policy.Version.Should().NotBeNullOrWhiteSpace();
            policy.Source.Should().Be("embedded:" + id);
            policy.AppliesTo(2023).Should().BeTrue();
            policy.AppliesTo(2019).Should().BeFalse();
            policy.IndicatorRuleIds.Should().Contain("higher-ratio");
        }
    }

    [Fact]
    public void National_weights_are_10_50_30_10_with_half_up_rounding_and_90_80_60_grades()
    {
        var parameters = ScoringPolicy.National.Parameters;

        parameters.Weights.BudgetExecution.Should().Be(10m);
        parameters.Weights.Levels.Select(l => l.Points).Should().Equal(50m, 30m, 10m);
        parameters.Rounding.Should().Be(new ScoreRounding(RoundingMode.HalfUp, 2));
        parameters.Grades.Select(g => (g.Grade, g.MinTotal)).Should().Equal(("优", 90m), ("良", 80m), ("中", 60m), ("差", 0m));
        parameters.OverAchievement.Should().Be(new OverAchievementParameters(1.2m, OverAchievementAction.Flag, 0m));
        parameters.ExecutionCaps.Should().BeEmpty();
    }

    [Fact]
    public void Hubei_scores_budget_execution_out_of_20()
    {
        var project = new AssessmentInput("项目", []) { Budget = new BudgetInput { Adjusted = 250000m, Executed = 215457.6m } };

        var execution = new Evaluator(ScoringPolicy.Get("hubei")).Evaluate(project).BudgetExecution;

        execution.Points.Should().Be(20m);
        execution.Score.Should().Be(17.24m);
    }

    [Fact]
    public void Hubei_allocates_missing_points_in_blocks_of_40_with_satisfaction_inside_benefits()
    {
        // 广州市协作办公室 会议培训费 (seed 004), points left blank.
        var project = new AssessmentInput("会议培训费", [
            Row("培训人数", IndicatorCategory.Output, "≥400人", "400人", null),
            Row("培训计划完成率", IndicatorCategory.Output, "≥90%", "95%", null),
            Row("参加培训学员满意度", IndicatorCategory.Satisfaction, "≥90%", "96%", null),
        ]);

        var hubei = new Evaluator(ScoringPolicy.Get("hubei")).Evaluate(project);
        var national = new Evaluator().Evaluate(project);

        hubei.Indicators.Select(i => i.Points).Should().Equal(20m, 20m, 40m);
        national.Indicators.Select(i => i.Points).Should().Equal(25m, 25m, 10m);
    }

    [Fact]
    public void Hubei_accepts_a_partial_score_down_to_half_the_points_where_national_does_not()
    {
        var hubei = Score("hubei", "合法合规", "部分达成", 10m, evaluatorScore: 5.5m);
        var national = Score("national", "合法合规", "部分达成", 10m, evaluatorScore: 5.5m);

        hubei.Score.Should().Be(5.5m);
        hubei.RuleId.Should().Be("qualitative-evaluator-score");
        national.Score.Should().Be(7m, "5.5 is below the national 60% band of 部分达成, so the tier default is used");
        national.RuleId.Should().Be("qualitative-tier-default");
    }

    [Theory]
    [InlineData(0.75, 89)]
    [InlineData(0.65, 79)]
    [InlineData(0.55, 69)]
    [InlineData(0.45, 59)]
    public void Execution_caps_limit_the_total_by_the_execution_rate(double rate, int cap)
    {
        var executed = 1000000m * (decimal)rate;
        var project = new AssessmentInput("信息化运维专项经费", [
            Row("数据库维护次数", IndicatorCategory.Output, "≥2次", "2次", 50m),
            Row("系统正常运行率", IndicatorCategory.Benefit, "≥98%", "99%", 30m),
            Row("系统使用对象满意度", IndicatorCategory.Satisfaction, "≥95%", "96%", 10m),
        ])
        { Budget = Budget(1000000m, executed) };

        var capped = new Evaluator(ScoringPolicy.Get("execution-caps")).Evaluate(project);
        var national = new Evaluator().Evaluate(project);

        national.Total.Should().Be(90m + (10m * (decimal)rate));
        capped.UncappedTotal.Should().Be(national.Total);
        capped.Total.Should().Be(cap);
        capped.AppliedCap!.MaxTotal.Should().Be(cap);
        capped.Findings.Should().Contain(f => f.Code == DiagnosticCodes.TotalCapped);
    }

    [Fact]
    public void Execution_caps_do_not_apply_at_80_percent_or_more()
    {
        var project = new AssessmentInput("项目", [Row("数据库维护次数", IndicatorCategory.Output, "≥2次", "2次", 90m)]) { Budget = Budget(100m, 80m) };

        var assessment = new Evaluator(ScoringPolicy.Get("execution-caps")).Evaluate(project);

        assessment.Total.Should().Be(98m);
        assessment.AppliedCap.Should().BeNull();
    }

    [Fact]
    public void Execution_caps_policy_deducts_two_points_at_30_percent_over_target_and_national_only_flags()
    {
        var capsOver = Score("execution-caps", "≥100个", "130个", 10m);
        var capsBelow = Score("execution-caps", "≥100个", "125个", 10m);
        var national = Score("national", "≥100个", "130个", 10m);

        capsOver.Score.Should().Be(8m);
        capsOver.Outcome.Should().Be(IndicatorOutcome.Met);
        capsOver.Flags.Should().HaveFlag(IndicatorFlags.OverAchievementDeducted);
        capsOver.Explain().Should().Contain("扣 2 分");
        capsBelow.Score.Should().Be(10m);
        capsBelow.Flags.Should().NotHaveFlag(IndicatorFlags.OverAchievement, "125% is below the 130% threshold of this policy");
        national.Score.Should().Be(10m);
        national.Flags.Should().HaveFlag(IndicatorFlags.OverAchievement).And.NotHaveFlag(IndicatorFlags.OverAchievementDeducted);
    }

    [Fact]
    public void Integer_policy_rounds_scores_and_total_to_whole_points()
    {
        var score = Score("national-integer", "≥90%", "85%", 10m);
        score.Score.Should().Be(9m);

        var project = new AssessmentInput("项目", [
            Row("培训计划完成率", IndicatorCategory.Output, "≥90%", "85%", 50m),
            Row("学员培训率", IndicatorCategory.Benefit, "≥90%", "88%", 30m),
            Row("参加培训学员满意度", IndicatorCategory.Satisfaction, "≥90%", "96%", 10m),
        ])
        { Budget = Budget(250000m, 215457.6m) };

        var integer = new Evaluator(ScoringPolicy.Get("national-integer")).Evaluate(project);
        var national = new Evaluator().Evaluate(project);

        integer.Indicators.Select(i => i.Score).Should().Equal(47m, 29m, 10m);
        integer.BudgetExecution.Score.Should().Be(9m);
        integer.Total.Should().Be(95m);
        national.Indicators.Select(i => i.Score).Should().Equal(47.22m, 29.33m, 10.00m);
        national.Total.Should().Be(95.17m);
    }

    [Fact]
    public void Linear_and_ratio_policies_agree_when_the_negative_target_is_met()
    {
        Score("national-linear", "低于10%", "8%", 10m).Score.Should().Be(10m);
        Score("national", "低于10%", "8%", 10m).Score.Should().Be(10m);
    }
}
