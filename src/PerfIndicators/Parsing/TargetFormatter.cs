using System.Globalization;
using System.Text;

namespace PerfIndicators.Parsing;

/// <summary>
/// Formats targets as canonical indicator text: <c>≥90%</c>, <c>1.4万人</c>, <c>80%-90%</c>, <c>2023年11月30日前</c>,
/// <c>低于90%不得分,≥90%得满分</c>. Parsing the formatted text with <see cref="IndicatorParser.ParseTarget(string)"/>
/// gives a target with the same meaning.
/// </summary>
public static class TargetFormatter
{
    /// <summary>Formats <paramref name="target"/> as canonical text.</summary>
    /// <param name="target">The target.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="target"/> is <see langword="null"/>.</exception>
    public static string Format(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target switch
        {
            QuantitativeTarget q => q.Comparator.ToDisplay() + FormatQuantity(q.Quantity),
            RateTarget r => r.Comparator.ToDisplay() + FormatQuantity(r.Quantity),
            RangeTarget { IsRelative: true } r => "±" + r.Max,
            RangeTarget r => r.Min + "-" + r.Max,
            DeadlineTarget d => d.Deadline + (d.Deadline.Year is not null && d.Deadline.Month is null ? string.Empty : "前"),
            PeriodTarget p => p.Start + "至" + p.End,
            RuleTarget r => FormatRule(r.Rule),
            _ => target.Text,
        };
    }

    /// <summary>
    /// Formats a quantity as written, except that a bare 月 becomes 个月 so that a number of months is never read
    /// back as a month of the year (<c>3个月</c>, not <c>3月</c>).
    /// </summary>
    /// <param name="quantity">The quantity.</param>
    public static string FormatQuantity(Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        var unit = quantity.Unit.Text == "月" ? "个月" : quantity.Unit.Text;
        return quantity.ValueText + (quantity.MultiplierText ?? string.Empty) + unit + (quantity.Per is null ? string.Empty : "/" + quantity.Per.Text);
    }

    /// <summary>Formats a scoring rule as canonical text.</summary>
    /// <param name="rule">The rule.</param>
    public static string FormatRule(ScoringRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var inv = CultureInfo.InvariantCulture;
        switch (rule)
        {
            case StepRule step:
            {
                var builder = new StringBuilder();
                foreach (var s in step.Steps)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append(',');
                    }

                    builder.Append(s.Comparator.ToDisplay()).Append(s.Threshold).Append(s.Award);
                }

                if (step.Otherwise is { } otherwise)
                {
                    builder.Append(",否则").Append(otherwise);
                }

                return builder.ToString();
            }

            case PerStepDeductionRule d:
                return d.Comparator.ToDisplay() + d.Threshold
                    + (d.FullPoints is { } points ? "得" + points.ToString(inv) + "分" : "得满分")
                    + ",每降" + d.Step + "扣" + d.DeductionPerStep.ToString(inv) + "分,扣完为止";
            case ToleranceBandRule t:
            {
                var builder = new StringBuilder();
                foreach (var band in t.Bands)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append(',');
                    }

                    builder.Append('±');
                    if (band.MinDeviation != 0m)
                    {
                        builder.Append(band.MinDeviation.ToString(inv)).Append('-');
                    }

                    builder.Append(band.MaxDeviation.ToString(inv)).Append("%以内").Append(band.Award);
                }

                var last = t.Bands.Count > 0 ? t.Bands[^1].MaxDeviation : 0m;
                builder.Append(",±").Append(last.ToString(inv)).Append("%以外").Append(t.Beyond);
                return builder.ToString();
            }

            case DiscretionaryRule d:
                return d.Text;
            default:
                throw new ArgumentException("Unknown rule form: " + rule.GetType().Name, nameof(rule));
        }
    }
}
