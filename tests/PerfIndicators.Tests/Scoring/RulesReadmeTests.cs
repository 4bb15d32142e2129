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
