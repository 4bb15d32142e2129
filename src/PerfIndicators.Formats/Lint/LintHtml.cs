using System.Globalization;
using PerfIndicators.Formats.Html;
using PerfIndicators.Lint;

namespace PerfIndicators.Formats.Lint;

/// <summary>
/// A target review over many projects as one HTML page: summary, by rule, by department, then each project's findings
/// (<c>Html/Templates/lint.html</c> and <c>lint-table.html</c>, its texts the <c>lint.*</c> labels of <c>labels.txt</c>).
/// </summary>
public static class LintHtml
{
    /// <summary>The page's templates and labels, text encoded as the review page encodes it.</summary>
    internal static PageTemplates Templates { get; } = PageTemplates.Load(HtmlText.Escape, "labels.txt", "lint", "lint-table");

    /// <summary>The page.</summary>
    /// <param name="reports">The reviews with the input each was read from.</param>
    /// <param name="policy">The policy they were checked under.</param>
    public static string ToHtml(IReadOnlyList<LintedProject> reports, LintPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(policy);
        var summary = LintSummary.Of(reports.Select(r => r.Report), policy);
        var values = new TemplateValues
        {
            ["overview"] = LintTables.Overview(summary, policy),
            ["byRule"] = Table(LintTables.RuleHeader, LintTables.RuleRows(summary).Select(r => (r, string.Empty))),
            ["byDepartment"] = Table(LintTables.DepartmentHeader, LintTables.DepartmentRows(summary).Select(r => (r, string.Empty))),
            ["projects"] = reports.Where(r => !r.Report.Findings.IsEmpty).Select(r => new TemplateValues
            {
                ["heading"] = LintText.Heading(r.Report),
                ["input"] = r.Input,
                ["findings"] = Table(LintTables.FindingHeader, LintTables.FindingRows(r.Report).Zip(r.Report.Findings, (row, f) => (row, f.Diagnostic.Severity.ToName()))),
            }).ToList(),
        };
        using var html = new StringWriter(CultureInfo.InvariantCulture);
        Templates.Render("lint", html, values);
        return html.ToString();
    }

    private static TemplateValues Table(string[] header, IEnumerable<(string[] Cells, string Class)> rows) => new()
    {
        ["header"] = header.Select(cell => new TemplateValues { ["text"] = cell }).ToList(),
        ["rows"] = rows.Select(row => new TemplateValues
        {
            ["css"] = row.Class,
            ["cells"] = row.Cells.Select(cell => new TemplateValues { ["text"] = cell }).ToList(),
        }).ToList(),
    };
}
