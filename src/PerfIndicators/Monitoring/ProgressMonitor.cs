using System.Collections.Immutable;
using NodaTime;
using PerfIndicators.Lint;
using PerfIndicators.Scoring;

namespace PerfIndicators.Monitoring;

/// <summary>
/// Mid-year monitoring (绩效运行监控, the "双监控" of budget execution and target progress): compares a project's execution
/// and cumulative indicators with the share of the fiscal year elapsed (序时进度), checks open deadlines, and gives a
/// red/yellow/green status with the rule that decided it, under a lint policy's <see cref="LintPolicy.Monitoring"/>
/// thresholds. The fiscal year is the calendar year (预算年度 1月1日–12月31日). Pure: no I/O; thread-safe.
/// </summary>
public sealed class ProgressMonitor
{
    /// <summary>The deciding rule when everything is on track.</summary>
    public const string OnTrack = "on-track";

    /// <summary>The rule: budget execution behind the time elapsed.</summary>
    public const string ExecutionBehind = "execution-behind";

    /// <summary>The rule: no budget or no execution to date.</summary>
    public const string ExecutionUnknown = "execution-unknown";

    /// <summary>The rule: a cumulative indicator behind the time elapsed.</summary>
    public const string IndicatorBehind = "indicator-behind";

    /// <summary>The rule: a deadline passed or near with the target open.</summary>
    public const string DeadlineAtRisk = "deadline-at-risk";

    private readonly MonitoringThresholds thresholds;

