using System.Globalization;
using System.Text;
using PerfIndicators.Formats.Text;
using PerfIndicators.Lint;

namespace PerfIndicators.Formats.Lint;

/// <summary>Target review (绩效目标审核) results as text: a table per project for the console, or Markdown.</summary>
public static class LintText
{
    /// <summary>One project's findings as a plain-text table: a heading line, then one line per finding.</summary>
    /// <param name="report">The project's review.</param>
    public static string ToTable(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append(Heading(report)).Append('\n');
        foreach (var finding in report.Findings)
        {
            var d = finding.Diagnostic;
            text.Append("  ").Append(d.Severity.ToName()).Append(' ').Append(d.Code).Append(' ').Append(finding.Rule);
            var where = Where(d.Location);
            if (where.Length > 0)
            {
                text.Append(' ').Append(where);
            }

            text.Append(": ").Append(d.Message).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Many projects' findings as Markdown: a summary (projects with findings, by rule, by department), then a table per project with findings.</summary>
    /// <param name="reports">The reviews, each with the input it was read from.</param>
    /// <param name="policy">The policy they were checked under.</param>
    public static string ToMarkdown(IReadOnlyList<LintedProject> reports, LintPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(policy);
        var summary = LintSummary.Of(reports.Select(r => r.Report), policy);
        var md = new StringBuilder();
        md.Append("# 绩效目标审核（target review）\n\n").Append(MarkdownText.Escape(LintTables.Overview(summary, policy))).Append("\n\n## 按规则（by rule）\n\n");
        Table(md, LintTables.RuleHeader, LintTables.RuleRows(summary), "|---|---|---|---|---:|---:|");
        md.Append("\n## 按部门（by department）\n\n");
        Table(md, LintTables.DepartmentHeader, LintTables.DepartmentRows(summary), "|---|---:|---:|---:|---:|---:|");
        md.Append("\n## 项目（projects with findings）\n");
        foreach (var (input, report) in reports.Where(r => !r.Report.Findings.IsEmpty))
        {
            md.Append("\n### ").Append(MarkdownText.Escape(report.Project)).Append("\n\n").Append(MarkdownText.Escape(input)).Append('；').Append(MarkdownText.Escape(Counts(report))).Append("\n\n");
            Table(md, LintTables.FindingHeader, LintTables.FindingRows(report), "|---|---|---|---|");
        }

        return md.ToString();
    }

    private static void Table(StringBuilder md, string[] header, IEnumerable<string[]> rows, string rule)
    {
        md.Append("| ").AppendJoin(" | ", header).Append(" |\n").Append(rule).Append('\n');
        foreach (var row in rows)
        {
            md.Append("| ").AppendJoin(" | ", row.Select(MarkdownText.Escape)).Append(" |\n");
        }
    }

    /// <summary>The heading of a project's table: name, department, year, counts.</summary>
    public static string Heading(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var about = string.Join("，", new[] { report.Department, report.FiscalYear?.ToString(CultureInfo.InvariantCulture) + (report.FiscalYear is null ? null : " 年") }.Where(s => !string.IsNullOrEmpty(s)));
        return report.Project + (about.Length > 0 ? "（" + about + "）" : string.Empty) + "：" + Counts(report);
    }

    private static string Counts(LintReport report) =>
        "指标 " + Count(report.IndicatorCount) + " 个，发现 " + Count(report.Findings.Length) + " 条（错误 " + Count(report.Count(DiagnosticSeverity.Error))
        + "、警告 " + Count(report.Count(DiagnosticSeverity.Warning)) + "、提示 " + Count(report.Count(DiagnosticSeverity.Info)) + "）";

    private static string Where(DiagnosticLocation location)
    {
        var parts = new List<string>(3);
        if (location.Indicator is { } indicator)
        {
            parts.Add("[" + indicator + "]");
        }

        if (location.Span is { } span)
        {
            parts.Add(span.ToString());
        }

        if (location.Line is { } line)
        {
            parts.Add("第 " + line.ToString(CultureInfo.InvariantCulture) + " 行");
        }

        return string.Join(' ', parts);
    }

    private static string Count(int value) => LintTables.Count(value);
}
