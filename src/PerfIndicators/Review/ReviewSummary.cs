using System.Collections.Immutable;

namespace PerfIndicators.Review;

/// <summary>The policy and settings a review ran with; written at the head of every report.</summary>
/// <param name="PolicyId">The scoring policy's id.</param>
/// <param name="PolicyVersion">Its version.</param>
/// <param name="PolicyName">Its name (评分办法名称).</param>
/// <param name="Grades">The policy's grades, highest first (优, 良, 中, 差).</param>
/// <param name="GradeMinimums">The lowest total of each grade, in the order of <paramref name="Grades"/>.</param>
/// <param name="ExecutionThreshold">The execution rate below which a project is listed as low (the policy's, 0.9 nationally).</param>
/// <param name="LowestCount">How many lowest-scoring projects are listed.</param>
/// <param name="ListLimit">How many entries each finding list holds.</param>
public sealed record ReviewHeader(
    string PolicyId, string PolicyVersion, string PolicyName, ImmutableArray<string> Grades, ImmutableArray<decimal> GradeMinimums, decimal ExecutionThreshold, int LowestCount, int ListLimit);

/// <summary>
/// The result of a review: every count exact, every list bounded. Counts add up: <see cref="Inputs"/> given = read +
/// failed, read = assessed + not reported + not assessable; indicators (of the projects assessed) = scored + not applicable +
/// needing manual scores; grades, histogram bins and departments each sum to the projects assessed. Immutable.
/// </summary>
public sealed class ReviewSummary
{
    internal ReviewSummary(
        ReviewHeader header,
        InputTally inputs,
        ImmutableArray<SkippedPath> skipped,
        ListSample<SourceFailure> failures,
        ListSample<SourceWarning> readWarnings,
        IndicatorTally indicators,
        TotalStatistics totals,
        ImmutableArray<GradeCount> grades,
        ExecutionStatistics execution,
        ImmutableArray<ReviewedProject> lowest,
        ImmutableArray<GroupSummary> departments,
        ImmutableArray<CategoryLoss> lossByCategory,
        ListSample<IndicatorNote> missingDeviationReasons,
        ListSample<IndicatorNote> overAchievements,
        ListSample<IndicatorNote> needsManualScoring,
        ImmutableArray<FindingCount> findingCounts,
        ListSample<PolicyMismatch> policyMismatches,
        ImmutableArray<ScatterCell> scatter,
        ListSample<ReviewedProject> notReported,
        ListSample<ReviewedProject> notAssessable)
    {
        Header = header;
        Inputs = inputs;
        Skipped = skipped;
        Failures = failures;
        ReadWarnings = readWarnings;
        Indicators = indicators;
        Totals = totals;
        Grades = grades;
        Execution = execution;
        Lowest = lowest;
        Departments = departments;
        LossByCategory = lossByCategory;
        MissingDeviationReasons = missingDeviationReasons;
        OverAchievements = overAchievements;
        NeedsManualScoring = needsManualScoring;
        FindingCounts = findingCounts;
        PolicyMismatches = policyMismatches;
        Scatter = scatter;
        NotReported = notReported;
        NotAssessable = notAssessable;
    }

    /// <summary>The policy and settings.</summary>
    public ReviewHeader Header { get; }

    /// <summary>Inputs given, read and failed.</summary>
    public InputTally Inputs { get; }

    /// <summary>Paths looked at that are not inputs (other file types in a folder, subfolders, empty folders).</summary>
    public ImmutableArray<SkippedPath> Skipped { get; }

    /// <summary>The inputs that could not be read or scored, first ones in input order; <see cref="ListSample{T}.Count"/> = <see cref="InputTally.Failed"/>.</summary>
    public ListSample<SourceFailure> Failures { get; }

    /// <summary>Warnings from reading the inputs that were read (unknown fields …).</summary>
    public ListSample<SourceWarning> ReadWarnings { get; }

    /// <summary>All indicators of the projects read, by outcome.</summary>
    public IndicatorTally Indicators { get; }

    /// <summary>总分: mean, minimum, maximum, histogram.</summary>
    public TotalStatistics Totals { get; }

    /// <summary>Projects per grade in the policy's order (highest first); a grade outside the policy's list (none when no cut-off holds) comes last.</summary>
    public ImmutableArray<GradeCount> Grades { get; }

    /// <summary>预算执行率 across the projects.</summary>
    public ExecutionStatistics Execution { get; }

    /// <summary>The lowest-scoring projects, lowest first (ties in input order), at most <see cref="ReviewHeader.LowestCount"/>.</summary>
    public ImmutableArray<ReviewedProject> Lowest { get; }

    /// <summary>Per 主管部门 (ordinal order of names, missing last), each with its 实施单位.</summary>
    public ImmutableArray<GroupSummary> Departments { get; }

    /// <summary>Points lost per 一级/二级指标, most lost first.</summary>
    public ImmutableArray<CategoryLoss> LossByCategory { get; }

