using System.Globalization;
using System.Text;
using PerfIndicators.Formats.Html;
using PerfIndicators.Monitoring;

namespace PerfIndicators.Formats.Monitoring;

/// <summary>The 绩效监控表 as an HTML page, the same columns as <see cref="MonitorText"/>.</summary>
public static class MonitorHtml
{
    /// <summary>The page.</summary>
    public static string ToHtml(MonitoringReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>项目支出绩效监控表</title>\n")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em}.red{background:#f8d0d0}.yellow{background:#fbefc0}.green{background:#d6efd6}</style>\n</head>\n<body>\n");
        html.Append("<h1>项目支出绩效监控表（").Append(report.FiscalYear.ToString(CultureInfo.InvariantCulture)).Append(" 年，截至 ").Append(report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("）</h1>\n");
        html.Append("<p>项目名称：").Append(HtmlText.Escape(report.Project)).Append("；主管部门：").Append(HtmlText.Escape(report.Department ?? "—"))
            .Append("；序时进度：").Append(Scoring.DisplayText.Percent(report.TimeShare)).Append("；监控结论：<span class=\"").Append(Css(report.Status)).Append("\">")
            .Append(report.Status.ToLabel()).Append("</span>（").Append(HtmlText.Escape(report.DecidingRule)).Append("）</p>\n");
        html.Append("<table>\n<tr>");
        foreach (var cell in MonitorTables.Header(report))
        {
            html.Append("<th>").Append(HtmlText.Escape(cell)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var (cells, status) in MonitorTables.Rows(report))
        {
            html.Append("<tr>");
            for (var c = 0; c < cells.Length; c++)
            {
                html.Append(c == 4 && status is { } st ? "<td class=\"" + Css(st) + "\">" : "<td>").Append(HtmlText.Escape(cells[c])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
        if (!report.Findings.IsEmpty)
        {
            html.Append("<h2>监控发现</h2>\n<ul>\n");
            foreach (var d in report.Findings)
            {
                html.Append("<li>").Append(d.Severity.ToChineseLabel()).Append(' ').Append(d.Code).Append(' ').Append(HtmlText.Escape(d.Location.Indicator ?? string.Empty)).Append(' ').Append(HtmlText.Escape(d.Message)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string Css(MonitorStatus status) => status switch
    {
        MonitorStatus.Red => "red",
        MonitorStatus.Yellow => "yellow",
        _ => "green",
    };
}
