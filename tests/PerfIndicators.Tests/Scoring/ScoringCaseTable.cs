using PerfIndicators.Scoring;
using PerfIndicators.Scoring.Rules;
using static PerfIndicators.Tests.Scoring.ScoringKit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>
/// The scoring case table: every target and actual the scoring tests use (the check cases of scoring-policy.md §9 in
/// CheckCaseTests, the embedded rules, units, deadlines, ranges and qualitative tiers of EvaluatorTests and
/// PolicyVariantTests), plus the cases that make each shipped rule and each test-policy rule decide at least once, and
/// budgets from the published examples to the degenerate ones. Tests that run the same rules two ways (precompiled
/// and compiled at load, or the compiled policy and RulesEngine itself) run them over all of it.
/// </summary>
internal static class ScoringCaseTable
{
    /// <summary>One indicator as a project reports it.</summary>
    public sealed record IndicatorCase(string Target, string? Actual, decimal Points, decimal? EvaluatorScore = null, IndicatorCategory? Category = null, int? FiscalYear = null)
    {
        public override string ToString() =>
            Target + " / " + (Actual ?? "—") + " / " + Points + (EvaluatorScore is { } s ? " / 评价人 " + s : string.Empty) + (Category is { } c ? " / " + c : string.Empty);
    }

    /// <summary>One budget: 年初预算数, 全年预算数, 全年执行数, points.</summary>
    public sealed record BudgetCase(decimal Initial, decimal Adjusted, decimal Executed, decimal Points);

    public static IReadOnlyList<IndicatorCase> Indicators { get; } =
    [
        // scoring-policy.md §9 (CheckCaseTests)
        new("≥90%", "85%", 10m),
        new("≥90%", "110%", 10m),
        new("≤10%", "12%", 10m),
        new("≤10%", "20%", 10m),
        new("≤10%", "25%", 10m),
        new("≤10%", "8%", 10m),
        new("=0起", "0起", 5m),
        new("=0起", "1起", 5m),
        new("=100", "120", 10m),
        new("=100", "80", 10m),
        new("定性", "部分达成", 10m),
        new("定性", "达成", 10m),
        new("定性", "未达成", 10m),

        // units, text actuals, negative and bare numbers (EvaluatorTests)
        new("≥10万人", "123000人", 10m),
        new("≥10万人", "80000人", 10m),
        new("≥10万人", "12.3万人", 10m),
        new("≥600篇", "完成", 10m),
        new("≥600篇", "完成", 10m, EvaluatorScore: 9m),
        new("≥90%", "-5%", 10m),
        new("≥90%", "0.95", 10m),
        new("≥90%", "12个", 10m),
        new("≥90%", null, 10m),

        // rules written in the target (评（扣）分标准)
        new("满意度指标低于90%不得分，大于等于90%得满分", "85%", 10m),
        new("满意度指标低于90%不得分，大于等于90%得满分", "92%", 10m),
        new("采购率大于80%即达标", "85%", 10m),
        new("采购率大于80%即达标", "60%", 10m),
        new("90%以上得10分，每降5%扣1分，扣完为止", "95%", 10m),
        new("90%以上得10分，每降5%扣1分，扣完为止", "87%", 10m),
        new("90%以上得10分，每降5%扣1分，扣完为止", "30%", 10m),
        new("±10%以内得5分，±10-15%以内得3分，±15-20%以内得1分，±20%以外不得分", "8%", 5m),
        new("±10%以内得5分，±10-15%以内得3分，±15-20%以内得1分，±20%以外不得分", "-12%", 5m),
        new("±10%以内得5分，±10-15%以内得3分，±15-20%以内得1分，±20%以外不得分", "25%", 5m),
        new("未达指标值酌情扣分", "85%", 10m),

        // qualitative tiers and evaluator scores (EvaluatorTests, PolicyVariantTests)
        new("合法合规", "合规", 10m),
        new("合法合规", "已完成", 10m),
        new("合法合规", "未达成", 10m),
        new("合法合规", "达成", 10m, EvaluatorScore: 8.5m),
        new("合法合规", "部分达成", 10m, EvaluatorScore: 5.5m),
        new("定性", "部分达成", 10m, EvaluatorScore: 9.5m),
        new("定性", "一般", 10m),
        new("定性", "未达成", 10m, Category: IndicatorCategory.Satisfaction),
        new("服务对象满意度", "达成", 10m, Category: IndicatorCategory.Satisfaction),

        // deadlines and periods (EvaluatorTests), one late by more than two years
        new("12月底前", "2023年11月20日", 10m, FiscalYear: 2023),
        new("12月底前", "按时完成", 10m, FiscalYear: 2023),
        new("12月底前", "2024年1月5日", 10m, FiscalYear: 2023),
        new("12月底前", "2026年3月1日", 10m, FiscalYear: 2023),
        new("12月底前", "正在推进", 10m, FiscalYear: 2023),
        new("2023年1月1日至2023年12月31日", "2023年12月31日", 10m),

        // ranges (EvaluatorTests)
        new("80%-90%", "85%", 10m),
        new("80%-90%", "60%", 10m),
        new("80%-90%", "100%", 10m),
        new("80%-90%", "91%", 10m),
        new("±10%", "5%", 10m),

        // over-achievement, rates, zero and lower-is-better targets (PolicyVariantTests)
        new("≥1次/月", "0.5次/月", 10m),
        new("≥100个", "130个", 10m),
        new("≥100个", "125个", 10m),
        new("≥100个", "0个", 10m),
        new("≥100个", "350个", 10m),
        new("≥0个", "0个", 10m),
        new("低于10%", "8%", 10m),
        new("≥95%", "95%", 10m, Category: IndicatorCategory.Satisfaction),
        new("≥100万元", "2000000万元", 10m),
        new("详见附件", "已完成", 10m),
        new("≥90%", "85%", 0m),
    ];

