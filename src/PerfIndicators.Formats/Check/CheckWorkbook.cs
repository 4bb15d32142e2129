using PerfIndicators.Formats.Xlsx;

namespace PerfIndicators.Formats.Check;

/// <summary>
/// A re-check as an xlsx workbook: 汇总 (the summary, by department and by kind of finding), one sheet per form (表1, 表2 …: the rows
/// as printed with the 自评得分 beside the 复核得分 and their difference, then the totals side by side), and 发现 (every finding).
/// </summary>
public static class CheckWorkbook
{
    private static readonly CellStyle Text = CellStyle.Body with { VerticalAlignment = VerticalAlignment.Top };

    /// <summary>The summary sheet's name.</summary>
    public const string SummarySheet = "汇总";

    /// <summary>The findings sheet's name.</summary>
    public const string FindingsSheet = "发现";

    /// <summary>The name of the sheet of the form at 0-based <paramref name="index"/>.</summary>
    /// <param name="index">The form's position in the run.</param>
    public static string FormSheet(int index) => "表" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The workbook's bytes.</summary>
    /// <param name="run">The run.</param>
    public static byte[] ToXlsx(CheckRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var summary = run.Summary;
        var workbook = new WorkbookBuilder { Title = "自评结果复核" };
        var overview = workbook.AddSheet(SummarySheet);
        overview.SetColumnWidth(1, 40).SetColumnWidth(2, 10).SetColumnWidth(3, 10).SetColumnWidth(4, 10);
        overview.SetText(1, 1, CheckTables.Overview(summary), Text);
        var row = Rows(overview, 3, ["部门", .. CheckTables.GroupHeader[1..]], CheckTables.GroupRows(summary.ByDepartment));
        Rows(overview, row + 2, ["代码", .. CheckTables.GroupHeader[1..]], CheckTables.GroupRows(summary.ByFinding));
        for (var i = 0; i < run.Forms.Length; i++)
        {
            var form = run.Forms[i];
            var sheet = workbook.AddSheet(FormSheet(i));
            int[] widths = [14, 14, 30, 16, 16, 8, 10, 10, 8];
            for (var c = 0; c < widths.Length; c++)
            {
                sheet.SetColumnWidth(c + 1, widths[c]);
            }

            // The heading spans the table (A1:I1) so it prints as one line over the form, not a tall column A.
            sheet.Merge("A1:I1", CheckTables.Heading(form), Text);
            var next = Rows(sheet, 3, CheckTables.IndicatorHeader, CheckTables.IndicatorRows(form.Result));
            Rows(sheet, next + 2, [.. CheckTables.TotalRows(form.Result).First()], CheckTables.TotalRows(form.Result).Skip(1));
            sheet.FitRowsToContent().SetPrint(PrintSetup.Form.RepeatingRows(3));
        }

        var findings = workbook.AddSheet(FindingsSheet);
        int[] findingWidths = [28, 10, 30, 8, 8, 20, 60];
        for (var c = 0; c < findingWidths.Length; c++)
        {
            findings.SetColumnWidth(c + 1, findingWidths[c]);
        }

        Rows(
            findings,
            1,
            ["文件", "表", "项目", .. CheckTables.FindingHeader],
            run.Forms.SelectMany((f, i) => CheckTables.FindingRows(f.Result.Findings).Select(cells => (string[])[f.Source, FormSheet(i), f.Result.Form.ProjectName ?? string.Empty, .. cells]))
                .Concat(run.Errors.SelectMany(e => CheckTables.FindingRows(e.Diagnostics).Select(cells => (string[])[e.Source, string.Empty, string.Empty, .. cells]))));
        findings.FreezePanes(1);
        findings.FitRowsToContent().SetPrint(PrintSetup.Form.RepeatingRows(1));
        return workbook.ToArray();
    }

    /// <summary>Writes a header at <paramref name="first"/> and the rows under it, as text; returns the last row written.</summary>
    private static int Rows(SheetBuilder sheet, int first, string[] header, IEnumerable<string[]> rows)
    {
        for (var c = 0; c < header.Length; c++)
        {
            sheet.SetText(first, c + 1, header[c], CellStyle.Header);
        }

        var row = first;
        foreach (var cells in rows)
        {
            row++;
            for (var c = 0; c < cells.Length; c++)
            {
                if (decimal.TryParse(cells[c], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    sheet.SetNumber(row, c + 1, number, Text);
                }
                else
                {
                    sheet.SetText(row, c + 1, cells[c], Text);
                }
            }
        }

        return row;
    }
}
