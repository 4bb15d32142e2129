using System.Globalization;
using PerfIndicators.Lint;

namespace PerfIndicators.Formats.Lint;

/// <summary>The summary tables of a target review as plain cells, shared by the Markdown and HTML writers (each escapes its own way).</summary>
internal static class LintTables
{
    public static readonly string[] RuleHeader = ["代码", "规则", "级别", "依据", "发现", "项目"];

    public static readonly string[] DepartmentHeader = ["部门", "项目", "有发现的项目", "错误", "警告", "提示"];

    public static readonly string[] FindingHeader = ["级别", "代码", "指标", "说明"];

    public static IEnumerable<string[]> RuleRows(LintSummary summary) =>
        summary.ByRule.Select(r => new[] { r.Rule.Code, r.Rule.Description, r.Rule.Severity.ToChineseLabel(), r.Rule.Source, Count(r.Findings), Count(r.Projects) });

    public static IEnumerable<string[]> DepartmentRows(LintSummary summary) =>
        summary.ByDepartment.Select(d => new[] { d.Department, Count(d.Projects), Count(d.ProjectsWithFindings), Count(d.Errors), Count(d.Warnings), Count(d.Infos) });

    public static IEnumerable<string[]> FindingRows(LintReport report) =>
        report.Findings.Select(f => new[] { f.Diagnostic.Severity.ToChineseLabel(), f.Diagnostic.Code, f.Diagnostic.Location.Indicator ?? "（项目）", f.Diagnostic.Message });

    public static string Overview(LintSummary summary, LintPolicy policy) =>
        "审核要点 " + policy.Name + " " + policy.Version + "；项目 " + Count(summary.Projects) + " 个，有发现的 " + Count(summary.ProjectsWithFindings) + " 个；发现 " + Count(summary.Findings) + " 条";

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
