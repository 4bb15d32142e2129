using System.Collections.Immutable;

namespace PerfIndicators.Documents;

/// <summary>Turns rows read from a table into <see cref="Project"/>s (parsing their indicator cells) or <see cref="ProjectBudgetRow"/>s.</summary>
internal static class ProjectBuilder
{
    public static Project BuildProject(TableRow row, ReadTable table)
    {
        var diagnostics = new List<Diagnostic>(row.Diagnostics);
        var name = CleanName(row.Name!, "项目名称", diagnostics);
        var hasGoalColumn = table.HasGoalColumn;
        var hasIndicatorColumn = table.HasIndicatorColumn;
        var line = row.FirstLine + 1;

        var project = new Project(name, TableKind.ProjectPerformance, line, row.Span)
        {
            ParentName = row.ParentName is null ? null : CleanName(row.ParentName, "一级项目名称", diagnostics),
            Category = row.Category is null ? null : NameText.Squeeze(row.Category.Text),
            Unit = row.UnitName is null ? row.GroupUnit : CleanName(row.UnitName, "单位名称", diagnostics),
            UnitCode = row.UnitCode is null ? null : NameText.Squeeze(row.UnitCode.Text),
            Amount = row.Total is { } total ? new Amount(total, table.Unit) : null,
            Funding = [.. row.Funding.Select(f => new FundingAmount(f.Source, f.Label, new Amount(f.Value, table.Unit)))],
            Goal = row.Goal is null ? null : NameText.Collapse(row.Goal.Text),
        };

        if (row.Indicators is { } cell)
        {
            var (indicators, parsed) = IndicatorCells.Parse(cell);
            diagnostics.AddRange(parsed);
            project = project with { IndicatorText = cell.Text, Indicators = indicators };
            if (indicators.IsEmpty)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.NoStructuredIndicators,
                    DiagnosticSeverity.Info,
                    cell.Span,
                    $"第 {line} 行“{name}”的绩效指标单元格中没有读出任何指标 (no indicator could be read from the cell)."));
            }
        }
        else
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.NoStructuredIndicators,
                DiagnosticSeverity.Info,
                row.Span,
                hasIndicatorColumn
                    ? $"第 {line} 行“{name}”的绩效指标单元格是空的，没有绩效指标 (the 绩效指标 cell is empty)."
                    : $"表格只公开文字绩效目标，第 {line} 行“{name}”没有结构化的绩效指标 (the table publishes prose goals only; no structured indicators)."));
        }

        if (hasGoalColumn && row.Goal is null)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.NoGoal,
                DiagnosticSeverity.Info,
                row.Span,
                $"第 {line} 行“{name}”没有绩效目标文字 (no 绩效目标 text)."));
        }

        return project with { Diagnostics = [.. diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)] };
    }

    public static ProjectBudgetRow BuildBudgetRow(TableRow row, ReadTable table, List<Diagnostic> diagnostics)
    {
        diagnostics.AddRange(row.Diagnostics);
        var name = CleanName(row.Name!, "项目名称", diagnostics);
        var unit = row.UnitName is null ? row.GroupUnit : CleanName(row.UnitName, "单位名称", diagnostics);
        return new ProjectBudgetRow(
            unit,
            name,
            row.Total is { } total ? new Amount(total, table.Unit) : null,
            [.. row.Funding.Select(f => new FundingAmount(f.Source, f.Label, new Amount(f.Value, table.Unit)))],
            row.FirstLine + 1,
            row.Span);
    }

    private static string CleanName(CellText cell, string what, List<Diagnostic> diagnostics)
    {
        var name = NameText.Clean(cell.Text, out var damaged);
        if (damaged)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.NameCleaned,
                DiagnosticSeverity.Info,
                cell.Span,
                $"{what}“{TabTableReader.Excerpt(cell.Text)}”含有提取留下的标记或符号，已去除为“{name}” (markup removed from the name)."));
        }

        return name;
    }
}
