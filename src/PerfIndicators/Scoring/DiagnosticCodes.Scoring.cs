namespace PerfIndicators;

/// <content>Codes for actuals and scoring (PI3xxx). They are the codes of the findings of a self-assessment (<see cref="Scoring.SelfAssessment.Findings"/>).</content>
public static partial class DiagnosticCodes
{
    /// <summary>PI3001 (warning): an indicator scored below its points, or was flagged, and has no 偏差原因分析及改进措施 (deviation analysis).</summary>
    public const string MissingDeviationReason = "PI3001";

    /// <summary>PI3002 (warning): the actual value (实际完成值) is far above the target (完成值远超指标值); the target may have been set too low.</summary>
    public const string OverAchievement = "PI3002";

    /// <summary>PI3003 (warning): the indicator cannot be scored by formula and needs a score from a person (人工评分).</summary>
    public const string NeedsManualScoring = "PI3003";

    /// <summary>PI3004 (error): the actual's unit cannot be converted to the target's unit (e.g. target in %, actual in 个); no score was computed.</summary>
    public const string UnitMismatch = "PI3004";

    /// <summary>PI3005 (warning): a quantitative target was answered with text (完成, 已完成) instead of a number.</summary>
    public const string TextActualOnQuantitative = "PI3005";

    /// <summary>PI3006 (warning): the budget execution rate (预算执行率) is below the policy's threshold (e.g. 90%).</summary>
    public const string LowBudgetExecution = "PI3006";

    /// <summary>PI3007 (info): the full-year budget (全年预算数) is zero or missing, so budget execution is not applicable.</summary>
    public const string BudgetNotApplicable = "PI3007";

    /// <summary>PI3008 (warning): the total was capped because of a low budget execution rate (执行率封顶).</summary>
    public const string TotalCapped = "PI3008";

    /// <summary>PI3009 (warning): an evaluator's score (评价人给分) lies outside the band of the qualitative tier; the tier's default points were used.</summary>
    public const string EvaluatorScoreOutsideBand = "PI3009";

    /// <summary>PI3010 (info): an evaluator's score differs from the score the policy computed; the computed score is used.</summary>
    public const string EvaluatorScoreIgnored = "PI3010";

    /// <summary>PI3011 (info): a negative actual value was counted as 0.</summary>
    public const string NegativeActual = "PI3011";

    /// <summary>PI3012 (warning): points (分值) were missing and were allocated by the policy's weights.</summary>
    public const string PointsAllocated = "PI3012";

    /// <summary>PI3013 (warning): the points of the applicable indicators and budget execution do not add up to 100; the total was rescaled.</summary>
    public const string PointsDoNotSumTo100 = "PI3013";

    /// <summary>PI3014 (error): a rule of the scoring policy failed on this indicator (e.g. it used a value the indicator lacks); no score was computed.</summary>
    public const string RuleFailed = "PI3014";

    /// <summary>PI3015 (warning): the total is provisional because some indicators still need a manual score (counted as 0).</summary>
    public const string ProvisionalTotal = "PI3015";

    /// <summary>
    /// PI3016 (info): an unlabelled number was read in the target's unit: against a percent target as a fraction or percent points
    /// (0.95 or 95 as 95%), against any other unit in that unit with its multiplier (31 against ≥40个 as 31个, 90 against ≤90万元 as 90万元).
    /// </summary>
    public const string UnitAssumed = "PI3016";

    /// <summary>PI3017 (error): the indicator's target text could not be understood, so it cannot be scored by formula.</summary>
    public const string UnscorableTarget = "PI3017";

    /// <summary>PI3018 (warning): the indicator has no first-level category (一级指标), so the policy could not allocate points to it.</summary>
    public const string UnknownCategory = "PI3018";

    /// <summary>PI3019 (error): budget figures are negative or inconsistent; budget execution was not scored.</summary>
    public const string InvalidBudget = "PI3019";

    /// <summary>PI3020 (info): the actual was written with a comparator (≥90%); its number was used as the actual value.</summary>
    public const string ActualWithComparator = "PI3020";

    /// <summary>PI3021 (warning): an award written in the target's scoring rule is larger than the indicator's points; the points were used.</summary>
    public const string AwardAbovePoints = "PI3021";

    /// <summary>PI3022 (warning): the budget was spent beyond the full-year budget (执行数超过全年预算数).</summary>
    public const string ExecutionAboveBudget = "PI3022";

    /// <summary>
    /// PI3023 (warning): the points printed in a 一级 or 二级 label (<c>产出指标(50分)</c>, <c>数量指标 15 分</c>) differ from the sum of
    /// the points of the rows under it; the rows' points are used.
    /// </summary>
    public const string LabelPointsMismatch = "PI3023";

    /// <summary>
    /// PI3024 (warning): a 一级 or 二级 label names no category of the framework (<c>过程管理指标</c>, <c>其他</c>); the category was
    /// inferred from the other label or the indicator's name where they tell it. The project is still scored.
    /// </summary>
    public const string UnknownLabel = "PI3024";

    /// <summary>PI3025 (info): the 一级 label was cut to its points (<c>(30分)</c>); the category was inferred from the 二级 label or the name.</summary>
    public const string CategoryInferred = "PI3025";

    /// <summary>PI3026 (info): the actual says none happened (无, 没有, 未发生) against a count that should be zero or low (<c>0起</c>, <c>≤3起</c>); it counts as 0.</summary>
    public const string NoneAsZero = "PI3026";

    /// <summary>
    /// PI3027 (info): a budget amount was printed in another unit than the project's (<c>387,664.62元</c> in a block of 万元, <c>1.2亿</c>)
    /// and was converted; the message gives both.
    /// </summary>
    public const string AmountConverted = "PI3027";

    /// <summary>PI3028 (warning): the printed 执行率 differs from 全年执行数 ÷ 全年预算数; the computed rate is scored.</summary>
    public const string ExecutionRateMismatch = "PI3028";

    /// <summary>PI3029 (info): 全年执行数 was not given and was taken from the printed 执行率 × 全年预算数.</summary>
    public const string ExecutedFromRate = "PI3029";

    /// <summary>PI3030 (warning): the project has no indicators, so it cannot be assessed: no total and no grade (budget execution alone is no assessment).</summary>
    public const string NotAssessable = "PI3030";

    /// <summary>PI3031 (warning): nothing was reported (no actual on any indicator, no 全年执行数 or 执行率): 未填报, not scored.</summary>
    public const string NotReported = "PI3031";
}
