using System.Collections.Immutable;
using PerfIndicators.Scoring;

namespace PerfIndicators.Review;

/// <summary>
/// What a worker extracts from one scored project for the aggregator: the compact row and the few per-indicator facts the
/// summary needs. Built on the worker thread so the single consuming thread only adds numbers. Transient: dropped as soon
/// as it has been aggregated and written.
/// </summary>
internal sealed class ScoreDigest
{
    private ScoreDigest(
        ReviewedProject row,
        SelfAssessment assessment,
        ImmutableArray<Diagnostic> warnings,
        bool executionReasonGiven,
        List<IndicatorNote> missing,
        List<IndicatorNote> over,
        List<IndicatorNote> manual,
        List<(string? Category, string? Subcategory, decimal Points, decimal Lost)> losses,
        List<(string Code, DiagnosticSeverity Severity)> findings)
    {
        Row = row;
        Assessment = assessment;
        Warnings = warnings;
        ExecutionReasonGiven = executionReasonGiven;
        Missing = missing;
        Over = over;
        Manual = manual;
        Losses = losses;
        Findings = findings;
    }

    public ReviewedProject Row { get; }

    public SelfAssessment Assessment { get; }

    public ImmutableArray<Diagnostic> Warnings { get; }

    public bool ExecutionReasonGiven { get; }

    public List<IndicatorNote> Missing { get; }

    public List<IndicatorNote> Over { get; }

    public List<IndicatorNote> Manual { get; }

    public List<(string? Category, string? Subcategory, decimal Points, decimal Lost)> Losses { get; }

    public List<(string Code, DiagnosticSeverity Severity)> Findings { get; }

    public static ScoreDigest Create(int index, string source, AssessmentInput project, SelfAssessment assessment, ImmutableArray<Diagnostic> warnings, int costliestPerProject)
    {
        var missing = new List<(IndicatorAssessment, string)>();
        var over = new List<(IndicatorAssessment, string)>();
        var manual = new List<(IndicatorAssessment, string)>();
        var losses = new List<(string?, string?, decimal, decimal)>();
        var items = new List<IndicatorLoss>();
        var pointsLost = 0m;

        var budget = assessment.BudgetExecution;
        if (budget.IsApplicable && budget.Points > 0m)
        {
            var lost = budget.Points - (budget.Score ?? 0m);
            pointsLost += lost;
            losses.Add((ReviewLabels.BudgetExecution, null, budget.Points, lost));
            items.Add(new IndicatorLoss(
                ReviewLabels.BudgetExecution, null, null, true, budget.Points, budget.Score, lost,
                budget.Score is null ? IndicatorOutcome.NeedsManualScoring : budget.Score == budget.Points ? IndicatorOutcome.Met : IndicatorOutcome.PartiallyMet));
        }

        int missingCount = 0, overCount = 0;
        foreach (var indicator in assessment.Indicators)
        {
            var category = indicator.Category?.ToLabel();
            var subcategory = indicator.Subcategory?.ToLabel();
            if (indicator.Outcome != IndicatorOutcome.NotApplicable)
            {
                var lost = indicator.Points - (indicator.Score ?? 0m);
                pointsLost += lost;
                losses.Add((category, subcategory, indicator.Points, lost));
                items.Add(new IndicatorLoss(indicator.Name, category, subcategory, false, indicator.Points, indicator.Score, lost, indicator.Outcome));
            }

            if ((indicator.Flags & IndicatorFlags.MissingDeviationReason) != 0)
            {
                missingCount++;
                missing.Add((indicator, ReviewLabels.MissingReasonMessage(indicator)));
            }

            if ((indicator.Flags & IndicatorFlags.OverAchievement) != 0)
            {
                overCount++;
                over.Add((indicator, ReviewLabels.OverAchievementMessage(indicator)));
            }

            if (indicator.Outcome == IndicatorOutcome.NeedsManualScoring)
            {
                manual.Add((indicator, indicator.Explanation));
            }
        }

        var findings = new List<(string, DiagnosticSeverity)>(assessment.Findings.Length);
        var errors = 0;
        foreach (var finding in assessment.Findings)
        {
            findings.Add((finding.Code, finding.Severity));
            if (finding.Severity == DiagnosticSeverity.Error)
            {
                errors++;
            }
        }

        // Largest loss first; a stable sort keeps the form's order (budget execution, then indicators) among equals.
        var costliest = items.Where(i => i.Lost > 0m).OrderByDescending(i => i.Lost).Take(costliestPerProject).ToImmutableArray();
        var requested = project.Policy is { } asked && !string.Equals(asked, assessment.PolicyId, StringComparison.Ordinal) ? asked : null;
        var row = new ReviewedProject(
            index, source, assessment, requested, IndicatorTally.Of(assessment), pointsLost, missingCount, overCount, errors, warnings.Length, costliest);
        return new ScoreDigest(
            row, assessment, warnings, !string.IsNullOrWhiteSpace(project.Budget?.DeviationReason), Notes(row, missing), Notes(row, over), Notes(row, manual), losses, findings);
    }

    private static List<IndicatorNote> Notes(ReviewedProject project, List<(IndicatorAssessment Indicator, string Message)> items) =>
        items.ConvertAll(item => new IndicatorNote(
            project, item.Indicator.Name, item.Indicator.TargetText, item.Indicator.ActualText, item.Indicator.Points, item.Indicator.Score, item.Indicator.CompletionRatio, item.Message));
}
