using PerfIndicators.Scoring;

namespace PerfIndicators.Review;

/// <summary>The Chinese labels and messages of review reports, in one place.</summary>
internal static class ReviewLabels
{
    public const string BudgetExecution = "预算执行率";
    public const string NoDepartment = "（未填写主管部门）";
    public const string NoUnit = "（未填写实施单位）";
    public const string NoGrade = "（无等级）";

    public const string Title = "年度预算绩效评价汇总";
    public const string Policy = "评分办法";
    public const string Projects = "项目";
    public const string Indicators = "指标";
    public const string MeanTotal = "平均分";
    public const string MinTotal = "最低分";
    public const string MaxTotal = "最高分";
    public const string Total = "总分";
    public const string Grade = "等级";
    public const string Department = "主管部门";
    public const string Unit = "实施单位";
    public const string ProjectName = "项目名称";
    public const string Source = "文件";
    public const string ExecutionRate = "执行率";
    public const string MeanExecutionRate = "平均执行率";
    public const string PointsLost = "失分";
    public const string MissingReasons = "缺偏差原因";
    public const string OverAchievements = "超额完成";
    public const string NeedsManual = "需人工评分";
    public const string Provisional = "暂定";
    public const string Capped = "封顶";

    public static string Outcome(IndicatorOutcome outcome) => outcome switch
    {
        IndicatorOutcome.Met => "达成",
        IndicatorOutcome.PartiallyMet => "部分达成",
        IndicatorOutcome.NotMet => "未达成",
        IndicatorOutcome.NotApplicable => "不适用",
        _ => "需人工评分",
    };

    public static string DepartmentName(string? name) => name ?? NoDepartment;

    public static string UnitName(string? name) => name ?? NoUnit;

    public static string GradeLabel(string grade) => grade.Length == 0 ? NoGrade : grade;

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
