using System.Collections.Immutable;
using PerfIndicators.Scoring;

namespace PerfIndicators.Review;

/// <summary>
/// The compact row of one reviewed project: who it belongs to, total, grade, execution rate, indicator counts and the
/// indicators that cost it most. A review keeps only a bounded number of these (the lowest-scoring projects); the report
/// writers write each one as it completes. Immutable.
/// </summary>
public sealed class ReviewedProject
{
    internal ReviewedProject(
        int index,
        string source,
        SelfAssessment assessment,
        string? policyRequested,
        IndicatorTally indicators,
        decimal pointsLost,
        int missingDeviationReasons,
        int overAchievements,
        int errorFindings,
        int readWarnings,
        ImmutableArray<IndicatorLoss> costliest)
    {
        Index = index;
        Source = source;
        Name = assessment.ProjectName;
        Department = assessment.Department;
        Unit = assessment.Unit;
        FiscalYear = assessment.FiscalYear;
        Total = assessment.Total;
        UncappedTotal = assessment.UncappedTotal;
        Status = assessment.Status;
        Grade = assessment.Grade;
        IsProvisional = assessment.IsProvisional;
        IsCapped = assessment.AppliedCap is not null;
        ExecutionRate = assessment.BudgetExecution.Rate;
        ExecutionScore = assessment.BudgetExecution.Score;
        ExecutionPoints = assessment.BudgetExecution.IsApplicable ? assessment.BudgetExecution.Points : null;
        PolicyRequested = policyRequested;
        Indicators = indicators;
        PointsLost = pointsLost;
        MissingDeviationReasons = missingDeviationReasons;
        OverAchievements = overAchievements;
        ErrorFindings = errorFindings;
        ReadWarnings = readWarnings;
        Costliest = costliest;
        Fingerprint = assessment.Fingerprint;
    }

    /// <summary>The input's position (0-based) in the review's input order.</summary>
    public int Index { get; }

    /// <summary>The input's name (path as given).</summary>
    public string Source { get; }

    /// <summary>项目名称.</summary>
    public string Name { get; }

    /// <summary>主管部门 (supervising department), or <see langword="null"/> when not given.</summary>
    public string? Department { get; }

    /// <summary>实施单位 (implementing unit), or <see langword="null"/> when not given.</summary>
    public string? Unit { get; }

    /// <summary>The fiscal year (预算年度), if given.</summary>
    public int? FiscalYear { get; }

    /// <summary>Whether the project was assessed, or why not (不可评价 without indicators, 未填报 when nothing was reported).</summary>
    public AssessmentStatus Status { get; }

    /// <summary>总分 after caps; 0 when not assessed (<see cref="Status"/>).</summary>
    public decimal Total { get; }

    /// <summary>The total before execution-rate caps.</summary>
    public decimal UncappedTotal { get; }

    /// <summary>等级 (优/良/中/差 under the policy's cut-offs), or <see langword="null"/> when not assessed.</summary>
    public string? Grade { get; }

    /// <summary>Whether the total is provisional (some item awaits a manual score and counts 0).</summary>
    public bool IsProvisional { get; }

    /// <summary>Whether the total was capped by the execution rate.</summary>
    public bool IsCapped { get; }

    /// <summary>预算执行率 as an unrounded fraction, or <see langword="null"/> when it could not be computed (no or zero budget).</summary>
    public decimal? ExecutionRate { get; }

    /// <summary>The budget execution score, or <see langword="null"/>.</summary>
    public decimal? ExecutionScore { get; }

    /// <summary>The budget execution points when it counts, or <see langword="null"/> when not applicable.</summary>
    public decimal? ExecutionPoints { get; }

    /// <summary>The policy the project file asked for when it differs from the review's, else <see langword="null"/>.</summary>
    public string? PolicyRequested { get; }

    /// <summary>The project's indicators by outcome.</summary>
    public IndicatorTally Indicators { get; }

    /// <summary>Points lost: Σ (分值 − 得分) over applicable indicators and budget execution (an item awaiting a manual score loses all its points for now).</summary>
    public decimal PointsLost { get; }

