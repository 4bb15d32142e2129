using System.Collections.Immutable;
using NodaTime;

namespace PerfIndicators.Monitoring;

/// <summary>
/// One project's mid-year monitoring (绩效运行监控) as of a date: the time elapsed (序时进度), budget execution against it,
/// each indicator's progress, and the status with the rule that decided it — the content of the 绩效监控表.
/// </summary>
/// <param name="Project">The project's name.</param>
/// <param name="Department">Its department, if known.</param>
/// <param name="FiscalYear">The budget year monitored.</param>
/// <param name="AsOf">The monitoring date.</param>
/// <param name="TimeShare">Days elapsed ÷ days in the year, 0–1 (序时进度).</param>
/// <param name="Execution">Budget execution to date.</param>
/// <param name="Indicators">Each indicator's progress, in the project's order.</param>
/// <param name="Status">The worst status of execution and indicators.</param>
/// <param name="DecidingRule">The rule that set <paramref name="Status"/> (e.g. <c>execution-behind</c>), or <c>on-track</c>.</param>
/// <param name="Findings">The findings (PI91xx), located at the indicator.</param>
public sealed record MonitoringReport(
    string Project,
    string? Department,
    int FiscalYear,
    LocalDate AsOf,
    decimal TimeShare,
    ExecutionProgress Execution,
    ImmutableArray<IndicatorProgress> Indicators,
    MonitorStatus Status,
    string DecidingRule,
    ImmutableArray<Diagnostic> Findings);

/// <summary>Budget execution to date against the time elapsed.</summary>
/// <param name="Budget">The year's budget (调整后 when given, else 年初), in the input's unit.</param>
/// <param name="Executed">Executed to date.</param>
/// <param name="Share">Executed ÷ budget, or <see langword="null"/> when either is missing.</param>
/// <param name="Gap">Percentage points behind the time elapsed (negative when ahead).</param>
/// <param name="Projected">Executed ÷ time elapsed: the year-end execution if spending goes on at the same pace, as a share of the budget.</param>
/// <param name="Status">Its status, or <see langword="null"/> when it cannot be monitored.</param>
/// <param name="DeviationReason">The unit's 偏差原因及纠偏措施, if written.</param>
public sealed record ExecutionProgress(decimal? Budget, decimal? Executed, decimal? Share, decimal? Gap, decimal? Projected, MonitorStatus? Status, string? DeviationReason)
{
    /// <summary>The unit of <see cref="Budget"/> and <see cref="Executed"/> as the input gave it, or <see langword="null"/> when it did not (万元 is assumed).</summary>
    public Documents.AmountUnit? Unit { get; init; }
}

/// <summary>One indicator's progress to date.</summary>
/// <param name="Index">Its 0-based position.</param>
/// <param name="Name">The name.</param>
/// <param name="Category">Its 一级指标 label, if known.</param>
/// <param name="Subcategory">Its 二级指标 label, if known.</param>
/// <param name="Target">The annual target (年度指标值) as written.</param>
/// <param name="Actual">The actual to date (1–N月执行情况) as written, or <see langword="null"/>.</param>
/// <param name="Progress">Actual ÷ target for a cumulative indicator, else <see langword="null"/>.</param>
/// <param name="Gap">Percentage points behind the time elapsed, for a cumulative indicator.</param>
/// <param name="Projection">The year-end estimate (全年预计完成情况), e.g. <c>96个</c>, or <see langword="null"/>.</param>
/// <param name="Status">Its status, or <see langword="null"/> when no rule monitors it (qualitative, rates).</param>
/// <param name="DeviationReason">The unit's 偏差原因及纠偏措施, if written.</param>
public sealed record IndicatorProgress(int Index, string Name, string? Category, string? Subcategory, string Target, string? Actual, decimal? Progress, decimal? Gap, string? Projection, MonitorStatus? Status, string? DeviationReason);
