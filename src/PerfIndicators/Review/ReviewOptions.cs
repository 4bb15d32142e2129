namespace PerfIndicators.Review;

/// <summary>Settings of a review (年度绩效评价): parallelism and the lengths of the bounded lists in the summary.</summary>
public sealed record ReviewOptions
{
    /// <summary>The defaults: all cores, the 20 lowest projects, 100 entries per finding list, 3 costliest indicators per project.</summary>
    public static ReviewOptions Default { get; } = new();

    /// <summary>How many inputs are read and scored at once (default: <see cref="Environment.ProcessorCount"/>). The output does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How many of the lowest-scoring projects the summary lists (exact counts are kept regardless).</summary>
    public int LowestCount { get; init; } = 20;

    /// <summary>How many entries each finding list (missing 偏差原因, over-achievement, manual scores, low execution, failures …) holds; the counts stay exact.</summary>
    public int ListLimit { get; init; } = 100;

    /// <summary>How many indicators (by points lost) are kept for each project.</summary>
    public int CostliestPerProject { get; init; } = 3;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfNegative(LowestCount, nameof(LowestCount));
        ArgumentOutOfRangeException.ThrowIfNegative(ListLimit, nameof(ListLimit));
        ArgumentOutOfRangeException.ThrowIfNegative(CostliestPerProject, nameof(CostliestPerProject));
    }
}

/// <summary>How far a review has got, reported after each input in input order.</summary>
/// <param name="Completed">Inputs finished (scored or failed).</param>
/// <param name="Failed">Inputs that could not be read or scored.</param>
/// <param name="Total">The number of inputs when known in advance (a list), else <see langword="null"/>.</param>
public readonly record struct ReviewProgress(int Completed, int Failed, int? Total);

/// <summary>
/// Receives a review as it runs, in input order whatever the parallelism: the header, then each input (scored or failed),
/// then the summary. The report writers (<c>ReviewJsonWriter</c>, <c>ReviewHtmlWriter</c>) are sinks;
/// they write each project as it completes, so nothing per project is held in memory. Called on one thread.
/// </summary>
public interface IReviewSink
{
    /// <summary>Called once before any input.</summary>
    /// <param name="header">The policy and settings of the review.</param>
    void Begin(ReviewHeader header);

    /// <summary>Called for each project that was read and scored.</summary>
    /// <param name="project">The compact row of the project.</param>
    /// <param name="assessment">The full self-assessment; do not keep it unless you mean memory to grow.</param>
    void Scored(ReviewedProject project, PerfIndicators.Scoring.SelfAssessment assessment);

    /// <summary>Called for each input that could not be read or scored.</summary>
    /// <param name="failure">The input and the reasons.</param>
    void Failed(SourceFailure failure);

    /// <summary>Called once after the last input.</summary>
    /// <param name="summary">The summary of the review.</param>
    void Complete(ReviewSummary summary);
}
