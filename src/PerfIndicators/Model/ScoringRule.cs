namespace PerfIndicators;

/// <summary>What a step or band of an embedded scoring rule awards.</summary>
public enum AwardKind
{
    /// <summary>得满分: all of the indicator's points.</summary>
    Full = 0,

    /// <summary>不得分: no points.</summary>
    None,

    /// <summary>A fixed number of points (得5分).</summary>
    Points,

    /// <summary>即达标: the indicator counts as met (full points under every policy seen).</summary>
    Met,
}

/// <summary>The award of one step or band: full, none, met, or a number of points.</summary>
/// <param name="Kind">What kind of award.</param>
/// <param name="Points">The points when <paramref name="Kind"/> is <see cref="AwardKind.Points"/>; otherwise 0.</param>
public readonly record struct Award(AwardKind Kind, decimal Points = 0m)
{
    /// <summary>得满分.</summary>
    public static Award Full => new(AwardKind.Full);

    /// <summary>不得分.</summary>
    public static Award None => new(AwardKind.None);

    /// <summary>即达标.</summary>
    public static Award Met => new(AwardKind.Met);

    /// <summary>Formats the award in Chinese (得满分, 不得分, 得5分, 即达标).</summary>
    public override string ToString() => Kind switch
    {
        AwardKind.Full => "得满分",
        AwardKind.None => "不得分",
        AwardKind.Met => "即达标",
        _ => "得" + Points.ToString(System.Globalization.CultureInfo.InvariantCulture) + "分",
    };
}

/// <summary>
/// A scoring rule written in the target text itself (评（扣）分标准), which overrides the policy's default formula.
/// See the derived types for the forms found in real documents.
/// </summary>
public abstract record ScoringRule
{
    private protected ScoringRule()
    {
    }

    /// <summary>The rule's form, as used in JSON: <c>step</c>, <c>per-step-deduction</c>, <c>tolerance-bands</c>, <c>discretionary</c>.</summary>
    public abstract string Form { get; }
}

/// <summary>One condition of a <see cref="StepRule"/>: when the actual value compares to the threshold, award this.</summary>
/// <param name="Comparator">How the actual value must compare to <paramref name="Threshold"/>.</param>
/// <param name="Threshold">The threshold value.</param>
/// <param name="Award">What is awarded when the condition holds.</param>
public sealed record RuleStep(Comparator Comparator, Quantity Threshold, Award Award);

/// <summary>
/// Thresholds with awards: "满意度指标低于90%不得分，大于等于90%得满分", "采购率大于80%即达标".
/// The first step whose condition holds decides; when none holds, <see cref="Otherwise"/> applies.
/// </summary>
/// <param name="Steps">The steps in the order written.</param>
/// <param name="Otherwise">The award when no step holds, or <see langword="null"/> when the text does not say
/// (the policy's default formula then applies).</param>
public sealed record StepRule(ValueList<RuleStep> Steps, Award? Otherwise) : ScoringRule
{
    /// <inheritdoc />
    public override string Form => "step";
}

/// <summary>
/// Full points at or above a threshold, minus a deduction per step below it: "90%以上得10分，每降5%扣1分，扣完为止".
/// </summary>
/// <param name="Comparator">How the actual value must compare to the threshold for full points.</param>
/// <param name="Threshold">The threshold for full points.</param>
/// <param name="FullPoints">The points written for meeting the threshold, or <see langword="null"/> for 得满分.</param>
/// <param name="Step">The size of one step below the threshold (5%).</param>
/// <param name="DeductionPerStep">Points deducted per step (1).</param>
public sealed record PerStepDeductionRule(Comparator Comparator, Quantity Threshold, decimal? FullPoints, Quantity Step, decimal DeductionPerStep) : ScoringRule
{
    /// <inheritdoc />
    public override string Form => "per-step-deduction";
}

/// <summary>One band of a <see cref="ToleranceBandRule"/>: a deviation up to <see cref="MaxDeviation"/> percent earns <see cref="Award"/>.</summary>
/// <param name="MinDeviation">The lower bound of the deviation, in percent (exclusive except for 0).</param>
/// <param name="MaxDeviation">The upper bound of the deviation, in percent (inclusive: 以内).</param>
/// <param name="Award">What the band earns.</param>
public sealed record ToleranceBand(decimal MinDeviation, decimal MaxDeviation, Award Award);

/// <summary>
/// Bands of deviation from the target: "±10%以内得5分，±10-15%以内得3分，±15-20%以内得1分，±20%以外不得分".
/// </summary>
/// <param name="Bands">The bands, narrowest first.</param>
/// <param name="Beyond">The award beyond the last band.</param>
public sealed record ToleranceBandRule(ValueList<ToleranceBand> Bands, Award Beyond) : ScoringRule
{
    /// <inheritdoc />
    public override string Form => "tolerance-bands";
}

/// <summary>
/// A rule that leaves the score to the evaluator ("未达指标值酌情扣分"): it cannot be computed, so the indicator
/// needs a manual score.
/// </summary>
/// <param name="Text">The rule as written.</param>
public sealed record DiscretionaryRule(string Text) : ScoringRule
{
    /// <inheritdoc />
    public override string Form => "discretionary";
}
