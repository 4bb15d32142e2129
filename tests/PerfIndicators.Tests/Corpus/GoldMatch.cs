using NodaTime;
using PerfIndicators.Tests.Parsing;

namespace PerfIndicators.Tests.Corpus;

/// <summary>
/// Whether a parse result is exactly what the labeller wrote. A target matches when its kind, comparator,
/// value × multiplier and unit agree (and the deadline or period, resolved with the document's year, where the label
/// gives one); an actual when its kind, comparator, value × multiplier and unit agree, or its tier or date.
/// </summary>
/// <remarks>
/// <para>Units agree when the written unit (with its <c>/per</c> part) is the label's, or both are the same catalog unit:
/// the label writes <c>%</c> for <c>百分比</c> and <c>km</c> for <c>km</c>.</para>
/// <para>A graded standard (<c>100% 90% 85%</c> under 优/良/中) is labelled with the top grade's value and every grade;
/// both must agree.</para>
/// <para>A label <c>unparseable</c> is matched by an unrecognized target, a missing target (an error saying so) or no
/// indicator at all.</para>
/// </remarks>
internal static class GoldMatch
{
    /// <summary>Why <paramref name="target"/> is not <paramref name="gold"/>, or <see langword="null"/> when it is.</summary>
    public static string? TargetMismatch(GoldValue gold, Target? target, int? year)
    {
        if (gold.Kind == "unparseable")
        {
            return target is null or UnrecognizedTarget ? null : "should be unparseable";
        }

        if (target is null)
        {
            return "no indicator";
        }

        switch (gold.Kind)
        {
            case "quantitative":
                return target switch
                {
                    QuantitativeTarget q => Quantity(gold, q.Comparator, q.Quantity) ?? Grades(gold, null),
                    GradedTarget g => Quantity(gold, g.Top.Comparator, g.Top.Threshold) ?? Grades(gold, g),
                    _ => "kind " + target.Kind,
                };
            case "rate_per_time":
                return target is RateTarget r ? Quantity(gold, r.Comparator, r.Quantity) : "kind " + target.Kind;
            case "range":
                return target is RangeTarget range
                    ? Same(gold.Min, range.Min.Value * range.Min.Multiplier, "min") ?? Same(gold.Max, range.Max.Value * range.Max.Multiplier, "max") ?? Unit(gold.Unit, range.Max)
                    : "kind " + target.Kind;
            case "qualitative":
                return target is QualitativeTarget ? null : "kind " + target.Kind;
            case "deadline":
                return target is DeadlineTarget d
                    ? Day(gold.Deadline, d.Deadline.LastDay(year), "deadline")
                    : "kind " + target.Kind;
            case "period":
                return target is PeriodTarget p
                    ? Day(gold.PeriodStart, p.Start.FirstDay(year), "start") ?? Day(gold.Deadline, p.End.LastDay(p.Start.Year ?? year), "end")
                    : "kind " + target.Kind;
            default:
                return "unknown gold kind " + gold.Kind;
        }
    }

    /// <summary>Why <paramref name="actual"/> is not <paramref name="gold"/>, or <see langword="null"/> when it is.</summary>
    public static string? ActualMismatch(GoldValue gold, Actual? actual, int? year)
    {
        if (actual is null)
        {
            return "no actual";
        }

        switch (gold.Kind)
        {
            case "empty":
                return actual.Kind == ActualKind.Blank ? null : "kind " + actual.Kind;
            case "quantitative":
                if (actual is not { Kind: ActualKind.Quantity, Quantity: { } quantity })
                {
                    return "kind " + actual.Kind;
                }

                if (gold.Multiplier is null && gold.Unit is null)
                {
                    // A bare number: read in the target's unit.
                    return Comparator(gold.Comparator, actual.Comparator)
                        ?? Same(gold.Value, quantity.Value, "value")
                        ?? (quantity.Multiplier == 1m && quantity.Unit.IsNone && quantity.Per is null ? null : "unit " + Written(quantity) + " on a bare number");
                }

                return Quantity(gold, actual.Comparator, quantity);
            case "qualitative":
                if (actual.Kind is ActualKind.Quantity or ActualKind.Date or ActualKind.Blank)
                {
                    return "kind " + actual.Kind;
                }

                if (gold.Tier == "达成")
                {
                    return actual.Tier == AchievementTier.Achieved || actual.SaysCompleted || actual.RepeatsTarget ? null : "not read as achieved";
                }

                return actual.Tier is null ? null : "tier " + actual.Tier;
            case "date":
                return actual is { Kind: ActualKind.Date, Date: { } date } ? Day(gold.Date, date.LastDay(year), "date") : "kind " + actual.Kind;
            default:
                return "unknown gold kind " + gold.Kind;
        }
    }

