using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfIndicators.Monitoring;

namespace PerfIndicators.Formats.Monitoring;

/// <summary>A project's monitoring as JSON (docs/monitor.md describes the fields); rates are fractions, gaps percentage points.</summary>
public static class MonitorJson
{
    private static readonly MonitorJsonContext Context = new(Lint.RelaxedJson.Options(indented: true));

    /// <summary>The report as indented JSON.</summary>
    public static string ToJson(MonitoringReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(From(report), Context.MonitorReportJson);
    }

    /// <summary>
    /// A folder's summary as indented JSON: <c>{"asOf","projects","status":{"green","yellow","red"},"meanExecution","byRule",
    /// "byDepartment","reports":[{"source","report"}],"failed":[{"source","reason"}]}</c>, each report as <see cref="ToJson(MonitoringReport)"/>.
    /// </summary>
    public static string ToJson(MonitoringSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var dto = new MonitorSummaryJson(
            summary.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            summary.Projects,
            new MonitorStatusCountsJson(summary.Green, summary.Yellow, summary.Red),
            Round(summary.MeanExecution),
            [.. summary.ByRule.Select(r => new MonitorRuleCountJson(r.Rule, r.Projects))],
            [.. summary.ByDepartment.Select(d => new MonitorDepartmentJson(d.Department, d.Projects, d.Green, d.Yellow, d.Red, Round(d.MeanExecution)))],
            [.. summary.Listed.Select(p => new MonitoredProjectJson(p.Source, From(p.Report)))],
            [.. summary.Failed.Select(f => new MonitorFailureJson(f.Source, f.Reason))]);
        return JsonSerializer.Serialize(dto, Context.MonitorSummaryJson);
    }

    private static MonitorReportJson From(MonitoringReport report)
    {
        var e = report.Execution;
        return new MonitorReportJson(
            report.Project,
            report.Department,
            report.FiscalYear,
            report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            decimal.Round(report.TimeShare, 4, MidpointRounding.AwayFromZero),
            Status(report.Status)!,
            report.DecidingRule,
            new MonitorExecutionJson(e.Budget, e.Executed, (e.Unit ?? Documents.AmountUnit.TenThousandYuan).Label(), Round(e.Share), e.Gap, Round(e.Projected), Status(e.Status), e.DeviationReason),
            [.. report.Indicators.Select(i => new MonitorIndicatorJson(i.Name, i.Category, i.Subcategory, i.Target, i.Actual, Round(i.Progress), i.Gap, i.Projection, Status(i.Status), i.DeviationReason))],
            [.. report.Findings.Select(d => new MonitorFindingJson(d.Code, d.Severity.ToName(), d.Location.Indicator, d.Message))]);
    }

    private static decimal? Round(decimal? value) => value is { } v ? decimal.Round(v, 4, MidpointRounding.AwayFromZero) : null;

    private static string? Status(MonitorStatus? status) => status switch
    {
        MonitorStatus.Red => "red",
        MonitorStatus.Yellow => "yellow",
        MonitorStatus.Green => "green",
        _ => null,
    };
}

/// <summary>A project's monitoring in JSON.</summary>
/// <param name="Project">Name.</param>
/// <param name="Department">Department.</param>
/// <param name="FiscalYear">Budget year.</param>
/// <param name="AsOf">Monitoring date, ISO.</param>
/// <param name="TimeShare">序时进度, a fraction.</param>
/// <param name="Status">green, yellow or red.</param>
/// <param name="DecidingRule">The rule that decided the status.</param>
/// <param name="Execution">Budget execution.</param>
/// <param name="Indicators">Indicator rows.</param>
/// <param name="Findings">Findings.</param>
public sealed record MonitorReportJson(string Project, string? Department, int FiscalYear, string AsOf, decimal TimeShare, string Status, string DecidingRule, MonitorExecutionJson Execution, IReadOnlyList<MonitorIndicatorJson> Indicators, IReadOnlyList<MonitorFindingJson> Findings);

