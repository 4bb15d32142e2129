using System.Globalization;

namespace PerfIndicators.Scoring;

/// <summary>
/// Scores the rules written in a target's text (评（扣）分标准): steps, per-step deductions and tolerance bands. The policy
/// decides whether such a rule is used (its <c>embedded-rule</c> rule reads <see cref="IndicatorFacts.EmbeddedRuleScore"/>).
/// </summary>
internal static class EmbeddedRules
{
    /// <summary>The threshold and comparator at which the rule gives full points, for the default formulas when the rule itself does not decide.</summary>
    public static (Quantity Threshold, Comparator Comparator)? FullPointsThreshold(ScoringRule rule) => rule switch
    {
        StepRule step => step.Steps.Where(s => s.Award.Kind is AwardKind.Full or AwardKind.Met).Select(s => ((Quantity, Comparator)?)(s.Threshold, s.Comparator)).FirstOrDefault(),
        PerStepDeductionRule deduction => (deduction.Threshold, deduction.Comparator),
        _ => null,
    };

    /// <summary>Evaluates <paramref name="rule"/> for <paramref name="actual"/>; writes a Chinese <paramref name="detail"/> only when <paramref name="describe"/> is set.</summary>
    /// <returns>The unrounded score, or <see langword="null"/> when the rule does not decide this actual.</returns>
    public static decimal? Evaluate(ScoringRule rule, Quantity? actual, decimal points, PolicyParameters parameters, bool describe, out bool awardCapped, out string detail)
    {
        awardCapped = false;
        detail = string.Empty;
        if (actual is null)
        {
            return null;
        }

        switch (rule)
        {
            case StepRule step:
                foreach (var s in step.Steps)
                {
                    var value = UnitReconciler.Convert(s.Threshold, actual, parameters.BareNumberOnPercent, out _);
                    if (value is null)
                    {
                        return null;
                    }

                    if (s.Comparator.IsSatisfiedBy(value.Value, s.Threshold.Value))
                    {
                        if (describe)
                        {
                            detail = "实际完成值 " + DisplayText.QuantityLike(value.Value, s.Threshold) + " 满足“" + s.Comparator.ToDisplay() + s.Threshold + "”，" + s.Award;
                        }

                        return AwardPoints(s.Award, points, ref awardCapped);
                    }
                }

                if (step.Otherwise is { } otherwise)
                {
                    if (describe)
                    {
                        detail = "实际完成值不满足任何一档，" + otherwise;
                    }

                    return AwardPoints(otherwise, points, ref awardCapped);
                }

                return null;

            case PerStepDeductionRule deduction:
            {
                var value = UnitReconciler.Convert(deduction.Threshold, actual, parameters.BareNumberOnPercent, out _);
                var stepSize = deduction.Threshold.ConvertToScaleOf(deduction.Step);
                if (value is null || stepSize is not > 0m)
                {
                    return null;
                }

                var full = deduction.FullPoints ?? points;
                if (full > points)
                {
                    awardCapped = true;
                    full = points;
                }

                if (deduction.Comparator.IsSatisfiedBy(value.Value, deduction.Threshold.Value))
                {
                    if (describe)
                    {
                        detail = "实际完成值 " + DisplayText.QuantityLike(value.Value, deduction.Threshold) + " 达到“" + deduction.Comparator.ToDisplay() + deduction.Threshold + "”，得 " + DisplayText.Number(full) + " 分";
                    }

                    return full;
                }

                var lowerIsBetter = deduction.Comparator is Comparator.Less or Comparator.LessOrEqual;
                var gap = lowerIsBetter ? value.Value - deduction.Threshold.Value : deduction.Threshold.Value - value.Value;
                var steps = gap / stepSize.Value;
                steps = parameters.PartialStep == PartialStep.Counts ? decimal.Ceiling(steps) : decimal.Floor(steps);
                var score = Math.Max(0m, full - (steps * deduction.DeductionPerStep));
                if (describe)
                {
                    detail = "实际完成值 " + DisplayText.QuantityLike(value.Value, deduction.Threshold) + (lowerIsBetter ? " 超过 " : " 低于 ") + deduction.Threshold + " "
                        + DisplayText.QuantityLike(gap, deduction.Threshold) + "，每 " + deduction.Step + " 扣 " + DisplayText.Number(deduction.DeductionPerStep)
                        + " 分，计 " + steps.ToString("0", CultureInfo.InvariantCulture) + " 档，" + DisplayText.Number(full) + " − "
                        + DisplayText.Number(steps * deduction.DeductionPerStep) + (score == 0m ? "，扣完为止" : string.Empty);
                }

                return score;
            }

            case ToleranceBandRule bands:
            {
                if (actual.Unit.Dimension != "percent" || actual.Per is not null)
                {
                    return null;
                }

                var deviation = Math.Abs(actual.Scaled);
                foreach (var band in bands.Bands)
                {
                    if (deviation <= band.MaxDeviation && (deviation > band.MinDeviation || band.MinDeviation == 0m))
                    {
                        if (describe)
                        {
                            detail = "偏差 " + DisplayText.Number(deviation) + "% 在 ±" + DisplayText.Number(band.MaxDeviation) + "% 以内，" + band.Award;
                        }

                        return AwardPoints(band.Award, points, ref awardCapped);
                    }
                }

                if (describe)

                {

                    detail = "偏差 " + DisplayText.Number(deviation) + "% 超出各档，" + bands.Beyond;
                }

                return AwardPoints(bands.Beyond, points, ref awardCapped);
            }

            default:
                return null;
        }
    }

    private static decimal AwardPoints(Award award, decimal points, ref bool capped)
    {
        switch (award.Kind)
        {
            case AwardKind.None:
                return 0m;
            case AwardKind.Points when award.Points > points:
                capped = true;
                return points;
            case AwardKind.Points:
                return Math.Max(0m, award.Points);
            default:
                return points;
        }
    }
}
