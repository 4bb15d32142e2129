using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>Policy files are validated and compiled when loaded; broken or hostile files are refused with file, rule and expression named.</summary>
public class PolicyLoadingTests
{
    private const string Base = """
        {
          "id": "test-policy", "name": "测试", "jurisdiction": "测试省", "version": "0.1", "extends": "national",
          "workflows": [ { "workflowName": "indicator", "rules": [
            { "ruleName": "everything-full", "expression": "EXPR", "actions": { "onSuccess": { "name": "OutputExpression", "context": { "expression": "x.W" } } },
              "properties": { "explanation": "得满分 {W}" } } ] } ]
        }
        """;

    [Fact]
    public void A_variant_extends_national_and_overrides_only_what_it_names()
    {
        var policy = ScoringPolicy.Parse(Base.Replace("EXPR", "x.HasB", StringComparison.Ordinal), "test.json");

        policy.Id.Should().Be("test-policy");
        policy.IndicatorRuleIds.Should().Equal("everything-full");
        policy.BudgetRuleIds.Should().Equal("execution-no-budget", "execution-linear");
        policy.Parameters.Weights.BudgetExecution.Should().Be(10m);
        policy.ContentHash.Should().HaveLength(64).And.NotBe(ScoringPolicy.National.ContentHash);
    }

    [Fact]
    public void A_policy_file_on_disk_is_loaded_by_path_and_by_id_from_a_rules_directory()
    {
        var directory = Directory.CreateTempSubdirectory("perfind-rules-");
        try
        {
            var path = Path.Combine(directory.FullName, "test-policy.json");
            File.WriteAllText(path, Base.Replace("EXPR", "x.HasB", StringComparison.Ordinal));

            PolicyFiles.Load(path).Source.Should().Be(path);
            PolicyFiles.Get("test-policy", directory.FullName).Id.Should().Be("test-policy");
            PolicyFiles.Available(directory.FullName).Select(p => p.Id).Should().Contain(["national", "test-policy"]);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_unknown_policy_id_is_reported_with_the_known_ones()
    {
        var act = () => ScoringPolicy.Get("guangxi");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*guangxi*national*");
    }

    [Fact]
    public void A_syntax_error_names_the_file_and_the_line()
    {
        var act = () => ScoringPolicy.Parse("{\n  \"id\": \"broken\",\n  \"name\": \n}", "rules/broken.json");

        act.Should().Throw<ScoringPolicyException>()
            .Where(e => e.PolicySource == "rules/broken.json" && e.Rule == null)
            .WithMessage("Scoring policy rules/broken.json: invalid JSON at line 4*");
    }

    [Fact]
    public void An_unknown_parameter_is_refused_with_its_path()
    {
        const string json = """{ "id": "typo", "extends": "national", "parameters": { "overAchievment": { "threshold": 1.3 } } }""";

        var act = () => ScoringPolicy.Parse(json, "typo.json");

        act.Should().Throw<ScoringPolicyException>().WithMessage("*typo.json*overAchievment*");
    }

    [Fact]
    public void An_invalid_parameter_value_is_refused()
    {
        var act = () => ScoringPolicy.Parse("""{ "id": "bad", "extends": "national", "parameters": { "rounding": { "mode": "bankers", "decimals": 2 } } }""", "bad.json");

        act.Should().Throw<ScoringPolicyException>().WithMessage("*bad.json*rounding*");
    }

    [Fact]
    public void Weights_that_do_not_add_up_to_100_are_refused()
    {
        var act = () => ScoringPolicy.Parse("""{ "id": "bad", "extends": "national", "parameters": { "weights": { "budgetExecution": 20, "levels": [ { "name": "产出指标", "categories": ["output"], "points": 50 } ] } } }""", "bad.json");

        act.Should().Throw<ScoringPolicyException>().WithMessage("*add up to 70*");
    }

    [Fact]
    public void A_missing_setting_is_named()
    {
        var act = () => ScoringPolicy.Parse("""{ "id": "bare", "name": "x", "jurisdiction": "x", "version": "1", "fiscalYears": { "from": 2020 } }""", "bare.json");

        act.Should().Throw<ScoringPolicyException>().WithMessage("*the setting parameters is missing*");
    }

    [Theory]
    [InlineData("x.B >=", "does not compile")]
    [InlineData("x.Foo > 0", "does not compile")]
    [InlineData("x.Kind == \"Quantitive\"", "does not compile")]
    public void An_expression_that_does_not_compile_names_the_rule_and_expression(string expression, string problem)
    {
        var act = () => ScoringPolicy.Parse(Base.Replace("EXPR", expression.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal), "test.json");

        act.Should().Throw<ScoringPolicyException>()
            .Where(e => e.Rule == "indicator/everything-full" && e.Expression == expression)
            .WithMessage("*test.json, rule indicator/everything-full, expression \"" + expression + "\": it " + problem + "*");
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\").Length > 0")]
    [InlineData("\"\".GetType().Assembly != null")]
    [InlineData("x.GetType().Name == \"IndicatorFacts\"")]
    [InlineData("Environment.GetEnvironmentVariable(\"HOME\") != null")]
    [InlineData("Activator.CreateInstance(\"System\", \"System.Object\") != null")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\") != null")]
    public void A_hostile_expression_is_refused_at_load_time(string expression)
    {
        var act = () => ScoringPolicy.Parse(Base.Replace("EXPR", expression.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal), "evil.json");

        act.Should().Throw<ScoringPolicyException>()
            .Where(e => e.Rule == "indicator/everything-full" && e.Expression == expression)
            .WithMessage("*refused*outside the scoring model*");
    }

