using FluentAssertions;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Numeric edge cases in targets and actuals: zero, negative, enormous, more decimals than <see cref="decimal"/> keeps,
/// percentages over 100, <c>≥0</c>, <c>≤0</c>. Each gives a defined result or a diagnostic, never an exception or an overflow.
/// </summary>
public sealed class NumericEdgeTests
{
    private static readonly string[] Targets =
    [
        "0", "0%", "≥0", "≤0", "=0", ">0", "<0", "≥0个", "≤0起", "=0起",
        "-5", "≥-5%", "≤-10%", "-10%--5%",
        "≥9999999999亿元", "≤9999999999亿元", "9999999999亿元", "≥99999999999999999999999999999亿元",
        "≥79228162514264337593543950335", "≥79228162514264337593543950336", "≥7922816251426433759354395033.5亿",
        "≥0.00000000000000000000000000001%", "≥0.0000000000000000000000000001万元", "≥1.00000000000000000000000000001",
        "≥150%", "≤200%", "100%-300%", "±1000%", "≥100.5%",
        "≥1", "≥0.0001万人",
    ];

    private static readonly string[] Actuals =
    [
        "0", "0%", "-0", "-1", "-100%", "-9999999999亿元",
        "9999999999亿元", "99999999999999999999999999999亿元", "7922816251426433759354395033亿元", "79228162514264337593543950335",
        "0.00000000000000000000000000001", "0.0000000000000000000000000001亿元", "1.00000000000000000000000000001%",
        "150%", "1000%", "100.0000000000000000000000001%", "0.92", "92", "≥95%",
    ];

    public static TheoryData<string> TargetTexts => [.. Targets];

    [Theory]
    [MemberData(nameof(TargetTexts))]
    public void Every_edge_target_against_every_edge_actual_scores_in_bounds_or_says_why_under_every_policy(string targetText)
    {
        var target = IndicatorParser.ParseTarget(targetText);
        target.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError, targetText);
        target.Value.Should().NotBeNull();

