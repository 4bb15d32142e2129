using System.Globalization;
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
    public static string ToHtml(IReadOnlyList<(string Input, LintReport Report)> reports, LintPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(policy);
        var summary = LintSummary.Of(reports.Select(r => r.Report), policy);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>绩效目标审核</title>\n")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.3em .6em;text-align:left}.error{color:#b00}.warning{color:#a60}</style>\n</head>\n<body>\n");
        html.Append("<h1>绩效目标审核（target review）</h1>\n<p>审核要点 ").Append(HtmlText.Escape(policy.Name)).Append(' ').Append(HtmlText.Escape(policy.Version))
            .Append("；项目 ").Append(Count(summary.Projects)).Append(" 个，有发现的 ").Append(Count(summary.ProjectsWithFindings)).Append(" 个；发现 ").Append(Count(summary.Findings)).Append(" 条</p>\n");
        html.Append("<h2>按规则</h2>\n<table>\n<tr><th>代码</th><th>规则</th><th>级别</th><th>依据</th><th>发现</th><th>项目</th></tr>\n");
        foreach (var rule in summary.ByRule)
        {
            html.Append("<tr><td>").Append(rule.Rule.Code).Append("</td><td>").Append(HtmlText.Escape(rule.Rule.Description)).Append("</td><td>").Append(rule.Rule.Severity.ToChineseLabel())
                .Append("</td><td>").Append(HtmlText.Escape(rule.Rule.Source)).Append("</td><td>").Append(Count(rule.Findings)).Append("</td><td>").Append(Count(rule.Projects)).Append("</td></tr>\n");
        }

        html.Append("</table>\n<h2>按部门</h2>\n<table>\n<tr><th>部门</th><th>项目</th><th>有发现的项目</th><th>错误</th><th>警告</th><th>提示</th></tr>\n");
        foreach (var d in summary.ByDepartment)
        {
            html.Append("<tr><td>").Append(HtmlText.Escape(d.Department)).Append("</td><td>").Append(Count(d.Projects)).Append("</td><td>").Append(Count(d.ProjectsWithFindings))
                .Append("</td><td>").Append(Count(d.Errors)).Append("</td><td>").Append(Count(d.Warnings)).Append("</td><td>").Append(Count(d.Infos)).Append("</td></tr>\n");
        }

        html.Append("</table>\n<h2>项目</h2>\n");
        foreach (var (input, report) in reports.Where(r => !r.Report.Findings.IsEmpty))
        {
            html.Append("<h3>").Append(HtmlText.Escape(LintText.Heading(report))).Append("</h3>\n<p>").Append(HtmlText.Escape(input)).Append("</p>\n<table>\n<tr><th>级别</th><th>代码</th><th>指标</th><th>说明</th></tr>\n");
            foreach (var finding in report.Findings)
            {
                var d = finding.Diagnostic;
                html.Append("<tr class=\"").Append(d.Severity.ToName()).Append("\"><td>").Append(d.Severity.ToChineseLabel()).Append("</td><td>").Append(d.Code).Append("</td><td>")
                    .Append(HtmlText.Escape(d.Location.Indicator ?? "（项目）")).Append("</td><td>").Append(HtmlText.Escape(d.Message)).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
