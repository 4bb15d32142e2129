using System.Collections.Immutable;

namespace PerfIndicators.Checking;

/// <summary>The layout a published 自评表 was read in, told by its labels.</summary>
public enum PublishedLayout
{
    /// <summary>The national form (财预〔2020〕10号 annex): budget block, then 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因.</summary>
    National = 0,

    /// <summary>The national form with the target split over cells (指标性质 | 指标值 | 度量单位), as Sichuan and Yunnan print it.</summary>
    SplitTarget,

    /// <summary>The Hubei form: 预算执行情况 (20分), then one or more 年度绩效目标N (40分) blocks.</summary>
    Hubei,
}

/// <summary>Labels of <see cref="PublishedLayout"/>.</summary>
public static class PublishedLayouts
{
    /// <summary>The layout as JSON writes it: <c>national</c>, <c>split-target</c>, <c>hubei</c>.</summary>
    /// <param name="layout">The layout.</param>
    public static string ToName(this PublishedLayout layout) => layout switch
    {
        PublishedLayout.National => "national",
        PublishedLayout.SplitTarget => "split-target",
        _ => "hubei",
    };
}

/// <summary>
/// A published self-evaluation (已填报的项目支出绩效自评表) as printed, read from its cells by <see cref="PublishedFormReader"/>: the
/// project, the budget block, every indicator row with its published 分值 and 得分, the printed 总分 and 等级, and where each was
/// printed. Nothing is recomputed here: re-check it with <see cref="FormRechecker"/>. Immutable.
/// </summary>
public sealed record PublishedSelfAssessment
{
    /// <summary>The sheet the form is on, or <see langword="null"/> for a text table.</summary>
    public string? Sheet { get; init; }

    /// <summary>The first row (or line) of the form.</summary>
    public int FirstRow { get; init; }

    /// <summary>The layout the labels showed.</summary>
    public PublishedLayout Layout { get; init; }

    /// <summary>项目名称 as printed, or <see langword="null"/>.</summary>
    public string? ProjectName { get; init; }

    /// <summary>主管部门 as printed, or <see langword="null"/>.</summary>
    public string? Department { get; init; }

    /// <summary>实施单位 as printed, or <see langword="null"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>The year in the title (<c>2022年度</c>), or <see langword="null"/>.</summary>
    public int? FiscalYear { get; init; }

    /// <summary>The budget block's total row, or <see langword="null"/> when the form has none.</summary>
    public PublishedBudget? Budget { get; init; }

    /// <summary>The indicator rows in printed order.</summary>
    public ImmutableArray<PublishedIndicator> Indicators { get; init; } = [];

    /// <summary>Whether the indicator header has a 得分 column (without one there is nothing published to compare).</summary>
    public bool HasScoreColumn { get; init; }

    /// <summary>Whether the indicator header has a 分值 (or 权重) column.</summary>
    public bool HasPointsColumn { get; init; }

    /// <summary>Whether the indicator header has a 偏差原因 column.</summary>
    public bool HasDeviationColumn { get; init; }

    /// <summary>The points printed in the goal-block labels of the Hubei layout (<c>年度绩效目标1（40分）</c>), in order.</summary>
    public ImmutableArray<decimal> BlockPoints { get; init; } = [];

    /// <summary>总分 as printed, or <see langword="null"/>.</summary>
    public PublishedNumber? Total { get; init; }

    /// <summary>等级 as printed, or <see langword="null"/>.</summary>
    public string? Grade { get; init; }

    /// <summary>Where 等级 was printed, when it was.</summary>
    public DiagnosticLocation GradeLocation { get; init; }

    /// <summary>Problems met reading the form (PI90xx); the form is read anyway.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}

/// <summary>A number as printed (<c>9.5</c>, <c>20%</c>, <c>10分</c>): its text, its value and where it was printed.</summary>
/// <param name="Text">The cell as printed.</param>
/// <param name="Value">The number read from it.</param>
/// <param name="Decimals">How many decimals were printed (the precision the value was rounded to).</param>
/// <param name="Location">Where it was printed.</param>
public sealed record PublishedNumber(string Text, decimal Value, int Decimals, DiagnosticLocation Location)
{
    /// <summary>Half a unit of the printed precision: the largest difference rounding to it explains (0.5 for <c>9</c>, 0.005 for <c>9.50</c>).</summary>
    public decimal RoundingTolerance => 0.5m / Pow10(Decimals);

    internal static decimal Pow10(int decimals)
    {
        var value = 1m;
        for (var i = 0; i < decimals && i < 20; i++)
        {
            value *= 10m;
        }

        return value;
    }
}

/// <summary>The total row of a published budget block (年度资金总额), every cell as printed.</summary>
public sealed record PublishedBudget
{
    /// <summary>The row the amounts were read from.</summary>
    public DiagnosticLocation Location { get; init; }

    /// <summary>年初预算数 as printed, or <see langword="null"/>.</summary>
    public string? Initial { get; init; }

    /// <summary>全年预算数 as printed, or <see langword="null"/>.</summary>
    public string? Adjusted { get; init; }

    /// <summary>全年执行数 as printed, or <see langword="null"/>.</summary>
    public string? Executed { get; init; }

    /// <summary>The unit the header names (<c>项目资金（万元）</c>), or <see langword="null"/>.</summary>
    public Documents.AmountUnit? Unit { get; init; }

    /// <summary>分值 of budget execution as printed, or <see langword="null"/> (the Hubei label <c>预算执行情况（20分）</c> counts).</summary>
    public PublishedNumber? Points { get; init; }

    /// <summary>执行率 as printed, or <see langword="null"/>.</summary>
    public PublishedNumber? Rate { get; init; }

    /// <summary>The published budget-execution 得分, or <see langword="null"/>.</summary>
    public PublishedNumber? Score { get; init; }
}

/// <summary>One published indicator row, every cell as printed.</summary>
public sealed record PublishedIndicator
{
    /// <summary>Where the row was printed (sheet and row, or the line).</summary>
    public DiagnosticLocation Location { get; init; }

    /// <summary>一级指标 as printed (filled down from the rows above), or <see langword="null"/>.</summary>
    public string? Level1 { get; init; }

    /// <summary>二级指标 as printed (filled down), or <see langword="null"/>.</summary>
    public string? Level2 { get; init; }

    /// <summary>三级指标 as printed.</summary>
    public required string Name { get; init; }

    /// <summary>年度指标值 as printed; split cells (指标性质, 指标值, 度量单位) joined with single spaces.</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>实际完成值 as printed, or <see langword="null"/> when the cell is empty.</summary>
    public string? Actual { get; init; }

    /// <summary>分值 as printed, or <see langword="null"/>.</summary>
    public PublishedNumber? Points { get; init; }

    /// <summary>得分 as published, or <see langword="null"/>.</summary>
    public PublishedNumber? Score { get; init; }

    /// <summary>偏差原因分析及改进措施 as printed, or <see langword="null"/>.</summary>
    public string? DeviationReason { get; init; }
}
