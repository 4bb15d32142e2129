using System.Collections.Immutable;

namespace PerfIndicators.Lint;

/// <summary>
/// The thresholds of mid-year monitoring (绩效运行监控), from a lint policy's <c>monitoring</c> section. Gaps are in
/// percentage points of the year: progress <see cref="YellowGap"/> points behind the time elapsed (序时进度) is yellow,
/// <see cref="RedGap"/> points behind is red.
/// </summary>
/// <param name="YellowGap">Points behind the time elapsed at which a project turns yellow.</param>
/// <param name="RedGap">Points behind at which it turns red (at least <paramref name="YellowGap"/>).</param>
/// <param name="AheadGap">Points ahead at which progress is reported as far ahead.</param>
/// <param name="DeadlineWarningDays">Days before an open deadline at which it is at risk.</param>
/// <param name="CumulativeSubcategories">The 二级指标 whose targets accumulate over the year (数量指标).</param>
/// <param name="Source">The regulation the thresholds follow.</param>
public sealed record MonitoringThresholds(decimal YellowGap, decimal RedGap, decimal AheadGap, int DeadlineWarningDays, ImmutableArray<IndicatorSubcategory> CumulativeSubcategories, string Source);