    [Theory]
    [InlineData("DateTime.Now.Year > 2000", "DateTime")]
    [InlineData("x.W.GetHashCode() > 0", "GetHashCode")]
    [InlineData("x.Category.ToString() == \"Output\"", "ToString")]
    [InlineData("decimal.Round(x.B, 1) > 0", "Round")]
    public void Members_outside_the_allow_list_are_refused_even_without_a_suspicious_word(string expression, string member)
    {
        var act = () => ScoringPolicy.Parse(Base.Replace("EXPR", expression.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal), "sly.json");

        act.Should().Throw<ScoringPolicyException>().WithMessage("*refused*" + member + "*");
    }

    [Fact]
    public void Floating_point_arithmetic_is_refused()
    {
        var act = () => ScoringPolicy.Parse(Base.Replace("EXPR", "x.HasB && 1.5d > 1d", StringComparison.Ordinal), "float.json");

        act.Should().Throw<ScoringPolicyException>().WithMessage("*floating point*");
    }

    [Fact]
    public void An_unknown_placeholder_in_an_explanation_is_refused()
    {
        var act = () => ScoringPolicy.Parse(Base.Replace("EXPR", "x.HasB", StringComparison.Ordinal).Replace("得满分 {W}", "得满分 {Points}", StringComparison.Ordinal), "test.json");

        act.Should().Throw<ScoringPolicyException>().WithMessage("*unknown placeholder {Points}*");
    }

    [Fact]
    public void A_scoring_rule_without_an_output_expression_is_refused()
    {
        const string json = """
            { "id": "no-output", "extends": "national", "workflows": [ { "workflowName": "indicator", "rules": [
              { "ruleName": "r", "expression": "true", "properties": { "explanation": "x" } } ] } ] }
            """;

        var act = () => ScoringPolicy.Parse(json, "no-output.json");

        act.Should().Throw<ScoringPolicyException>().WithMessage("*rule indicator/r*OutputExpression*");
    }

    [Fact]
    public void Duplicate_rule_names_and_unknown_workflows_are_refused()
    {
        const string duplicate = """
            { "id": "dup", "extends": "national", "workflows": [ { "workflowName": "indicator", "rules": [
              { "ruleName": "r", "expression": "true", "properties": { "manual": true, "explanation": "x" } },
              { "ruleName": "r", "expression": "true", "properties": { "manual": true, "explanation": "x" } } ] } ] }
            """;
        const string unknown = """{ "id": "wf", "extends": "national", "workflows": [ { "workflowName": "bonus", "rules": [] } ] }""";

        FluentActions.Invoking(() => ScoringPolicy.Parse(duplicate, "dup.json")).Should().Throw<ScoringPolicyException>().WithMessage("*same name*");
        FluentActions.Invoking(() => ScoringPolicy.Parse(unknown, "wf.json")).Should().Throw<ScoringPolicyException>().WithMessage("*unknown workflow \"bonus\"*");
    }

    [Fact]
    public void A_cycle_of_extends_is_refused()
    {
        var directory = Directory.CreateTempSubdirectory("perfind-rules-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "a.json"), """{ "id": "a", "extends": "b" }""");
            File.WriteAllText(Path.Combine(directory.FullName, "b.json"), """{ "id": "b", "extends": "a" }""");

            var act = () => PolicyFiles.Load(Path.Combine(directory.FullName, "a.json"));

            act.Should().Throw<ScoringPolicyException>().WithMessage("*cycle*");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_rule_reading_a_missing_fact_fails_loudly_for_that_indicator_instead_of_scoring_zero()
    {
        var policy = ScoringPolicy.Parse(Base.Replace("EXPR", "x.B >= 0", StringComparison.Ordinal), "careless.json");

        var score = new Evaluator(policy).ScoreIndicator(ScoringKit.Target("合法合规"), ScoringKit.Actual("合规"), 10m);

        score.Score.Should().BeNull();
        score.Outcome.Should().Be(IndicatorOutcome.NeedsManualScoring);
        score.Flags.Should().HaveFlag(IndicatorFlags.RuleFailed);
        score.Explain().Should().Contain("x.B");
    }
}