    /// <summary>Indicators lacking 偏差原因分析及改进措施 (PI3001).</summary>
    public ListSample<IndicatorNote> MissingDeviationReasons { get; }

    /// <summary>Indicators flagged 完成值远超指标值: targets possibly set too low (PI3002).</summary>
    public ListSample<IndicatorNote> OverAchievements { get; }

    /// <summary>Indicators needing a manual score (需人工评分).</summary>
    public ListSample<IndicatorNote> NeedsManualScoring { get; }

    /// <summary>Every finding code seen, with its severity and count, ordered by code then severity.</summary>
    public ImmutableArray<FindingCount> FindingCounts { get; }

    /// <summary>Projects whose file names another policy than the review's (the review's policy was used).</summary>
    public ListSample<PolicyMismatch> PolicyMismatches { get; }

    /// <summary>Execution rate against total, binned to whole percents and whole points (bounded: at most 102 × 101 cells).</summary>
    public ImmutableArray<ScatterCell> Scatter { get; }

    /// <summary>
    /// Projects read that reported nothing (未填报: an unfilled template), in input order; <see cref="ListSample{T}.Count"/> =
    /// <see cref="InputTally.NotReported"/>. They are in no total, grade, histogram or group.
    /// </summary>
    public ListSample<ReviewedProject> NotReported { get; }

    /// <summary>Projects read that have no indicators (不可评价), in input order; like <see cref="NotReported"/>, outside every statistic.</summary>
    public ListSample<ReviewedProject> NotAssessable { get; }
}

/// <summary>
/// The inputs of a review. <see cref="Given"/> = <see cref="Read"/> + <see cref="Failed"/>, and <see cref="Read"/> =
/// <see cref="Assessed"/> + <see cref="NotReported"/> + <see cref="NotAssessable"/>.
/// </summary>
/// <param name="Given">Inputs (files after folder expansion, plus paths that failed).</param>
/// <param name="Read">Inputs read (assessed or not).</param>
/// <param name="Failed">Inputs that could not be read or scored.</param>
/// <param name="NotReported">Inputs read that reported nothing (未填报, e.g. an unfilled template).</param>
/// <param name="NotAssessable">Inputs read that have no indicators (不可评价).</param>
public sealed record InputTally(int Given, int Read, int Failed, int NotReported, int NotAssessable)
{
    /// <summary>Inputs read and assessed: the projects every statistic of the review counts.</summary>
    public int Assessed => Read - NotReported - NotAssessable;
}

/// <summary>The first entries of a list in input order, and the exact count of all entries.</summary>
/// <typeparam name="T">The entry type.</typeparam>
/// <param name="Count">All entries, listed or not.</param>
/// <param name="Items">The first entries, at most the review's list limit.</param>
public sealed record ListSample<T>(long Count, ImmutableArray<T> Items)
{
    /// <summary>Entries counted but not listed.</summary>
    public long Unlisted => Count - Items.Length;
}

/// <summary>A warning from reading an input.</summary>
/// <param name="Index">The input's position.</param>
/// <param name="Source">The input's name.</param>
/// <param name="Warning">The warning, with its code and location (a JSON path, a sheet cell).</param>
public sealed record SourceWarning(int Index, string Source, Diagnostic Warning);

/// <summary>Statistics of the totals (总分) of the projects read.</summary>
/// <param name="Count">Projects.</param>
/// <param name="Mean">Mean total rounded half-up to 2 decimals, or <see langword="null"/> with no projects.</param>
/// <param name="Min">Lowest total, or <see langword="null"/>.</param>
/// <param name="Max">Highest total, or <see langword="null"/>.</param>
/// <param name="Provisional">Projects whose total is provisional.</param>
/// <param name="Capped">Projects whose total was capped by the execution rate.</param>
/// <param name="Histogram">Projects per 5-point bin [0, 5) … [95, 100].</param>
public sealed record TotalStatistics(long Count, decimal? Mean, decimal? Min, decimal? Max, long Provisional, long Capped, ImmutableArray<HistogramBin> Histogram);

/// <summary>A histogram bin: values in [<see cref="From"/>, <see cref="To"/>), the last bin closed (or open-ended when <see cref="To"/> is null).</summary>
/// <param name="From">Lower bound (inclusive).</param>
/// <param name="To">Upper bound (exclusive; inclusive for the last bin of totals), or <see langword="null"/> for no upper bound.</param>
/// <param name="Count">Values in the bin.</param>
public sealed record HistogramBin(decimal From, decimal? To, long Count);

/// <summary>Projects with one grade.</summary>
/// <param name="Grade">等级 (empty when no cut-off held).</param>
/// <param name="Count">Projects.</param>
public sealed record GradeCount(string Grade, long Count);

