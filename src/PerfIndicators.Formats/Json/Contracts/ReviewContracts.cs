namespace PerfIndicators.Formats.Json.Contracts;

/// <summary>The head of a review JSON (<c>docs/review.md</c>): the contract id and the settings the review ran with.</summary>
internal sealed record ReviewHeaderDto(string Contract, PolicyDto Policy, IReadOnlyList<GradeCutoffDto> Grades, decimal ExecutionThreshold, int Lowest, int ListLimit)
{
    public static ReviewHeaderDto From(ReviewHeader header, string contract) => new(
        contract,
        new PolicyDto(header.PolicyId, header.PolicyVersion, header.PolicyName),
        [.. header.Grades.Select((grade, i) => new GradeCutoffDto(grade, header.GradeMinimums[i]))],
        header.ExecutionThreshold,
        header.LowestCount,
        header.ListLimit);
}

/// <summary>A grade and the lowest total that earns it.</summary>
internal sealed record GradeCutoffDto(string Grade, decimal MinTotal);

/// <summary>One scored input of a review, with its full assessment when asked for.</summary>
internal sealed record ReviewedProjectDto(
    int Index,
    string Source,
    string Status,
    string Name,
    string? Department,
    string? Unit,
    int? FiscalYear,
    decimal? Total,
    decimal? UncappedTotal,
    string? Grade,
    bool Provisional,
    bool Capped,
    decimal? ExecutionRate,
    string? ExecutionRatePercent,
    decimal? ExecutionScore,
    decimal? ExecutionPoints,
    TallyDto Indicators,
    decimal PointsLost,
    int MissingDeviationReasons,
    int OverAchievements,
    int ErrorFindings,
    int ReadWarnings,
    string? PolicyRequested,
    IReadOnlyList<LossDto> Costliest,
    string Fingerprint)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public AssessmentDto? Assessment { get; init; }

    public static ReviewedProjectDto From(ReviewedProject project, SelfAssessment? assessment)
    {
        var assessed = project.Status == AssessmentStatus.Assessed;
        return new ReviewedProjectDto(
            project.Index,
            project.Source,
            project.Status.ToName(),
            project.Name,
            project.Department,
            project.Unit,
            project.FiscalYear,
            assessed ? project.Total : null,
            assessed ? project.UncappedTotal : null,
            project.Grade,
            project.IsProvisional,
            project.IsCapped,
            Rate(project.ExecutionRate),
            Percent(project.ExecutionRate),
            project.ExecutionScore,
            project.ExecutionPoints,
            TallyDto.From(project.Indicators),
            project.PointsLost,
            project.MissingDeviationReasons,
            project.OverAchievements,
            project.ErrorFindings,
            project.ReadWarnings,
            project.PolicyRequested,
            LossDto.From(project.Costliest),
            project.Fingerprint)
        {
            Assessment = assessment is null ? null : AssessmentDto.From(assessment),
        };
    }

    /// <summary>A rate as every review rate field writes it: rounded to 4 decimals.</summary>
    public static decimal? Rate(decimal? rate) => rate is decimal r ? ReviewAggregator.Round(r, 4) : null;

    /// <summary>The <c>…Percent</c> twin of a rate field (86.19%).</summary>
    public static string? Percent(decimal? rate) => rate is decimal p ? DisplayText.Percent(p) : null;
}

/// <summary>An input of a review that could not be read or scored.</summary>
internal sealed record FailedInputDto(int Index, string Source, string Status, IReadOnlyList<string> Errors)
{
    public static FailedInputDto From(SourceFailure failure) => new(failure.Index, failure.Source, "failed", [.. failure.Errors.Select(e => e.Text)]);
}

/// <summary>Indicators by outcome.</summary>
internal sealed record TallyDto(long Total, long Scored, long Met, long PartiallyMet, long NotMet, long NotApplicable, long NeedsManualScoring)
{
    public static TallyDto From(IndicatorTally t) => new(t.Total, t.Scored, t.Met, t.PartiallyMet, t.NotMet, t.NotApplicable, t.NeedsManualScoring);
}

/// <summary>Points an indicator (or the budget execution row) lost.</summary>
internal sealed record LossDto(string Name, string? Category, string? Subcategory, bool BudgetExecution, decimal Points, decimal? Score, decimal Lost, string Outcome)
{
    public static IReadOnlyList<LossDto> From(IEnumerable<IndicatorLoss> losses) =>
        [.. losses.Select(l => new LossDto(l.Name, l.Category, l.Subcategory, l.IsBudgetExecution, l.Points, l.Score, l.Lost, ScoringJson.OutcomeName(l.Outcome)))];
}

