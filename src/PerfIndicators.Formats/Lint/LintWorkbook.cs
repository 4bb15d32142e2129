using System.Globalization;
using PerfIndicators.Formats.Xlsx;
using PerfIndicators.Lint;

namespace PerfIndicators.Formats.Lint;

/// <summary>A target review over many projects as an xlsx workbook: 按规则, 按部门 and 发现 (every finding, one row each).</summary>
public static class LintWorkbook
{
    private static readonly CellStyle Text = CellStyle.Body with { VerticalAlignment = VerticalAlignment.Top };
    private static readonly CellStyle Count = CellStyle.Body with { NumberFormat = "0", VerticalAlignment = VerticalAlignment.Top };

    /// <summary>The sheets' names, in order.</summary>
    public static IReadOnlyList<string> SheetNames { get; } = ["按规则", "按部门", "发现"];

    /// <summary>The workbook's bytes.</summary>
    /// <param name="reports">The reviews with the input each was read from.</param>
    /// <param name="policy">The policy they were checked under.</param>
    public static byte[] ToXlsx(IReadOnlyList<LintedProject> reports, LintPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(policy);
        var summary = LintSummary.Of(reports.Select(r => r.Report), policy);
        var workbook = new WorkbookBuilder { Title = "绩效目标审核（" + policy.Name + "）" };
        Sheet(workbook.AddSheet(SheetNames[0]), LintTables.RuleHeader, LintTables.RuleRows(summary), [10, 40, 8, 20, 8, 8], firstCount: 4);
        Sheet(workbook.AddSheet(SheetNames[1]), LintTables.DepartmentHeader, LintTables.DepartmentRows(summary), [30, 8, 12, 8, 8, 8], firstCount: 1);
        var findings = reports.SelectMany(r => LintTables.FindingRows(r.Report).Select(cells => (string[])[r.Input, r.Report.Project, r.Report.Department ?? LintSummary.NoDepartment, .. cells]));
        Sheet(workbook.AddSheet(SheetNames[2]), ["文件", "项目", "部门", .. LintTables.FindingHeader], findings, [28, 30, 20, 6, 8, 24, 60], firstCount: int.MaxValue);
        return workbook.ToArray();
    }

    private static void Sheet(SheetBuilder sheet, string[] header, IEnumerable<string[]> rows, int[] widths, int firstCount)
    {
        for (var c = 0; c < header.Length; c++)
        {
            sheet.SetColumnWidth(c + 1, widths[c]).SetText(1, c + 1, header[c], CellStyle.Header);
        }

        var row = 1;
        foreach (var cells in rows)
        {
            row++;
            for (var c = 0; c < cells.Length; c++)
            {
                if (c >= firstCount && decimal.TryParse(cells[c], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    sheet.SetNumber(row, c + 1, number, Count);
                }
                else
                {
                    sheet.SetText(row, c + 1, cells[c], Text);
                }
            }
        }

        sheet.FreezePanes(1);
        sheet.FitRowsToContent().SetPrint(PrintSetup.Form.RepeatingRows(1));
    }
}
