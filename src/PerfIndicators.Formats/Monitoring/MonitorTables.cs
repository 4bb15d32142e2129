using PerfIndicators.Monitoring;

namespace PerfIndicators.Formats.Monitoring;

/// <summary>The rows of the 绩效监控表 as plain cells, shared by the Markdown, HTML and xlsx writers (each escapes its own way).</summary>
internal static class MonitorTables
{
    public static string[] Header(MonitoringReport report) => ["项目", "年度目标", MonitorText.PeriodLabel(report), "全年预计完成情况", "状态", "偏差原因及纠偏措施"];

    /// <summary>The budget row, then one row per indicator; the last cell of each row is its status (or null).</summary>
    public static IEnumerable<(string[] Cells, MonitorStatus? Status)> Rows(MonitoringReport report)
    {
        var e = report.Execution;
        yield return ([
            "预算执行", Amount(e.Budget), Amount(e.Executed) + (e.Share is { } share ? "（" + Percent(share) + "）" : string.Empty),
            e.Projected is { } projected ? Percent(projected) : "—", e.Status?.ToLabel() ?? "—", e.DeviationReason ?? string.Empty,
        ], e.Status);
        foreach (var i in report.Indicators)
        {
            yield return ([
                string.Join(" / ", new[] { i.Category, i.Subcategory, i.Name }.Where(s => !string.IsNullOrEmpty(s))), i.Target,
                (i.Actual ?? "—") + (i.Progress is { } progress ? "（" + Percent(progress) + "）" : string.Empty),
                i.Projection ?? "—", i.Status?.ToLabel() ?? "—", i.DeviationReason ?? string.Empty,
            ], i.Status);
        }
    }

    public static string Percent(decimal fraction) => Scoring.DisplayText.Percent(fraction);

    private static string Amount(decimal? value) => value is { } v ? Scoring.DisplayText.Number(v) + " 万元" : "—";
}