    private static string? Quantity(GoldValue gold, PerfIndicators.Comparator comparator, Quantity quantity) =>
        Comparator(gold.Comparator, comparator)
        ?? Same(gold.Value * (gold.Multiplier ?? 1m), quantity.Value * quantity.Multiplier, "value×multiplier")
        ?? Unit(gold.Unit, quantity);

    private static string? Grades(GoldValue gold, GradedTarget? graded)
    {
        if (gold.Grades.Count == 0)
        {
            return graded is null ? null : "graded, but labelled as one value";
        }

        if (graded is null)
        {
            return "labelled graded (" + string.Join(" ", gold.Grades.Select(g => g.Grade + g.Value)) + ")";
        }

        var ours = graded.Grades.Select(g => g.Threshold.ToString()).ToList();
        var theirs = gold.Grades.Select(g => g.Value).ToList();
        return ours.SequenceEqual(theirs) ? null : "grades " + string.Join(" ", ours) + " ≠ " + string.Join(" ", theirs);
    }

    private static string? Comparator(string? gold, PerfIndicators.Comparator ours)
    {
        var expected = gold switch
        {
            null or "none" => PerfIndicators.Comparator.None,
            ">=" => PerfIndicators.Comparator.GreaterOrEqual,
            "<=" => PerfIndicators.Comparator.LessOrEqual,
            ">" => PerfIndicators.Comparator.Greater,
            "<" => PerfIndicators.Comparator.Less,
            "=" => PerfIndicators.Comparator.Equal,
            _ => throw new InvalidDataException("Unknown comparator label " + gold),
        };
        return expected == ours ? null : $"comparator {Canonical.Comparator(ours)} ≠ {gold ?? "none"}";
    }

    private static string? Same(decimal? gold, decimal ours, string what) =>
        gold == ours ? null : $"{what} {Canonical.Number(ours)} ≠ {(gold is { } g ? Canonical.Number(g) : "null")}";

    private static string? Day(LocalDate? gold, LocalDate? ours, string what) =>
        gold == ours ? null : $"{what} {ours?.ToString() ?? "null"} ≠ {gold?.ToString() ?? "null"}";

    private static string Written(Quantity quantity) =>
        quantity.Unit.Text + (quantity.Per is null ? string.Empty : "/" + quantity.Per.Text);

    private static string CanonicalUnit(Quantity quantity) =>
        quantity.Unit.Canonical + (quantity.Per is null ? string.Empty : "/" + quantity.Per.Canonical);

    private static string? Unit(string? gold, Quantity quantity)
    {
        if (gold is null)
        {
            return quantity.Unit.IsNone && quantity.Per is null ? null : "unit " + Written(quantity) + " ≠ none";
        }

        if (Written(quantity) == gold)
        {
            return null;
        }

        var parts = gold.Split('/', 2);
        var goldCanonical = string.Join("/", parts.Select(p => UnitCatalog.Find(p)?.Canonical ?? p));
        return CanonicalUnit(quantity) == goldCanonical ? null : "unit " + Written(quantity) + " ≠ " + gold;
    }
}
