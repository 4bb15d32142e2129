using System.Collections.Immutable;

namespace PerfIndicators.Formats.Templates;

/// <summary>What one form shows: a template (answers blank or prefilled, results blank) or a scored form (everything filled).</summary>
internal sealed record FormContent(string ProjectName, ImmutableArray<FormRowContent> Rows)
{
    public int? FiscalYear { get; init; }

    public string? Department { get; init; }

    public string? Unit { get; init; }

    public string? AmountUnit { get; init; }

    public string? Goal { get; init; }

    public string? GoalActual { get; init; }

    public decimal? Initial { get; init; }

    public decimal? Adjusted { get; init; }

    public decimal? Executed { get; init; }

    public string? BudgetReason { get; init; }

    /// <summary>当年财政拨款, 上年结转资金, 其他资金: (年初, 全年, 执行) each.</summary>
    public ImmutableArray<(decimal? Initial, decimal? Adjusted, decimal? Executed)> Sources { get; init; } = [(null, null, null), (null, null, null), (null, null, null)];

    public decimal BudgetPoints { get; init; }

    public decimal? Rate { get; init; }

    public decimal? BudgetScore { get; init; }

    /// <summary>What the budget 得分 cell shows when <see cref="BudgetScore"/> is null (不适用, 待评), or null for blank.</summary>
    public string? BudgetScoreText { get; init; }

    public decimal? Total { get; init; }

    public string? TotalText { get; init; }

    public string? Grade { get; init; }
}

/// <summary>One indicator row of a <see cref="FormContent"/>.</summary>
internal sealed record FormRowContent(string Category, string Subcategory, string Name, string Target, decimal Points, bool TakesTier, bool TakesManualScore)
{
    public string? Actual { get; init; }

    public string? Reason { get; init; }

    public string? Tier { get; init; }

    public decimal? Score { get; init; }

    /// <summary>What the 得分 cell shows when <see cref="Score"/> is null (不适用, 待评), or null for blank.</summary>
    public string? ScoreText { get; init; }
}

