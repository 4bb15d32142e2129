namespace PerfIndicators;

/// <content>
/// Codes for target review (绩效目标审核, PI90xx) and mid-year monitoring (绩效运行监控, PI91xx). Each PI90xx code
/// belongs to one rule of a lint policy (<c>rules/lint/*.json</c>); the policy sets its severity and can switch it off.
/// </content>
public static partial class DiagnosticCodes
{
    /// <summary>PI9001: 产出指标 lack a required 二级指标 (数量, 质量, 时效).</summary>
    public const string LintOutputSubcategoryMissing = "PI9001";

    /// <summary>PI9002: the project has no 效益指标.</summary>
    public const string LintBenefitMissing = "PI9002";

    /// <summary>PI9003: the project has no 满意度指标.</summary>
    public const string LintSatisfactionMissing = "PI9003";

    /// <summary>PI9004: the project has no 成本指标 (core indicators under 财预〔2021〕101号).</summary>
    public const string LintCostMissing = "PI9004";

    /// <summary>PI9005: every target of the project is qualitative.</summary>
    public const string LintOnlyQualitative = "PI9005";

    /// <summary>PI9006: a qualitative target is vague and has no baseline (有所提升, 进一步提高 …).</summary>
    public const string LintVagueTarget = "PI9006";

    /// <summary>PI9007: a quantitative name (…率, …数) has a qualitative value.</summary>
    public const string LintQuantitativeNameQualitativeValue = "PI9007";

    /// <summary>PI9008: a quantitative target has no unit.</summary>
    public const string LintMissingUnit = "PI9008";

    /// <summary>PI9009: a rate's target is not a percentage.</summary>
    public const string LintInconsistentUnit = "PI9009";

    /// <summary>PI9010: a rate's target is above 100 % or below 0.</summary>
    public const string LintRateOutOfRange = "PI9010";

    /// <summary>PI9011: a satisfaction target is below the policy's minimum (80 %).</summary>
    public const string LintSatisfactionBelowMinimum = "PI9011";

    /// <summary>PI9012: a deadline or period lies outside the fiscal year.</summary>
    public const string LintDeadlineOutsideYear = "PI9012";

    /// <summary>PI9013: the target only restates the indicator's name.</summary>
    public const string LintTargetRestatesName = "PI9013";

    /// <summary>PI9014: an indicator name appears twice in one project.</summary>
    public const string LintDuplicateIndicator = "PI9014";

    /// <summary>PI9015: a target is below last year's actual (or last year's target).</summary>
    public const string LintBelowPrevious = "PI9015";

    /// <summary>PI9016: a 成本 target's amount is above the project's budget.</summary>
    public const string LintCostAboveBudget = "PI9016";

    /// <summary>PI9017: the project has indicators but no budget amount.</summary>
    public const string LintIndicatorsWithoutAmount = "PI9017";

    /// <summary>PI9018: the project has a budget amount but no indicators.</summary>
    public const string LintAmountWithoutIndicators = "PI9018";

    /// <summary>PI9101: budget execution lags the time elapsed (序时进度).</summary>
    public const string MonitorExecutionBehind = "PI9101";

    /// <summary>PI9102: a cumulative indicator's progress lags the time elapsed.</summary>
    public const string MonitorIndicatorBehind = "PI9102";

    /// <summary>PI9103: a deadline has passed without completion, or is near with the target open.</summary>
    public const string MonitorDeadlineAtRisk = "PI9103";

    /// <summary>PI9104 (info): progress is far ahead of the time elapsed (a low target or front-loaded spending).</summary>
    public const string MonitorAhead = "PI9104";

    /// <summary>PI9105 (warning): the project has no budget or no execution to date, so execution cannot be monitored.</summary>
    public const string MonitorExecutionUnknown = "PI9105";
}
