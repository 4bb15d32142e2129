namespace PerfIndicators.Scoring;

/// <summary>
/// What a rule expression of a policy's <c>indicator</c> workflow sees about one indicator, as <c>x</c>: the target
/// (年度指标值) A, the actual (实际完成值) B converted to A's unit, the points (分值) W, and what the engine
/// found out about them. See <c>rules/README.md</c> for examples.
/// </summary>
/// <remarks>
/// The engine fills one instance per indicator and reuses it; rule expressions only read it. A value the indicator does
/// not have (<see cref="A"/> of a qualitative target, <see cref="B"/> of a blank actual …) throws when read, so a rule that
/// forgets to check <see cref="HasA"/> or <see cref="HasB"/> fails loudly for that indicator (finding PI3014) instead of
/// scoring a silent 0. All numbers are <see cref="decimal"/>.
/// </remarks>
public sealed class IndicatorFacts
{
    private decimal a;
    private decimal b;
    private decimal min;
    private decimal max;
    private AchievementTier tier;
    private decimal evaluatorScore;
    private decimal embeddedRuleScore;
    private int daysLate;

    internal IndicatorFacts()
    {
    }

    /// <summary>The kind of target: <c>Quantitative</c>, <c>Range</c>, <c>Qualitative</c>, <c>Deadline</c>, <c>Period</c>, <c>Rate</c>, <c>Rule</c>, <c>Unrecognized</c>.</summary>
    public TargetKind Kind { get; internal set; }

    /// <summary>Whether the target is a number to compare with (quantitative, a rate per period, or a scoring rule whose full-points step gives a threshold).</summary>
    public bool IsQuantitative { get; internal set; }

    /// <summary>The first-level category (一级指标), or <see langword="null"/> when unknown.</summary>
    public IndicatorCategory? Category { get; internal set; }

    /// <summary>Which way is better: <c>HigherIsBetter</c> (正向), <c>LowerIsBetter</c> (反向), <c>Exact</c>, after the policy's reading of a bare value.</summary>
    public Direction Direction { get; internal set; }

    /// <summary>The comparator after the policy's reading of a bare value (<c>GreaterOrEqual</c>, <c>Less</c> …).</summary>
    public Comparator Comparator { get; internal set; }

    /// <summary>The comparator as written (<c>None</c> for a bare value).</summary>
    public Comparator WrittenComparator { get; internal set; }

    /// <summary>The points (分值) W of the indicator.</summary>
    public decimal W { get; internal set; }

    /// <summary>Whether <see cref="A"/> is known.</summary>
    public bool HasA { get; internal set; }

    /// <summary>The target value A (年度指标值) in the target's own unit and multiplier (90 for ≥90%, 10 for ≥10万人).</summary>
    /// <exception cref="InvalidOperationException">When <see cref="HasA"/> is false.</exception>
    public decimal A
    {
        get => HasA ? a : throw Missing(nameof(A));
        internal set => a = value;
    }

    /// <summary>Whether <see cref="B"/> is known.</summary>
    public bool HasB { get; internal set; }

    /// <summary>The actual value B (实际完成值) converted to the target's unit and multiplier (12.3 for 123000人 against ≥10万人); a negative actual counts as 0.</summary>
    /// <exception cref="InvalidOperationException">When <see cref="HasB"/> is false.</exception>
    public decimal B
    {
        get => HasB ? b : throw Missing(nameof(B));
        internal set => b = value;
    }

    /// <summary>Whether the target is a range with bounds <see cref="Min"/> and <see cref="Max"/>.</summary>
    public bool HasRange { get; internal set; }

    /// <summary>Whether the range is a tolerance around an unstated reference (<c>±10%</c>) rather than absolute bounds.</summary>
    public bool IsRelativeRange { get; internal set; }

    /// <summary>The lower bound of a range target, in the unit of B.</summary>
    /// <exception cref="InvalidOperationException">When <see cref="HasRange"/> is false.</exception>
    public decimal Min
    {
        get => HasRange ? min : throw Missing(nameof(Min));
        internal set => min = value;
    }

    /// <summary>The upper bound of a range target, in the unit of B.</summary>
    /// <exception cref="InvalidOperationException">When <see cref="HasRange"/> is false.</exception>
    public decimal Max
    {
        get => HasRange ? max : throw Missing(nameof(Max));
        internal set => max = value;
    }

    /// <summary>Whether an actual was entered at all (not blank).</summary>
    public bool HasActual { get; internal set; }

    /// <summary>The kind of the actual: <c>Quantity</c>, <c>Tier</c>, <c>Date</c>, <c>Text</c>, <c>Blank</c>.</summary>
    public ActualKind ActualKind { get; internal set; }

