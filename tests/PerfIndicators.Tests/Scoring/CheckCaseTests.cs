using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;
using static PerfIndicators.Tests.Scoring.ScoringKit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>Every check case of scoring-policy.md §9, under the policies it names.</summary>
public class CheckCaseTests
{
    [Fact]
    public void Positive_indicator_short_of_target_scores_the_ratio_with_the_numbers_explained()
    {
        var score = Score("national", "≥90%", "85%", 10m);

        score.Score.Should().Be(9.44m);
        score.Outcome.Should().Be(IndicatorOutcome.PartiallyMet);
        score.RuleId.Should().Be("higher-ratio");
        score.Explain().Should().Be("实际完成值 85% ÷ 年度指标值 90% × 分值 10 = 9.44");
        score.Flags.Should().NotHaveFlag(IndicatorFlags.OverAchievement);
    }

    [Fact]
    public void Positive_indicator_far_above_target_gets_full_points_and_is_flagged()
    {
        var score = Score("national", "≥90%", "110%", 10m);

        score.Score.Should().Be(10m);
        score.Outcome.Should().Be(IndicatorOutcome.Met);
        score.RuleId.Should().Be("higher-met");
        score.Flags.Should().HaveFlag(IndicatorFlags.OverAchievement);
        score.CompletionRatio.Should().BeApproximately(1.2222m, 0.0001m);
        score.Explain().Should().Contain("122.22%").And.Contain("120%");
    }

    [Fact]
    public void Negative_indicator_under_the_ratio_policy_scores_target_over_actual()
    {
        var score = Score("national", "≤10%", "12%", 10m);

        score.Score.Should().Be(8.33m);
        score.RuleId.Should().Be("lower-ratio");
        score.Explain().Should().Be("反向指标：年度指标值 10% ÷ 实际完成值 12% × 分值 10 = 8.33");
    }

    [Theory]
    [InlineData("12%", "8.00")]
    [InlineData("20%", "0.00")]
    [InlineData("25%", "0.00")]
    public void Negative_indicator_under_the_linear_policy_loses_points_linearly_to_zero_at_twice_the_target(string actual, string expected)
    {
        var score = Score("national-linear", "≤10%", actual, 10m);

        score.Score.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        score.RuleId.Should().Be("lower-linear");
    }

    [Theory]
    [InlineData("0起", "5.00", IndicatorOutcome.Met)]
    [InlineData("1起", "0.00", IndicatorOutcome.NotMet)]
    public void Zero_target_is_all_or_nothing_without_dividing_by_zero(string actual, string expected, IndicatorOutcome outcome)
    {
        // 安全事故 =0起
        var score = Score("national", "=0起", actual, 5m);

        score.Score.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        score.Outcome.Should().Be(outcome);
        score.RuleId.Should().StartWith("zero-target");
    }

    [Fact]
    public void Equality_target_exceeded_counts_as_met_on_the_platform_default_and_is_flagged()
    {
        var score = Score("national", "=100", "120", 10m);

        score.Score.Should().Be(10m);
        score.RuleId.Should().Be("exact-met");
        score.Flags.Should().HaveFlag(IndicatorFlags.OverAchievement);
    }

    [Fact]
    public void Qualitative_partial_achievement_gets_the_default_share_inside_its_band()
    {
        var score = Score("national", "定性", "部分达成", 10m);

        score.Score.Should().Be(7m);
        score.Score.Should().BeGreaterThanOrEqualTo(6m).And.BeLessThan(8m);
        score.Outcome.Should().Be(IndicatorOutcome.PartiallyMet);
        score.RuleId.Should().Be("qualitative-tier-default");
        score.Explain().Should().Contain("部分达成").And.Contain("70%");
    }

    [Fact]
    public void Not_applicable_indicators_leave_the_base_and_the_total_is_rescaled()
    {
        // Applicable: budget execution 10 + indicators 70 = 80 points; scores 10 + 62 = 72; total 72 × 100 ÷ 80 = 90.00.
        var project = new AssessmentInput("会议培训费", [
            Row("培训人数", IndicatorCategory.Output, "≥400人", "400人", 30m),
            Row("培训计划完成率", IndicatorCategory.Output, "≥90%", "90%", 20m),
            Row("参加培训学员满意度", IndicatorCategory.Satisfaction, "≥90%", "54%", 20m, reason: "培训安排临时调整"),
            Row("经济合作项目", IndicatorCategory.Benefit, "不少于10个", null, 20m, notApplicable: true),
        ])
        { Budget = Budget(200m, 200m) };

        var assessment = new Evaluator(ScoringPolicy.National).Evaluate(project);

        assessment.ApplicablePoints.Should().Be(80m);
        assessment.Indicators.Sum(i => i.Score ?? 0m).Should().Be(62m);
        assessment.Total.Should().Be(90.00m);
        assessment.Grade.Should().Be("优");
        assessment.Indicators[3].Outcome.Should().Be(IndicatorOutcome.NotApplicable);
        assessment.Indicators[3].Score.Should().BeNull();
    }

    [Fact]
    public void Budget_execution_is_linear_in_the_rate_against_the_adjusted_budget()
    {
        var project = new AssessmentInput("项目", []) { Budget = new BudgetInput { Initial = 300000m, Adjusted = 250000m, Executed = 215457.6m } };

        var execution = new Evaluator().Evaluate(project).BudgetExecution;

        execution.Rate.Should().Be(0.8618304m);
        execution.Score.Should().Be(8.62m);
        execution.RuleId.Should().Be("execution-linear");
        execution.Explanation.Should().Be("执行率 86.18%（全年执行数 215457.6 ÷ 全年预算数 250000）× 分值 10 = 8.62");
    }

    [Fact]
    public void Zero_budget_makes_execution_not_applicable_and_says_why()
    {
        var project = new AssessmentInput("项目", [Row("培训人数", IndicatorCategory.Output, "≥400人", "400人", 90m)]) { Budget = Budget(0m, 0m) };

        var assessment = new Evaluator().Evaluate(project);

        assessment.BudgetExecution.IsApplicable.Should().BeFalse();
        assessment.BudgetExecution.Score.Should().BeNull();
        assessment.BudgetExecution.Rate.Should().BeNull();
        assessment.BudgetExecution.Explanation.Should().Contain("不适用");
        assessment.Findings.Should().Contain(f => f.Code == DiagnosticCodes.BudgetNotApplicable);
        assessment.ApplicablePoints.Should().Be(90m);
        assessment.Total.Should().Be(100m);
    }
}