    /// <summary>Creates a monitor with <paramref name="policy"/>'s thresholds.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public ProgressMonitor(LintPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        thresholds = policy.Monitoring;
    }

    /// <summary>The share of <paramref name="fiscalYear"/> elapsed at the end of <paramref name="asOf"/>: 0 before it, 1 after it.</summary>
    public static decimal TimeElapsed(int fiscalYear, LocalDate asOf)
    {
        var first = new LocalDate(fiscalYear, 1, 1);
        if (asOf < first)
        {
            return 0m;
        }

        var days = CalendarSystem.Iso.GetDaysInYear(fiscalYear);
        var elapsed = Period.Between(first, asOf, PeriodUnits.Days).Days + 1;
        return elapsed >= days ? 1m : (decimal)elapsed / days;
    }

    /// <summary>Monitors <paramref name="project"/> (its actuals to date) as of <paramref name="asOf"/>.</summary>
    /// <param name="project">The project with actuals to date and the amount executed; its fiscal year, else the year of <paramref name="asOf"/>.</param>
    /// <param name="asOf">The monitoring date (usually 8月31日).</param>
    public MonitoringReport Monitor(AssessmentInput project, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(project);
        var year = project.FiscalYear ?? asOf.Year;
        var share = TimeElapsed(year, asOf);
        var findings = ImmutableArray.CreateBuilder<Diagnostic>();
        var deciding = (Status: MonitorStatus.Green, Rule: OnTrack);

        void Decide(MonitorStatus status, string rule)
        {
            if (status > deciding.Status)
            {
                deciding = (status, rule);
            }
        }

        var execution = Execution(project.Budget, share, findings);
        if (execution.Status is { } executionStatus)
        {
            Decide(executionStatus, execution.Share is null ? ExecutionUnknown : ExecutionBehind);
        }

        var indicators = ImmutableArray.CreateBuilder<IndicatorProgress>();
        for (var i = 0; i < project.Indicators.Length; i++)
        {
            var progress = Indicator(i, project.Indicators[i], year, asOf, share, findings, out var rule);
            indicators.Add(progress);
            if (progress.Status is { } status)
            {
                Decide(status, rule);
            }
        }

        return new MonitoringReport(project.Name, project.Department ?? project.Unit, year, asOf, share, execution, indicators.ToImmutable(), deciding.Status, deciding.Rule, findings.ToImmutable());
    }

    private ExecutionProgress Execution(BudgetInput? budget, decimal share, ImmutableArray<Diagnostic>.Builder findings)
    {
        var total = budget?.Adjusted ?? budget?.Initial;
        var executed = budget?.Executed;
        if (total is not > 0m || executed is null)
        {
            findings.Add(new Diagnostic(DiagnosticCodes.MonitorExecutionUnknown, DiagnosticSeverity.Warning, default(DiagnosticLocation),
                total is not > 0m ? "没有全年预算数，无法监控预算执行（no budget to monitor execution against）" : "没有填报截至监控日的执行数（no execution to date）"));
            return new ExecutionProgress(total, executed, null, null, null, MonitorStatus.Yellow, budget?.DeviationReason) { Unit = budget?.Unit };
        }

        var rate = executed.Value / total.Value;
        var gap = Points(share - rate);
        var status = Status(gap);
        if (status != MonitorStatus.Green)
        {
            findings.Add(new Diagnostic(DiagnosticCodes.MonitorExecutionBehind, Severity(status), default(DiagnosticLocation),
                "预算执行率 " + Percent(rate) + " 低于序时进度 " + Percent(share) + " " + Number(gap) + " 个百分点（budget execution behind the time elapsed）"));
        }
        else if (-gap >= thresholds.AheadGap)
        {
            findings.Add(new Diagnostic(DiagnosticCodes.MonitorAhead, DiagnosticSeverity.Info, default(DiagnosticLocation),
                "预算执行率 " + Percent(rate) + " 超过序时进度 " + Percent(share) + " " + Number(-gap) + " 个百分点（execution far ahead of the time elapsed）"));
        }

        return new ExecutionProgress(total, executed, rate, gap, share > 0m ? rate / share : null, status, budget!.DeviationReason) { Unit = budget.Unit };
    }

    private IndicatorProgress Indicator(int index, IndicatorInput input, int year, LocalDate asOf, decimal share, ImmutableArray<Diagnostic>.Builder findings, out string rule)
    {
        rule = OnTrack;
        var actualText = input.Actual is { Kind: not ActualKind.Blank } a && !string.IsNullOrWhiteSpace(a.Text) ? a.Text : null;
        var category = input.CategoryLabel ?? (input.Category ?? input.Subcategory?.ParentCategory())?.ToLabel();
        var subcategory = input.SubcategoryLabel ?? input.Subcategory?.ToLabel();
        var row = new IndicatorProgress(index, input.Name, category, subcategory, input.Target.Text, actualText, null, null, null, null, input.DeviationReason);
        var location = DiagnosticLocation.OfIndicator(input.Name);

        if (input.Target is DeadlineTarget deadline && deadline.Deadline.LastDay(year) is { } due)
        {
            var done = input.Actual is { } actual && (actual.SaysCompleted || actual.Kind == ActualKind.Date);
            if (done)
            {
                return row with { Status = MonitorStatus.Green, Projection = "已完成" };
            }

            var daysLeft = Period.Between(asOf, due, PeriodUnits.Days).Days;
            var status = daysLeft < 0 ? MonitorStatus.Red : daysLeft <= thresholds.DeadlineWarningDays ? MonitorStatus.Yellow : MonitorStatus.Green;
            if (status != MonitorStatus.Green)
            {
                rule = DeadlineAtRisk;
                findings.Add(new Diagnostic(DiagnosticCodes.MonitorDeadlineAtRisk, Severity(status), location, daysLeft < 0
                    ? "完成时限 " + due.ToString("yyyy-MM-dd", null) + " 已过 " + (-daysLeft) + " 天，尚未完成（deadline passed）"
                    : "完成时限 " + due.ToString("yyyy-MM-dd", null) + " 还剩 " + daysLeft + " 天，尚未完成（deadline near）"));
            }

            return row with { Status = status, Projection = status == MonitorStatus.Red ? "逾期" : "按期完成" };
        }

        if (!IsCumulative(input) || input.Target is not QuantitativeTarget { Quantity: var target } || target.Value <= 0m
            || input.Actual is not { Kind: ActualKind.Quantity, Quantity: { } done2 } || target.ConvertToScaleOf(done2) is not { } reached)
        {
            return row;
        }

        var progress = reached / target.Value;
        var gap = Points(share - progress);
        var indicatorStatus = Status(gap);
        var projection = share > 0m ? Scoring.DisplayText.QuantityLike(decimal.Round(reached / share, 2, MidpointRounding.AwayFromZero), target) : null;
        if (indicatorStatus != MonitorStatus.Green)
        {
            rule = IndicatorBehind;
            findings.Add(new Diagnostic(DiagnosticCodes.MonitorIndicatorBehind, Severity(indicatorStatus), location,
                "完成 " + done2 + "，为年度指标值 " + target + " 的 " + Percent(progress) + "，低于序时进度 " + Percent(share) + " " + Number(gap) + " 个百分点（indicator behind the time elapsed）"));
        }
        else if (-gap >= thresholds.AheadGap)
        {
            findings.Add(new Diagnostic(DiagnosticCodes.MonitorAhead, DiagnosticSeverity.Info, location,
                "完成 " + done2 + "，已达年度指标值 " + target + " 的 " + Percent(progress) + "，超过序时进度 " + Number(-gap) + " 个百分点，指标值可能偏低（far ahead: a low target?）"));
        }

        return row with { Progress = progress, Gap = gap, Projection = projection, Status = indicatorStatus };
    }

    private bool IsCumulative(IndicatorInput input) =>
        input.Subcategory is { } sub && thresholds.CumulativeSubcategories.Contains(sub)
        && input.Target is QuantitativeTarget { Direction: Direction.HigherIsBetter, Quantity: { Per: null } q } && q.Unit.Dimension is not ("percent" or "permille");

    private MonitorStatus Status(decimal gap) => gap >= thresholds.RedGap ? MonitorStatus.Red : gap >= thresholds.YellowGap ? MonitorStatus.Yellow : MonitorStatus.Green;

    private static DiagnosticSeverity Severity(MonitorStatus status) => status == MonitorStatus.Red ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;

    private static decimal Points(decimal fraction) => decimal.Round(fraction * 100m, 2, MidpointRounding.AwayFromZero);

    private static string Percent(decimal fraction) => Scoring.DisplayText.Percent(fraction);

    private static string Number(decimal value) => Scoring.DisplayText.Number(value);
}
