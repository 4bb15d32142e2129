using System.Collections.Immutable;
using PerfIndicators.Scoring;

namespace PerfIndicators.Checking;

/// <summary>The totals of a form, as published or as recomputed.</summary>
/// <param name="Total">总分, or <see langword="null"/> when not printed (or not assessed).</param>
/// <param name="Grade">等级, or <see langword="null"/>.</param>
/// <param name="ExecutionRate">执行率 as a fraction (0.95), or <see langword="null"/>.</param>
/// <param name="ExecutionScore">The budget-execution 得分, or <see langword="null"/>.</param>
public sealed record FormTotals(decimal? Total, string? Grade, decimal? ExecutionRate, decimal? ExecutionScore);

/// <summary>How the policy of a re-check was chosen.</summary>
public enum PolicyChoice
{
    /// <summary>Named by the caller (<c>--policy</c>).</summary>
    Given = 0,

    /// <summary>Implied by the layout (20/40/40 → <c>hubei</c>), or the national policy by default.</summary>
    ImpliedByLayout,
}

/// <summary>One indicator row re-checked: what was published beside what the policy's rule gives, and the row's findings.</summary>
public sealed record RecheckedIndicator
{
    /// <summary>The row as published.</summary>
    public required PublishedIndicator Published { get; init; }

    /// <summary>The row as scored under the policy.</summary>
    public required IndicatorAssessment Recomputed { get; init; }

    /// <summary>The published 得分, or <see langword="null"/>.</summary>
    public decimal? PublishedScore => Published.Score?.Value;

    /// <summary>The rule's 得分, or <see langword="null"/> when no formula applies (it needs a person).</summary>
    public decimal? RecomputedScore => Recomputed.Score;

    /// <summary>Published minus recomputed, when both are known.</summary>
    public decimal? Difference => PublishedScore is { } p && RecomputedScore is { } r ? p - r : null;

    /// <summary>The findings of this row (PI91xx, and the scoring findings located at it).</summary>
    public ImmutableArray<Diagnostic> Findings { get; init; } = [];
}

/// <summary>
/// A published 自评表 re-checked under a policy (自评结果复核): published and recomputed totals side by side, every row with both
/// scores, and the findings — each with its code, location and the amounts. A published score that differs is a finding, not an
/// error; the printed value is kept beside the recomputed one. Immutable.
/// </summary>
public sealed record RecheckResult
{
    /// <summary>The form as read.</summary>
    public required PublishedSelfAssessment Form { get; init; }

    /// <summary>The policy the form was recomputed under.</summary>
    public required ScoringPolicy Policy { get; init; }

    /// <summary>How the policy was chosen.</summary>
    public PolicyChoice PolicyChoice { get; init; }

    /// <summary>The scored form under the policy (every indicator, budget execution, total, grade).</summary>
    public required SelfAssessment Assessment { get; init; }

    /// <summary>What the form printed.</summary>
    public required FormTotals Published { get; init; }

    /// <summary>What the policy gives.</summary>
    public required FormTotals Recomputed { get; init; }

    /// <summary>Every indicator row, in printed order.</summary>
    public ImmutableArray<RecheckedIndicator> Indicators { get; init; } = [];

    /// <summary>Every finding of the form in order: reading problems, then rows, then budget, total, points and grade.</summary>
    public ImmutableArray<Diagnostic> Findings { get; init; } = [];

    /// <summary>How many indicator rows have a published score that differs from the rule's.</summary>
    public int DeviatingRows => Indicators.Count(i => i.Findings.Any(f => IsDeviation(f.Code)));

    /// <summary>Whether a finding code says a published number differs from the rule (PI9301–PI9310, PI9314–PI9316).</summary>
    /// <param name="code">The code.</param>
    public static bool IsDeviation(string code) =>
        code is DiagnosticCodes.ScoreAboveRule or DiagnosticCodes.ScoreBelowRule or DiagnosticCodes.FullMarksOnMissedTarget
            or DiagnosticCodes.PartialMarksOnMetTarget or DiagnosticCodes.QualitativeScoreOutsideBand or DiagnosticCodes.TotalNotSumOfRows
            or DiagnosticCodes.PrintedRateMismatch or DiagnosticCodes.ExecutionScoreMismatch or DiagnosticCodes.PointsNotAddingUp
            or DiagnosticCodes.GradeMismatch or DiagnosticCodes.TotalDiffersFromRule or DiagnosticCodes.ScoreAbovePoints or DiagnosticCodes.ExecutionPointsDiffer;
}
