using PerfIndicators.Scoring;

namespace PerfIndicators.Lint;

/// <summary>What a review knows beyond the project itself: last year's projects, to check that targets do not fall.</summary>
public sealed record LintContext
{
    /// <summary>No previous year.</summary>
    public static LintContext None { get; } = new();

    /// <summary>Last year's projects (a previous document or project JSON files); matched to this year's by name.</summary>
    public IReadOnlyList<AssessmentInput> PreviousYear { get; init; } = [];
}
