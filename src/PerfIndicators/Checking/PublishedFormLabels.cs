using PerfIndicators.Documents;

namespace PerfIndicators.Checking;

/// <summary>What a header cell of a published 自评表 names.</summary>
internal enum PublishedColumn
{
    Other = 0,
    Level1,
    Level2,
    Name,
    Target,
    Comparator,
    Unit,
    Actual,
    Points,
    Score,

    /// <summary>得分系数 (a share of the row's 权重 or 分值, as a percentage or a fraction): the score is it × the points.</summary>
    ScoreCoefficient,
    Deviation,

    // The budget block.
    Initial,
    Adjusted,
    Executed,
    Rate,
}

/// <summary>
/// The labels of published 自评表 layouts, read the way <see cref="FormLabels"/> reads 目标表 labels (white space, ★ marks and
/// bracketed suffixes dropped, traditional characters as simplified). Chinese labels of the re-check live here.
/// </summary>
internal static class PublishedFormLabels
{
    private static readonly string[] ActualLabels =
        ["实际完成值", "全年实际值", "全年实际完成值", "完成值", "年终完成值", "实际值", "实际完成情况", "完成情况", "实际完成", "全年完成值", "实际完成指标值"];

    private static readonly string[] PointsLabels = ["分值", "权重", "指标分值", "标准分值", "指标权重", "分数", "标准分"];
    private static readonly string[] ScoreLabels = ["得分", "自评分", "自评得分", "评分", "实际得分", "自评分值"];
    private static readonly string[] ScoreCoefficientLabels = ["得分系数", "评分系数", "完成系数", "得分率"];

    private static readonly string[] DeviationLabels =
        ["偏差原因分析及改进措施", "偏差原因", "偏差原因分析", "未完成原因", "未完成原因和改进措施", "未完成原因及改进措施", "原因分析及改进措施", "偏差原因及改进措施", "偏差原因分析及整改措施"];

    private static readonly string[] ExtraTargetLabels = ["年初指标值", "预期指标值", "年初目标值", "年度指标值(A)", "计划值"];

    private static readonly string[] TotalLabels = ["总分", "合计", "总计", "自评总分", "综合得分", "总得分", "自评得分合计", "得分合计"];
    private static readonly string[] GradeLabels = ["等级", "评价等级", "自评等级", "绩效等级", "自评结果", "评价结果"];

    /// <summary>What an indicator-table or budget-block header cell names.</summary>
    public static PublishedColumn ColumnOf(string cell)
    {
        var label = FormLabels.Canonical(cell);
        var bare = FormLabels.Bare(label);
        if (bare.Length == 0)
        {
            return PublishedColumn.Other;
        }

        switch (FormLabels.ColumnOf(cell))
        {
            case FormColumn.Level1: return PublishedColumn.Level1;
            case FormColumn.Level2: return PublishedColumn.Level2;
            case FormColumn.Name: return PublishedColumn.Name;
            case FormColumn.Value: return PublishedColumn.Target;
            case FormColumn.Comparator: return PublishedColumn.Comparator;
            case FormColumn.Unit: return PublishedColumn.Unit;
            default: break;
        }

        return bare switch
        {
            _ when ExtraTargetLabels.Contains(bare) || ExtraTargetLabels.Contains(label) => PublishedColumn.Target,
            _ when ActualLabels.Contains(bare) || bare.StartsWith("实际完成值", StringComparison.Ordinal) => PublishedColumn.Actual,
            _ when PointsLabels.Contains(bare) => PublishedColumn.Points,
            _ when ScoreLabels.Contains(bare) => PublishedColumn.Score,
            _ when ScoreCoefficientLabels.Contains(bare) => PublishedColumn.ScoreCoefficient,
            _ when DeviationLabels.Contains(bare) || bare.StartsWith("偏差原因", StringComparison.Ordinal) || bare.StartsWith("未完成原因", StringComparison.Ordinal) => PublishedColumn.Deviation,
            "年初预算数" or "年初预算" => PublishedColumn.Initial,
            "全年预算数" or "调整后预算数" or "全年预算" or "预算数" => PublishedColumn.Adjusted,
            "全年执行数" or "执行数" or "实际支出数" or "全年执行" or "实际执行数" => PublishedColumn.Executed,
            "执行率" or "预算执行率" => PublishedColumn.Rate,
            _ => PublishedColumn.Other,
        };
    }

