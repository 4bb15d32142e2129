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
        var values = new TemplateValues
        {
            ["year"] = report.FiscalYear.ToString(CultureInfo.InvariantCulture),
            ["asOf"] = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["project"] = report.Project,
            ["department"] = report.Department ?? "—",
            ["timeShare"] = Scoring.DisplayText.Percent(report.TimeShare),
            ["statusCss"] = Css(report.Status),
            ["status"] = report.Status.ToLabel(),
            ["rule"] = report.DecidingRule,
            ["header"] = MonitorTables.Header(report).Select(cell => new TemplateValues { ["text"] = cell }).ToList(),
            ["rows"] = MonitorTables.Rows(report).Select(row => new TemplateValues
            {
                ["cells"] = row.Cells.Select((cell, c) => new TemplateValues
                {
                    ["text"] = cell,
                    ["css"] = c == 4 && row.Status is { } status ? Css(status) : null,
                }).ToList(),
            }).ToList(),
            ["findings"] = report.Findings.IsEmpty ? null : new TemplateValues
            {
                ["items"] = report.Findings.Select(d => new TemplateValues
                {
                    ["severity"] = d.Severity.ToChineseLabel(),
                    ["code"] = d.Code,
                    ["indicator"] = d.Location.Indicator,
                    ["message"] = d.Message,
                }).ToList(),
            },
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
            ["tables"] = MonitorTables.SummaryTables(summary).Select(table => new TemplateValues
            {
                ["title"] = table.Title,
                ["header"] = table.Header.Select(cell => new TemplateValues { ["text"] = cell }).ToList(),
                ["rows"] = table.Rows.Select(row => new TemplateValues
                {
                    ["cells"] = row.Cells.Select((cell, c) => new TemplateValues
                    {
                        ["text"] = cell,
                        ["css"] = c == MonitorTables.StatusColumn && row.Status is { } status ? Css(status) : null,
                    }).ToList(),
                }).ToList(),
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