/// <summary>Budget execution in JSON.</summary>
/// <param name="Budget">The year's budget.</param>
/// <param name="Executed">Executed to date.</param>
/// <param name="AmountUnit">The unit of budget and executed: 万元 or 元.</param>
/// <param name="Rate">Executed ÷ budget.</param>
/// <param name="Gap">Points behind the time elapsed.</param>
/// <param name="Projected">Projected year-end rate.</param>
/// <param name="Status">green, yellow, red.</param>
/// <param name="DeviationReason">偏差原因及纠偏措施.</param>
public sealed record MonitorExecutionJson(decimal? Budget, decimal? Executed, string AmountUnit, decimal? Rate, decimal? Gap, decimal? Projected, string? Status, string? DeviationReason);

/// <summary>An indicator row in JSON.</summary>
/// <param name="Name">Name.</param>
/// <param name="Category">一级指标.</param>
/// <param name="Subcategory">二级指标.</param>
/// <param name="Target">年度目标.</param>
/// <param name="Actual">Actual to date.</param>
/// <param name="Progress">Actual ÷ target.</param>
/// <param name="Gap">Points behind the time elapsed.</param>
/// <param name="Projection">全年预计完成情况.</param>
/// <param name="Status">green, yellow, red.</param>
/// <param name="DeviationReason">偏差原因及纠偏措施.</param>
public sealed record MonitorIndicatorJson(string Name, string? Category, string? Subcategory, string Target, string? Actual, decimal? Progress, decimal? Gap, string? Projection, string? Status, string? DeviationReason);

/// <summary>A finding in JSON.</summary>
/// <param name="Code">PI91xx.</param>
/// <param name="Severity">info, warning, error.</param>
/// <param name="Indicator">The indicator, if any.</param>
/// <param name="Message">Chinese with an English gloss.</param>
public sealed record MonitorFindingJson(string Code, string Severity, string? Indicator, string Message);

/// <summary>A folder's monitoring summary in JSON.</summary>
/// <param name="AsOf">Monitoring date, ISO.</param>
/// <param name="Projects">Projects monitored.</param>
/// <param name="Status">Projects by status.</param>
/// <param name="MeanExecution">Mean execution to date, a fraction.</param>
/// <param name="ByRule">Projects by deciding rule.</param>
/// <param name="ByDepartment">Projects by department.</param>
/// <param name="Reports">Every project's report, red first.</param>
/// <param name="Failed">Inputs not read.</param>
public sealed record MonitorSummaryJson(string AsOf, int Projects, MonitorStatusCountsJson Status, decimal? MeanExecution, IReadOnlyList<MonitorRuleCountJson> ByRule, IReadOnlyList<MonitorDepartmentJson> ByDepartment, IReadOnlyList<MonitoredProjectJson> Reports, IReadOnlyList<MonitorFailureJson> Failed);

/// <summary>Projects by status.</summary>
/// <param name="Green">On track.</param>
/// <param name="Yellow">Yellow.</param>
/// <param name="Red">Red.</param>
public sealed record MonitorStatusCountsJson(int Green, int Yellow, int Red);

/// <summary>Projects one rule decided.</summary>
/// <param name="Rule">Rule id.</param>
/// <param name="Projects">Projects.</param>
public sealed record MonitorRuleCountJson(string Rule, int Projects);

/// <summary>A department's projects.</summary>
/// <param name="Department">Department.</param>
/// <param name="Projects">Projects.</param>
/// <param name="Green">On track.</param>
/// <param name="Yellow">Yellow.</param>
/// <param name="Red">Red.</param>
/// <param name="MeanExecution">Mean execution to date, a fraction.</param>
public sealed record MonitorDepartmentJson(string Department, int Projects, int Green, int Yellow, int Red, decimal? MeanExecution);

/// <summary>A project's report with its input.</summary>
/// <param name="Source">The input file.</param>
/// <param name="Report">The report.</param>
public sealed record MonitoredProjectJson(string Source, MonitorReportJson Report);

/// <summary>An input not read.</summary>
/// <param name="Source">The file.</param>
/// <param name="Reason">Why.</param>
public sealed record MonitorFailureJson(string Source, string Reason);

/// <summary>The source-generated serializer of the monitoring JSON records.</summary>
[JsonSerializable(typeof(MonitorReportJson))]
[JsonSerializable(typeof(MonitorSummaryJson))]
internal sealed partial class MonitorJsonContext : JsonSerializerContext;
