using System.Collections.Immutable;
using NodaTime;

namespace PerfIndicators.Documents;

/// <summary>
/// One project read from a budget document: a row of a project performance table, or a project section
/// (项目经费情况说明). It carries its names, amounts, goal, parsed indicators and the diagnostics of its row.
/// </summary>
/// <remarks>
/// Immutable. Spans in <see cref="Indicators"/> and <see cref="Diagnostics"/> point into <see cref="BudgetDocument.Text"/>.
/// A project whose document publishes no structured indicators has an empty <see cref="Indicators"/> and a
/// <see cref="DiagnosticCodes.NoStructuredIndicators"/> diagnostic saying so.
/// </remarks>
public sealed record Project
{
    /// <summary>Creates a project.</summary>
    /// <param name="name">The project name (二级项目 / 项目名称) as written, with extraction spaces removed.</param>
    /// <param name="source">The kind of table or section it was read from.</param>
    /// <param name="line">The 1-based line where its row or section starts.</param>
    /// <param name="span">The span of its whole row or section in the document text.</param>
    public Project(string name, TableKind source, int line, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Source = source;
        Line = line;
        Span = span;
    }

    /// <summary>The project name: the 二级项目 (second-level project) in Huzhou's tables, the 项目名称 elsewhere.</summary>
    public string Name { get; }

    /// <summary>The 一级项目 (first-level project) the row belongs to, or <see langword="null"/> when the table has none.</summary>
    public string? ParentName { get; init; }

    /// <summary>The 项目类别 (project category) as written, e.g. <c>特定目标类</c> (specific-purpose) or <c>其他运转类</c> (other operating); <see langword="null"/> when not given.</summary>
    public string? Category { get; init; }

    /// <summary>The unit that owns or carries out the project (单位名称, the unit row above it, or 实施主体), or <see langword="null"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>The unit's code (单位代码) when the row gives it, else <see langword="null"/>.</summary>
    public string? UnitCode { get; init; }

    /// <summary>The project amount (金额 / 总计, or the 年度预算安排 total), or <see langword="null"/> when it could not be read.</summary>
    public Amount? Amount { get; init; }

    /// <summary>The amounts by funding column (财政拨款, 财政专户, 其他资金 …), in column order; empty when the table has none.</summary>
    public ImmutableArray<FundingAmount> Funding { get; init; } = [];

    /// <summary>The performance goal (绩效目标) text, with line breaks removed; <see langword="null"/> when none is given.</summary>
    public string? Goal { get; init; }

    /// <summary>The project summary (项目概述) of a project section, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>The implementation period (实施周期) when the document states it as a date range, else <see langword="null"/>.</summary>
    public DateInterval? Period { get; init; }

    /// <summary>The implementation period as written (<c>2022年1月1日至2022年12月31日期间。</c>), or <see langword="null"/>.</summary>
    public string? PeriodText { get; init; }

    /// <summary>The breakdown of the annual budget (年度预算安排 其中：…), in text order; empty when none is given.</summary>
    public ImmutableArray<BudgetItem> BudgetItems { get; init; } = [];

    /// <summary>The 绩效指标 (indicator) cell as given to the parser (pieces of a broken cell joined), or <see langword="null"/>.</summary>
    public string? IndicatorText { get; init; }

    /// <summary>The indicators parsed from <see cref="IndicatorText"/>, in text order; spans point into the document.</summary>
    public ImmutableArray<Indicator> Indicators { get; init; } = [];

    /// <summary>Whether the project has at least one structured indicator.</summary>
    public bool HasStructuredIndicators => !Indicators.IsDefaultOrEmpty;

    /// <summary>Whether the same project (same unit, 一级 and 二级 name) is listed more than once in its table.</summary>
    public bool IsRepeated { get; init; }

    /// <summary>The kind of table or section the project was read from.</summary>
    public TableKind Source { get; }

    /// <summary>The 1-based line where the project's row or section starts.</summary>
    public int Line { get; }

    /// <summary>The span of the project's row (all its lines) or section in the document text.</summary>
    public TextSpan Span { get; }

    /// <summary>The diagnostics of this row: reading problems and the parser's diagnostics for the indicator cell, in text order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
