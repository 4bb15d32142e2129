using System.Globalization;
using PerfIndicators.Checking;
using PerfIndicators.Tests.Corpus;

namespace PerfIndicators.Tests.Checking;

/// <summary>
/// The published 自评表 of the development corpus rebuilt as printed forms: for each document of <c>selfeval-docs.jsonl</c>, its
/// rows of <c>selfeval-rows.jsonl</c> (every cell as printed, 一级/二级 as filled down) under the national layout's labels, its
/// budget block (全年预算数, 全年执行数, 分值, 执行率, 得分 as printed), 总分 and 等级. Each form names its corpus document, whose
/// <c>source_url</c> is the public page it was copied from.
/// </summary>
internal static class CorpusForms
{
    public static readonly string[] IndicatorHeader = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

    public static readonly string[] BudgetHeader = ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];

    /// <summary>Every corpus document that has rows, as the cells of a national-layout form.</summary>
    public static IReadOnlyList<(DocCase Doc, IReadOnlyList<RowCase> Rows, List<string[]> Cells)> All { get; } =
        [.. CorpusData.Docs
            .Select(d => (Doc: d, Rows: (IReadOnlyList<RowCase>)[.. CorpusData.Rows.Where(r => r.Doc == d.Doc)]))
            .Where(d => d.Rows.Count > 0)
            .Select(d => (d.Doc, d.Rows, National(d.Doc, d.Rows)))];

    /// <summary>The shipped policy a document scores by: <c>national-integer</c> when its labeller notes whole-point rounding.</summary>
    public static string PolicyOf(IReadOnlyList<RowCase> rows) =>
        rows.Any(r => r.Note is { } note && note.Contains("integer", StringComparison.OrdinalIgnoreCase)) ? "national-integer" : "national";

    /// <summary>The national layout: title, 项目名称, budget block, indicator header, rows, 总分, 等级.</summary>
    public static List<string[]> National(DocCase doc, IReadOnlyList<RowCase> rows)
    {
        var cells = new List<string[]>
        {
            new[] { $"{doc.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty}年度项目支出绩效自评表" },
            new[] { "项目名称", rows[0].Doc },
            BudgetHeader,
            new[] { "", "年度资金总额", "", doc.BudgetFullYear ?? "", doc.Executed ?? "", Show(doc.ExecPoints), Printed(doc.ExecRate), Show(doc.ExecScore) },
            IndicatorHeader,
        };
        cells.AddRange(rows.Select(Row));
        cells.Add(["总分", "", "", "", "", "", Show(doc.TotalScore), ""]);
        return cells;
    }

    /// <summary>One indicator row as printed; a label the labeller supplied (<c>(inferred)</c>) was not printed and is left empty.</summary>
    public static string[] Row(RowCase row) =>
        [Label(row.Level1), Label(row.Level2), row.Name, row.TargetText, row.ActualText ?? "", Show(row.Points), Show(row.Score), ""];

    public static PrintedGrid Grid(List<string[]> cells, string sheet = "自评表") => PrintedGrid.FromRows(cells, sheet);

    private static string Label(string? label) => label is null || label.Contains("(inferred)", StringComparison.Ordinal) ? "" : label;

    private static string Show(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A rate as printed, without the labeller's note (<c>1(printed '1')</c> → <c>1</c>).</summary>
    private static string Printed(string? rate) => rate is null ? "" : rate.Split('(')[0].Trim();
}
