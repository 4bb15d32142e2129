namespace PerfIndicators.Formats.Json.Contracts;

/// <summary>A self-assessment as <c>perfind score --format json</c> writes it (<c>docs/scoring-json.md</c>).</summary>
internal sealed record AssessmentDto(
    string Name,
    string? Department,
    string? Unit,
    int? FiscalYear,
    PolicyDto Policy,
    string Status,
    decimal? Total,
    decimal? UncappedTotal,
    string? Grade,
    bool Provisional,
    decimal ApplicablePoints,
    BudgetExecutionDto BudgetExecution,
    IReadOnlyList<LevelDto> Levels,
    IEnumerable<IndicatorAssessmentDto> Indicators,
    IEnumerable<FindingDto> Findings,
    string Fingerprint)
{
    public static AssessmentDto From(SelfAssessment assessment)
    {
        var budget = assessment.BudgetExecution;
        return new AssessmentDto(
            assessment.ProjectName,
            assessment.Department,
            assessment.Unit,
            assessment.FiscalYear,
            new PolicyDto(assessment.PolicyId, assessment.PolicyVersion, assessment.PolicyName),
            assessment.Status.ToName(),
            assessment.IsAssessed ? assessment.Total : null,
            assessment.IsAssessed ? assessment.UncappedTotal : null,
            assessment.Grade,
            assessment.IsProvisional,
            assessment.ApplicablePoints,
            new BudgetExecutionDto(
                budget.Initial,
                budget.Adjusted,
                budget.Executed,
                budget.Points,
                budget.Rate is decimal rate ? decimal.Round(rate, 4, MidpointRounding.AwayFromZero) : null,
                budget.Rate is decimal shown ? DisplayText.Percent(shown) : null,
                budget.Score,
                budget.IsApplicable,
                budget.RuleId,
                budget.Explanation),
            [.. assessment.Levels.Select(l => new LevelDto(l.Name, l.Points, l.Score, l.IndicatorCount))],
            // Indicators and findings are built one by one as the serializer writes them (a large project is not copied whole).
            assessment.Indicators.Select(i => new IndicatorAssessmentDto(
                i.Category?.ToLabel(),
                i.Subcategory?.ToLabel(),
                i.Name,
                i.TargetText,
                i.ActualText,
                i.Points,
                i.Score,
                ScoringJson.OutcomeName(i.Outcome),
                i.CompletionRatio is decimal ratio ? decimal.Round(ratio, 4, MidpointRounding.AwayFromZero) : null,
                [.. ScoringJson.FlagNames(i.Flags)],
                i.RuleId,
                i.Explanation,
                i.DeviationReason,
                i.EvaluatorScore)),
            assessment.Findings.Select(f => new FindingDto(f.Code, f.Severity.ToName(), f.Location.Indicator, f.Text)),
            assessment.Fingerprint);
    }
}

/// <summary>The policy an assessment was scored under.</summary>
internal sealed record PolicyDto(string Id, string Version, string Name);

/// <summary>The 预算执行率 row of an assessment.</summary>
internal sealed record BudgetExecutionDto(
    decimal? Initial,
    decimal? Adjusted,
    decimal? Executed,
    decimal Points,
    decimal? Rate,
    string? RatePercent,
    decimal? Score,
    bool Applicable,
    string? Rule,
    string Explanation);

/// <summary>A subtotal per 一级指标.</summary>
internal sealed record LevelDto(string Name, decimal Points, decimal Score, int Indicators);

/// <summary>One scored indicator.</summary>
internal sealed record IndicatorAssessmentDto(
    string? Category,
    string? Subcategory,
    string Name,
    string Target,
    string Actual,
    decimal Points,
    decimal? Score,
    string Outcome,
    decimal? CompletionRatio,
    IReadOnlyList<string> Flags,
    string? Rule,
    string Explanation,
    string? DeviationReason,
    decimal? EvaluatorScore);

/// <summary>A finding of an assessment, located at its indicator.</summary>
internal sealed record FindingDto(string Code, string Severity, string? Indicator, string Message);
