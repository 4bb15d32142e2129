using System.Globalization;
using PerfIndicators.Parsing;

namespace PerfIndicators.Tests.Parsing;

/// <summary>
/// A compact, reviewable text dump of parse results, the language of the case files and golden files.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Quantitative: <c>q &gt;= 1.4 x10000 人 up</c> (comparator or <c>none</c>, value, multiplier, canonical unit or
/// <c>_</c> for none, <c>/per</c> for composite units, direction <c>up</c>/<c>down</c>/<c>exact</c>, then
/// <c>ctx=…</c> when the value was taken from a sentence).</item>
/// <item>Range: <c>range 80..90 %</c>, a tolerance <c>range± -10..10 %</c>, multipliers as <c>1x10000..2x10000 人</c>.</item>
/// <item><c>qual 合法合规</c>, <c>deadline --12</c>, <c>period 2020-01..2020-11</c> (ISO, as precise as written),
/// <c>rate none 1 x1 次/月 up</c>, <c>unrecognized</c>.</item>
/// <item>Rules: <c>rule step[&lt;90% none; &gt;=90% full]</c> (<c>else …</c> when written), <c>rule per-step[&gt;=90% 10分 step 5% -1]</c>,
/// <c>rule bands[0..10 5分; 10..15 3分; 15..20 1分; beyond none]</c>, <c>rule discretionary</c>.</item>
/// <item>Indicator: <c>[产出指标/数量指标] 名称 → target</c>; a category in parentheses was inferred from the
/// subcategory (no 一级 label written); <c>-</c> is none.</item>
/// <item>Actual: <c>q none 92 x1 %</c>, <c>tier achieved|partial|not</c>, <c>date 2023-11-20</c>, <c>text 完成 done</c>, <c>blank</c>.</item>
/// <item>Diagnostics follow as <c>!PI1005</c>, ordered by position; in failure cases as <c>!PI1003@[0..4)</c>.</item>
/// </list>
/// </remarks>
internal static class Canonical
{
    public const string Nothing = "∅";

    public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Comparator(Comparator comparator) => comparator.ToSymbol() ?? "none";

    public static string Direction(Direction direction) => direction switch
    {
        PerfIndicators.Direction.HigherIsBetter => "up",
        PerfIndicators.Direction.LowerIsBetter => "down",
        _ => "exact",
    };

    public static string Unit(Quantity quantity) =>
        (quantity.Unit.IsNone ? "_" : quantity.Unit.Canonical) + (quantity.Per is null ? string.Empty : "/" + quantity.Per.Canonical);

    public static string Quantity(Quantity quantity) =>
        $"{Number(quantity.Value)} x{Number(quantity.Multiplier)} {Unit(quantity)}";

    /// <summary>A threshold in a rule or a range bound: <c>90%</c>, <c>1x10000人</c>.</summary>
    public static string Compact(Quantity quantity, bool withUnit = true) =>
        Number(quantity.Value) + (quantity.Multiplier == 1m ? string.Empty : "x" + Number(quantity.Multiplier))
        + (withUnit && !quantity.Unit.IsNone ? Unit(quantity) : string.Empty);

    public static string Target(Target? target) => target switch
    {
        null => Nothing,
        QuantitativeTarget q => $"q {Comparator(q.Comparator)} {Quantity(q.Quantity)} {Direction(q.Direction)}{Source(q.DirectionSource)}"
            + (q.Context is null ? string.Empty : " ctx=" + q.Context),
        GradedTarget g => $"graded [{string.Join(" ", g.Grades.Select(x => (x.Label ?? string.Empty) + (x.Comparator == PerfIndicators.Comparator.None ? string.Empty : Comparator(x.Comparator)) + Compact(x.Threshold)))}] {Direction(g.Direction)}",
        RangeTarget r => $"range{(r.IsRelative ? "±" : string.Empty)} {Compact(r.Min, withUnit: false)}..{Compact(r.Max, withUnit: false)} {Unit(r.Max)}"
            + (r.Min.Unit.IsNone || r.Min.Unit.Canonical == r.Max.Unit.Canonical ? string.Empty : " min-unit=" + Unit(r.Min)),
        QualitativeTarget ql => "qual " + ql.Text,
        DeadlineTarget d => "deadline " + d.Deadline.ToIsoString(),
        PeriodTarget p => $"period {p.Start.ToIsoString()}..{p.End.ToIsoString()}",
        RateTarget rate => $"rate {Comparator(rate.Comparator)} {Quantity(rate.Quantity)} {Direction(rate.Direction)}{Source(rate.DirectionSource)}",
        RuleTarget rule => "rule " + Rule(rule.Rule),
        UnrecognizedTarget => "unrecognized",
        _ => "unknown-kind " + target.Kind,
    };

