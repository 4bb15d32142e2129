using PerfIndicators.Scoring;

namespace PerfIndicators.Review;

/// <summary>The Chinese labels and messages a review puts in its data (the HTML page's own texts are in <c>PerfIndicators.Formats</c>, <c>Html/Templates/labels.txt</c>).</summary>
internal static class ReviewLabels
{
    public const string BudgetExecution = "预算执行率";

    public static string MissingReasonMessage(IndicatorAssessment indicator) =>
        (indicator.Score is decimal score
            ? "得分 " + DisplayText.Score(score) + "（分值 " + DisplayText.Number(indicator.Points) + "）"
            : "尚无得分（分值 " + DisplayText.Number(indicator.Points) + "）")
        + ((indicator.Flags & IndicatorFlags.OverAchievement) != 0 ? "，完成值远超指标值" : string.Empty)
        + "，缺少偏差原因分析及改进措施";

    public static string OverAchievementMessage(IndicatorAssessment indicator) =>
        "实际完成值“" + indicator.ActualText + "”为年度指标值“" + indicator.TargetText + "”的 "
        + (indicator.CompletionRatio is decimal ratio ? DisplayText.Percent(ratio) : "—")
        + "，请核实指标值是否设置偏低"
        + ((indicator.Flags & IndicatorFlags.OverAchievementDeducted) != 0 ? "（已按评分办法扣分）" : string.Empty);
}
