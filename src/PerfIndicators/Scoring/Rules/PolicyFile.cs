namespace PerfIndicators.Scoring.Rules;

// The shape of a policy file (rules/*.json, schema in rules/policy.schema.json), as PolicyFileReader fills it. Every
// member is nullable so that a missing setting is reported by name by PolicyLoader; unknown members are refused by the
// reader. The RulesEngine features a policy cannot use are read too, so that the loader refuses them by name.

internal sealed class PolicyFileDto
{
    public string? Schema { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Jurisdiction { get; set; }

    public string? Version { get; set; }

    public string? Description { get; set; }

    public string? Extends { get; set; }

    public FiscalYearsDto? FiscalYears { get; set; }

    public ParametersDto? Parameters { get; set; }

    public List<WorkflowDto>? Workflows { get; set; }
}

internal sealed class FiscalYearsDto
{
    public int? From { get; set; }

    public int? To { get; set; }
}

internal sealed class ParametersDto
{
    public WeightsDto? Weights { get; set; }

    public QualitativeDto? Qualitative { get; set; }

    public OverAchievementDto? OverAchievement { get; set; }

    public List<ExecutionCapDto>? ExecutionCaps { get; set; }

    public decimal? ExecutionReasonBelow { get; set; }

    public RoundingDto? Rounding { get; set; }

    public List<GradeDto>? Grades { get; set; }

    public BareTargetMeaning? BareTarget { get; set; }

    public LowerIsBetterFormula? LowerIsBetterFormula { get; set; }

    public BareNumberOnPercent? BareNumberOnPercent { get; set; }

    public PartialStep? PartialStep { get; set; }

    public InferredDirection? InferredDirection { get; set; }
}

internal sealed class WeightsDto
{
    public decimal? BudgetExecution { get; set; }

    public List<LevelDto>? Levels { get; set; }
}

internal sealed class LevelDto
{
    public string? Name { get; set; }

    public List<IndicatorCategory>? Categories { get; set; }

    public decimal? Points { get; set; }

    public List<IndicatorCategory>? WhenEmptyMoveTo { get; set; }
}

internal sealed class QualitativeDto
{
    public TierBandDto? Achieved { get; set; }

    public TierBandDto? PartiallyAchieved { get; set; }

    public TierBandDto? NotAchieved { get; set; }

    public List<string>? AchievedWords { get; set; }

    public HedgesDto? Hedges { get; set; }
}

internal sealed class HedgesDto
{
    // Each is "achieved", "partially-achieved", "not-achieved" or "manual" (kept as read: manual is a valid value, not a missing one).
    public string? Basically { get; set; }

    public string? Mostly { get; set; }

    public string? Partly { get; set; }
}

internal sealed class TierBandDto
{
    public decimal? From { get; set; }

    public decimal? To { get; set; }

    public decimal? Default { get; set; }
}

internal sealed class OverAchievementDto
{
    public decimal? Threshold { get; set; }

    public OverAchievementAction? Action { get; set; }

    public decimal? DeductPoints { get; set; }
}

internal sealed class ExecutionCapDto
{
    public decimal? RateBelow { get; set; }

    public decimal? MaxTotal { get; set; }
}

internal sealed class RoundingDto
{
    public RoundingMode? Mode { get; set; }

    public int? Decimals { get; set; }
}

internal sealed class GradeDto
{
    public string? Grade { get; set; }

    public decimal? MinTotal { get; set; }
}

/// <summary>A RulesEngine workflow (WorkflowName + Rules), as RulesEngine's own JSON writes it.</summary>
internal sealed class WorkflowDto
{
    public string? WorkflowName { get; set; }

    public string? Description { get; set; }

    public List<RuleDto>? Rules { get; set; }

    /// <summary>RulesEngine's workflow-level type; only <c>LambdaExpression</c> exists.</summary>
    public string? RuleExpressionType { get; set; }

    /// <summary>RulesEngine's GlobalParams: refused (a rule's localParams do the same).</summary>
    public List<ScopedParamDto>? GlobalParams { get; set; }

    /// <summary>RulesEngine's WorkflowsToInject (or the older WorkflowRulesToInject): refused.</summary>
    public List<string>? WorkflowsToInject { get; set; }
}

/// <summary>
/// A RulesEngine rule: RuleName, LocalParams, and either Expression (a lambda expression) or Operator over child Rules;
/// Actions.OnSuccess OutputExpression and Properties on a top-level rule.
/// </summary>
internal sealed class RuleDto
{
    public string? RuleName { get; set; }

    public string? Expression { get; set; }

    public string? RuleExpressionType { get; set; }

    public bool? Enabled { get; set; }

    /// <summary>Named intermediate expressions, evaluated in order before the rule's expression (RulesEngine's LocalParams).</summary>
    public List<ScopedParamDto>? LocalParams { get; set; }

    /// <summary>A nested rule's operator over its child <see cref="Rules"/>: And, AndAlso, Or or OrElse.</summary>
    public string? Operator { get; set; }

    /// <summary>A nested rule's child rules.</summary>
    public List<RuleDto>? Rules { get; set; }

    /// <summary>RulesEngine's SuccessEvent: refused (the rule id and explanation are a rule's result).</summary>
    public string? SuccessEvent { get; set; }

    /// <summary>RulesEngine's ErrorMessage: refused.</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>RulesEngine's WorkflowsToInject on a rule: refused.</summary>
    public List<string>? WorkflowsToInject { get; set; }

    public RuleActionsDto? Actions { get; set; }

    public RulePropertiesDto? Properties { get; set; }
}

/// <summary>A RulesEngine scoped parameter (LocalParams, GlobalParams): a name and the expression it stands for.</summary>
internal sealed class ScopedParamDto
{
    public string? Name { get; set; }

    public string? Expression { get; set; }
}

internal sealed class RuleActionsDto
{
    public ActionInfoDto? OnSuccess { get; set; }

    public ActionInfoDto? OnFailure { get; set; }
}

internal sealed class ActionInfoDto
{
    public string? Name { get; set; }

    public Dictionary<string, string>? Context { get; set; }
}

internal sealed class RulePropertiesDto
{
    public string? Explanation { get; set; }

    public bool? Manual { get; set; }

    public bool? NotApplicable { get; set; }
}
