namespace PerfIndicators.Scoring;

/// <summary>Brings an actual quantity to the unit and multiplier of a target quantity (<c>123000人</c> against <c>≥10万人</c> → 12.3).</summary>
internal static class UnitReconciler
{
    /// <summary>
    /// Converts <paramref name="actual"/> to the scale of <paramref name="target"/>. When the units differ only by a missing
    /// percent sign and the policy says <see cref="BareNumberOnPercent.Infer"/>, the number is read as a fraction (≤ 1) or
    /// as percent points (&gt; 1) and <paramref name="assumed"/> is set.
    /// </summary>
    /// <returns>The value in the target's scale, or <see langword="null"/> when the units cannot be reconciled.</returns>
    public static decimal? Convert(Quantity target, Quantity actual, BareNumberOnPercent mode, out bool assumed)
    {
        assumed = false;
        if (target.ConvertToScaleOf(actual) is decimal direct)
        {
            return direct;
        }

        if (IsBare(actual) && TakesBareNumbers(target))
        {
            // 31 against ≥40个 is 31个, 90 against ≤90万元 is 90万元: a bare number is written in the target's unit.
            assumed = true;
            return actual.Value;
        }

        if (mode != BareNumberOnPercent.Infer || target.Per is not null || actual.Per is not null)
        {
            return null;
        }

        try
        {
            if (target.Unit.Dimension == "percent" && actual.Unit.IsNone)
            {
                var number = actual.Value * actual.Multiplier;
                assumed = true;
                return (number <= 1m ? number * 100m : number) / (target.Multiplier * target.Unit.FactorToBase);
            }

            if (target.Unit.IsNone && actual.Unit.Dimension == "percent" && target.Value * target.Multiplier <= 1m)
            {
                // A bare "≥1" on a rate (PI1009) read as 100%: bring the actual percent to a fraction.
                assumed = true;
                return actual.Value * actual.Multiplier * actual.Unit.FactorToBase / 100m / target.Multiplier;
            }
        }
        catch (OverflowException)
        {
            assumed = false;
            return null;
        }

        return null;
    }

    /// <summary>
    /// The quantity of <paramref name="target"/> whose unit (with its multiplier and period) a bare number written as the actual
    /// takes — <c>≥40个</c>, <c>≤90万元</c>, <c>1次/月</c>, <c>80-90台</c> — or <see langword="null"/> when the target has no unit, is a
    /// percent (read by <see cref="BareNumberOnPercent"/>) or is not a quantity. Every input reads a bare actual this way: the
    /// scoring of any <see cref="Actual"/>, and a filled template, which shows the number with this unit.
    /// </summary>
    internal static Quantity? BareNumberScale(Target target)
    {
        var quantity = target switch
        {
            QuantitativeTarget q => q.Quantity,
            RateTarget r => r.Quantity,
            RangeTarget { IsRelative: false } r => r.Max,
            RuleTarget { Rule: var rule } => EmbeddedRules.FullPointsThreshold(rule)?.Threshold,
            _ => null,
        };
        return quantity is not null && TakesBareNumbers(quantity) ? quantity : null;
    }

    /// <summary>
    /// The unit a bare number is read in, as written after it: the multiplier, the unit and the period (<c>万元</c>, <c>次/月</c>);
    /// a unit 月 is written 个月, so that <c>6</c> read as <c>6个月</c> is not a month of the year.
    /// </summary>
    internal static string UnitText(Quantity scale) =>
        (scale.MultiplierText ?? string.Empty) + (scale.Unit.Text == "月" ? "个月" : scale.Unit.Text) + (scale.Per is null ? string.Empty : "/" + scale.Per.Text);

    /// <summary>Whether a quantity has a unit a bare number can be read in: any but none and percent.</summary>
    private static bool TakesBareNumbers(Quantity target) => !target.Unit.IsNone && target.Unit.Dimension != Unit.Percent.Dimension;

    /// <summary>A number with no unit, multiplier or period (<c>31</c>, <c>0</c>, <c>132.9</c>).</summary>
    private static bool IsBare(Quantity actual) => actual.Unit.IsNone && actual.Multiplier == 1m && actual.MultiplierText is null && actual.Per is null;
}
