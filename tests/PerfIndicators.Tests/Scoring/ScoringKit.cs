using FluentAssertions;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;

namespace PerfIndicators.Tests.Scoring;

/// <summary>Builds scoring inputs from the texts as written, through the real parser.</summary>
internal static class ScoringKit
{
    public static Target Target(string text)
    {
        var parsed = IndicatorParser.ParseTarget(text);
        parsed.Value.Should().NotBeNull("the parser should understand the target 「{0}」", text);
        return parsed.Value!;
    }

    public static Actual Actual(string text)
    {
        var parsed = IndicatorParser.ParseActual(text);
        parsed.Value.Should().NotBeNull("the parser should understand the actual 「{0}」", text);
        return parsed.Value!;
    }

    public static IndicatorScore Score(string policy, string target, string actual, decimal points, decimal? evaluatorScore = null, int? fiscalYear = null) =>
        new Evaluator(ScoringPolicy.Get(policy)).ScoreIndicator(Target(target), Actual(actual), points, evaluatorScore, fiscalYear: fiscalYear);

    public static IndicatorInput Row(
        string name,
        IndicatorCategory? category,
        string target,
        string? actual,
        decimal? points,
        string? reason = null,
        bool notApplicable = false,
        decimal? evaluatorScore = null) =>
        new(name, Target(target))
        {
            Category = category,
            Actual = actual is null ? null : Actual(actual),
            Points = points,
            DeviationReason = reason,
            NotApplicable = notApplicable,
            EvaluatorScore = evaluatorScore,
        };

    public static BudgetInput Budget(decimal adjusted, decimal executed, decimal? initial = null) =>
        new() { Initial = initial ?? adjusted, Adjusted = adjusted, Executed = executed };

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Scoring", name);
}