    public static IReadOnlyList<BudgetCase> Budgets { get; } =
    [
        new(250_000m, 250_000m, 215_457.6m, 10m),
        new(0m, 0m, 0m, 10m),
        new(100m, 100m, 150m, 10m),
        new(100m, 100m, 200m, 20m),
        new(100m, 100m, 0m, 10m),
        new(1_000m, 1_000m, 999.995m, 10m),
        new(500m, 800m, 452.3m, 20m),
    ];

    /// <summary>The facts the rules see for <paramref name="row"/> under <paramref name="policy"/>, filled as the engine fills them.</summary>
    public static IndicatorFacts Facts(ScoringPolicy policy, IndicatorCase row)
    {
        var facts = new IndicatorFacts();
        IndicatorScorer.Fill(facts, policy.Parameters, Target(row.Target), row.Actual is null ? null : Actual(row.Actual), row.Points, row.EvaluatorScore, row.Category, row.FiscalYear);
        return facts;
    }

    /// <summary>
    /// The facts of every case, and of each case again with edge values where it has them: no points, the largest
    /// points, a tiny or huge target, a huge actual, the extreme days late, so overflow and division are reached too.
    /// </summary>
    public static IEnumerable<(string Name, IndicatorFacts Facts)> FactsWithEdges(ScoringPolicy policy)
    {
        foreach (var row in Indicators)
        {
            yield return (row.ToString(), Facts(policy, row));
            var edges = new (string Name, Action<IndicatorFacts> Change)[]
            {
                ("W=0", f => f.W = 0m),
                ("W=max", f => f.W = decimal.MaxValue),
                ("A tiny", f => { if (f.HasA) { f.A = 0.0000000000000000000000000001m; } }),
                ("A huge", f => { if (f.HasA) { f.A = decimal.MaxValue; } }),
                ("B huge", f => { if (f.HasB) { f.B = decimal.MaxValue; } }),
                ("B=0", f => { if (f.HasB) { f.B = 0m; } }),
                ("days late max", f => { if (f.HasActualDate) { f.DaysLate = int.MaxValue; } }),
                ("days late min", f => { if (f.HasActualDate) { f.DaysLate = int.MinValue; } }),
            };
            foreach (var (name, change) in edges)
            {
                var facts = Facts(policy, row);
                change(facts);
                yield return (row + " [" + name + "]", facts);
            }
        }
    }

    /// <summary>The budget facts of every budget case, and with the largest points and execution.</summary>
    public static IEnumerable<(string Name, BudgetFacts Facts)> BudgetFactsWithEdges()
    {
        foreach (var b in Budgets)
        {
            yield return (b.ToString(), new BudgetFacts(b.Initial, b.Adjusted, b.Executed, b.Points));
            yield return (b + " [W=max]", new BudgetFacts(b.Initial, b.Adjusted, b.Executed, decimal.MaxValue));
        }

        yield return ("tiny budget, huge execution", new BudgetFacts(0m, 0.0000000000000000000000000001m, decimal.MaxValue, 10m));
    }

    /// <summary>The ids of the shipped policies, and the test policies (TestData/Scoring/Policies) as loaded files.</summary>
    public static IEnumerable<(string Name, Func<PrecompiledRuleSet, ScoringPolicy> Load)> Policies()
    {
        foreach (var id in ScoringPolicy.EmbeddedIds)
        {
            yield return (id, set => PolicyLoader.Load(PolicyLoader.ReadEmbedded(id)!, "embedded:" + id, findBase: null, set));
        }

        foreach (var path in TestPolicyFiles())
        {
            yield return (Path.GetFileName(path), set => PolicyLoader.Load(File.ReadAllText(path), path, TestPolicyRules.Beside(path), set));
        }
    }

    /// <summary>The test policies' files (TestData/Scoring/Policies/*.json).</summary>
    public static IReadOnlyList<string> TestPolicyFiles() =>
        [.. Directory.EnumerateFiles(TestData("Policies"), "*.json").Order(StringComparer.Ordinal)];
}