    /// <summary>Whether a cell is the label of the total row (总分, 合计 …).</summary>
    public static bool IsTotal(string cell) => TotalLabels.Contains(FormLabels.Bare(FormLabels.Canonical(cell)));

    /// <summary>
    /// Whether a cell is a 等级 label; the grade printed in the same cell after a colon (<c>等级：优</c>) is returned in <paramref name="grade"/>.
    /// </summary>
    public static bool IsGrade(string cell, out string? grade)
    {
        grade = null;
        var label = FormLabels.Canonical(cell);
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        var head = colon > 0 ? label[..colon] : label;
        if (!GradeLabels.Contains(FormLabels.Bare(head)))
        {
            return false;
        }

        grade = colon > 0 && colon + 1 < label.Length ? label[(colon + 1)..] : null;
        return true;
    }

    /// <summary>Whether a cell names the project (项目名称), with the name after a colon when printed in the same cell.</summary>
    public static bool IsProjectName(string cell, out string? name)
    {
        name = null;
        var trimmed = cell.Trim();
        var label = FormLabels.Canonical(trimmed);
        if (!label.StartsWith("项目名称", StringComparison.Ordinal))
        {
            return false;
        }

        var colon = trimmed.IndexOfAny([':', '：']);
        name = colon > 0 && colon + 1 < trimmed.Length ? trimmed[(colon + 1)..].Trim() : null;
        return label.Length == 4 || colon > 0;
    }

    /// <summary>Whether a cell is the title of a 自评表 (<c>2022年度项目支出绩效自评表</c>).</summary>
    public static bool IsTitle(string cell)
    {
        var label = FormLabels.Canonical(cell);
        return label.Length <= 60 && (label.EndsWith("自评表", StringComparison.Ordinal) || label.Contains("自评表(", StringComparison.Ordinal));
    }

    /// <summary>The Hubei budget label <c>预算执行情况（20分）</c>: whether the cell is one.</summary>
    public static bool IsHubeiBudget(string cell) =>
        FormLabels.Canonical(cell).StartsWith("预算执行情况", StringComparison.Ordinal);

    /// <summary>A Hubei goal-block label <c>年度绩效目标1（40分）</c>: whether the cell is one.</summary>
    public static bool IsGoalBlock(string cell)
    {
        var label = FormLabels.Canonical(cell);
        return label.StartsWith("年度绩效目标", StringComparison.Ordinal) && label.Contains('分', StringComparison.Ordinal) && label.Contains('(', StringComparison.Ordinal);
    }

    /// <summary>The points printed in a label (<c>（20分）</c>, <c>(40分)</c>), or <see langword="null"/>.</summary>
    public static decimal? PointsIn(string cell)
    {
        var label = FormLabels.Canonical(cell);
        var open = label.LastIndexOf('(');
        var close = label.LastIndexOf(')');
        if (open < 0 || close <= open + 1)
        {
            return null;
        }

        var inner = label[(open + 1)..close].TrimEnd('分');
        return decimal.TryParse(inner, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var points) ? points : null;
    }

    /// <summary>The grade a policy names (优, 良, 中, 差) that a printed grade means: <c>优秀</c> → 优, <c>良好</c> → 良, <c>合格</c> → 中, <c>不合格</c> → 差.</summary>
    public static string NormalGrade(string printed)
    {
        var text = FormLabels.Canonical(printed);
        return text switch
        {
            "优秀" or "优" or "A" => "优",
            "良好" or "良" or "B" => "良",
            "中" or "中等" or "合格" or "一般" or "C" => "中",
            "差" or "较差" or "不合格" or "D" => "差",
            _ => text,
        };
    }
}
