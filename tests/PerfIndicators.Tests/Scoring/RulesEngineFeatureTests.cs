using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;
using static PerfIndicators.Tests.Scoring.ScoringKit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>
/// What a policy author who knows RulesEngine can write: localParams and nested rules work as in RulesEngine; every
/// other RulesEngine feature is refused at load with the rule and the feature named (rules/README.md lists both).
/// </summary>
public class RulesEngineFeatureTests
{
    private const string Policy = """
        {
          "id": "features", "name": "特性", "jurisdiction": "测试", "version": "1", "extends": "national",
          "workflows": [ { "workflowName": "indicator", WORKFLOW"rules": [
            RULE,
            { "ruleName": "fallback", "expression": "true", "properties": { "manual": true, "explanation": "人工评分" } } ] } ]
        }
        """;

    private const string Scoring = """ "actions": { "onSuccess": { "name": "OutputExpression", "context": { "expression": "x.W" } } }, "properties": { "explanation": "得 {score}" } """;

    /// <summary>The RulesEngine features a policy refuses, each with a rule using it (the README's list).</summary>
    public static TheoryData<string, string, string, string> Refused => new()
    {
        { "globalParams", "", "\"globalParams\": [ { \"name\": \"w\", \"expression\": \"x.W\" } ], ", "indicator" },
        { "workflowsToInject", "", "\"workflowsToInject\": [ \"budget-execution\" ], ", "indicator" },
        { "workflowsToInject", "\"workflowsToInject\": [ \"budget-execution\" ], \"expression\": \"x.HasB\", " + Scoring, "", "indicator/r" },
        { "successEvent", "\"successEvent\": \"达标\", \"expression\": \"x.HasB\", " + Scoring, "", "indicator/r" },
        { "errorMessage", "\"errorMessage\": \"未达标\", \"expression\": \"x.HasB\", " + Scoring, "", "indicator/r" },
        { "onFailure", "\"expression\": \"x.HasB\", \"actions\": { \"onFailure\": { \"name\": \"OutputExpression\", \"context\": { \"expression\": \"0\" } } }, \"properties\": { \"manual\": true, \"explanation\": \"人工\" } ", "", "indicator/r" },
        { "EvaluateRule", "\"expression\": \"x.HasB\", \"actions\": { \"onSuccess\": { \"name\": \"EvaluateRule\", \"context\": { \"workflowName\": \"budget-execution\", \"ruleName\": \"execution-linear\" } } }, \"properties\": { \"explanation\": \"得 {score}\" } ", "", "indicator/r" },
        { "OutputExpression", "\"expression\": \"x.HasB\", \"actions\": { \"onSuccess\": { \"name\": \"MyCustomAction\", \"context\": { \"expression\": \"x.W\" } } }, \"properties\": { \"explanation\": \"得 {score}\" } ", "", "indicator/r" },
        { "ruleExpressionType", "\"ruleExpressionType\": \"Other\", \"expression\": \"x.HasB\", " + Scoring, "", "indicator/r" },
        { "ruleExpressionType", "", "\"ruleExpressionType\": \"Other\", ", "indicator" },
        { "child rule has no actions", "\"operator\": \"And\", \"rules\": [ { \"ruleName\": \"c\", \"expression\": \"x.HasB\", \"actions\": { \"onSuccess\": { \"name\": \"OutputExpression\", \"context\": { \"expression\": \"x.W\" } } } } ], " + Scoring, "", "indicator/r/c" },
        { "child rule has no properties", "\"operator\": \"And\", \"rules\": [ { \"ruleName\": \"c\", \"expression\": \"x.HasB\", \"properties\": { \"explanation\": \"子\" } } ], " + Scoring, "", "indicator/r/c" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_RulesEngine_feature_a_policy_cannot_use_is_refused_naming_the_rule_and_the_feature(string feature, string rule, string workflow, string where)
    {
        var json = Policy.Replace("WORKFLOW", workflow, StringComparison.Ordinal)
            .Replace("RULE", "{ \"ruleName\": \"r\", " + (rule.Length > 0 ? rule : "\"expression\": \"x.HasB\", " + Scoring) + " }", StringComparison.Ordinal);

        var load = () => ScoringPolicy.Parse(json, "features.json");

        load.Should().Throw<ScoringPolicyException>()
            .Where(e => e.Rule == where && e.Message.Contains(feature, StringComparison.Ordinal) && e.PolicySource == "features.json");
    }

    [Theory]
    [InlineData("\"operator\": \"Xor\", \"rules\": [ { \"ruleName\": \"c\", \"expression\": \"x.HasB\" } ]", "indicator/r", "Xor")]
    [InlineData("\"operator\": \"or\", \"rules\": [ { \"ruleName\": \"c\", \"expression\": \"x.HasB\" } ]", "indicator/r", "\"or\"")]
    [InlineData("\"operator\": \"And\", \"expression\": \"x.HasB\", \"rules\": [ { \"ruleName\": \"c\", \"expression\": \"x.HasB\" } ]", "indicator/r", "no expression of its own")]
    [InlineData("\"operator\": \"And\"", "indicator/r", "needs child rules")]
    [InlineData("\"operator\": \"And\", \"rules\": []", "indicator/r", "needs child rules")]
    [InlineData("\"expression\": \"x.HasB\", \"rules\": [ { \"ruleName\": \"c\", \"expression\": \"x.HasB\" } ]", "indicator/r", "need an operator")]
    [InlineData("\"operator\": \"Or\", \"rules\": [ { \"ruleName\": \"c\", \"enabled\": false, \"expression\": \"x.HasB\" } ]", "indicator/r", "no enabled child")]
    [InlineData("\"operator\": \"Or\", \"rules\": [ { \"expression\": \"x.HasB\" } ]", "indicator/r/#1", "no ruleName")]
    [InlineData("\"operator\": \"Or\", \"rules\": [ { \"ruleName\": \"c\", \"expresion\": \"x.HasB\" } ]", "indicator/r/c", "unknown setting \"expresion\"")]
    [InlineData("\"operator\": \"Or\", \"rules\": [ { \"ruleName\": \"c\", \"expression\": \"x.Foo\" } ]", "indicator/r/c", "does not compile")]
    [InlineData("\"operator\": \"Or\", \"rules\": [ { \"ruleName\": \"c\", \"enabled\": false, \"expression\": \"x.Foo\" }, { \"ruleName\": \"d\", \"expression\": \"x.HasB\" } ]", "indicator/r/c", "does not compile")]
    [InlineData("\"localParams\": [ { \"name\": \"Ratio\", \"expression\": \"x.B\" } ], \"expression\": \"x.HasB\"", "indicator/r", "localParams name \"Ratio\"")]
    [InlineData("\"localParams\": [ { \"name\": \"x\", \"expression\": \"x.B\" } ], \"expression\": \"x.HasB\"", "indicator/r", "localParams name \"x\"")]
    [InlineData("\"localParams\": [ { \"name\": \"int\", \"expression\": \"x.B\" } ], \"expression\": \"x.HasB\"", "indicator/r", "localParams name \"int\"")]
    [InlineData("\"localParams\": [ { \"name\": \"my-ratio\", \"expression\": \"x.B\" } ], \"expression\": \"x.HasB\"", "indicator/r", "localParams name \"my-ratio\"")]
    [InlineData("\"localParams\": [ { \"name\": \"b\", \"expression\": \"x.B\" }, { \"name\": \"b\", \"expression\": \"x.A\" } ], \"expression\": \"x.HasB\"", "indicator/r", "defined twice")]
    [InlineData("\"localParams\": [ { \"name\": \"b\", \"expression\": \"x.HasB\" } ], \"operator\": \"Or\", \"rules\": [ { \"ruleName\": \"c\", \"localParams\": [ { \"name\": \"b\", \"expression\": \"x.HasA\" } ], \"expression\": \"b\" } ]", "indicator/r/c", "defined twice")]
    [InlineData("\"localParams\": [ { \"name\": \"b\" } ], \"expression\": \"x.HasB\"", "indicator/r", "has no expression")]
    [InlineData("\"localParams\": [ { \"name\": \"b\", \"expresion\": \"x.B\" } ], \"expression\": \"x.HasB\"", "indicator/r", "unknown setting \"expresion\"")]
    [InlineData("\"localParams\": [ { \"name\": \"ratio\", \"expression\": \"x.B / x.Nope\" } ], \"expression\": \"x.HasB\"", "indicator/r", "the local parameter ratio: it does not compile")]
    [InlineData("\"localParams\": [ { \"name\": \"ratio\", \"expression\": \"0.5\" } ], \"expression\": \"x.HasB\"", "indicator/r", "floating point")]
    [InlineData("\"localParams\": [ { \"name\": \"later\", \"expression\": \"sooner\" }, { \"name\": \"sooner\", \"expression\": \"x.B\" } ], \"expression\": \"x.HasB\"", "indicator/r", "does not compile")]
    [InlineData("\"expresion\": \"x.HasB\"", "indicator/r", "unknown setting \"expresion\"")]
    public void LocalParams_and_nested_rules_written_wrongly_are_refused_naming_the_rule(string rule, string where, string problem)
    {
        var json = Policy.Replace("WORKFLOW", string.Empty, StringComparison.Ordinal).Replace("RULE", "{ \"ruleName\": \"r\", " + rule + ", " + Scoring + " }", StringComparison.Ordinal);

        var load = () => ScoringPolicy.Parse(json, "features.json");

        load.Should().Throw<ScoringPolicyException>().Where(e => e.Rule == where && e.Message.Contains(problem, StringComparison.Ordinal), "the message is about {0}", problem);
    }

    [Fact]
    public void Local_parameters_are_seen_by_later_ones_by_the_score_and_by_child_rules()
    {
        var policy = With("""
            { "ruleName": "ratio-rule",
              "localParams": [ { "name": "ratio", "expression": "x.HasB && x.HasA && x.A > 0 ? x.B / x.A : 0m" }, { "name": "capped", "expression": "Math.Min(ratio, 1m)" } ],
              "operator": "AndAlso",
              "rules": [ { "ruleName": "quantitative", "expression": "x.IsQuantitative" },
                         { "ruleName": "short", "localParams": [ { "name": "missing", "expression": "1m - capped" } ], "expression": "missing > 0" } ],
              "actions": { "onSuccess": { "name": "OutputExpression", "context": { "expression": "capped * x.W" } } },
              "properties": { "explanation": "完成比例 {ratio}：{score}" } }
            """);

        var score = new Evaluator(policy).ScoreIndicator(Target("≥90%"), Actual("85%"), 10m);

        score.RuleId.Should().Be("ratio-rule");
        score.Score.Should().Be(9.44m);
        new Evaluator(policy).ScoreIndicator(Target("≥90%"), Actual("95%"), 10m).RuleId.Should().Be("fallback");
        new Evaluator(policy).ScoreIndicator(Target("定性"), Actual("达成"), 10m).RuleId.Should().Be("fallback");
    }

    [Theory]
    [InlineData("And", true)]
    [InlineData("AndAlso", false)]
    public void And_evaluates_every_child_while_AndAlso_stops_at_the_first_that_fails(string op, bool failsLoudly)
    {
        // The second child reads x.B, which a qualitative indicator does not have.
        var policy = With("{ \"ruleName\": \"r\", \"operator\": \"" + op + "\", \"rules\": [ { \"ruleName\": \"quantitative\", \"expression\": \"x.IsQuantitative\" }, { \"ruleName\": \"reached\", \"expression\": \"x.B >= x.A\" } ], " + Scoring + " }");

        var score = new Evaluator(policy).ScoreIndicator(Target("定性"), Actual("达成"), 10m);

        score.Flags.HasFlag(IndicatorFlags.RuleFailed).Should().Be(failsLoudly);
        if (!failsLoudly)
        {
            score.RuleId.Should().Be("fallback");
        }
    }

    [Theory]
    [InlineData("Or", true)]
    [InlineData("OrElse", false)]
    public void Or_evaluates_every_child_while_OrElse_stops_at_the_first_that_holds(string op, bool failsLoudly)
    {
        var policy = With("{ \"ruleName\": \"r\", \"operator\": \"" + op + "\", \"rules\": [ { \"ruleName\": \"qualitative\", \"expression\": \"x.Kind == \\\"Qualitative\\\"\" }, { \"ruleName\": \"reached\", \"expression\": \"x.B >= x.A\" } ], " + Scoring + " }");

        var score = new Evaluator(policy).ScoreIndicator(Target("定性"), Actual("达成"), 10m);

        score.Flags.HasFlag(IndicatorFlags.RuleFailed).Should().Be(failsLoudly);
        if (!failsLoudly)
        {
            (score.RuleId, score.Score).Should().Be(("r", 10m));
        }
    }

    [Theory]
    [InlineData("\"half-up\"", true)]
    [InlineData("\"HalfUp\"", true)]
    [InlineData("\"halfup\"", true)]
    [InlineData("\" half-up\"", true)]
    [InlineData("\"Half-Up\"", false)]
    [InlineData("\"half_up\"", false)]
    [InlineData("\"half-up, truncate\"", false)]
    [InlineData("0", false)]
    [InlineData("\"0\"", false)]
    public void A_setting_names_its_choice_in_kebab_case_or_as_the_member_name(string mode, bool accepted)
    {
        var json = """{ "id": "modes", "extends": "national", "parameters": { "rounding": { "mode": MODE, "decimals": 2 } } }""".Replace("MODE", mode, StringComparison.Ordinal);

        var load = () => ScoringPolicy.Parse(json, "modes.json");

        if (accepted)
        {
            load().Parameters.Rounding.Mode.Should().Be(RoundingMode.HalfUp);
        }
        else
        {
            load.Should().Throw<ScoringPolicyException>().WithMessage("*modes.json*parameters.rounding.mode*half-up, truncate*");
        }
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("\"2\"")]
    [InlineData("2e0")]
    [InlineData("true")]
    public void A_whole_number_setting_must_be_a_whole_JSON_number(string decimals)
    {
        var json = """{ "id": "n", "extends": "national", "parameters": { "rounding": { "decimals": D } } }""".Replace("D", decimals, StringComparison.Ordinal);

        FluentActions.Invoking(() => ScoringPolicy.Parse(json, "n.json")).Should().Throw<ScoringPolicyException>().WithMessage("*parameters.rounding.decimals*whole number*");
    }

    [Fact]
    public void A_setting_given_twice_in_different_case_is_refused()
    {
        var json = """{ "id": "twice", "extends": "national", "Version": "1", "version": "2" }""";

        FluentActions.Invoking(() => ScoringPolicy.Parse(json, "twice.json")).Should().Throw<ScoringPolicyException>().WithMessage("*twice.json*version*given twice*");
    }

    private static ScoringPolicy With(string rule) =>
        ScoringPolicy.Parse(Policy.Replace("WORKFLOW", string.Empty, StringComparison.Ordinal).Replace("RULE", rule, StringComparison.Ordinal), "features.json");
}
