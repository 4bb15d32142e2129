using FluentAssertions;
using PerfIndicators.Scoring;
using RulesEngine.Models;
using Xunit;
using static PerfIndicators.Tests.Scoring.ScoringKit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>
/// The policy files are real RulesEngine workflows: run through RulesEngine itself, the first successful rule and its
/// output are the ones the compiled delegates chose. The engine never calls RulesEngine per indicator; this test does.
/// </summary>
public class RulesEngineConformanceTests
{
    [Theory]
    [InlineData("national", "≥90%", "85%")]
    [InlineData("national", "≥90%", "110%")]
    [InlineData("national", "≤10%", "12%")]
    [InlineData("national-linear", "≤10%", "12%")]
    [InlineData("national", "=0起", "1起")]
    [InlineData("national", "定性", "部分达成")]
    [InlineData("national", "满意度指标低于90%不得分，大于等于90%得满分", "92%")]
    [InlineData("national", "≥90%", "12个")]
    [InlineData("hubei", "80%-90%", "60%")]
    public async Task RulesEngine_picks_the_same_first_rule_and_output_as_the_compiled_policy(string policyId, string target, string actual)
    {
        var policy = ScoringPolicy.Get(policyId);
        var compiled = new Evaluator(policy).ScoreIndicator(Target(target), Actual(actual), 10m);
        var facts = new Evaluator(policy).Facts(Target(target), Actual(actual), 10m);

        var engine = new RulesEngine.RulesEngine([.. policy.ToRulesEngineWorkflows()], new ReSettings
        {
            CustomTypes = [typeof(IndicatorFacts), typeof(PolicyParameters), typeof(Direction), typeof(TargetKind), typeof(LowerIsBetterFormula)],
        });
        var results = await engine.ExecuteAllRulesAsync("indicator", new RuleParameter("x", facts), new RuleParameter("p", policy.Parameters));

        var first = results.First(r => r.IsSuccess);
        first.Rule.RuleName.Should().Be(compiled.RuleId);
        if (first.ActionResult?.Output is decimal output)
        {
            policy.Parameters.Rounding.ApplyWithin(output, 10m).Should().Be(compiled.Score!.Value);
        }
    }
}