/// <summary>The summary at the end of a review.</summary>
internal sealed record ReviewSummaryDto(
    InputsDto Inputs,
    long Projects,
    TallyDto Indicators,
    TotalsDto Totals,
    IReadOnlyList<GradeCountDto> Grades,
    ExecutionDto Execution,
    IReadOnlyList<LowestProjectDto> LowestProjects,
    IReadOnlyList<GroupDto> Departments,
    IReadOnlyList<CategoryLossDto> PointsLostByCategory,
    FindingsDto Findings,
    SampleDto<PolicyMismatchDto> PolicyMismatches,
    SampleDto<ReadWarningDto> ReadWarnings,
    SampleDto<FailureDto> Failures,
    SampleDto<ProjectRefDto> NotReported,
    SampleDto<ProjectRefDto> NotAssessable,
    IReadOnlyList<ScatterCellDto> Scatter)
{
    public static ReviewSummaryDto From(ReviewSummary s)
    {
        var execution = s.Execution;
        return new ReviewSummaryDto(
            new InputsDto(s.Inputs.Given, s.Inputs.Read, s.Inputs.Failed, s.Inputs.Assessed, s.Inputs.NotReported, s.Inputs.NotAssessable, [.. s.Skipped.Select(k => new SkippedDto(k.Path, k.Reason))]),
            s.Totals.Count,
            TallyDto.From(s.Indicators),
            new TotalsDto(s.Totals.Mean, s.Totals.Min, s.Totals.Max, s.Totals.Provisional, s.Totals.Capped, BinDto.Of(s.Totals.Histogram)),
            GradeCountDto.From(s.Grades),
            new ExecutionDto(
                execution.Threshold,
                execution.WithRate,
                execution.WithoutRate,
                ReviewedProjectDto.Rate(execution.MeanRate),
                ReviewedProjectDto.Percent(execution.MeanRate),
                execution.Below,
                execution.BelowWithoutReason,
                BinDto.Of(execution.Histogram),
                SampleDto.From(execution.Lowest, n => new ExecutionNoteDto(
                    n.Project.Index, n.Project.Source, n.Project.Name, n.Project.Department, n.Project.Unit,
                    ReviewedProjectDto.Rate(n.Rate), ReviewedProjectDto.Percent(n.Rate), n.Score, n.Total, n.ReasonGiven))),
            [.. s.Lowest.Select(p => new LowestProjectDto(
                p.Index, p.Source, p.Name, p.Department, p.Unit, p.Total, p.Grade, p.IsProvisional,
                ReviewedProjectDto.Rate(p.ExecutionRate), ReviewedProjectDto.Percent(p.ExecutionRate), p.PointsLost, LossDto.From(p.Costliest)))],
            [.. s.Departments.Select(d => GroupDto.From(d, withUnits: true))],
            [.. s.LossByCategory.Select(l => new CategoryLossDto(l.Category, l.Subcategory, l.Indicators, l.Points, l.Lost))],
            new FindingsDto(
                SampleDto.From(s.MissingDeviationReasons, NoteDto.From),
                SampleDto.From(s.OverAchievements, NoteDto.From),
                SampleDto.From(s.NeedsManualScoring, NoteDto.From),
                [.. s.FindingCounts.Select(c => new CodeCountDto(c.Code, c.Severity.ToName(), c.Count))]),
            SampleDto.From(s.PolicyMismatches, m => new PolicyMismatchDto(m.Project.Index, m.Project.Source, m.Project.Name, m.Project.Department, m.Project.Unit, m.Requested)),
            SampleDto.From(s.ReadWarnings, w => new ReadWarningDto(w.Index, w.Source, w.Warning.Text)),
            SampleDto.From(s.Failures, f => new FailureDto(f.Index, f.Source, [.. f.Errors.Select(e => e.Text)])),
            SampleDto.From(s.NotReported, ProjectRefDto.From),
            SampleDto.From(s.NotAssessable, ProjectRefDto.From),
            [.. s.Scatter.Select(c => new ScatterCellDto(c.RatePercent, c.Score, c.Count))]);
    }
}

/// <summary>Where the inputs went: given = read + failed; read = assessed + not reported + not assessable.</summary>
internal sealed record InputsDto(int Given, int Read, int Failed, int Assessed, int NotReported, int NotAssessable, IReadOnlyList<SkippedDto> Skipped);

/// <summary>A path that was not an input.</summary>
internal sealed record SkippedDto(string Path, string Reason);

/// <summary>Statistics of the totals.</summary>
internal sealed record TotalsDto(decimal? Mean, decimal? Min, decimal? Max, long Provisional, long Capped, IReadOnlyList<BinDto> Histogram);

/// <summary>One histogram bin, <c>to</c> exclusive (null for the open last bin).</summary>
internal sealed record BinDto(decimal From, decimal? To, long Count)
{
    public static IReadOnlyList<BinDto> Of(IEnumerable<HistogramBin> bins) => [.. bins.Select(b => new BinDto(b.From, b.To, b.Count))];
}

/// <summary>Projects of one grade.</summary>
internal sealed record GradeCountDto(string Grade, long Count)
{
    public static IReadOnlyList<GradeCountDto> From(IEnumerable<GradeCount> grades) => [.. grades.Select(g => new GradeCountDto(g.Grade, g.Count))];
}