/// <summary>Lays a <see cref="FormContent"/> out on a <see cref="FormGrid"/> in the national 自评表 layout.</summary>
internal static class FormWriter
{
    public static FormGrid Build(FormContent content, bool template)
    {
        var grid = new FormGrid();
        var layout = new TemplateLayout(content.Goal is not null, content.Rows.Length);
        var input = template ? FormRole.Input : FormRole.Value;
        var numberInput = template ? FormRole.NumberInput : FormRole.Value;
        const int Last = FormLabels.Column.Last;

        grid.Merge(TemplateLayout.TitleRow, 1, TemplateLayout.TitleRow, Last, FormRole.Title, FormLabels.TitleOf(content.FiscalYear));
        grid.Height(TemplateLayout.TitleRow, 28m);

        grid.Text(TemplateLayout.NameRow, 1, FormRole.Label, FormLabels.ProjectName);
        grid.Merge(TemplateLayout.NameRow, 2, TemplateLayout.NameRow, Last, FormRole.Value, content.ProjectName);

        grid.Text(TemplateLayout.DepartmentRow, 1, FormRole.Label, FormLabels.Department);
        grid.Merge(TemplateLayout.DepartmentRow, 2, TemplateLayout.DepartmentRow, 4, FormRole.Value, content.Department ?? string.Empty);
        grid.Text(TemplateLayout.DepartmentRow, FormLabels.Column.UnitLabel, FormRole.Label, FormLabels.Unit);
        grid.Merge(TemplateLayout.DepartmentRow, FormLabels.Column.UnitValue, TemplateLayout.DepartmentRow, Last, FormRole.Value, content.Unit ?? string.Empty);

        var headers = FormLabels.BudgetHeaders;
        grid.Text(TemplateLayout.BudgetHeaderRow, 1, FormRole.Label, FormLabels.BudgetLabel(content.AmountUnit));
        for (var c = 1; c < headers.Length - 1; c++)
        {
            grid.Text(TemplateLayout.BudgetHeaderRow, c + 1, FormRole.Label, headers[c]);
        }

        grid.Merge(TemplateLayout.BudgetHeaderRow, FormLabels.Column.BudgetReason, TemplateLayout.BudgetHeaderRow, Last, FormRole.Label, headers[^1]);

        var row = TemplateLayout.BudgetRow;
        grid.Text(row, 1, FormRole.Label, FormLabels.BudgetTotal);
        grid.Number(row, FormLabels.Column.Initial, template && content.Initial is null ? FormRole.NumberInput : FormRole.Value, content.Initial);
        grid.Number(row, FormLabels.Column.Adjusted, numberInput, content.Adjusted);
        grid.Number(row, FormLabels.Column.Executed, numberInput, content.Executed);
        grid.Number(row, FormLabels.Column.BudgetPoints, FormRole.Value, content.BudgetPoints);
        grid.Number(row, FormLabels.Column.Rate, FormRole.Output, content.Rate is decimal rate ? decimal.Round(rate, 4, MidpointRounding.AwayFromZero) : null, "0.00%");
        OutputNumber(grid, row, FormLabels.Column.BudgetScore, content.BudgetScore, content.BudgetScoreText);
        grid.Merge(row, FormLabels.Column.BudgetReason, row, Last, input, content.BudgetReason ?? string.Empty);
        if (template)
        {
            grid.NumberRule(row, FormLabels.Column.Adjusted, 1_000_000_000_000m, "全年预算数（调整后，含结转）");
            grid.NumberRule(row, FormLabels.Column.Executed, 1_000_000_000_000m, "全年执行数（实际支出）");
        }

        for (var s = 0; s < TemplateLayout.SourceCount; s++)
        {
            row = TemplateLayout.FirstSourceRow + s;
            var (initial, adjusted, executed) = content.Sources[s];
            grid.Text(row, 1, FormRole.Label, FormLabels.SourceLabels[s]);
            grid.Number(row, FormLabels.Column.Initial, numberInput, initial);
            grid.Number(row, FormLabels.Column.Adjusted, numberInput, adjusted);
            grid.Number(row, FormLabels.Column.Executed, numberInput, executed);
            grid.Merge(row, FormLabels.Column.BudgetPoints, row, Last, FormRole.Value);
        }

        if (content.Goal is not null)
        {
            grid.Merge(layout.GoalHeaderRow, 1, layout.GoalRow, 1, FormRole.Label, FormLabels.Goal);
            grid.Merge(layout.GoalHeaderRow, FormLabels.Column.GoalExpected, layout.GoalHeaderRow, FormLabels.Column.GoalActual - 1, FormRole.Label, FormLabels.GoalExpected);
            grid.Merge(layout.GoalHeaderRow, FormLabels.Column.GoalActual, layout.GoalHeaderRow, Last, FormRole.Label, FormLabels.GoalActual);
            grid.Merge(layout.GoalRow, FormLabels.Column.GoalExpected, layout.GoalRow, FormLabels.Column.GoalActual - 1, FormRole.Value, content.Goal);
            grid.Merge(layout.GoalRow, FormLabels.Column.GoalActual, layout.GoalRow, Last, input, content.GoalActual ?? string.Empty);
        }

        for (var c = 0; c < FormLabels.IndicatorHeaders.Length; c++)
        {
            grid.Text(layout.HeaderRow, c + 1, FormRole.Label, FormLabels.IndicatorHeaders[c]);
        }

        for (var i = 0; i < content.Rows.Length; i++)
        {
            var indicator = content.Rows[i];
            row = layout.FirstIndicatorRow + i;
            grid.Text(row, FormLabels.Column.Category, FormRole.Value, indicator.Category);
            grid.Text(row, FormLabels.Column.Subcategory, FormRole.Value, indicator.Subcategory);
            grid.Text(row, FormLabels.Column.Name, FormRole.Value, indicator.Name);
            grid.Text(row, FormLabels.Column.Target, FormRole.Value, indicator.Target);
            grid.Text(row, FormLabels.Column.Actual, input, indicator.Actual);
            grid.Number(row, FormLabels.Column.Points, FormRole.Value, indicator.Points);
            if (template && indicator.TakesManualScore)
            {
                grid.Number(row, FormLabels.Column.Score, FormRole.NumberInput, indicator.Score);
                grid.NumberRule(row, FormLabels.Column.Score, indicator.Points, "可填写 0 至分值之间的得分；定性指标须在所选档次的区间内，空白按默认分");
            }
            else
            {
                OutputNumber(grid, row, FormLabels.Column.Score, indicator.Score, indicator.ScoreText);
            }

            grid.Text(row, FormLabels.Column.Reason, input, indicator.Reason);
            if (indicator.TakesTier)
            {
                grid.Text(row, FormLabels.Column.Tier, input, indicator.Tier);
                if (template)
                {
                    grid.TierList(row, FormLabels.Column.Tier);
                }
            }
            else
            {
                grid.Text(row, FormLabels.Column.Tier, FormRole.Value, null);
            }
        }

        row = layout.TotalRow;
        grid.Merge(row, 1, row, FormLabels.Column.TotalPoints - 1, FormRole.Label, FormLabels.Total);
        grid.Number(row, FormLabels.Column.TotalPoints, FormRole.Value, 100m);
        OutputNumber(grid, row, FormLabels.Column.TotalScore, content.Total, content.TotalText);
        grid.Text(row, FormLabels.Column.GradeLabel, FormRole.Label, FormLabels.Grade);
        grid.Text(row, FormLabels.Column.GradeValue, FormRole.Output, content.Grade);

        grid.Merge(layout.NotesRow, 1, layout.NotesRow, Last, FormRole.Note, template ? FormLabels.Instructions : FormLabels.ScoredNote);
        foreach (var (label, first, last) in FormLabels.Signatures)
        {
            if (first == last)
            {
                grid.Text(layout.SignatureRow, first, FormRole.Signature, label);
            }
            else
            {
                grid.Merge(layout.SignatureRow, first, layout.SignatureRow, last, FormRole.Signature, label);
            }
        }

        grid.Height(layout.SignatureRow, 30m);
        return grid;
    }

    private static void OutputNumber(FormGrid grid, int row, int column, decimal? number, string? text)
    {
        if (number is not null)
        {
            // Scores print with two decimals, as the 自评表 shows them (9.30, not 9.3).
            grid.Number(row, column, FormRole.Output, number, "0.00");
        }
        else
        {
            grid.Text(row, column, FormRole.Output, text);
        }
    }
}