    /// <summary>Whether the actual is text (not a number, tier or date).</summary>
    public bool ActualIsText { get; internal set; }

    /// <summary>Whether the actual says the work was done (完成, 已完成, 是, one of the policy's 达成 words, or the target's own words).</summary>
    public bool ActualSaysCompleted { get; internal set; }

    /// <summary>Whether the actual's unit could not be converted to the target's (the engine also flags it).</summary>
    public bool UnitMismatch { get; internal set; }

    /// <summary>Whether a qualitative tier (达成 / 部分达成 / 未达成) is known, from the actual or from the evaluator's score.</summary>
    public bool HasTier { get; internal set; }

    /// <summary>The qualitative tier: <c>Achieved</c>, <c>PartiallyAchieved</c>, <c>NotAchieved</c>.</summary>
    /// <exception cref="InvalidOperationException">When <see cref="HasTier"/> is false.</exception>
    public AchievementTier Tier
    {
        get => HasTier ? tier : throw Missing(nameof(Tier));
        internal set => tier = value;
    }

    /// <summary>The tier's default points, W × the policy's default share (100% / 70% / 30% nationally).</summary>
    /// <exception cref="InvalidOperationException">When <see cref="HasTier"/> is false.</exception>
    public decimal TierDefaultPoints => HasTier ? W * TierBand.Default : throw Missing(nameof(TierDefaultPoints));

    /// <summary>Whether an evaluator's score (评价人给分) was given.</summary>
    public bool HasEvaluatorScore { get; internal set; }

    /// <summary>The evaluator's score.</summary>
    /// <exception cref="InvalidOperationException">When <see cref="HasEvaluatorScore"/> is false.</exception>
    public decimal EvaluatorScore
    {
        get => HasEvaluatorScore ? evaluatorScore : throw Missing(nameof(EvaluatorScore));
        internal set => evaluatorScore = value;
    }

    /// <summary>Whether the evaluator's score lies in the band of <see cref="Tier"/> (and within 0…W).</summary>
    public bool EvaluatorScoreInBand { get; internal set; }

    /// <summary>The form of the scoring rule written in the target (评分标准): <c>step</c>, <c>per-step-deduction</c>, <c>tolerance-bands</c>, <c>discretionary</c>, or empty.</summary>
    public string EmbeddedRuleForm { get; internal set; } = string.Empty;

    /// <summary>Whether the rule written in the target decides this actual (false when no step of it holds and it says nothing else, or units do not match).</summary>
    public bool EmbeddedRuleApplies { get; internal set; }

    /// <summary>The score the rule written in the target gives this actual, before rounding.</summary>
    /// <exception cref="InvalidOperationException">When <see cref="EmbeddedRuleApplies"/> is false.</exception>
    public decimal EmbeddedRuleScore
    {
        get => EmbeddedRuleApplies ? embeddedRuleScore : throw Missing(nameof(EmbeddedRuleScore));
        internal set => embeddedRuleScore = value;
    }

    /// <summary>Whether the actual is a date that can be compared with a deadline or period end.</summary>
    public bool HasActualDate { get; internal set; }

    /// <summary>Days between the deadline (or period end) and the actual date; 0 or less is on time.</summary>
    /// <exception cref="InvalidOperationException">When <see cref="HasActualDate"/> is false.</exception>
    public int DaysLate
    {
        get => HasActualDate ? daysLate : throw Missing(nameof(DaysLate));
        internal set => daysLate = value;
    }

    internal TierBand TierBand { get; set; } = new(0m, 0m, 0m);

    internal void Reset()
    {
        Kind = TargetKind.Unrecognized;
        IsQuantitative = false;
        Category = null;
        Direction = Direction.HigherIsBetter;
        Comparator = Comparator.None;
        WrittenComparator = Comparator.None;
        W = 0m;
        HasA = HasB = HasRange = IsRelativeRange = false;
        a = b = min = max = 0m;
        HasActual = ActualIsText = ActualSaysCompleted = UnitMismatch = false;
        ActualKind = ActualKind.Blank;
        HasTier = false;
        tier = AchievementTier.Achieved;
        HasEvaluatorScore = EvaluatorScoreInBand = false;
        evaluatorScore = 0m;
        EmbeddedRuleForm = string.Empty;
        EmbeddedRuleApplies = false;
        embeddedRuleScore = 0m;
        HasActualDate = false;
        daysLate = 0;
    }

    private static MissingFactException Missing(string fact) => new(fact);
}

/// <summary>Thrown when a rule expression reads a fact the indicator does not have; the engine turns it into finding PI3014.</summary>
internal sealed class MissingFactException(string fact)
    : InvalidOperationException("The indicator has no value for x." + fact + "; check x.Has… first.")
{
    public string Fact { get; } = fact;
}