/// <summary>Statistics of the budget execution rates.</summary>
internal sealed record ExecutionDto(
    decimal Threshold,
    long WithRate,
    long WithoutRate,
    decimal? MeanRate,
    string? MeanRatePercent,
    long Below,
    long BelowWithoutReason,
    IReadOnlyList<BinDto> Histogram,
    SampleDto<ExecutionNoteDto> Lowest);

/// <summary>A project with a low execution rate.</summary>
internal sealed record ExecutionNoteDto(int Index, string Source, string Name, string? Department, string? Unit, decimal? Rate, string? RatePercent, decimal? Score, decimal Total, bool ReasonGiven);

/// <summary>One of the lowest-scoring projects.</summary>
internal sealed record LowestProjectDto(
    int Index,
    string Source,
    string Name,
    string? Department,
    string? Unit,
    decimal Total,
    string? Grade,
    bool Provisional,
    decimal? ExecutionRate,
    string? ExecutionRatePercent,
    decimal PointsLost,
    IReadOnlyList<LossDto> Costliest);

/// <summary>A department, or a unit within one (units have no units of their own).</summary>
internal sealed record GroupDto(
    string? Name,
    long Projects,
    long Indicators,
    IReadOnlyList<GradeCountDto> Grades,
    decimal MeanTotal,
    decimal MinTotal,
    decimal MaxTotal,
    decimal? MeanExecutionRate,
    string? MeanExecutionRatePercent,
    long BelowThreshold,
    long MissingDeviationReasons,
    long OverAchievements,
    long NeedsManualScoring,
    decimal PointsLost)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<GroupDto>? Units { get; init; }

    public static GroupDto From(GroupSummary g, bool withUnits) => new(
        g.Name,
        g.Projects,
        g.Indicators,
        GradeCountDto.From(g.Grades),
        g.MeanTotal,
        g.MinTotal,
        g.MaxTotal,
        ReviewedProjectDto.Rate(g.MeanExecutionRate),
        ReviewedProjectDto.Percent(g.MeanExecutionRate),
        g.BelowThreshold,
        g.MissingDeviationReasons,
        g.OverAchievements,
        g.NeedsManualScoring,
        g.PointsLost)
    {
        Units = withUnits ? [.. g.Units.Select(u => From(u, withUnits: false))] : null,
    };
}

/// <summary>Points lost per category.</summary>
internal sealed record CategoryLossDto(string? Category, string? Subcategory, long Indicators, decimal Points, decimal Lost);

/// <summary>The finding lists and the count per code.</summary>
internal sealed record FindingsDto(SampleDto<NoteDto> MissingDeviationReason, SampleDto<NoteDto> OverAchievement, SampleDto<NoteDto> NeedsManualScoring, IReadOnlyList<CodeCountDto> ByCode);

/// <summary>An indicator listed by a finding.</summary>
internal sealed record NoteDto(
    int Index,
    string Source,
    string Name,
    string? Department,
    string? Unit,
    string Indicator,
    string Target,
    string Actual,
    decimal Points,
    decimal? Score,
    decimal? CompletionRatio,
    string Message)
{
    public static NoteDto From(IndicatorNote n) => new(
        n.Project.Index, n.Project.Source, n.Project.Name, n.Project.Department, n.Project.Unit, n.Indicator, n.Target, n.Actual, n.Points, n.Score,
        ReviewedProjectDto.Rate(n.CompletionRatio), n.Message);
}

/// <summary>How often a finding code occurred.</summary>
internal sealed record CodeCountDto(string Code, string Severity, long Count);

/// <summary>A project whose file named another policy.</summary>
internal sealed record PolicyMismatchDto(int Index, string Source, string Name, string? Department, string? Unit, string Requested);

/// <summary>A warning from reading an input.</summary>
internal sealed record ReadWarningDto(int Index, string Source, string Message);

/// <summary>An input that could not be read.</summary>
internal sealed record FailureDto(int Index, string Source, IReadOnlyList<string> Errors);

/// <summary>A project, by where it came from and what it is called.</summary>
internal sealed record ProjectRefDto(int Index, string Source, string Name, string? Department, string? Unit)
{
    public static ProjectRefDto From(ReviewedProject p) => new(p.Index, p.Source, p.Name, p.Department, p.Unit);
}

/// <summary>One occupied cell of the execution-rate × total scatter.</summary>
internal sealed record ScatterCellDto(int RatePercent, int Score, long Count);

/// <summary>A bounded list: how many there are, how many are not listed, the first ones.</summary>
internal sealed record SampleDto<T>(long Count, long Unlisted, IReadOnlyList<T> Items);

/// <summary>Makes <see cref="SampleDto{T}"/>s.</summary>
internal static class SampleDto
{
    public static SampleDto<TDto> From<T, TDto>(ListSample<T> sample, Func<T, TDto> map) => new(sample.Count, sample.Unlisted, [.. sample.Items.Select(map)]);
}