    /// <summary>Indicators lacking the 偏差原因分析及改进措施 they need.</summary>
    public int MissingDeviationReasons { get; }

    /// <summary>Indicators flagged 完成值远超指标值 (target possibly set too low).</summary>
    public int OverAchievements { get; }

    /// <summary>Findings of severity error (e.g. a unit that cannot be reconciled).</summary>
    public int ErrorFindings { get; }

    /// <summary>Warnings from reading the input (unknown fields …).</summary>
    public int ReadWarnings { get; }

    /// <summary>The items that cost the project most points, largest loss first (ties in form order).</summary>
    public ImmutableArray<IndicatorLoss> Costliest { get; }

    /// <summary>The assessment's fingerprint (SHA-256 of inputs and policy).</summary>
    public string Fingerprint { get; }

}

/// <summary>Counts of indicators by outcome. <see cref="Total"/> = <see cref="Scored"/> + <see cref="NotApplicable"/> + <see cref="NeedsManualScoring"/>.</summary>
/// <param name="Total">All indicators.</param>
/// <param name="Met">达成.</param>
/// <param name="PartiallyMet">部分达成.</param>
/// <param name="NotMet">未达成.</param>
/// <param name="NotApplicable">不适用 (dropped, total rescaled).</param>
/// <param name="NeedsManualScoring">需人工评分 (no score yet).</param>
public sealed record IndicatorTally(long Total, long Met, long PartiallyMet, long NotMet, long NotApplicable, long NeedsManualScoring)
{
    /// <summary>Indicators with a score: met, partially met or not met.</summary>
    public long Scored => Met + PartiallyMet + NotMet;

    internal static IndicatorTally Of(SelfAssessment assessment)
    {
        long met = 0, partial = 0, notMet = 0, notApplicable = 0, manual = 0;
        foreach (var indicator in assessment.Indicators)
        {
            switch (indicator.Outcome)
            {
                case IndicatorOutcome.Met: met++; break;
                case IndicatorOutcome.PartiallyMet: partial++; break;
                case IndicatorOutcome.NotMet: notMet++; break;
                case IndicatorOutcome.NotApplicable: notApplicable++; break;
                default: manual++; break;
            }
        }

        return new IndicatorTally(assessment.Indicators.Length, met, partial, notMet, notApplicable, manual);
    }

    internal IndicatorTally Add(IndicatorTally other) => new(
        Total + other.Total, Met + other.Met, PartiallyMet + other.PartiallyMet, NotMet + other.NotMet,
        NotApplicable + other.NotApplicable, NeedsManualScoring + other.NeedsManualScoring);
}

/// <summary>An item of a project and the points it lost.</summary>
/// <param name="Name">三级指标, or <c>预算执行率</c> for budget execution.</param>
/// <param name="Category">一级指标 label, or <see langword="null"/> (always for budget execution).</param>
/// <param name="Subcategory">二级指标 label, or <see langword="null"/>.</param>
/// <param name="IsBudgetExecution">Whether this is the budget execution row.</param>
/// <param name="Points">分值.</param>
/// <param name="Score">得分, or <see langword="null"/> when awaiting a manual score.</param>
/// <param name="Lost">分值 − 得分 (all the points when there is no score yet).</param>
/// <param name="Outcome">The indicator's outcome (<see cref="IndicatorOutcome.NeedsManualScoring"/> for budget execution without a score, else <see cref="IndicatorOutcome.PartiallyMet"/>).</param>
public sealed record IndicatorLoss(string Name, string? Category, string? Subcategory, bool IsBudgetExecution, decimal Points, decimal? Score, decimal Lost, IndicatorOutcome Outcome);

/// <summary>An input that could not be read or scored, with the reasons.</summary>
/// <param name="Index">The input's position (0-based) in input order.</param>
/// <param name="Source">The input's name (path as given).</param>
/// <param name="Errors">Why: each with its code and, where the reader found one, its location (a JSON path, a sheet cell).</param>
public sealed record SourceFailure(int Index, string Source, ImmutableArray<Diagnostic> Errors);
