namespace PerfIndicators.Documents;

/// <summary>What a table of a budget document holds, judged from its title and header.</summary>
public enum TableKind
{
    /// <summary>Any other budget table (收支预算总表, 三公经费表 …); listed with its unit but its rows are not read.</summary>
    Other = 0,

    /// <summary>
    /// A project performance table: 重点项目支出绩效明细表 (key project performance details), 项目支出绩效目标表
    /// (project performance targets) or 项目支出绩效表. Its rows become <see cref="Project"/>s.
    /// </summary>
    ProjectPerformance,

    /// <summary>The project budget table (项目支出预算表): project names and amounts by funding column, no targets.</summary>
    ProjectBudget,

    /// <summary>Prose sections per project (项目经费情况说明, project funding statements), as in Shanghai's documents.</summary>
    ProjectSections,
}

/// <summary>How the text of a table was laid out after extraction from PDF.</summary>
public enum TableLayout
{
    /// <summary>The rows were not read (an <see cref="TableKind.Other"/> table).</summary>
    NotRead = 0,

    /// <summary>One row per line, cells separated by tabs (cells may still continue on later lines).</summary>
    TabSeparated,

    /// <summary>Cells broken over many lines, separated by spaces or line breaks (Hangzhou's tables).</summary>
    BrokenLines,

    /// <summary>Numbered prose sections (一、项目概述 … 七、绩效目标).</summary>
    Sections,

    /// <summary>
    /// A 目标表 form (绩效目标申报表, 项目绩效目标表, 部门整体绩效目标表): a header block of labelled cells (项目名称, 主管部门,
    /// 实施单位, 项目资金, 实施期, 年度目标) above a table of indicator rows; one project per form.
    /// </summary>
    Form,
}

/// <summary>A table (or run of project sections) found in a budget document.</summary>
/// <param name="Kind">What the table holds.</param>
/// <param name="Title">The title as written (markup removed), or <see langword="null"/> when the table has none.</param>
/// <param name="AmountUnit">The unit of its amounts, or <see langword="null"/> when unknown.</param>
/// <param name="AmountUnitStated">Whether the unit was written (单位：万元); <see langword="false"/> when assumed or unknown.</param>
/// <param name="Layout">How its rows were read.</param>
/// <param name="Line">The 1-based line of its title (or first line).</param>
/// <param name="RowCount">How many rows were read into projects or budget rows (0 for tables not read).</param>
/// <param name="StatedTotal">The amount of its 合计 row, when it has one.</param>
public sealed record DocumentTable(
    TableKind Kind,
    string? Title,
    AmountUnit? AmountUnit,
    bool AmountUnitStated,
    TableLayout Layout,
    int Line,
    int RowCount,
    Amount? StatedTotal);
