namespace PerfIndicators.SelfScoring;

/// <summary>
/// Where each part of the form sits (1-based sheet rows), which depends only on whether there is a 年度总体目标 and how
/// many indicators there are. Templates and scored forms share it, and so do xlsx and CSV: a CSV template is the same
/// grid, with the metadata lines after it.
/// </summary>
internal sealed record TemplateLayout(bool HasGoal, int IndicatorCount)
{
    public const int TitleRow = 1;
    public const int NameRow = 2;
    public const int DepartmentRow = 3;
    public const int BudgetHeaderRow = 4;
    public const int BudgetRow = 5;
    public const int FirstSourceRow = 6;
    public const int SourceCount = 3;

    /// <summary>The 年度总体目标 header row, or 0 when there is no goal.</summary>
    public int GoalHeaderRow => HasGoal ? FirstSourceRow + SourceCount : 0;

    /// <summary>The row with the goal text and its 实际完成情况, or 0 when there is no goal.</summary>
    public int GoalRow => HasGoal ? GoalHeaderRow + 1 : 0;

    /// <summary>The header row of the indicator table (一级指标 … 评价等级).</summary>
    public int HeaderRow => HasGoal ? GoalRow + 1 : FirstSourceRow + SourceCount;

    /// <summary>The first indicator row.</summary>
    public int FirstIndicatorRow => HeaderRow + 1;

    /// <summary>The 总分 row.</summary>
    public int TotalRow => FirstIndicatorRow + IndicatorCount;

    /// <summary>The 填写说明 row.</summary>
    public int NotesRow => TotalRow + 1;

    /// <summary>The signature line (单位负责人, 财务负责人, 填报人, 联系电话, 填报日期), the last row of the form.</summary>
    public int SignatureRow => NotesRow + 1;
}
