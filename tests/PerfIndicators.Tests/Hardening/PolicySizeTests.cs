using System.Text.Json.Nodes;
using FluentAssertions;
using PerfIndicators.Scoring.Rules;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Issue 17, finding 5: a policy had no limit on its workflows or rules (a valid 100 MB policy took 87 s and 2.9 GB),
/// and <c>extends</c> merged workflows by name with a search of the whole base list for each one (80,000 workflows:
/// 165 s). The number of workflows and rules is now limited, with the limit named, and the merge is one pass. The
/// policies are the embedded <c>national</c> one with its workflows copied.
/// </summary>
public sealed class PolicySizeTests
{
    [Fact]
    public void More_workflows_than_the_limit_are_refused_naming_the_limit()
    {
        var act = () => ScoringPolicy.Parse(National(workflows: PolicyLoader.MaxWorkflows + 1, rulesEach: 1), "many-workflows.json");

        act.Should().ThrowExactly<ScoringPolicyException>().WithMessage("*many-workflows.json*" + (PolicyLoader.MaxWorkflows + 1) + " workflows*at most " + PolicyLoader.MaxWorkflows + "*");
    }

    [Fact]
    public void More_rules_than_the_limit_are_refused_naming_the_limit()
    {
        var act = () => ScoringPolicy.Parse(National(workflows: 2, rulesEach: (PolicyLoader.MaxRules / 2) + 1), "many-rules.json");

        act.Should().ThrowExactly<ScoringPolicyException>().WithMessage("*many-rules.json*rules*at most " + PolicyLoader.MaxRules + "*");
    }

    [Fact]
    public void A_policy_extending_another_with_overriding_and_new_workflows_counts_them_after_the_merge()
    {
        var overrides = JsonNode.Parse(National(workflows: PolicyLoader.MaxWorkflows + 1, rulesEach: 1))!.AsObject();
        overrides.Remove("id");
        overrides["extends"] = "national";
        overrides["id"] = "wide";

        var act = () => ScoringPolicy.Parse(overrides.ToJsonString(), "wide.json");

        act.Should().ThrowExactly<ScoringPolicyException>().WithMessage("*workflows*at most " + PolicyLoader.MaxWorkflows + "*");
    }

    /// <summary>The national policy with its first workflow copied to <paramref name="workflows"/> workflows of <paramref name="rulesEach"/> rules.</summary>
    private static string National(int workflows, int rulesEach)
    {
        var policy = JsonNode.Parse(PolicyLoader.ReadEmbedded("national")!)!.AsObject();
        var first = policy["workflows"]!.AsArray()[0]!;
        var list = new JsonArray();
        for (var w = 0; w < workflows; w++)
        {
            var workflow = first.DeepClone().AsObject();
            workflow["workflowName"] = w == 0 ? first["workflowName"]!.GetValue<string>() : "copy-" + w;
            var rules = workflow["rules"]!.AsArray();
            var rule = rules[0]!;
            var copies = new JsonArray();
            for (var r = 0; r < rulesEach; r++)
            {
                var copy = rule.DeepClone().AsObject();
                copy["ruleName"] = rule["ruleName"]!.GetValue<string>() + "-" + r;
                copies.Add(copy);
            }

            workflow["rules"] = copies;
            list.Add(workflow);
        }

        policy["workflows"] = list;
        return policy.ToJsonString();
    }
}