    /// <summary>Where an inferred direction came from: <c>(name)</c>, <c>(property)</c>, <c>(placeholder)</c>; nothing for the comparator.</summary>
    public static string Source(DirectionSource source) => source switch
    {
        DirectionSource.Name => "(name)",
        DirectionSource.PropertyCell => "(property)",
        DirectionSource.Placeholder => "(placeholder)",
        _ => string.Empty,
    };

    public static string Award(Award award) => award.Kind switch
    {
        AwardKind.Full => "full",
        AwardKind.None => "none",
        AwardKind.Met => "met",
        _ => Number(award.Points) + "分",
    };

    public static string Rule(ScoringRule rule) => rule switch
    {
        StepRule s => "step[" + string.Join("; ", s.Steps.Select(x => Comparator(x.Comparator) + Compact(x.Threshold) + " " + Award(x.Award))) + "]"
            + (s.Otherwise is { } otherwise ? " else " + Award(otherwise) : string.Empty),
        PerStepDeductionRule p => $"per-step[{Comparator(p.Comparator)}{Compact(p.Threshold)} {(p.FullPoints is { } points ? Number(points) + "分" : "full")} step {Compact(p.Step)} -{Number(p.DeductionPerStep)}]",
        ToleranceBandRule t => "bands[" + string.Join("; ", t.Bands.Select(b => $"{Number(b.MinDeviation)}..{Number(b.MaxDeviation)} {Award(b.Award)}"))
            + "; beyond " + Award(t.Beyond) + "]",
        DiscretionaryRule => "discretionary",
        _ => "unknown-rule " + rule.Form,
    };

    public static string Category(Indicator indicator) =>
        indicator.Category is not { } category ? "-"
        : indicator.CategoryLabel is null ? "(" + category.ToLabel() + ")"
        : category.ToLabel();

    public static string Indicator(Indicator indicator) =>
        $"[{Category(indicator)}/{indicator.Subcategory?.ToLabel() ?? "-"}] {indicator.Name} → {Target(indicator.Target)}";

    public static string Actual(Actual? actual) => actual is null ? Nothing : ActualCore(actual) + ActualFlags(actual);

    private static string ActualFlags(Actual actual) =>
        (actual.Hedge is { } hedge ? " hedge=" + hedge.ToString().ToLowerInvariant() : string.Empty)
        + (actual.Answer is { } answer ? " answer=" + (answer ? "yes" : "no") : string.Empty)
        + (actual.SaysNone ? " none" : string.Empty)
        + (actual.RepeatsTarget ? " repeats" : string.Empty);

    private static string ActualCore(Actual? actual) => actual switch
    {
        null => Nothing,
        { Kind: ActualKind.Quantity, Quantity: { } q } => $"q {Comparator(actual.Comparator)} {Quantity(q)}",
        { Kind: ActualKind.Tier } => "tier " + actual.Tier switch
        {
            AchievementTier.Achieved => "achieved",
            AchievementTier.PartiallyAchieved => "partial",
            AchievementTier.NotAchieved => "not",
            _ => "missing",
        },
        { Kind: ActualKind.Date } => "date " + actual.Date?.ToIsoString(),
        { Kind: ActualKind.Text } => "text " + actual.Text + (actual.SaysCompleted ? " done" : string.Empty),
        { Kind: ActualKind.Blank } => "blank",
        _ => "broken " + actual.Kind,
    };

    public static IEnumerable<Diagnostic> InTextOrder(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Span.Start);

    public static string Codes(IEnumerable<Diagnostic> diagnostics) =>
        string.Concat(InTextOrder(diagnostics).Select(d => " !" + d.Code));

    public static string CodesAndSpans(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(" ", InTextOrder(diagnostics).Select(d => "!" + d.Code + "@" + d.Span));

    public static string WithCodes(string value, IEnumerable<Diagnostic> diagnostics) => value + Codes(diagnostics);

    /// <summary>The indicators of a cell, each with the diagnostics that lie inside its span; the remaining
    /// diagnostics form a last group.</summary>
    public static IReadOnlyList<string> CellLines(CellParseResult result)
    {
        var attached = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        var lines = new List<string>();
        foreach (var indicator in result.Indicators)
        {
            var mine = result.Diagnostics.Where(d => !attached.Contains(d) && Within(d.Span, indicator.Span)).ToList();
            attached.UnionWith(mine);
            lines.Add(WithCodes(Indicator(indicator), mine));
        }

        var rest = result.Diagnostics.Where(d => !attached.Contains(d)).ToList();
        if (rest.Count > 0)
        {
            lines.Add(Codes(rest).TrimStart());
        }

        return lines;
    }

    public static string Cell(CellParseResult result) => CellLines(result) is { Count: > 0 } lines ? string.Join(" ‖ ", lines) : Nothing;

    public static bool Within(TextSpan inner, TextSpan outer) => inner.Start >= outer.Start && inner.End <= outer.End;
}
