using System.Text.Json.Serialization;

namespace PerfIndicators.Scoring.Rules;

// The shape of a policy file (rules/*.json, schema in rules/policy.schema.json). Every member is nullable so that a
// missing setting is reported by name by PolicyLoader rather than as a serializer error; unknown members are refused
// by the serializer options.

internal sealed class PolicyFileDto
{
    [JsonPropertyName("$schema")]
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
}

/// <summary>A RulesEngine rule: RuleName, Expression (a lambda expression), Actions.OnSuccess OutputExpression, Properties.</summary>
internal sealed class RuleDto
{
    public string? RuleName { get; set; }

    public string? Expression { get; set; }

    public string? RuleExpressionType { get; set; }

    public bool? Enabled { get; set; }

    public string? SuccessEvent { get; set; }

    public string? ErrorMessage { get; set; }

    public RuleActionsDto? Actions { get; set; }

    public RulePropertiesDto? Properties { get; set; }
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
