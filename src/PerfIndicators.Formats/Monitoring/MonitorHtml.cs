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
        html.Append("<table>\n<tr><th>项目</th><th>年度目标</th><th>").Append(MonitorText.PeriodLabel(report)).Append("</th><th>全年预计完成情况</th><th>状态</th><th>偏差原因及纠偏措施</th></tr>\n");
        var e = report.Execution;
        Row(html, "预算执行", Amount(e.Budget), Amount(e.Executed) + (e.Share is { } s ? "（" + Scoring.DisplayText.Percent(s) + "）" : string.Empty), e.Projected is { } p ? Scoring.DisplayText.Percent(p) : "—", e.Status, e.DeviationReason);
        foreach (var i in report.Indicators)
        {
            Row(html, string.Join(" / ", new[] { i.Category, i.Subcategory, i.Name }.Where(x => !string.IsNullOrEmpty(x))), i.Target,
                (i.Actual ?? "—") + (i.Progress is { } pr ? "（" + Scoring.DisplayText.Percent(pr) + "）" : string.Empty), i.Projection ?? "—", i.Status, i.DeviationReason);
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

    private static void Row(StringBuilder html, string name, string target, string actual, string projection, MonitorStatus? status, string? reason) =>
        html.Append("<tr><td>").Append(HtmlText.Escape(name)).Append("</td><td>").Append(HtmlText.Escape(target)).Append("</td><td>").Append(HtmlText.Escape(actual))
            .Append("</td><td>").Append(HtmlText.Escape(projection)).Append("</td><td class=\"").Append(status is { } st ? Css(st) : string.Empty).Append("\">").Append(status?.ToLabel() ?? "—")
            .Append("</td><td>").Append(HtmlText.Escape(reason ?? string.Empty)).Append("</td></tr>\n");

    private static string Css(MonitorStatus status) => status switch
    {
        MonitorStatus.Red => "red",
        MonitorStatus.Yellow => "yellow",
        _ => "green",
    };

    private static string Amount(decimal? value) => value is { } v ? Scoring.DisplayText.Number(v) + " 万元" : "—";
}
