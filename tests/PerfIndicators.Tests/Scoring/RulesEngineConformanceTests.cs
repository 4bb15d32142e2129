using FluentAssertions;
using PerfIndicators.Scoring;
using PerfIndicators.Scoring.Rules;
using RulesEngine.Models;
using Xunit;
using static PerfIndicators.Tests.Scoring.ScoringKit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>
/// The policy files are real RulesEngine workflows: every shipped policy, and the test policies that use localParams,
/// nested rules and edge expressions, run through RulesEngine's own engine with the production settings
/// (<see cref="RuleCompiler.CreateSettings"/>), both workflows, over the whole scoring case table and its edge values.
/// RulesEngine's first successful rule and its output must be the ones the compiled policy chose. Where the compiled
/// policy fails loudly (PI3014), RulesEngine must have met an exception in that rule too (it records it and goes on),
/// except for integer overflow, which RulesEngine lets wrap around and the engine refuses.
/// </summary>
public class RulesEngineConformanceTests
{
    public static TheoryData<string> Policies() => [.. ScoringCaseTable.Policies().Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Policies))]
    public async Task The_indicator_workflow_decides_as_RulesEngine_does_on_every_case(string name)
    {
        var policy = Load(name);
        var engine = new RulesEngine.RulesEngine([.. policy.ToRulesEngineWorkflows()], RuleCompiler.CreateSettings());
        var decided = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (caseName, facts) in ScoringCaseTable.FactsWithEdges(policy))
        {
            var ours = Decide(policy.IndicatorWorkflow, facts, policy.Parameters);
            var theirs = await engine.ExecuteAllRulesAsync(PolicyLoader.IndicatorWorkflow, new RuleParameter("x", facts), new RuleParameter("p", policy.Parameters));
            Agree(ours, theirs, policy.IndicatorWorkflow.Rules.Select(r => r.Name).ToList(), name + ", " + caseName);
            decided.Add(ours.Rule ?? "(none)");
        }

        // The plain cases (not only their edge values) run through the engine itself choose the same rule.
        foreach (var row in ScoringCaseTable.Indicators)
        {
            var score = new Evaluator(policy).ScoreIndicator(Target(row.Target), row.Actual is null ? null : Actual(row.Actual), row.Points, row.EvaluatorScore, row.Category, row.FiscalYear);
            var ours = Decide(policy.IndicatorWorkflow, ScoringCaseTable.Facts(policy, row), policy.Parameters);
            (ours.Failure is null ? score.RuleId : null).Should().Be(ours.Failure is null ? ours.Rule : null, "{0}, {1}", name, row);
            score.Flags.HasFlag(IndicatorFlags.RuleFailed).Should().Be(ours.Failure is not null, "{0}, {1}", name, row);
        }

        decided.Count.Should().BeGreaterThan(15, "the case table makes most of {0}'s rules decide", name);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public async Task The_budget_execution_workflow_decides_as_RulesEngine_does_on_every_budget(string name)
    {
        var policy = Load(name);
        var engine = new RulesEngine.RulesEngine([.. policy.ToRulesEngineWorkflows()], RuleCompiler.CreateSettings());
        var decided = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (caseName, facts) in ScoringCaseTable.BudgetFactsWithEdges())
        {
            var ours = Decide(policy.BudgetWorkflow, facts, policy.Parameters);
            var theirs = await engine.ExecuteAllRulesAsync(PolicyLoader.BudgetWorkflow, new RuleParameter("x", facts), new RuleParameter("p", policy.Parameters));
            Agree(ours, theirs, policy.BudgetWorkflow.Rules.Select(r => r.Name).ToList(), name + ", " + caseName);
            decided.Add(ours.Rule ?? "(none)");
        }

        decided.Should().BeEquivalentTo(policy.BudgetRuleIds, "every budget rule of {0} decides a case", name);
    }

    [Fact]
    public void The_test_policies_use_localParams_and_nested_rules_and_score_the_case_table_as_national_does()
    {
        foreach (var id in new[] { "local-params", "nested-rules" })
        {
            var policy = Load(id + ".json");
            var rules = policy.ToRulesEngineWorkflows().SelectMany(w => w.Rules).ToList();
            rules.Should().Contain(r => r.LocalParams != null && r.LocalParams.Any(), id);
            if (id == "nested-rules")
            {
                rules.Select(r => r.Operator).Should().Contain(["And", "AndAlso", "OrElse"]);
                rules.SelectMany(r => r.Rules ?? []).Should().Contain(r => r.Operator == "Or" && r.Rules.Any(c => !c.Enabled));
            }

            foreach (var row in ScoringCaseTable.Indicators)
            {
                var (target, actual) = (Target(row.Target), row.Actual is null ? null : Actual(row.Actual));
                var rewritten = new Evaluator(policy).ScoreIndicator(target, actual, row.Points, row.EvaluatorScore, row.Category, row.FiscalYear);
                var national = new Evaluator(ScoringPolicy.National).ScoreIndicator(target, actual, row.Points, row.EvaluatorScore, row.Category, row.FiscalYear);
                (rewritten.RuleId, rewritten.Score, rewritten.Outcome, rewritten.Explain()).Should().Be((national.RuleId, national.Score, national.Outcome, national.Explain()), "{0}, {1}", id, row);
            }
        }
    }

    private static ScoringPolicy Load(string name) =>
        ScoringCaseTable.Policies().Single(p => p.Name == name).Load(name.EndsWith(".json", StringComparison.Ordinal) ? TestPolicyRules.Set : PrecompiledRuleSet.Library);

    /// <summary>What the compiled workflow decides: the first rule whose condition holds, its raw score, or the rule that threw.</summary>
    private static Decision Decide<TFacts>(CompiledWorkflow<TFacts> workflow, TFacts facts, PolicyParameters parameters)
    {
        foreach (var rule in workflow.Rules)
        {
            try
            {
                if (!rule.When(facts, parameters))
                {
                    continue;
                }

                return new Decision(rule.Name, rule.Score?.Invoke(facts, parameters), null);
            }
            catch (Exception e) when (e is InvalidOperationException or ArithmeticException or ArgumentException)
            {
                return new Decision(rule.Name, null, e);
            }
        }

        return new Decision(null, null, null);
    }

    private static void Agree(Decision ours, List<RuleResultTree> theirs, List<string> order, string because)
    {
        var byName = theirs.ToDictionary(r => r.Rule.RuleName, StringComparer.Ordinal);
        var decidedAt = ours.Rule is null ? order.Count : order.IndexOf(ours.Rule);
        foreach (var earlier in order.Take(decidedAt))
        {
            byName[earlier].IsSuccess.Should().BeFalse("rule {0} does not hold for the compiled policy: {1}", earlier, because);
        }

        if (ours.Rule is null)
        {
            return;
        }

        var result = byName[ours.Rule];
        if (ours.Failure is OverflowException && !HasException(result))
        {
            // Integer overflow: RulesEngine compiles int arithmetic unchecked and goes on with the wrapped value.
            return;
        }

        if (ours.Failure is not null)
        {
            HasException(result).Should().BeTrue("the compiled policy fails at rule {0} ({1}); RulesEngine must meet an exception there too: {2}", ours.Rule, ours.Failure.Message, because);
            return;
        }

        result.IsSuccess.Should().BeTrue("rule {0} decides for the compiled policy: {1}", ours.Rule, because);
        result.ActionResult?.Exception.Should().BeNull(because);
        if (ours.Score is decimal score)
        {
            Convert.ToDecimal(result.ActionResult?.Output, System.Globalization.CultureInfo.InvariantCulture).Should().Be(score, because);
        }
        else
        {
            result.ActionResult?.Output.Should().BeNull(because);
        }
    }

    private static bool HasException(RuleResultTree result) =>
        !string.IsNullOrEmpty(result.ExceptionMessage) || result.ActionResult?.Exception is not null || (result.ChildResults ?? []).Any(HasException);

    private sealed record Decision(string? Rule, decimal? Score, Exception? Failure);
}
