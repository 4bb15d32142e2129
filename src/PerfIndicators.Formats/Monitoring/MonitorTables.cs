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
            "预算执行", Amount(e.Budget, e.Unit), Amount(e.Executed, e.Unit) + (e.Share is { } share ? "（" + Percent(share) + "）" : string.Empty),
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

    /// <summary>The facts line of a monitoring summary.</summary>
    public static string SummaryFacts(MonitoringSummary summary) =>
        "项目 " + summary.Projects + " 个：红灯 " + summary.Red + "、黄灯 " + summary.Yellow + "、绿灯 " + summary.Green
        + "；平均预算执行率 " + (summary.MeanExecution is { } mean ? Percent(mean) : "—")
        + (summary.Failed.IsEmpty ? string.Empty : "；未能读取 " + summary.Failed.Length + " 个文件");

    /// <summary>
    /// The tables of a monitoring summary — by department, by deciding rule, every project worst first, and the inputs
    /// that could not be read — each with a title, a header and rows whose status (if any) colours one column.
    /// </summary>
    public static IEnumerable<SummaryTable> SummaryTables(MonitoringSummary summary)
    {
        yield return new SummaryTable(
            "按部门（by department）",
            ["主管部门", "项目数", "红灯", "黄灯", "绿灯", "平均预算执行率"],
            [.. summary.ByDepartment.Select(d => new SummaryRow(
                [d.Department, Count(d.Projects), Count(d.Red), Count(d.Yellow), Count(d.Green), d.MeanExecution is { } m ? Percent(m) : "—"], null))]);
        yield return new SummaryTable(
            "按判定规则（by deciding rule）",
            ["判定规则", "项目数"],
            [.. summary.ByRule.Select(r => new SummaryRow([r.Rule, Count(r.Projects)], null))]);
        yield return new SummaryTable(
            "项目（红灯在前）(projects, red first)",
            ["文件", "项目", "主管部门", "状态", "判定规则", "序时进度", "预算执行率", "落后序时进度（百分点）", "发现"],
            [.. summary.Listed.Select(p => new SummaryRow(
                [
                    p.Source, p.Report.Project, p.Report.Department ?? "—", p.Report.Status.ToLabel(), p.Report.DecidingRule, Percent(p.Report.TimeShare),
                    p.Report.Execution.Share is { } share ? Percent(share) : "—",
                    p.Report.Execution.Gap is { } gap ? Scoring.DisplayText.Number(gap) : "—", Count(p.Report.Findings.Length),
                ],
                p.Report.Status))]);
        if (!summary.Failed.IsEmpty)
        {
            yield return new SummaryTable(
                "未能读取的文件（inputs not read）",
                ["文件", "原因"],
                [.. summary.Failed.Select(f => new SummaryRow([f.Source, f.Reason], null))]);
        }
    }

    /// <summary>The column of the project table that the row's status colours.</summary>
    public const int StatusColumn = 3;

    public static string Percent(decimal fraction) => Scoring.DisplayText.Percent(fraction);

    private static string Amount(decimal? value, Documents.AmountUnit? unit) =>
        value is { } v ? Scoring.DisplayText.Number(v) + " " + (unit ?? Documents.AmountUnit.TenThousandYuan).Label() : "—";

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One table of a monitoring summary.</summary>
internal sealed record SummaryTable(string Title, string[] Header, IReadOnlyList<SummaryRow> Rows);

/// <summary>One row of a summary table; <paramref name="Status"/> colours <see cref="MonitorTables.StatusColumn"/>.</summary>
internal sealed record SummaryRow(string[] Cells, MonitorStatus? Status);
