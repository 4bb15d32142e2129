using System.Collections.Immutable;

namespace PerfIndicators.Documents;

/// <summary>What a column of a project table holds, as the document readers see it.</summary>
public enum ProjectTableColumnKind
{
    /// <summary>A column the readers do not use (a row number, an unknown label).</summary>
    Other = 0,

    /// <summary>A column naming the row: unit code, unit name, 一级项目, project name (项目名称) or category (项目类别).</summary>
    Key,

    /// <summary>An amount: the total (金额, 总计) or a funding source (财政拨款, 一般公共预算, 单位资金 …).</summary>
    Amount,

    /// <summary>Free text: the performance goal (绩效目标) or the indicators (绩效指标).</summary>
    Text,
}

/// <summary>
/// Recognizes the header row of a project table (项目支出预算表, 项目绩效表, 绩效目标表) by its labels, exactly as
/// <see cref="BudgetDocumentReader"/> does. For adapters that rebuild tables from another format's layout (a PDF's
/// word positions) and need to know, before handing the text over, whether a row of cells is such a header and which
/// columns hold names, amounts and text.
/// </summary>
public static class ProjectTableHeader
{
    /// <summary>
    /// Whether <paramref name="labels"/> (one per column, in order; spaces and line breaks inside a label are
    /// ignored) form the header of a project table: a project name column, an amount column and at least three
    /// recognized columns.
    /// </summary>
    /// <param name="labels">The header cells in column order.</param>
    /// <param name="kinds">When recognized, what each column holds (same order and count as <paramref name="labels"/>); otherwise empty.</param>
    /// <returns>True when the labels are a project table header.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="labels"/> or one of its items is <see langword="null"/>.</exception>
    public static bool TryRecognize(IReadOnlyList<string> labels, out ImmutableArray<ProjectTableColumnKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(labels);
        kinds = [];
        if (labels.Count < 2)
        {
            return false;
        }

        var line = string.Join('\t', labels.Select(l => (l ?? throw new ArgumentNullException(nameof(labels))).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ')));
        if (!ColumnRoles.TryRecognizeHeader(line, out var columns))
        {
            return false;
        }

        kinds = [.. columns.Select(c => c.Role switch
        {
            ColumnRole.UnitCode or ColumnRole.UnitName or ColumnRole.ParentName or ColumnRole.Name or ColumnRole.Category => ProjectTableColumnKind.Key,
            ColumnRole.Total or ColumnRole.Funding => ProjectTableColumnKind.Amount,
            ColumnRole.Goal or ColumnRole.Indicators => ProjectTableColumnKind.Text,
            _ => ProjectTableColumnKind.Other,
        })];
        return true;
    }
}
