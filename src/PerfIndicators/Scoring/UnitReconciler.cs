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
}
