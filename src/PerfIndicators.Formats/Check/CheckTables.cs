using System.Globalization;
using PerfIndicators.Checking;

namespace PerfIndicators.Formats.Check;

/// <summary>The rows every writer of a re-check shows (console, Markdown, workbook), so that each says the same.</summary>
public static class CheckTables
{
    /// <summary>The header of a form's indicator table.</summary>
    public static readonly string[] IndicatorHeader = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "自评得分", "复核得分", "差额"];

    /// <summary>The header of the findings table.</summary>
    public static readonly string[] FindingHeader = ["级别", "代码", "位置", "说明"];

    /// <summary>The header of the summary by department or by finding.</summary>
    public static readonly string[] GroupHeader = ["", "自评表", "有偏差的", "发现"];

    /// <summary>Each indicator row: as printed, then the published and recomputed 得分 and their difference.</summary>
    /// <param name="result">The re-check.</param>
    public static IEnumerable<string[]> IndicatorRows(RecheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Indicators.Select(i => new[]
        {
            i.Published.Level1 ?? string.Empty, i.Published.Level2 ?? string.Empty, i.Published.Name, i.Published.Target, i.Published.Actual ?? string.Empty,
            Number(i.Published.Points?.Value), Number(i.PublishedScore), Number(i.RecomputedScore), Signed(i.Difference),
        });
    }

    /// <summary>The totals side by side: 执行率, budget-execution 得分, 总分 and 等级, published then recomputed.</summary>
    /// <param name="result">The re-check.</param>
    public static IEnumerable<string[]> TotalRows(RecheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        yield return ["", "自评", "复核"];
        yield return ["执行率", Rate(result.Published.ExecutionRate), Rate(result.Recomputed.ExecutionRate)];
        yield return ["预算执行得分", Number(result.Published.ExecutionScore), Number(result.Recomputed.ExecutionScore)];
        yield return ["总分", Number(result.Published.Total), Number(result.Recomputed.Total)];
        yield return ["等级", result.Published.Grade ?? string.Empty, result.Recomputed.Grade ?? string.Empty];
    }

    /// <summary>Each finding: severity, code, location, message.</summary>
    /// <param name="findings">The findings.</param>
    public static IEnumerable<string[]> FindingRows(IEnumerable<Diagnostic> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return findings.Select(d => new[] { d.Severity.ToName(), d.Code, d.Location.ToString(), d.Message });
    }

    /// <summary>The heading of a form: project, file and sheet, layout and policy.</summary>
    /// <param name="form">The form.</param>
    public static string Heading(CheckedForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var r = form.Result;
        return (r.Form.ProjectName ?? "（未注明项目）") + "：" + form.Source + (r.Form.Sheet is null ? string.Empty : " [" + r.Form.Sheet + "]")
            + "；版式 " + r.Form.Layout.ToName() + "，按 " + r.Policy.Id + " " + r.Policy.Version + " 复核" + (r.PolicyChoice == PolicyChoice.ImpliedByLayout ? "（由版式推定）" : string.Empty)
            + "；发现 " + Count(r.Findings.Length) + " 条，偏差行 " + Count(r.DeviatingRows) + " 行";
    }

    /// <summary>The summary in one sentence: forms read, failed files, deviating forms, total and largest deviation.</summary>
    /// <param name="summary">The summary.</param>
    public static string Overview(CheckSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return "自评表 " + Count(summary.Forms) + " 张，有偏差的 " + Count(summary.Deviating) + " 张；总分偏差合计 " + Number(summary.TotalDeviation)
            + (summary.LargestDeviation is { } largest ? "，最大 " + Number(largest.Amount) + "（" + (largest.Form.Result.Form.ProjectName ?? largest.Form.Source) + "）" : string.Empty)
            + (summary.FailedFiles > 0 ? "；" + Count(summary.FailedFiles) + " 个文件无法读取" : string.Empty);
    }

    /// <summary>The rows of a summary by department or by finding.</summary>
    /// <param name="groups">The groups.</param>
    public static IEnumerable<string[]> GroupRows(IEnumerable<CheckGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return groups.Select(g => new[] { g.Name, Count(g.Forms), Count(g.Deviating), Count(g.Findings) });
    }

    /// <summary>A number as the invariant culture writes it without trailing zeros, or empty.</summary>
    /// <param name="value">The number.</param>
    public static string Number(decimal? value) => value is { } v ? (v / 1.0000000000000000000000000000m).ToString("0.##########", CultureInfo.InvariantCulture) : string.Empty;

    private static string Signed(decimal? value) => value is { } v && v != 0 ? (v > 0 ? "+" : string.Empty) + Number(v) : value is null ? string.Empty : "0";

    private static string Rate(decimal? rate) => rate is { } r ? Number(Math.Round(r * 100m, 2)) + "%" : string.Empty;

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
