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
        var e = report.Execution;
        var dto = new MonitorReportJson(
            report.Project,
            report.Department,
            report.FiscalYear,
            report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            decimal.Round(report.TimeShare, 4, MidpointRounding.AwayFromZero),
            Status(report.Status)!,
            report.DecidingRule,
            new MonitorExecutionJson(e.Budget, e.Executed, Round(e.Share), e.Gap, Round(e.Projected), Status(e.Status), e.DeviationReason),
            [.. report.Indicators.Select(i => new MonitorIndicatorJson(i.Name, i.Category, i.Subcategory, i.Target, i.Actual, Round(i.Progress), i.Gap, i.Projection, Status(i.Status), i.DeviationReason))],
            [.. report.Findings.Select(d => new MonitorFindingJson(d.Code, d.Severity.ToName(), d.Location.Indicator, d.Message))]);
        return JsonSerializer.Serialize(dto, Context.MonitorReportJson);
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
/// <param name="Rate">Executed ÷ budget.</param>
/// <param name="Gap">Points behind the time elapsed.</param>
/// <param name="Projected">Projected year-end rate.</param>
/// <param name="Status">green, yellow, red.</param>
/// <param name="DeviationReason">偏差原因及纠偏措施.</param>
public sealed record MonitorExecutionJson(decimal? Budget, decimal? Executed, decimal? Rate, decimal? Gap, decimal? Projected, string? Status, string? DeviationReason);

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

/// <summary>The source-generated serializer of the monitoring JSON records.</summary>
[JsonSerializable(typeof(MonitorReportJson))]
internal sealed partial class MonitorJsonContext : JsonSerializerContext;