        foreach (var id in ScoringPolicy.EmbeddedIds)
        {
            var evaluator = new Evaluator(ScoringPolicy.Get(id));
            foreach (var actualText in Actuals)
            {
                var actual = IndicatorParser.ParseActual(actualText);
                actual.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError, actualText);
                foreach (var points in new[] { 0m, 0.01m, 10m, 100m })
                {
                    var score = evaluator.ScoreIndicator(target.Value!, actual.Value, points, fiscalYear: 2023);

                    var what = $"{id}: {targetText} / {actualText} / {points}";
                    if (score.Score is decimal s)
                    {
                        s.Should().BeInRange(0m, points, what);
                    }
                    else
                    {
                        score.Outcome.Should().BeOneOf([IndicatorOutcome.NeedsManualScoring, IndicatorOutcome.NotApplicable], what);
                    }

                    score.Explain().Should().NotBeNullOrWhiteSpace(what);
                }
            }
        }
    }

    public static TheoryData<string, string, decimal?, IndicatorOutcome, string?> Expected => new()
    {
        // target, actual, national score of 10 points, outcome, a diagnostic or flag that must be there
        { "≥0", "0", 10m, IndicatorOutcome.Met, null },
        { "≤0", "0", 10m, IndicatorOutcome.Met, null },
        { "≤0", "1", 0m, IndicatorOutcome.NotMet, null },
        { "=0起", "-1起", 10m, IndicatorOutcome.Met, nameof(IndicatorFlags.NegativeActual) },
        { "0起", "3起", 0m, IndicatorOutcome.NotMet, null },
        { "≥90%", "-5%", 0m, IndicatorOutcome.NotMet, nameof(IndicatorFlags.NegativeActual) },
        { "≥90%", "150%", 10m, IndicatorOutcome.Met, nameof(IndicatorFlags.OverAchievement) },
        { "≥150%", "120%", 8m, IndicatorOutcome.PartiallyMet, null },
        { "≥9999999999亿元", "9999999999亿元", 10m, IndicatorOutcome.Met, null },
        { "≥9999999999亿元", "1元", 0m, IndicatorOutcome.PartiallyMet, null },
        { "≥1元", "9999999999亿元", 10m, IndicatorOutcome.Met, nameof(IndicatorFlags.OverAchievement) },
        { "≥0.0000000000000000000000000001万元", "1元", 10m, IndicatorOutcome.Met, nameof(IndicatorFlags.OverAchievement) },
        { "≥90%", "0.00000000000000000000000000001%", null, IndicatorOutcome.NeedsManualScoring, nameof(IndicatorFlags.TextActualOnQuantitative) },
        { "≥90%", "7922816251426433759354395033亿元", null, IndicatorOutcome.NeedsManualScoring, nameof(IndicatorFlags.UnitMismatch) },
        { "≥1亿元", "7922816251426433759354395033亿元", null, IndicatorOutcome.NeedsManualScoring, nameof(IndicatorFlags.UnitMismatch) },
        { "≥0.0000000000000000000000000001万元", "9999999999亿元", 10m, IndicatorOutcome.Met, null },
        { "≥1元", "7922816251426433759354395033亿元", null, IndicatorOutcome.NeedsManualScoring, null },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Edge_values_score_as_the_national_rules_say(string targetText, string actualText, decimal? expected, IndicatorOutcome outcome, string? flag)
    {
        var score = new Evaluator().ScoreIndicator(IndicatorParser.ParseTarget(targetText).Value!, IndicatorParser.ParseActual(actualText).Value, 10m);

        score.Score.Should().Be(expected, "{0} / {1}: {2}", targetText, actualText, score.Explain());
        score.Outcome.Should().Be(outcome);
        if (flag is not null)
        {
            score.Flags.Should().HaveFlag(Enum.Parse<IndicatorFlags>(flag));
        }
    }

    [Theory]
    [InlineData("≥79228162514264337593543950336")]
    [InlineData("≥99999999999999999999999999999亿元")]
    [InlineData("99999999999999999999999999999")]
    public void A_target_beyond_decimal_is_an_error_diagnostic(string text)
    {
        var parsed = IndicatorParser.ParseTarget(text);

        parsed.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InvalidNumber && d.Severity == DiagnosticSeverity.Error);
        parsed.Value.Should().BeOfType<UnrecognizedTarget>();
    }

    [Theory]
    [InlineData("99999999999999999999999999999亿元")]
    [InlineData("79228162514264337593543950336")]
    public void An_actual_beyond_decimal_is_an_error_diagnostic(string text)
    {
        var parsed = IndicatorParser.ParseActual(text);

        parsed.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InvalidNumber);
        parsed.Value.Should().NotBeNull();
    }

    [Theory]
    [InlineData("≥1.00000000000000000000000000001")]
    [InlineData("≥0.00000000000000000000000000001%")]
    public void More_digits_than_decimal_keeps_are_an_error_not_a_silently_rounded_value(string text)
    {
        var parsed = IndicatorParser.ParseTarget(text);

        parsed.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.InvalidNumber);
        parsed.Value.Should().BeOfType<UnrecognizedTarget>();
    }

    [Fact]
    public void Points_beyond_the_maximum_are_refused_and_the_maximum_cannot_overflow_the_total()
    {
        IndicatorInput Row(string name, decimal points) =>
            new(name, IndicatorParser.ParseTarget("≥90%").Value!) { Actual = IndicatorParser.ParseActual("95%").Value, Points = points, Category = IndicatorCategory.Output };

        var tooMany = new AssessmentInput("分值溢出", [Row("甲", decimal.MaxValue), Row("乙", decimal.MaxValue)]);
        FluentActions.Invoking(() => new Evaluator().Evaluate(tooMany)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Evaluator().ScoreIndicator(Row("甲", 0m).Target, null, Evaluator.MaxPoints + 0.01m)).Should().Throw<ArgumentOutOfRangeException>();

        var read = ScoringJson.ReadProject("""
            {"name":"分值溢出","indicators":[
              {"name":"甲","target":"≥90%","actual":"95%","points":79228162514264337593543950335},
              {"name":"乙","target":"≥90%","actual":"95%","points":10,"score":-79228162514264337593543950335}]}
            """);
        read.Input.Should().BeNull();
        read.Errors.Should().Contain(e => e.Location.JsonPath == "$.indicators[0].points" && e.Code == FormatDiagnosticCodes.JsonInvalidValue)
            .And.Contain(e => e.Location.JsonPath == "$.indicators[1].score" && e.Code == FormatDiagnosticCodes.JsonInvalidValue);

        var largest = new AssessmentInput("最大分值", [.. Enumerable.Range(0, 1000).Select(i => Row("指标" + i, Evaluator.MaxPoints))])
        {
            Budget = new BudgetInput { Adjusted = decimal.MaxValue, Executed = decimal.MaxValue },
        };
        foreach (var id in ScoringPolicy.EmbeddedIds)
        {
            var assessment = new Evaluator(ScoringPolicy.Get(id)).Evaluate(largest);

            assessment.Total.Should().BeInRange(0m, 100m, id);
            assessment.Indicators.Should().HaveCount(1000).And.OnlyContain(i => i.Score == Evaluator.MaxPoints);
        }
    }

    /// <summary>
    /// Found by the <c>lint</c> fuzz target: a 总计 of 8.4 × 10²⁶ 万元 in the Guangzhou seed table is a decimal, but not in 元,
    /// and <c>Amount.InYuan</c> threw OverflowException out of the linter. An amount beyond 10²⁰ (no budget comes near) is
    /// an invalid amount where it is read, in every reader and in project JSON.
    /// </summary>
    [Theory]
    [InlineData("844444444444444444444444440. 00")]
    [InlineData("100000000000000000000")]
    public void An_amount_too_large_to_convert_to_yuan_is_an_invalid_amount_not_an_exception(string amount)
    {
        const string Head = "## 项目支出绩效目标表(含转移支付项目)\n\n部门名称:广州市协作办公室\n\n单位：万元\n\n项目名称(资金使用单位)\t总计\t财政拨款\t绩效目标\t绩效指标\n";
        var text = Head + "会展业务费\t" + amount + "\t80. 00\t通过举办广州博览会\t1、产出指标:展位数量,年度指标值:≥300个\n";

        var document = PerfIndicators.Documents.BudgetDocumentReader.ReadText(text).GetDocumentOrThrow();

        var project = document.Projects.Should().ContainSingle().Subject;
        project.Amount.Should().BeNull();
        document.AllDiagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InvalidAmount && d.Severity == DiagnosticSeverity.Error);
        var lint = new PerfIndicators.Lint.TargetLinter(PerfIndicators.Lint.LintPolicy.National).Lint(document, project);
        lint.IndicatorCount.Should().Be(1);

        var json = "{\"name\":\"x\",\"budget\":{\"adjusted\":\"" + amount.Replace(" ", "", StringComparison.Ordinal) + "万元\",\"executed\":1},\"indicators\":[{\"name\":\"a\",\"target\":\"≥1个\",\"actual\":\"1个\"}]}";
        var read = ScoringJson.ReadProject(json);
        read.Errors.Should().NotBeEmpty("the amount cannot be kept in 元");
    }

    [Fact]
    public void Funding_sources_whose_sum_overflows_are_an_invalid_budget_not_an_exception()
    {
        var budget = new BudgetInput
        {
            Sources = [new FundingInput("当年财政拨款", decimal.MaxValue, decimal.MaxValue, decimal.MaxValue), new FundingInput("上年结转", 1m, decimal.MaxValue, 1m)],
        };

        var assessment = new Evaluator().Evaluate(new AssessmentInput("来源溢出", []) { Budget = budget });

        assessment.BudgetExecution.Score.Should().BeNull();
        assessment.Findings.Should().Contain(f => f.Code == DiagnosticCodes.InvalidBudget && f.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("execution-caps")]
    [InlineData("national-integer")]
    [InlineData("national")]
    public void An_execution_rate_too_large_to_print_as_a_percent_is_explained_not_an_exception(string policy)
    {
        // Found by the pipeline property test (seed d5JCZviSP7q1): executed = decimal.MaxValue against 22.53 overflowed
        // while the explanation multiplied the rate by 100.
        var budget = new BudgetInput { Adjusted = 22.53m, Executed = decimal.MaxValue };

        var assessment = new Evaluator(ScoringPolicy.Get(policy)).Evaluate(new AssessmentInput("执行数溢出", []) { Budget = budget });

        assessment.BudgetExecution.Explanation.Should().Contain("× 100%");
        assessment.Total.Should().BeInRange(0m, 100m);
    }

    [Fact]
    public void An_evaluator_score_far_above_tiny_points_does_not_overflow()
    {
        var score = new Evaluator().ScoreIndicator(IndicatorParser.ParseTarget("合法合规").Value!, null, 0.0000000000000000000000000001m, evaluatorScore: Evaluator.MaxPoints);

        score.Outcome.Should().BeOneOf(IndicatorOutcome.NeedsManualScoring, IndicatorOutcome.Met, IndicatorOutcome.NotMet);
        score.Explain().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Negative_zero_points_are_zero_points_not_an_exception()
    {
        // decimal keeps the sign of -0 (JSON "points": -0), and ArgumentOutOfRangeException.ThrowIfNegative treats it as negative.
        var read = ScoringJson.ReadProject("""{"name":"负零","indicators":[{"name":"甲","category":"产出指标","target":"≥90%","actual":"95%","points":-0}]}""");

        var assessment = new Evaluator().Evaluate(read.Input!);

        assessment.Indicators.Should().ContainSingle().Which.Points.Should().Be(0m);
        new Evaluator().ScoreIndicator(IndicatorParser.ParseTarget("≥90%").Value!, null, -0m).Points.Should().Be(0m);
    }

    private static decimal Number(string text) => decimal.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
}
