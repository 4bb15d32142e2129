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
    internal static PageTemplates Templates { get; } = PageTemplates.Load(HtmlText.Escape, "labels.txt", "monitor");

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
                    ["indicator"] = d.Location.Indicator ?? string.Empty,
                    ["message"] = d.Message,
                }).ToList(),
            },
        };
        using var html = new StringWriter(CultureInfo.InvariantCulture);
        Templates.Render("monitor", html, values);
        return html.ToString();
    }

    private static string Css(MonitorStatus status) => status switch
    {
        MonitorStatus.Red => "red",
        MonitorStatus.Yellow => "yellow",
        _ => "green",
    };
}
