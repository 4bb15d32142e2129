using System.Text;
using PerfIndicators.Formats.Html;
using PerfIndicators.Lint;

namespace PerfIndicators.Formats.Lint;

/// <summary>A target review over many projects as one HTML page: summary, by rule, by department, then each project's findings.</summary>
public static class LintHtml
{
    /// <summary>The page.</summary>
    /// <param name="reports">The reviews with the input each was read from.</param>
    /// <param name="policy">The policy they were checked under.</param>
    public static string ToHtml(IReadOnlyList<LintedProject> reports, LintPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(policy);
        var summary = LintSummary.Of(reports.Select(r => r.Report), policy);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>绩效目标审核</title>\n")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.3em .6em;text-align:left}.error{color:#b00}.warning{color:#a60}</style>\n</head>\n<body>\n");
        html.Append("<h1>绩效目标审核（target review）</h1>\n<p>").Append(HtmlText.Escape(LintTables.Overview(summary, policy))).Append("</p>\n<h2>按规则</h2>\n");
        Table(html, LintTables.RuleHeader, LintTables.RuleRows(summary).Select(r => (r, string.Empty)));
        html.Append("<h2>按部门</h2>\n");
        Table(html, LintTables.DepartmentHeader, LintTables.DepartmentRows(summary).Select(r => (r, string.Empty)));
        html.Append("<h2>项目</h2>\n");
        foreach (var (input, report) in reports.Where(r => !r.Report.Findings.IsEmpty))
        {
            html.Append("<h3>").Append(HtmlText.Escape(LintText.Heading(report))).Append("</h3>\n<p>").Append(HtmlText.Escape(input)).Append("</p>\n");
            Table(html, LintTables.FindingHeader, LintTables.FindingRows(report).Zip(report.Findings, (row, f) => (row, f.Diagnostic.Severity.ToName())));
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Table(StringBuilder html, string[] header, IEnumerable<(string[] Cells, string Class)> rows)
    {
        html.Append("<table>\n<tr>");
        foreach (var cell in header)
        {
            html.Append("<th>").Append(HtmlText.Escape(cell)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var (cells, css) in rows)
        {
            html.Append(css.Length > 0 ? "<tr class=\"" + css + "\">" : "<tr>");
            foreach (var cell in cells)
            {
                html.Append("<td>").Append(HtmlText.Escape(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }
}
