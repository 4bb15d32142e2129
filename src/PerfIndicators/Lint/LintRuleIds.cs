namespace PerfIndicators.Lint;

/// <summary>The ids of the lint rules, as written in <c>rules/lint/*.json</c>.</summary>
public static class LintRuleIds
{
    /// <summary>产出指标 include every required 二级指标 (数量, 质量, 时效).</summary>
    public const string OutputSubcategories = "output-subcategories";

    /// <summary>效益指标 are present.</summary>
    public const string BenefitPresent = "benefit-present";

    /// <summary>满意度指标 are present.</summary>
    public const string SatisfactionPresent = "satisfaction-present";

    /// <summary>成本指标 are present.</summary>
    public const string CostPresent = "cost-present";

    /// <summary>At least one target is quantitative.</summary>
    public const string OnlyQualitative = "only-qualitative";

    /// <summary>A qualitative target is not a vague phrase with no baseline.</summary>
    public const string VagueTarget = "vague-target";

    /// <summary>A quantitative name has a quantitative value.</summary>
    public const string QuantitativeNameQualitativeValue = "quantitative-name-qualitative-value";

    /// <summary>A quantitative target has a unit.</summary>
    public const string MissingUnit = "missing-unit";

    /// <summary>A rate's target is a percentage.</summary>
    public const string InconsistentUnit = "inconsistent-unit";

    /// <summary>A rate's target lies within 0 %–100 %.</summary>
    public const string RateOutOfRange = "rate-out-of-range";

    /// <summary>A satisfaction target is at least the minimum.</summary>
    public const string SatisfactionBelow = "satisfaction-below";

    /// <summary>A deadline lies within the fiscal year.</summary>
    public const string DeadlineOutsideYear = "deadline-outside-year";

    /// <summary>A target says more than the indicator's name.</summary>
    public const string TargetRestatesName = "target-restates-name";

    /// <summary>No indicator name appears twice.</summary>
    public const string DuplicateIndicator = "duplicate-indicator";

    /// <summary>A target is not below last year's actual.</summary>
    public const string BelowPrevious = "below-previous";

    /// <summary>A 成本 target's amount does not exceed the budget.</summary>
    public const string CostAboveBudget = "cost-above-budget";

    /// <summary>A project with indicators has an amount.</summary>
    public const string IndicatorsWithoutAmount = "indicators-without-amount";

    /// <summary>A project with an amount has indicators.</summary>
    public const string AmountWithoutIndicators = "amount-without-indicators";
}
