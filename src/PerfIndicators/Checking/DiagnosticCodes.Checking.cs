namespace PerfIndicators;

/// <content>
/// Codes for re-checking published self-evaluations (自评结果复核): PI90xx for reading a printed 自评表 from its cells
/// (<see cref="Checking.PublishedFormReader"/>), PI91xx for the findings of a re-check (<see cref="Checking.FormRechecker"/>).
/// A published score that differs from the rule is a finding (warning), never an error: the printed value is kept.
/// </content>
public static partial class DiagnosticCodes
{
    /// <summary>PI9201 (error): no indicator header (三级指标 with 年度指标值 or 实际完成值) was found; nothing was read.</summary>
    public const string PublishedFormNoHeader = "PI9201";

    /// <summary>PI9202 (info): the indicator header is printed again (a repeated header row, e.g. on a new page); it was skipped.</summary>
    public const string PublishedFormRepeatedHeader = "PI9202";

    /// <summary>PI9203 (warning): a 分值 or 得分 cell holds text that is not a number; it was read as empty.</summary>
    public const string PublishedFormNotANumber = "PI9203";

    /// <summary>PI9204 (warning): a 分值 or 得分 cell is a formula with no computed value; it was read as empty.</summary>
    public const string PublishedFormFormulaWithoutValue = "PI9204";

    /// <summary>PI9205 (info): a row under the indicator header has neither 分值 nor 得分 (a <c>其中…</c> sub-row, a note); it was not scored.</summary>
    public const string PublishedFormRowNotScored = "PI9205";

    /// <summary>PI9206 (warning): a form has more indicator rows than are read; the rest were skipped.</summary>
    public const string PublishedFormTooManyRows = "PI9206";

    /// <summary>PI9207 (info): the form has no budget block (年初预算数 / 全年预算数 / 全年执行数); budget execution is not checked.</summary>
    public const string PublishedFormNoBudget = "PI9207";

    /// <summary>PI9208 (info): the form prints no 总分; the total is not compared.</summary>
    public const string PublishedFormNoTotal = "PI9208";

    /// <summary>PI9301 (warning): the published 得分 is above the score the rule gives; the message says by how much.</summary>
    public const string ScoreAboveRule = "PI9301";

    /// <summary>PI9302 (warning): the published 得分 is below the score the rule gives; the message says by how much.</summary>
    public const string ScoreBelowRule = "PI9302";

    /// <summary>PI9303 (warning): full marks (得分 = 分值) were published for a target the actual did not meet.</summary>
    public const string FullMarksOnMissedTarget = "PI9303";

    /// <summary>PI9304 (warning): a partial score (得分 &lt; 分值) was published for a target the actual met.</summary>
    public const string PartialMarksOnMetTarget = "PI9304";

    /// <summary>PI9305 (warning): the published 得分 of a qualitative indicator lies outside the band of the tier its actual reads as.</summary>
    public const string QualitativeScoreOutsideBand = "PI9305";

    /// <summary>PI9306 (warning): the published 总分 is not the sum of the published row scores (budget execution included).</summary>
    public const string TotalNotSumOfRows = "PI9306";

    /// <summary>PI9307 (warning): the printed 执行率 is not 全年执行数 ÷ 全年预算数.</summary>
    public const string PrintedRateMismatch = "PI9307";

    /// <summary>PI9308 (warning): the published budget-execution 得分 differs from the policy's rule.</summary>
    public const string ExecutionScoreMismatch = "PI9308";

    /// <summary>PI9309 (warning): the printed 分值 do not add up to the layout's total (100).</summary>
    public const string PointsNotAddingUp = "PI9309";

    /// <summary>PI9310 (warning): the printed 等级 is not the grade of the printed 总分 under the policy.</summary>
    public const string GradeMismatch = "PI9310";

    /// <summary>PI9311 (warning): an indicator that lost points, or missed its target, has no 偏差原因分析及改进措施 although the form has the column.</summary>
    public const string DeviationReasonMissing = "PI9311";

    /// <summary>PI9312 (info): the form has no 得分 column: nothing published to compare; the recomputed scores are given alone.</summary>
    public const string NoScoreColumn = "PI9312";

    /// <summary>PI9313 (info): no formula of the policy scores the indicator (it needs a person); the published 得分 is kept, not compared.</summary>
    public const string ScoreNotComparable = "PI9313";

    /// <summary>PI9314 (warning): the published 总分 differs from the recomputed total; the message says by how much.</summary>
    public const string TotalDiffersFromRule = "PI9314";

    /// <summary>PI9315 (warning): a published 得分 is above the row's 分值.</summary>
    public const string ScoreAbovePoints = "PI9315";

    /// <summary>PI9316 (warning): the printed budget-execution 分值 differs from the policy's.</summary>
    public const string ExecutionPointsDiffer = "PI9316";
}
