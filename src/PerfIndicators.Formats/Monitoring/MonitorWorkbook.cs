using PerfIndicators.Formats.Xlsx;
using PerfIndicators.Monitoring;

namespace PerfIndicators.Formats.Monitoring;

/// <summary>The 绩效监控表 as an xlsx workbook: one sheet 绩效监控表, printed A4 landscape, and 监控发现.</summary>
public static class MonitorWorkbook
{
    private static readonly CellStyle Text = CellStyle.Body with { VerticalAlignment = VerticalAlignment.Top };
    private static readonly CellStyle Title = CellStyle.Default with { Bold = true };

    /// <summary>The sheets' names, in order.</summary>
    public static IReadOnlyList<string> SheetNames { get; } = ["绩效监控表", "监控发现"];

    /// <summary>The workbook's bytes.</summary>
    public static byte[] ToXlsx(MonitoringReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var workbook = new WorkbookBuilder { Title = "项目支出绩效监控表（" + report.Project + "）" };
        var form = workbook.AddSheet(SheetNames[0]);
        form.SetText(1, 1, "项目支出绩效监控表（" + report.FiscalYear + " 年，截至 " + report.AsOf.ToString("yyyy-MM-dd", null) + "）", Title)
            .SetText(2, 1, "项目名称", Text).SetText(2, 2, report.Project, Text)
            .SetText(3, 1, "主管部门", Text).SetText(3, 2, report.Department ?? "—", Text)
            .SetText(4, 1, "序时进度", Text).SetText(4, 2, MonitorTables.Percent(report.TimeShare), Text)
            .SetText(5, 1, "监控结论", Text).SetText(5, 2, report.Status.ToLabel() + "（" + report.DecidingRule + "）", Text);
        int[] widths = [40, 18, 22, 18, 8, 40];
        var header = MonitorTables.Header(report);
        for (var c = 0; c < header.Length; c++)
        {
            form.SetColumnWidth(c + 1, widths[c]).SetText(7, c + 1, header[c], CellStyle.Header);
        }

        var row = 7;
        foreach (var (cells, _) in MonitorTables.Rows(report))
        {
            row++;
            for (var c = 0; c < cells.Length; c++)
            {
                form.SetText(row, c + 1, cells[c], Text);
            }
        }

        var findings = workbook.AddSheet(SheetNames[1]);
        findings.SetColumnWidth(1, 8).SetColumnWidth(2, 8).SetColumnWidth(3, 30).SetColumnWidth(4, 80);
        string[] findingHeader = ["级别", "代码", "指标", "说明"];
        for (var c = 0; c < findingHeader.Length; c++)
        {
            findings.SetText(1, c + 1, findingHeader[c], CellStyle.Header);
        }

        row = 1;
        foreach (var d in report.Findings)
        {
            row++;
            findings.SetText(row, 1, d.Severity.ToChineseLabel(), Text).SetText(row, 2, d.Code, Text).SetText(row, 3, d.Location.Indicator ?? "（项目）", Text).SetText(row, 4, d.Message, Text);
        }

        foreach (var sheet in workbook.Sheets)
        {
            sheet.FitRowsToContent().SetPrint(PrintSetup.Form);
        }

        return workbook.ToArray();
    }

    /// <summary>A folder's monitoring summary: one sheet per table (汇总 with the counts and departments, 判定规则, 项目, 未能读取).</summary>
    public static byte[] ToXlsx(MonitoringSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var workbook = new WorkbookBuilder { Title = "绩效运行监控汇总（截至 " + summary.AsOf.ToString("yyyy-MM-dd", null) + "）" };
        string[] names = ["按部门", "按判定规则", "项目", "未能读取"];
        var n = 0;
        foreach (var table in MonitorTables.SummaryTables(summary))
        {
            var sheet = workbook.AddSheet(names[n++]);
            var top = 1;
            if (n == 1)
            {
                sheet.SetText(1, 1, workbook.Title, Title).SetText(2, 1, MonitorTables.SummaryFacts(summary), Text);
                top = 4;
            }

            for (var c = 0; c < table.Header.Length; c++)
            {
                // Wide enough for the longest cell (a Chinese character counts two), between 8 and 40.
                var widest = table.Rows.Select(r => r.Cells[c]).Append(table.Header[c]).Max(t => t.Sum(ch => ch > '\u2E80' ? 2 : 1));
                sheet.SetColumnWidth(c + 1, Math.Clamp(widest + 2, 8, 40)).SetText(top, c + 1, table.Header[c], CellStyle.Header);
            }

            var row = top;
            foreach (var cells in table.Rows.Select(r => r.Cells))
            {
                row++;
                for (var c = 0; c < cells.Length; c++)
                {
                    sheet.SetText(row, c + 1, cells[c], Text);
                }
            }

            sheet.FitRowsToContent().SetPrint(PrintSetup.Form);
        }

        return workbook.ToArray();
    }
}
