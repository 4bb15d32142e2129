using System.Globalization;
using FluentAssertions;
using PerfIndicators.Scoring;
using PerfIndicators.Scoring.Rules;
using PerfIndicators.Tests.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Scale;

/// <summary>
/// The rule generator (src/PerfIndicators.RuleGenerator) compiles the shipped policies' rules into the library at build
/// time, and the test policies' rules into this assembly. What it writes must compute exactly what the loader compiles
/// at run time from the same text (System.Linq.Dynamic.Core, the guard, checked integer arithmetic): every rule's
/// condition and score is evaluated both ways over the scoring case table and edge values, and must give the same value
/// or fail with the same exception.
/// </summary>
public sealed class PrecompiledRulesTests
{
    // The two rules of expression-edges.json written in what the generator does not translate (a null comparison, an
    // enum name in another case, iif): the loader compiles them.
    private static readonly string[] CompiledAtLoad = ["edge-fallback-null", "edge-fallback-enum-case"];

    [Fact]
    public void Every_rule_of_every_shipped_policy_is_compiled_at_build_time_so_loading_one_never_starts_the_expression_parser()
    {
        foreach (var id in ScoringPolicy.EmbeddedIds)
        {
            var policy = PolicyLoader.LoadEmbedded(id)!;
            policy.IndicatorWorkflow.Rules.Where(r => !r.IsPrecompiled).Select(r => r.Name).Should().BeEmpty(id);
            policy.BudgetWorkflow.Rules.Where(r => !r.IsPrecompiled).Select(r => r.Name).Should().BeEmpty(id);
        }
    }

    [Fact]
    public void The_test_policies_rules_are_compiled_at_build_time_except_those_written_in_what_the_generator_does_not_translate()
    {
        foreach (var path in ScoringCaseTable.TestPolicyFiles())
        {
            var policy = PolicyLoader.Load(File.ReadAllText(path), path, TestPolicyRules.Beside(path), TestPolicyRules.Set);
            var notPrecompiled = policy.IndicatorWorkflow.Rules.Where(r => !r.IsPrecompiled).Select(r => r.Name)
                .Concat(policy.BudgetWorkflow.Rules.Where(r => !r.IsPrecompiled).Select(r => r.Name));
            notPrecompiled.Should().BeEquivalentTo(Path.GetFileName(path) == "expression-edges.json" ? CompiledAtLoad : [], path);
        }
    }

    [Fact]
    public void Without_precompiled_rules_every_rule_is_compiled_at_load()
    {
        var policy = PolicyLoader.Load(PolicyLoader.ReadEmbedded("national")!, "embedded:national", null, PrecompiledRuleSet.None);

        policy.IndicatorWorkflow.Rules.Should().OnlyContain(r => !r.IsPrecompiled);
        policy.IndicatorRuleIds.Should().Equal(ScoringPolicy.National.IndicatorRuleIds);
    }

    [Fact]
    public void Each_rule_computes_the_same_both_ways_on_every_case_and_edge_value()
    {
        var compared = 0;
        foreach (var (name, load) in ScoringCaseTable.Policies())
        {
            var precompiled = load(name.EndsWith(".json", StringComparison.Ordinal) ? TestPolicyRules.Set : PrecompiledRuleSet.Library);
            var atLoad = load(PrecompiledRuleSet.None);
            precompiled.IndicatorWorkflow.Rules.Select(r => r.Name).Should().Equal(atLoad.IndicatorWorkflow.Rules.Select(r => r.Name));

            foreach (var (caseName, facts) in ScoringCaseTable.FactsWithEdges(precompiled))
            {
                for (var i = 0; i < precompiled.IndicatorWorkflow.Rules.Count; i++)
                {
                    var (a, b) = (precompiled.IndicatorWorkflow.Rules[i], atLoad.IndicatorWorkflow.Rules[i]);
                    Outcome(() => a.When(facts, precompiled.Parameters)).Should().Be(Outcome(() => b.When(facts, atLoad.Parameters)), "{0}, rule {1}, case {2}", name, a.Name, caseName);
                    if (a.Score is not null)
                    {
                        Outcome(() => a.Score(facts, precompiled.Parameters)).Should().Be(Outcome(() => b.Score!(facts, atLoad.Parameters)), "{0}, score of {1}, case {2}", name, a.Name, caseName);
                    }

                    compared++;
                }
            }

            foreach (var (caseName, facts) in ScoringCaseTable.BudgetFactsWithEdges())
            {
                for (var i = 0; i < precompiled.BudgetWorkflow.Rules.Count; i++)
                {
                    var (a, b) = (precompiled.BudgetWorkflow.Rules[i], atLoad.BudgetWorkflow.Rules[i]);
                    Outcome(() => a.When(facts, precompiled.Parameters)).Should().Be(Outcome(() => b.When(facts, atLoad.Parameters)), "{0}, rule {1}, case {2}", name, a.Name, caseName);
                    if (a.Score is not null)
                    {
                        Outcome(() => a.Score(facts, precompiled.Parameters)).Should().Be(Outcome(() => b.Score!(facts, atLoad.Parameters)), "{0}, score of {1}, case {2}", name, a.Name, caseName);
                    }

                    compared++;
                }
            }
        }

        compared.Should().BeGreaterThan(10_000);
    }

    [Fact]
    public void A_policy_file_repeating_a_shipped_rule_gets_its_compiled_form_and_a_broken_one_still_fails_at_load()
    {
        var json = PolicyLoader.ReadEmbedded("national")!;
        var copy = ScoringPolicy.Parse(json.Replace("\"id\": \"national\"", "\"id\": \"national-copy\"", StringComparison.Ordinal), "copy.json");
        copy.IndicatorWorkflow.Rules.Should().OnlyContain(r => r.IsPrecompiled);

        var edited = ScoringPolicy.Parse(json.Replace("x.B / x.A * x.W", "x.B / x.A * x.W * 1m", StringComparison.Ordinal), "edited.json");
        edited.IndicatorWorkflow.Rules.Where(r => !r.IsPrecompiled).Select(r => r.Name).Should().Equal("higher-ratio", "exact-ratio");

        var broken = json.Replace("x.B / x.A * x.W", "x.B / x.A * x.NoSuchFact", StringComparison.Ordinal);
        var load = () => ScoringPolicy.Parse(broken, "broken.json");
        load.Should().Throw<ScoringPolicyException>()
            .Where(e => e.Message.Contains("broken.json", StringComparison.Ordinal) && e.Message.Contains("higher-ratio", StringComparison.Ordinal)
                && e.Message.Contains("x.NoSuchFact", StringComparison.Ordinal));
    }

    /// <summary>What a delegate gives: its value exactly as written (so 1.0 and 1.00 differ), or the type of what it throws.</summary>
    private static string Outcome<T>(Func<T> run)
    {
        try
        {
            return run() switch
            {
                decimal d => d.ToString(CultureInfo.InvariantCulture),
                var value => value?.ToString() ?? "null",
            };
        }
        catch (Exception e)
        {
            return e.GetType().Name;
        }
    }
}
