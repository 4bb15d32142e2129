using System.Globalization;
using PerfIndicators.Formats.Html;
using PerfIndicators.Monitoring;

namespace PerfIndicators.Formats.Monitoring;

/// <summary>
/// The 绩效监控表 as an HTML page, the same columns as <see cref="MonitorText"/>: <c>Html/Templates/monitor.html</c>,
/// its texts the <c>monitor.*</c> labels of <c>labels.txt</c>.
/// </summary>
public static class MonitorHtml
{
    /// <summary>The page's template and labels, text encoded as the review page encodes it.</summary>
    internal static PageTemplates Templates { get; } = PageTemplates.Load(HtmlText.Escape, "labels.txt", "monitor", "monitor-summary", "data-table");

    /// <summary>The page.</summary>
    public static string ToHtml(MonitoringReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var values = DataTable.Values(MonitorTables.Header(report), MonitorTables.Rows(report), row => row.Cells, (row, c, _) => c == 4 && row.Status is { } status ? Css(status) : null);
        values["year"] = report.FiscalYear.ToString(CultureInfo.InvariantCulture);
        values["asOf"] = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        values["project"] = report.Project;
        values["department"] = report.Department ?? "—";
        values["timeShare"] = Scoring.DisplayText.Percent(report.TimeShare);
        values["statusCss"] = Css(report.Status);
        values["status"] = report.Status.ToLabel();
        values["rule"] = report.DecidingRule;
        values["findings"] = report.Findings.IsEmpty ? null : new TemplateValues
        {
            ["items"] = report.Findings.Select(d => new TemplateValues
            {
                ["severity"] = d.Severity.ToChineseLabel(),
                ["code"] = d.Code,
                ["indicator"] = d.Location.Indicator,
                ["message"] = d.Message,
            }).ToList(),
        };
        using var html = new StringWriter(CultureInfo.InvariantCulture);
        Templates.Render("monitor", html, values);
        return html.ToString();
    }

    /// <summary>A folder's monitoring summary as one page: the counts, by department, by rule, every project worst first.</summary>
    public static string ToHtml(MonitoringSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var values = new TemplateValues
        {
            ["asOf"] = summary.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["facts"] = MonitorTables.SummaryFacts(summary),
            ["tables"] = MonitorTables.SummaryTables(summary).Select(table =>
            {
                var rows = DataTable.Values(table.Header, table.Rows, row => row.Cells, (row, c, _) => c == MonitorTables.StatusColumn && row.Status is { } status ? Css(status) : null);
                rows["title"] = table.Title;
                return rows;
            }).ToList(),
        };
        using var html = new StringWriter(CultureInfo.InvariantCulture);
        Templates.Render("monitor-summary", html, values);
        return html.ToString();
    }

    private static string Css(MonitorStatus status) => status switch
    {
        MonitorStatus.Red => "red",
        MonitorStatus.Yellow => "yellow",
        _ => "green",
    };
}
