namespace PerfIndicators.Scoring;

/// <summary>How an indicator came out against its target.</summary>
public enum IndicatorOutcome
{
    /// <summary>达成: the target was met (full points before any over-achievement deduction), or the qualitative tier is 达成.</summary>
    Met = 0,

    /// <summary>部分达成: some points were earned, or the qualitative tier is 部分达成.</summary>
    PartiallyMet,

    /// <summary>未达成: no points were earned, or the qualitative tier is 未达成.</summary>
    NotMet,

    /// <summary>不适用: the indicator was dropped and the total rescaled.</summary>
    NotApplicable,

    /// <summary>需人工评分: no formula applies (酌情扣分, unit mismatch, no actual …) and no evaluator's score was given.</summary>
    NeedsManualScoring,
}

/// <summary>What the engine noticed about an indicator, besides its score.</summary>
[Flags]
public enum IndicatorFlags
{
    /// <summary>Nothing to report.</summary>
    None = 0,

    /// <summary>The actual is far above the target (B ÷ A at or above the policy's threshold).</summary>
    OverAchievement = 1 << 0,

    /// <summary>The indicator needs 偏差原因分析及改进措施 (below full points, or flagged) and has none.</summary>
    MissingDeviationReason = 1 << 1,

    /// <summary>The actual's unit cannot be converted to the target's.</summary>
    UnitMismatch = 1 << 2,

    /// <summary>A quantitative target was answered with text (完成).</summary>
    TextActualOnQuantitative = 1 << 3,

    /// <summary>A negative actual was counted as 0.</summary>
    NegativeActual = 1 << 4,

    /// <summary>An unlabelled number was read against a percent target.</summary>
    UnitAssumed = 1 << 5,

    /// <summary>The evaluator's score was outside the qualitative tier's band and was not used.</summary>
    EvaluatorScoreOutsideBand = 1 << 6,

    /// <summary>The score is the evaluator's, given for an indicator that needs manual scoring.</summary>
    ManuallyScored = 1 << 7,

    /// <summary>A policy rule failed on this indicator; no score was computed.</summary>
    RuleFailed = 1 << 8,

    /// <summary>The actual was written with a comparator (≥90%).</summary>
    ActualWithComparator = 1 << 9,

    /// <summary>Points were allocated by the policy because none were given.</summary>
    PointsAllocated = 1 << 10,

    /// <summary>Points were deducted for over-achievement.</summary>
    OverAchievementDeducted = 1 << 11,

    /// <summary>An award in the target's own scoring rule exceeded the points and was capped.</summary>
    AwardAbovePoints = 1 << 12,

    /// <summary>The actual said none happened (无, 没有, 未发生) against a count that should be zero or low (<c>0起</c>); read as 0.</summary>
    NoneAsZero = 1 << 13,
}
