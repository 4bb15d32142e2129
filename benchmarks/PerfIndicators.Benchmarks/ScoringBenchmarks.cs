using System.Globalization;
using BenchmarkDotNet.Attributes;
using PerfIndicators;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;
using PerfIndicators.Scoring.Rules;

namespace PerfIndicators.Benchmarks;

/// <summary>
/// Scores 10,000 realistic indicators (targets from the Huzhou 2023 and Guangzhou budget disclosures, actuals spread
/// around them) with the policy engine, against a plain C# implementation of the national formulas. Results are per
/// indicator (OperationsPerInvoke). The setup checks that both give the same score for every indicator.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Count = 10_000;

    // Targets as written in seed 001 (湖州市人民政府办公室 2023) and seed 004 (广州市协作办公室).
    private static readonly string[] Targets =
    [
        "≥10期", "≥600篇", "≥20个", "=100%", "≥90个", "≥40期", "≥95%", "≥2次", "≥98%", "≥950项", "≥99%", "≥80张",
        "低于10%", "5万平方", "不少于10个", "≥400人", "不少于6次", "≥90%", "≥3个", "≤10%", "0起", "≥10万人",
        "合法合规", "相符", "提高学员素质和专业水平",
    ];

    private static readonly string[] Tiers = ["达成", "部分达成", "未达成"];

    private Evaluator evaluator = null!;
    private (Target Target, Actual Actual, decimal Points)[] rows = null!;
    private IndicatorScore[] engineResults = null!;
    private decimal?[] plainResults = null!;
    private AssessmentInput project = null!;
    private string nationalJson = null!;

    /// <summary>Builds the indicators and checks that the engine and the plain formulas agree on each one.</summary>
    [GlobalSetup]
    public void Setup()
    {
        evaluator = new Evaluator(ScoringPolicy.National);
        var random = new Random(20231231);
        rows = new (Target, Actual, decimal)[Count];
        for (var i = 0; i < Count; i++)
        {
            var target = IndicatorParser.ParseTarget(Targets[i % Targets.Length]).Value!;
            string actual;
            if (target is QuantitativeTarget q)
            {
                var value = q.Quantity.Value == 0m ? random.Next(0, 2) : q.Quantity.Value * random.Next(50, 131) / 100m;
                actual = (q.Quantity.MultiplierText is null ? value * q.Quantity.Multiplier : value).ToString("0.##", CultureInfo.InvariantCulture)
                    + (q.Quantity.MultiplierText ?? string.Empty) + q.Quantity.Unit.Text;
            }
            else
            {
                actual = Tiers[random.Next(Tiers.Length)];
            }

            rows[i] = (target, IndicatorParser.ParseActual(actual).Value!, 5m + (i % 4 * 5m));
        }

        engineResults = new IndicatorScore[Count];
        plainResults = new decimal?[Count];
        Engine();
        PlainCSharp();
        for (var i = 0; i < Count; i++)
        {
            if (engineResults[i].Score != plainResults[i] || engineResults[i].RuleId is null)
            {
                throw new InvalidOperationException(
                    $"Indicator {i} ({rows[i].Target.Text} / {rows[i].Actual.Text}): engine {engineResults[i].Score} by {engineResults[i].RuleId}, plain {plainResults[i]}.");
            }
        }

        if (engineResults.Any(r => r.Explain().Length == 0))
        {
            throw new InvalidOperationException("Every engine result must be explainable.");
        }

        project = new AssessmentInput("基准项目", rows.Select((r, i) => new IndicatorInput("指标" + i, r.Target)
        {
            Category = IndicatorCategory.Output,
            Actual = r.Actual,
            Points = r.Points,
            DeviationReason = "说明",
        }))
        {
            Budget = new BudgetInput { Adjusted = 250000m, Executed = 215457.6m },
        };
        nationalJson = PolicyLoader.ReadEmbedded("national")!;
    }

    /// <summary>The national formulas written directly in C#: the baseline.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public decimal?[] PlainCSharp()
    {
        for (var i = 0; i < rows.Length; i++)
        {
            var (target, actual, points) = rows[i];
            plainResults[i] = PlainNational(target, actual, points);
        }

        return plainResults;
    }

    /// <summary>The policy engine's per-indicator path: facts, compiled rules, over-achievement, rounding; rule and explanation kept.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public IndicatorScore[] Engine()
    {
        for (var i = 0; i < rows.Length; i++)
        {
            var (target, actual, points) = rows[i];
            engineResults[i] = evaluator.ScoreIndicator(target, actual, points);
        }

        return engineResults;
    }

    /// <summary>The whole self-assessment of one 10,000-indicator project, explanations and findings included (per indicator).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public SelfAssessment FullAssessment() => evaluator.Evaluate(project);

    /// <summary>Loading and compiling the national policy (JSON, validation, 27 rule expressions), uncached.</summary>
    [Benchmark]
    public ScoringPolicy LoadAndCompileNationalPolicy() => PolicyLoader.Load(nationalJson, "embedded:national", findBase: null);

    private static decimal? PlainNational(Target target, Actual actual, decimal points)
    {
        switch (target)
        {
            case QuantitativeTarget q when actual.Quantity is { } quantity:
            {
                if (q.Quantity.ConvertToScaleOf(quantity) is not decimal converted)
                {
                    return null;
                }

                var b = Math.Max(0m, converted);
                var a = q.Quantity.Value;
                var comparator = q.Comparator == Comparator.None ? (a == 0m ? Comparator.LessOrEqual : Comparator.GreaterOrEqual) : q.Comparator;
                decimal raw;
                if (a == 0m && comparator is not (Comparator.GreaterOrEqual or Comparator.Greater))
                {
                    raw = b <= 0m ? points : 0m;
                }
                else if (comparator is Comparator.LessOrEqual or Comparator.Less)
                {
                    raw = b <= a ? points : a / b * points;
                }
                else
                {
                    raw = b >= a ? points : b / a * points;
                }

                return decimal.Round(raw, 2, MidpointRounding.AwayFromZero);
            }

            case QualitativeTarget when actual.Tier is { } tier:
                return decimal.Round(points * tier switch
                {
                    AchievementTier.Achieved => 1m,
                    AchievementTier.PartiallyAchieved => 0.7m,
                    _ => 0.3m,
                }, 2, MidpointRounding.AwayFromZero);

            default:
                return null;
        }
    }
}