/// <summary>Budget execution (预算执行率) across the projects read. <see cref="WithRate"/> + <see cref="WithoutRate"/> = projects.</summary>
/// <param name="Threshold">The policy's threshold (0.9).</param>
/// <param name="WithRate">Projects with a computable rate.</param>
/// <param name="WithoutRate">Projects without one (no budget reported, zero budget).</param>
/// <param name="MeanRate">Mean rate of the projects with one, rounded to 4 decimals, or <see langword="null"/>.</param>
/// <param name="Below">Projects below the threshold.</param>
/// <param name="BelowWithoutReason">Of those, how many gave no written reason (执行率偏低原因).</param>
/// <param name="Histogram">Projects per rate bin: [0, 50%), [50%, 60%) … [90%, 100%), [100%, ∞).</param>
/// <param name="Lowest">Projects below the threshold, lowest rate first (ties in input order).</param>
public sealed record ExecutionStatistics(
    decimal Threshold, long WithRate, long WithoutRate, decimal? MeanRate, long Below, long BelowWithoutReason,
    ImmutableArray<HistogramBin> Histogram, ListSample<ExecutionNote> Lowest);

/// <summary>A project with low budget execution.</summary>
/// <param name="Project">The project.</param>
/// <param name="Rate">执行率 (unrounded fraction).</param>
/// <param name="Score">The execution score, or <see langword="null"/>.</param>
/// <param name="Total">The project's total.</param>
/// <param name="ReasonGiven">Whether a written reason was given.</param>
public sealed record ExecutionNote(ReviewedProject Project, decimal Rate, decimal? Score, decimal Total, bool ReasonGiven);

/// <summary>
/// Aggregates of a 主管部门 (department) or 实施单位 (unit). Grades, histogram-free: counts, mean/min/max total, execution and findings.
/// </summary>
/// <param name="Name">The department's or unit's name, or <see langword="null"/> for projects that gave none.</param>
/// <param name="Projects">Projects.</param>
/// <param name="Indicators">Indicators.</param>
/// <param name="Grades">Projects per grade, in the summary's grade order.</param>
/// <param name="MeanTotal">Mean total (2 decimals, half-up).</param>
/// <param name="MinTotal">Lowest total.</param>
/// <param name="MaxTotal">Highest total.</param>
/// <param name="MeanExecutionRate">Mean execution rate of its projects with one (4 decimals), or <see langword="null"/>.</param>
/// <param name="BelowThreshold">Projects below the execution threshold.</param>
/// <param name="MissingDeviationReasons">Indicators lacking 偏差原因.</param>
/// <param name="OverAchievements">Indicators flagged 完成值远超指标值.</param>
/// <param name="NeedsManualScoring">Indicators needing a manual score.</param>
/// <param name="PointsLost">Points lost by its projects.</param>
/// <param name="Units">For a department: its 实施单位 (ordinal order, missing last); empty for a unit.</param>
public sealed record GroupSummary(
    string? Name, long Projects, long Indicators, ImmutableArray<GradeCount> Grades, decimal MeanTotal, decimal MinTotal, decimal MaxTotal,
    decimal? MeanExecutionRate, long BelowThreshold, long MissingDeviationReasons, long OverAchievements, long NeedsManualScoring,
    decimal PointsLost, ImmutableArray<GroupSummary> Units);

/// <summary>Points lost in one 一级/二级指标 pair across all projects.</summary>
/// <param name="Category">一级指标 label, or <see langword="null"/> when unknown.</param>
/// <param name="Subcategory">二级指标 label, or <see langword="null"/>.</param>
/// <param name="Indicators">Applicable indicators.</param>
/// <param name="Points">Their points.</param>
/// <param name="Lost">Points lost.</param>
public sealed record CategoryLoss(string? Category, string? Subcategory, long Indicators, decimal Points, decimal Lost);

/// <summary>An indicator a reviewer should look at.</summary>
/// <param name="Project">The project.</param>
/// <param name="Indicator">三级指标.</param>
/// <param name="Target">年度指标值 as written.</param>
/// <param name="Actual">实际完成值 as written.</param>
/// <param name="Points">分值.</param>
/// <param name="Score">得分, or <see langword="null"/>.</param>
/// <param name="CompletionRatio">B ÷ A (unrounded), or <see langword="null"/>.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
public sealed record IndicatorNote(ReviewedProject Project, string Indicator, string Target, string Actual, decimal Points, decimal? Score, decimal? CompletionRatio, string Message);

/// <summary>How often a finding code occurred.</summary>
/// <param name="Code">PI3xxx or PI1xxx.</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Count">Occurrences across all projects.</param>
public sealed record FindingCount(string Code, DiagnosticSeverity Severity, long Count);

/// <summary>A project whose file names another policy than the review's.</summary>
/// <param name="Project">The project.</param>
/// <param name="Requested">The policy the file names.</param>
public sealed record PolicyMismatch(ReviewedProject Project, string Requested);

/// <summary>Projects in one cell of the execution-rate-against-total chart.</summary>
/// <param name="RatePercent">Execution rate rounded down to a whole percent, 0–100; 101 stands for above 100%.</param>
/// <param name="Score">Total rounded down to a whole point, 0–100.</param>
/// <param name="Count">Projects in the cell.</param>
public sealed record ScatterCell(int RatePercent, int Score, long Count);
