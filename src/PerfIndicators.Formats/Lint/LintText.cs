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
    public static string ToMarkdown(IReadOnlyList<(string Input, LintReport Report)> reports, LintPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(policy);
        var summary = LintSummary.Of(reports.Select(r => r.Report), policy);
        var md = new StringBuilder();
        md.Append("# 绩效目标审核（target review）\n\n");
        md.Append("审核要点 ").Append(MarkdownText.Escape(policy.Name)).Append(' ').Append(MarkdownText.Escape(policy.Version))
            .Append("；项目 ").Append(Count(summary.Projects)).Append(" 个，有发现的 ").Append(Count(summary.ProjectsWithFindings))
            .Append(" 个；发现 ").Append(Count(summary.Findings)).Append(" 条\n\n");
        md.Append("## 按规则（by rule）\n\n| 代码 | 规则 | 级别 | 依据 | 发现 | 项目 |\n|---|---|---|---|---:|---:|\n");
        foreach (var rule in summary.ByRule)
        {
            md.Append("| ").Append(rule.Rule.Code).Append(" | ").Append(MarkdownText.Escape(rule.Rule.Description)).Append(" | ").Append(rule.Rule.Severity.ToChineseLabel())
                .Append(" | ").Append(MarkdownText.Escape(rule.Rule.Source)).Append(" | ").Append(Count(rule.Findings)).Append(" | ").Append(Count(rule.Projects)).Append(" |\n");
        }

        md.Append("\n## 按部门（by department）\n\n| 部门 | 项目 | 有发现的项目 | 错误 | 警告 | 提示 |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var department in summary.ByDepartment)
        {
            md.Append("| ").Append(MarkdownText.Escape(department.Department)).Append(" | ").Append(Count(department.Projects)).Append(" | ").Append(Count(department.ProjectsWithFindings))
                .Append(" | ").Append(Count(department.Errors)).Append(" | ").Append(Count(department.Warnings)).Append(" | ").Append(Count(department.Infos)).Append(" |\n");
        }

        md.Append("\n## 项目（projects with findings）\n");
        foreach (var (input, report) in reports.Where(r => !r.Report.Findings.IsEmpty))
        {
            md.Append("\n### ").Append(MarkdownText.Escape(report.Project)).Append("\n\n").Append(MarkdownText.Escape(input)).Append('；').Append(MarkdownText.Escape(Counts(report))).Append("\n\n");
            md.Append("| 级别 | 代码 | 指标 | 说明 |\n|---|---|---|---|\n");
            foreach (var finding in report.Findings)
            {
                var d = finding.Diagnostic;
                md.Append("| ").Append(d.Severity.ToChineseLabel()).Append(" | ").Append(d.Code).Append(" | ").Append(MarkdownText.Escape(d.Location.Indicator ?? "（项目）"))
                    .Append(" | ").Append(MarkdownText.Escape(d.Message)).Append(" |\n");
            }
        }

        return md.ToString();
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

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
