using FluentAssertions;
using PerfIndicators.Scoring;
using PerfIndicators.Scoring.Rules;
using Xunit;
using static PerfIndicators.Tests.Scoring.ScoringKit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>
/// Integer arithmetic in a rule that overflows is a rule that cannot be evaluated (PI3014), as decimal arithmetic
/// already was, never a wrapped-around number (issue 17, finding 7: <c>Math.Max(0m, int(x.W) + 2147483647)</c> scored
/// 0 without a word). The same holds for a rule compiled at load and one the rule generator compiled at build time.
/// </summary>
public class RuleArithmeticTests
{
    private const string Policy = """
        {
          "id": "overflow", "name": "溢出", "jurisdiction": "测试", "version": "1", "extends": "national",
          "workflows": [ { "workflowName": "indicator", "rules": [
            { "ruleName": "guarded", "expression": "WHEN", "actions": { "onSuccess": { "name": "OutputExpression", "context": { "expression": "SCORE" } } },
              "properties": { "explanation": "得 {score}" } },
            { "ruleName": "fallback", "expression": "true", "properties": { "manual": true, "explanation": "人工评分" } } ] } ]
        }
        """;

    [Theory]
    [InlineData("x.HasB", "Math.Max(0m, int(x.W) + 2147483647)")]
    [InlineData("x.HasB", "Math.Max(0m, int(x.W) * 1000000000)")]
    [InlineData("x.HasB", "Math.Max(0m, 0 - int(x.W) - 2147483640)")]
    [InlineData("int(x.W) + 2147483647 < 0", "x.W")]
    [InlineData("-(int(x.W) - 2147483647 - 11) > 0", "x.W")]
    public void Integer_overflow_in_a_rule_fails_loudly_instead_of_wrapping_around(string when, string score)
    {
        var policy = ScoringPolicy.Parse(Policy.Replace("WHEN", when, StringComparison.Ordinal).Replace("SCORE", score, StringComparison.Ordinal), "overflow.json");

        var result = new Evaluator(policy).ScoreIndicator(Target("≥90%"), Actual("85%"), 10m);

        result.Score.Should().BeNull();
        result.Outcome.Should().Be(IndicatorOutcome.NeedsManualScoring);
        result.Flags.Should().HaveFlag(IndicatorFlags.RuleFailed);
        result.RuleId.Should().NotBe("fallback", "a rule that cannot be evaluated does not pass to the next one");
        result.Explain().Should().Contain("数值溢出");
    }

    [Fact]
    public void Integer_arithmetic_that_fits_still_scores()
    {
        var policy = ScoringPolicy.Parse(Policy.Replace("WHEN", "int(x.W) + 2147483637 > 0", StringComparison.Ordinal).Replace("SCORE", "Math.Min(x.W, int(x.W) * 2 - 15)", StringComparison.Ordinal), "fits.json");

        new Evaluator(policy).ScoreIndicator(Target("≥90%"), Actual("85%"), 10m).Score.Should().Be(5m);
    }

    [Fact]
    public void The_generated_form_fails_the_same_way_and_the_assessment_reports_PI3014()
    {
        var path = TestData("Policies/expression-edges.json");
        foreach (var set in new[] { TestPolicyRules.Set, PrecompiledRuleSet.None })
        {
            var policy = PolicyLoader.Load(File.ReadAllText(path), path, TestPolicyRules.Beside(path), set);
            policy.IndicatorWorkflow.Rules.Single(r => r.Name == "edge-overflow").IsPrecompiled.Should().Be(set == TestPolicyRules.Set);

            var assessment = new Evaluator(policy).Evaluate(new AssessmentInput("溢出示例", [Row("投资完成额", IndicatorCategory.Output, "≥100万元", "2000000万元", 10m)]));

            var indicator = assessment.Indicators.Should().ContainSingle().Subject;
            indicator.RuleId.Should().Be("edge-overflow");
            indicator.Flags.Should().HaveFlag(IndicatorFlags.RuleFailed);
            assessment.Findings.Should().Contain(f => f.Code == DiagnosticCodes.RuleFailed && f.Message.Contains("数值溢出", StringComparison.Ordinal));
        }
    }
}
