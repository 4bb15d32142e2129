using FluentAssertions;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Policy files are code from outside: huge or deeply nested expressions are refused (never a stack overflow, which would
/// end the process), expressions reaching for files, reflection, the environment, processes or the network are refused
/// at load with file, rule and expression named, and a rule that fails at run time fails for its indicator only.
/// </summary>
public sealed class HostilePolicyTests
{
    private const string Template = """
        { "id": "hostile", "name": "恶意", "jurisdiction": "测试", "version": "0", "extends": "national",
          "workflows": [ { "workflowName": "indicator", "rules": [
            { "ruleName": "CONDITION-RULE", "expression": "CONDITION",
              "actions": { "onSuccess": { "name": "OutputExpression", "context": { "expression": "OUTPUT" } } },
              "properties": { "explanation": "{score}" } },
            { "ruleName": "rest", "expression": "true",
              "actions": { "onSuccess": { "name": "OutputExpression", "context": { "expression": "x.W" } } },
              "properties": { "explanation": "{score}" } } ] } ] }
        """;

    private static string Policy(string condition, string output = "x.W", string rule = "probe") =>
        Template
            .Replace("CONDITION-RULE", rule, StringComparison.Ordinal)
            .Replace("CONDITION", Escape(condition), StringComparison.Ordinal)
            .Replace("OUTPUT", Escape(output), StringComparison.Ordinal);

    private static string Escape(string expression) => expression.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    public static TheoryData<string, string> DeepExpressions => new()
    {
        { "parentheses", new string('(', 10_000) + "x.W" + new string(')', 10_000) },
        { "conditionals", string.Concat(Enumerable.Repeat("x.HasA ? x.W : ", 5_000)) + "0m" },
        { "nested conditionals", string.Concat(Enumerable.Repeat("x.HasA ? x.W : (", 3_000)) + "0m" + new string(')', 3_000) },
        { "negations", string.Concat(Enumerable.Repeat("-", 20_000)) + "x.W" },
        { "sums", string.Join(" + ", Enumerable.Repeat("x.W", 20_000)) },
        { "calls", string.Concat(Enumerable.Repeat("Math.Max(x.W, ", 5_000)) + "0m" + new string(')', 5_000) },
        { "1 MB", "x.W + " + new string(' ', 1 << 20) + "0m" },
        { "17 parentheses", new string('(', 17) + "x.W" + new string(')', 17) },
        { "17 conditionals", string.Concat(Enumerable.Repeat("x.HasA ? x.W : ", 17)) + "0m" },
        { "129 operators", string.Concat(Enumerable.Repeat("- ", 129)) + "x.W" },
    };

    [Theory]
    [MemberData(nameof(DeepExpressions))]
    public void A_huge_or_deeply_nested_expression_is_refused_at_load_within_bounds(string shape, string expression)
    {
        var measured = Measure.Run(() => Measure.OnSmallStack(() => Record.Exception(() => ScoringPolicy.Parse(Policy("x.HasB", expression), "deep.json"))));

        var refused = measured.Result.Should().BeOfType<ScoringPolicyException>($"a {shape} expression must be refused").Subject;
        refused.PolicySource.Should().Be("deep.json");
        refused.Rule.Should().Be("indicator/probe");
        refused.Expression.Should().Be(expression);
        refused.Problem.Should().StartWith("refused: ");
        measured.AllocatedBytes.Should().BeLessThan(64 * Measure.MiB, "refusing {0} must not build it ({1})", shape, measured);
        measured.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "refusing {0} is a text scan ({1})", shape, measured);
    }

    [Fact]
    public void Expressions_far_deeper_and_longer_than_any_real_rule_still_load()
    {
        // The shipped rules nest 2 deep, use 6 operators and 107 characters; the limits leave a wide margin.
        var nested = new string('(', 12) + "x.B / x.A * x.W" + new string(')', 12);
        var chain = string.Join(" + ", Enumerable.Repeat("x.W * 0.01m", 60));
        var conditional = string.Concat(Enumerable.Repeat("x.B > 10m ? x.W : ", 10)) + "0m";
        var worst = string.Concat(Enumerable.Repeat("x.HasA ? x.W : ", 16))
            + new string('(', 16) + string.Concat(Enumerable.Repeat("- ", 100)) + "x.W" + new string(')', 16);

        foreach (var output in new[] { nested, chain, conditional, worst })
        {
            var policy = Measure.OnSmallStack(() => ScoringPolicy.Parse(Policy("x.IsQuantitative && x.HasB && x.A > 0", output), "fine.json"));
            var score = new Evaluator(policy).ScoreIndicator(Target("≥90%"), Actual("85%"), 10m);
            score.Score.Should().NotBeNull("{0} is a legitimate rule", output);
        }
    }

    public static TheoryData<string> Escapes => new()
    {
        "System.IO.File.Exists(\"/etc/passwd\")",
        "File.ReadAllText(\"/etc/passwd\").Length > 0",
        "System.IO.Directory.GetFiles(\"/\").Length > 0",
        "Directory.Exists(\"/tmp\")",
        "System.Diagnostics.Process.Start(\"sh\", \"-c id\") != null",
        "Process.GetCurrentProcess().Id > 0",
        "Environment.GetEnvironmentVariable(\"PATH\") != null",
        "Environment.Exit(1) == null",
        "System.Environment.MachineName.Length > 0",
        "Type.GetType(\"System.IO.File\") != null",
        "Activator.CreateInstance(Type.GetType(\"System.Net.WebClient\")) != null",
        "typeof(IndicatorFacts).Assembly.Location.Length > 0",
        "x.GetType().Assembly.GetTypes().Length > 0",
        "x.W.GetType().Assembly != null",
        "new System.Net.Http.HttpClient().GetStringAsync(\"http://127.0.0.1/\").Result.Length > 0",
        "new HttpClient() != null",
        "new System.Net.WebClient().DownloadString(\"http://127.0.0.1/\") != null",
        "new System.Net.Sockets.Socket(2, 1, 6) != null",
        "System.Net.Dns.GetHostName().Length > 0",
        "AppDomain.CurrentDomain.GetAssemblies().Length > 0",
        "System.Runtime.InteropServices.Marshal.AllocHGlobal(1000000000) != 0",
        "Marshal.SizeOf(x) > 0",
        "Expression.Lambda(Expression.Constant(1)).Compile().DynamicInvoke() != null",
        "System.Linq.Expressions.Expression.Constant(x) != null",
        "x.GetType().GetMethod(\"Reset\").Invoke(x, null) == null",
        "Console.ReadLine() != null",
        "GC.GetTotalMemory(true) > 0",
        "Thread.Sleep(100000) == null",
        "Task.Delay(100000).Wait(1)",
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void An_expression_reaching_outside_the_scoring_model_is_refused_at_load_with_file_rule_and_expression(string expression)
    {
        foreach (var (condition, output) in new[] { (expression, "x.W"), ("x.HasB", "(" + expression + ") ? x.W : 0m") })
        {
            var refused = FluentActions.Invoking(() => ScoringPolicy.Parse(Policy(condition, output, "escape"), "evil.json"))
                .Should().Throw<ScoringPolicyException>().Which;

            refused.PolicySource.Should().Be("evil.json");
            refused.Rule.Should().Be("indicator/escape");
            refused.Expression.Should().Be(condition == expression ? condition : output);
            refused.Message.Should().Contain("evil.json").And.Contain("indicator/escape").And.Contain(refused.Expression!);
            refused.Problem.Should().MatchRegex("^(refused: |it does not compile)");
        }
    }

    public static TheoryData<string> DynamicLinqTricks => new()
    {
        // Words the text check does not know, so the tree walk is what refuses them.
        "it != null",
        "new(x.W as Foo).Foo > 0",
        "x.Kind.GetHashCode() > 0",
        "object(x) != null",
        "x.EmbeddedRuleForm.Normalize().Length > 0",
        "string.Concat(x.EmbeddedRuleForm, x.EmbeddedRuleForm).Length > 0",
        "string.Join(\",\", x.EmbeddedRuleForm).Length > 0",
        "x.EmbeddedRuleForm.ToCharArray().Length > 0",
        "x.EmbeddedRuleForm.Split(\",\").Length > 0",
        "Convert.ToInt32(x.W) > 0",
        "Enum.GetNames(x.Kind).Length > 0",
        "decimal.Parse(\"1\") > 0",
        "decimal.Round(x.W, 1) > 0",
        "Math.Pow(2, 10) > 0",
        "Math.Round(x.W) > 0",
        "DateTime.Now.Year > 2000",
        "DateTimeOffset.UtcNow.Year > 2000",
        "Guid.NewGuid() != Guid.Empty",
        "Random.Shared.Next() > 0",
        "x.B > 1.5d",
    };

    [Theory]
    [MemberData(nameof(DynamicLinqTricks))]
    public void Dynamic_linq_forms_and_members_outside_the_allow_list_are_refused(string expression)
    {
        FluentActions.Invoking(() => ScoringPolicy.Parse(Policy(expression), "sly.json"))
            .Should().Throw<ScoringPolicyException>()
            .Where(e => e.Rule == "indicator/probe" && e.Expression == expression);
    }

    public static TheoryData<string, string> FailingOutputs => new()
    {
        { "x.B / (x.A - x.A)", "除数为 0" },
        { "x.W % (x.A - x.A)", "除数为 0" },
        { "x.B / 0m", "除数为 0" },
        { "x.W * 1000000000m * 1000000000m * 1000000000m * 1000000000m", "数值溢出" },
        { "Math.Clamp(x.B, x.W, 0m)", "cannot be greater" },
        { "x.EmbeddedRuleForm.Contains(null) ? x.W : 0m", "null" },
        { "x.Category.Value == \"Output\" ? x.W : 0m", "Nullable" },
    };

    [Theory]
    [MemberData(nameof(FailingOutputs))]
    public void A_rule_that_fails_at_run_time_is_a_reported_failure_for_that_indicator_not_a_crash_or_a_silent_zero(string output, string reason)
    {
        var policy = ScoringPolicy.Parse(Policy("x.IsQuantitative && x.HasB", output, "fragile"), "fragile.json");
        var project = new AssessmentInput("除零项目",
        [
            new IndicatorInput("资金支付率", Target("≥90%")) { Actual = Actual("85%"), Points = 50m, Category = null },
            new IndicatorInput("合规性", Target("合法合规")) { Actual = Actual("达成"), Points = 40m, Category = IndicatorCategory.Benefit },
        ]) { Budget = new BudgetInput { Adjusted = 100m, Executed = 90m } };

        var assessment = new Evaluator(policy).Evaluate(project);

        var failed = assessment.Indicators[0];
        failed.Score.Should().BeNull("a failed rule gives no score, not 0");
        failed.Outcome.Should().Be(IndicatorOutcome.NeedsManualScoring);
        failed.Flags.Should().HaveFlag(IndicatorFlags.RuleFailed);
        failed.Explanation.Should().Contain("fragile").And.Contain(reason);
        assessment.Findings.Should().ContainSingle(f => f.Code == DiagnosticCodes.RuleFailed && f.Location.Indicator == "资金支付率" && f.Severity == DiagnosticSeverity.Error);
        assessment.Indicators[1].Score.Should().NotBeNull("the other indicator is scored as usual");
        assessment.IsProvisional.Should().BeTrue();
    }

    [Theory]
    [InlineData("x.Executed / (x.Adjusted - x.Adjusted) * x.W", "divide by zero")]
    [InlineData("Math.Clamp(x.W, x.W + 1m, 0m)", "cannot be greater")]
    public void A_budget_rule_that_fails_at_run_time_is_a_reported_failure(string output, string reason)
    {
        var json = """
            { "id": "fragile-budget", "name": "除零", "jurisdiction": "测试", "version": "0", "extends": "national",
              "workflows": [ { "workflowName": "budget-execution", "rules": [
                { "ruleName": "divide", "expression": "true",
                  "actions": { "onSuccess": { "name": "OutputExpression", "context": { "expression": "OUTPUT" } } },
                  "properties": { "explanation": "{score}" } } ] } ] }
            """.Replace("OUTPUT", output, StringComparison.Ordinal);
        var policy = ScoringPolicy.Parse(json, "fragile-budget.json");

        var assessment = new Evaluator(policy).Evaluate(new AssessmentInput("项目", []) { Budget = new BudgetInput { Adjusted = 100m, Executed = 90m } });

        assessment.BudgetExecution.Score.Should().BeNull();
        assessment.BudgetExecution.Explanation.Should().Contain(reason);
        assessment.Findings.Should().Contain(f => f.Code == DiagnosticCodes.RuleFailed && f.Location.Indicator == null);
    }

    [Fact]
    public void Deeply_nested_policy_json_is_refused_not_a_stack_overflow()
    {
        var arrays = new string('[', 100_000) + new string(']', 100_000);
        var objects = string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000);
        var inParameters = "{ \"id\": \"deep\", \"extends\": \"national\", \"parameters\": " + objects + " }";

        foreach (var json in new[] { arrays, objects, inParameters })
        {
            var failure = Measure.OnSmallStack(() => Record.Exception(() => ScoringPolicy.Parse(json, "nested.json")));
            failure.Should().BeOfType<ScoringPolicyException>().Which.Message.Should().Contain("nested.json");
        }
    }

    [Fact]
    public void Deeply_nested_project_json_is_an_error_not_a_stack_overflow()
    {
        var arrays = "{\"name\":\"深\",\"indicators\":" + new string('[', 100_000) + new string(']', 100_000) + "}";
        var objects = "{\"name\":\"深\",\"budget\":" + string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000) + "}";

        foreach (var json in new[] { arrays, objects })
        {
            var read = Measure.OnSmallStack(() => ScoringJson.ReadProject(json));
            read.Input.Should().BeNull();
            read.Errors.Should().NotBeEmpty();
        }
    }

    private static Target Target(string text) => IndicatorParser.ParseTarget(text).Value!;

    private static Actual Actual(string text) => IndicatorParser.ParseActual(text).Value!;
}
