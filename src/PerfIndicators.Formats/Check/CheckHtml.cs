using System.Globalization;
using PerfIndicators.Formats.Html;

namespace PerfIndicators.Formats.Check;

/// <summary>
/// Re-checked forms as one HTML page with the content of <see cref="CheckText.ToMarkdown"/>: the summary by department and
/// by kind of finding, the files that could not be read, then each form with published and recomputed 得分 side by side,
/// a row that differs marked. Rendered from <c>Html/Templates/check.html</c> and the <c>check.*</c> labels; every text escaped.
/// </summary>
public static class CheckHtml
{
    /// <summary>The page's templates, text encoded as the other pages encode it.</summary>
    internal static PageTemplates Templates { get; } = PageTemplates.Load(HtmlText.Escape, "labels.txt", "check", "data-table");

    /// <summary>The page.</summary>
    /// <param name="run">The run.</param>
    public static string ToHtml(CheckRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var summary = run.Summary;
        var sections = new List<TemplateValues>
        {
            Section("按部门（by department）", Table(["部门", .. CheckTables.GroupHeader[1..]], CheckTables.GroupRows(summary.ByDepartment))),
            Section("按发现（by kind of finding）", Table(["代码", .. CheckTables.GroupHeader[1..]], CheckTables.GroupRows(summary.ByFinding))),
        };
        sections.AddRange(run.Errors.Select(error => Section(error.Source + "（无法读取 not read）", Table(CheckTables.FindingHeader, CheckTables.FindingRows(error.Diagnostics)))));
        foreach (var form in run.Forms)
        {
            var totals = CheckTables.TotalRows(form.Result).ToList();
            var tables = new List<TemplateValues>
            {
                Table(CheckTables.IndicatorHeader, CheckTables.IndicatorRows(form.Result), DifferenceColumn),
                Table(totals[0], totals.Skip(1)),
            };
            if (!form.Result.Findings.IsEmpty)
            {
                tables.Add(Table(CheckTables.FindingHeader, CheckTables.FindingRows(form.Result.Findings)));
            }

            sections.Add(new TemplateValues { ["title"] = CheckTables.Heading(form), ["tables"] = tables });
        }

        var values = new TemplateValues { ["overview"] = CheckTables.Overview(summary), ["sections"] = sections };
        using var html = new StringWriter(CultureInfo.InvariantCulture);
        Templates.Render("check", html, values);
        return html.ToString();
    }

    /// <summary>The 差额 column of <see cref="CheckTables.IndicatorHeader"/>: marked where published and recomputed differ.</summary>
    private static readonly int DifferenceColumn = Array.IndexOf(CheckTables.IndicatorHeader, "差额");

    private static TemplateValues Section(string title, TemplateValues table) => new() { ["title"] = title, ["tables"] = new List<TemplateValues> { table } };

    private static TemplateValues Table(string[] header, IEnumerable<string[]> rows, int marked = -1) =>
        DataTable.Values(header, rows, row => row, (_, c, cell) => c == marked && cell.Length > 0 && cell != "0" ? "diff" : null);
}
