using System.Text.RegularExpressions;
using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;
using static PerfIndicators.Tests.Scoring.ScoringKit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>The rule examples in rules/README.md compile and do what their explanation says.</summary>
public partial class RulesReadmeTests
{
    [Fact]
    public void Every_rule_example_in_the_rules_readme_compiles_in_a_policy()
    {
        var examples = RuleExamples();

        examples.Should().HaveCountGreaterThanOrEqualTo(4);
        foreach (var example in examples)
        {
            var act = () => PolicyWith(example);
            act.Should().NotThrow("the README example {0} must compile", example);
        }
    }

    [Fact]
    public void The_readme_example_for_text_actuals_scores_completed_as_met()
    {
        var example = RuleExamples().Single(e => e.Contains("text-completed", StringComparison.Ordinal));

        var score = new Evaluator(PolicyWith(example)).ScoreIndicator(Target("≥600篇"), Actual("已完成"), 10m);

        score.Score.Should().Be(10m);
        score.RuleId.Should().Be("text-completed");
        score.Explain().Should().Be("实际完成值“已完成”表示已完成，按达成计 10 分");
    }

    [Fact]
    public void The_readme_lists_exactly_the_RulesEngine_features_a_policy_refuses_and_each_is_refused_by_name()
    {
        var refused = FeatureRows().Where(r => r.InPolicy.StartsWith("refused", StringComparison.Ordinal)).Select(r => r.Feature).ToList();

        refused.Should().BeEquivalentTo(RefusedFeatures.Keys);
        foreach (var (feature, (workflow, rule, named)) in RefusedFeatures)
        {
            var json = "{ \"id\": \"readme-feature\", \"extends\": \"national\", \"workflows\": [ { \"workflowName\": \"indicator\", " + workflow
                + "\"rules\": [ { \"ruleName\": \"r\", " + rule + " } ] } ] }";
            var load = () => ScoringPolicy.Parse(json, "readme-feature.json");
            load.Should().Throw<ScoringPolicyException>().Where(e => e.Message.Contains(named, StringComparison.Ordinal), "the README says {0} is refused", feature);
        }
    }

    [Fact]
    public void Every_RulesEngine_feature_the_readme_calls_supported_is_used_by_a_test_policy()
    {
        var supported = FeatureRows().Where(r => r.InPolicy.StartsWith("supported", StringComparison.Ordinal)).Select(r => r.Feature).ToList();
        var policies = string.Join("\n", ScoringCaseTable.TestPolicyFiles().Select(File.ReadAllText));

        supported.Should().HaveCount(8);
        foreach (var word in new[] { "\"workflowName\"", "\"rules\"", "\"ruleName\"", "\"expression\"", "\"enabled\": false", "\"localParams\"", "\"operator\": \"And\"",
            "\"operator\": \"AndAlso\"", "\"operator\": \"Or\"", "\"operator\": \"OrElse\"", "\"OutputExpression\"", "\"properties\"" })
        {
            policies.Should().Contain(word);
        }
    }

    private const string Scores = """ "expression": "x.HasB", "actions": { "onSuccess": { "name": "OutputExpression", "context": { "expression": "x.W" } } }, "properties": { "explanation": "得 {score}" } """;

    /// <summary>For each feature the README refuses: the workflow members and rule members that use it, and the word the refusal names.</summary>
    private static readonly Dictionary<string, (string Workflow, string Rule, string Named)> RefusedFeatures = new(StringComparer.Ordinal)
    {
        ["`globalParams`"] = ("\"globalParams\": [ { \"name\": \"w\", \"expression\": \"x.W\" } ], ", Scores, "globalParams"),
        ["`workflowsToInject` (`workflowRulesToInject`), on a workflow or a rule"] = ("\"workflowRulesToInject\": [ \"budget-execution\" ], ", Scores, "workflowsToInject"),
        ["`successEvent`"] = (string.Empty, "\"successEvent\": \"达标\", " + Scores, "successEvent"),
        ["`errorMessage`"] = (string.Empty, "\"errorMessage\": \"未达标\", " + Scores, "errorMessage"),
        ["`actions.onFailure`"] = (string.Empty, "\"expression\": \"x.HasB\", \"actions\": { \"onFailure\": { \"name\": \"OutputExpression\", \"context\": { \"expression\": \"0\" } } }, \"properties\": { \"manual\": true, \"explanation\": \"人工\" }", "onFailure"),
        ["`EvaluateRule` and custom actions"] = (string.Empty, "\"expression\": \"x.HasB\", \"actions\": { \"onSuccess\": { \"name\": \"EvaluateRule\", \"context\": { \"workflowName\": \"budget-execution\" } } }, \"properties\": { \"explanation\": \"得 {score}\" }", "EvaluateRule"),
        ["`actions` or `properties` on a child rule"] = (string.Empty, "\"operator\": \"Or\", \"rules\": [ { \"ruleName\": \"c\", \"expression\": \"x.HasB\", \"properties\": { \"explanation\": \"子\" } } ], \"actions\": { \"onSuccess\": { \"name\": \"OutputExpression\", \"context\": { \"expression\": \"x.W\" } } }, \"properties\": { \"explanation\": \"得 {score}\" }", "child rule has no properties"),
    };

    private static List<(string Feature, string InPolicy)> FeatureRows()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "rules", "README.md"));
        var section = readme[readme.IndexOf("## RulesEngine features", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n### ", StringComparison.Ordinal)];
        return [.. FeatureRow().Matches(section).Select(m => (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim()))];
    }

    [GeneratedRegex(@"^\| (`[^|]*?) \| ((?:supported|refused)[^|]*) \|$", RegexOptions.Multiline)]
    private static partial Regex FeatureRow();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "rules", "README.md")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("rules/README.md not found above " + AppContext.BaseDirectory);
    }

    private static ScoringPolicy PolicyWith(string rule) => ScoringPolicy.Parse(
        """{ "id": "readme-example", "extends": "national", "workflows": [ { "workflowName": "indicator", "rules": [ """ + rule + """
        , { "ruleName": "fallback", "expression": "true", "properties": { "manual": true, "explanation": "人工评分" } } ] } ] }
        """,
        "readme-example.json");

    private static List<string> RuleExamples()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "rules", "README.md")))
        {
            directory = directory.Parent;
        }

        directory.Should().NotBeNull("the tests run inside the repository");
        var readme = File.ReadAllText(Path.Combine(directory!.FullName, "rules", "README.md"));
        return [.. JsonBlock().Matches(readme).Select(m => m.Groups[1].Value).Where(b => b.TrimStart().StartsWith('{') && b.Contains("\"ruleName\"", StringComparison.Ordinal))];
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
