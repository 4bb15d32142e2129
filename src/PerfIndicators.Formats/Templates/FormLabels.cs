using System.Collections.Immutable;

namespace PerfIndicators.Formats.Templates;

/// <summary>
/// The fixed texts and positions of the 项目支出绩效自评表 form as perfind writes it (templates and scored forms) and
/// reads it back. Chinese labels live here and nowhere else.
/// </summary>
internal static class FormLabels
{
    /// <summary>The format id of a fill-in template, stored in its metadata (<c>format</c>).</summary>
    public const string TemplateFormat = TemplateFormats.Template;

    /// <summary>The prefix every template format id starts with; a later version changes only the number.</summary>
    public const string TemplateFormatPrefix = TemplateFormats.TemplatePrefix;

    /// <summary>The format id of a scored form written by <c>perfind score -o form.xlsx</c>.</summary>
    public const string ScoredFormat = TemplateFormats.Scored;

    /// <summary>The name of the form sheet (自评表).</summary>
    public const string FormSheet = TemplateFormats.FormSheet;

    /// <summary>The name of the scored form's second sheet, listing every deduction and finding (评分说明).</summary>
    public const string ExplanationSheet = "评分说明";

    /// <summary>The very hidden sheet that holds the template metadata.</summary>
    public const string MetadataSheet = WorkbookBuilder.DefaultMetadataSheetName;

    /// <summary>The start of a CSV line holding one metadata entry (<c>#! key=value</c>).</summary>
    public const string CsvMetadataPrefix = "#!";

    /// <summary>The start of a CSV comment line, ignored when read.</summary>
    public const string CsvCommentPrefix = "#";

    /// <summary>The three qualitative tiers offered in the 评价等级 drop-down, best first.</summary>
    public static ImmutableArray<string> Tiers { get; } = ["达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差"];

    /// <summary>The headers of the indicator table, columns A to I.</summary>
    public static ImmutableArray<string> IndicatorHeaders { get; } =
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "评价等级（定性指标）"];

    /// <summary>The headers of the budget block, columns A to H.</summary>
    internal static ImmutableArray<string> BudgetHeaders { get; } = ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "执行偏差原因"];

    /// <summary>The labels of the funding-source rows under 年度资金总额.</summary>
    internal static ImmutableArray<string> SourceLabels { get; } = ["其中：当年财政拨款", "上年结转资金", "其他资金"];

    internal const string Title = "项目支出绩效自评表";
    internal const string ProjectName = "项目名称";
    internal const string Department = "主管部门";
    internal const string Unit = "实施单位";
    internal const string BudgetTotal = "年度资金总额";
    internal const string Goal = "年度总体目标";
    internal const string GoalExpected = "预期目标";
    internal const string GoalActual = "实际完成情况";
    internal const string Total = "总分";
    internal const string Grade = "等级";
    internal const string Notes = "填写说明";

    /// <summary>The signature line under the form, as the national form prints it: each label and the first and last column of its space.</summary>
    internal static ImmutableArray<(string Label, int First, int Last)> Signatures { get; } =
        [("单位负责人：", 1, 2), ("财务负责人：", 3, 3), ("填报人：", 4, 5), ("联系电话：", 6, 8), ("填报日期：", 9, 9)];

    /// <summary>The column of each part of an indicator row (1-based: A = 1).</summary>
    internal static class Column
    {
        public const int Category = 1;
        public const int Subcategory = 2;
        public const int Name = 3;
        public const int Target = 4;
        public const int Actual = 5;
        public const int Points = 6;
        public const int Score = 7;
        public const int Reason = 8;
        public const int Tier = 9;
        public const int Last = 9;

        // The budget row.
        public const int Initial = 2;
        public const int Adjusted = 3;
        public const int Executed = 4;
        public const int BudgetPoints = 5;
        public const int Rate = 6;
        public const int BudgetScore = 7;
        public const int BudgetReason = 8;

        // The department row.
        public const int UnitLabel = 5;
        public const int UnitValue = 6;

        // The goal rows.
        public const int GoalExpected = 2;
        public const int GoalActual = 6;

        // The total row.
        public const int TotalPoints = 6;
        public const int TotalScore = 7;
        public const int GradeLabel = 8;
        public const int GradeValue = 9;
    }

    internal static string TitleOf(int? fiscalYear) =>
        Title + (fiscalYear is int year ? "（" + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年度）" : string.Empty);

    internal static string BudgetLabel(string? amountUnit) => amountUnit is null ? "项目资金" : "项目资金（" + amountUnit + "）";

    internal const string ScoredNote = "得分、执行率、总分和等级由 perfind score 按评分办法计算；每项得分的依据、扣分和发现的问题见“评分说明”工作表。";

    internal const string Instructions =
        "填写说明：1. 只填黄色单元格：全年预算数、全年执行数、执行偏差原因、实际完成值、偏差原因分析及改进措施；定性指标在“评价等级”中选择档次，"
        + "也可在“得分”中填写该档区间内的分数（空白按默认分）。2. 实际完成值只填数字时按年度指标值的单位理解（指标值“≥90个”填 96 即 96个）；"
        + "百分比可填 95%、0.95 或 95；日期、“完成”“达成”等文字均可。3. 得分、执行率、总分和等级由 perfind score 计算。"
        + "4. 请勿增删行、修改灰色单元格或改动工作表名；隐藏工作表 _perfind（CSV 中以 #! 开头的行）用于核对模板，请勿修改或删除。";
}
