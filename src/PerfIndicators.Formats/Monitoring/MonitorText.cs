using System.Globalization;
using System.Text;
using PerfIndicators.Formats.Text;
using PerfIndicators.Monitoring;

namespace PerfIndicators.Formats.Monitoring;

/// <summary>
/// The 绩效监控表 (national layout: 年度目标, 1–N月执行情况, 全年预计完成情况, 偏差原因及纠偏措施) as Markdown, with the
/// status column and the rule that decided the project's status.
/// </summary>
public static class MonitorText
{
    /// <summary>The form as Markdown.</summary>
    /// <param name="report">The project's monitoring.</param>
    public static string ToMarkdown(MonitoringReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# 项目支出绩效监控表（").Append(report.FiscalYear.ToString(CultureInfo.InvariantCulture)).Append(" 年，截至 ").Append(Date(report)).Append("）\n\n");
        md.Append("- 项目名称：").Append(MarkdownText.Escape(report.Project)).Append('\n');
        if (report.Department is { } department)
        {
            md.Append("- 主管部门：").Append(MarkdownText.Escape(department)).Append('\n');
        }

        md.Append("- 序时进度：").Append(Percent(report.TimeShare)).Append("\n- 监控结论：").Append(report.Status.ToLabel()).Append('（').Append(report.DecidingRule).Append("）\n\n");
        md.Append("| ").AppendJoin(" | ", MonitorTables.Header(report)).Append(" |\n|---|---|---|---|---|---|\n");
        foreach (var (cells, _) in MonitorTables.Rows(report))
        {
            md.Append("| ").AppendJoin(" | ", cells.Select(MarkdownText.Escape)).Append(" |\n");
        }

        if (!report.Findings.IsEmpty)
        {
            md.Append("\n## 监控发现（findings）\n\n");
            foreach (var d in report.Findings)
            {
                md.Append("- ").Append(d.Severity.ToChineseLabel()).Append(' ').Append(d.Code).Append(d.Location.Indicator is { } name ? " [" + MarkdownText.Escape(name) + "]" : string.Empty)
                    .Append('：').Append(MarkdownText.Escape(d.Message)).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>A folder's monitoring summary as Markdown: the counts, then by department, by rule and every project.</summary>
    /// <param name="summary">The summary.</param>
    public static string ToMarkdown(MonitoringSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var md = new StringBuilder();
        md.Append("# 绩效运行监控汇总（截至 ").Append(summary.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("）\n\n");
        md.Append(MonitorTables.SummaryFacts(summary)).Append('\n');
        foreach (var table in MonitorTables.SummaryTables(summary))
        {
            md.Append("\n## ").Append(table.Title).Append("\n\n| ").AppendJoin(" | ", table.Header).Append(" |\n|")
                .Append(string.Concat(Enumerable.Repeat("---|", table.Header.Length))).Append('\n');
            foreach (var row in table.Rows)
            {
                md.Append("| ").AppendJoin(" | ", row.Cells.Select(MarkdownText.Escape)).Append(" |\n");
            }
        }

        return md.ToString();
    }

    /// <summary>The column title of the execution to date: <c>1–8月执行情况</c>, <c>1月执行情况</c>.</summary>
    public static string PeriodLabel(MonitoringReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var month = report.AsOf.Year < report.FiscalYear ? 0 : report.AsOf.Year > report.FiscalYear ? 12 : report.AsOf.Month;
        return month switch
        {
            0 => "执行情况",
            1 => "1月执行情况",
            _ => "1–" + month.ToString(CultureInfo.InvariantCulture) + "月执行情况",
        };
    }

    private static string Date(MonitoringReport report) => report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Percent(decimal fraction) => MonitorTables.Percent(fraction);
}
