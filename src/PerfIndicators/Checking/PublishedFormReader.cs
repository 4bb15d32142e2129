using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using PerfIndicators.Documents;

namespace PerfIndicators.Checking;

/// <summary>What <see cref="PublishedFormReader.Read"/> found in a grid: the forms, and the problems that concern no form.</summary>
/// <param name="Forms">Every 自评表 found, in printed order (several may be stacked in one sheet).</param>
/// <param name="Diagnostics">Problems of the grid as a whole (PI9201 when no form was found).</param>
public sealed record PublishedFormReadResult(ImmutableArray<PublishedSelfAssessment> Forms, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Reads published 自评表 (项目支出绩效自评表, 部门整体支出绩效自评表) from their printed cells, whatever system or province printed
/// them: header rows are found by their labels, never by position (一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 |
/// 偏差原因, in any order and any columns; 指标性质 | 指标值 | 度量单位 split targets; 权重 for 分值; a header over two rows), the
/// budget block by its labels (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), then 总分 and 等级. Several forms may
/// follow each other in one grid; a form starts at its title, its 项目名称 or its budget block.
/// </summary>
/// <remarks>Never throws for bad input: every problem is a diagnostic (PI90xx) with its row and column. Thread-safe.</remarks>
public static partial class PublishedFormReader
{
    /// <summary>The most indicator rows read in one form (a real form has a few dozen); more are reported (PI9206) and skipped.</summary>
    public const int MaxIndicatorRows = 2_000;

    /// <summary>Reads every form in <paramref name="grid"/>.</summary>
    /// <param name="grid">The printed cells.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="grid"/> is null.</exception>
    public static PublishedFormReadResult Read(PrintedGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var forms = new List<PublishedSelfAssessment>();
        var state = new FormState(grid);
        foreach (var row in grid.Rows)
        {
            var cells = Cells(row);
            if (cells.Count == 0)
            {
                continue;
            }

            if (StartsForm(cells, out var budgetColumns, out var title, out var name))
            {
                if (state.HasIndicatorHeader)
                {
                    forms.Add(state.Finish());
                    state = new FormState(grid);
                }

                state.FirstRow ??= row.Number;
                state.Title ??= title;
                state.ProjectName ??= name;
            }

            if (budgetColumns is not null)
            {
                state.BudgetColumns = budgetColumns;
                state.BudgetHeader = row;
                state.BudgetPointsLabel = cells.Select(c => c.Text).Where(PublishedFormLabels.IsHubeiBudget).Select(PublishedFormLabels.PointsIn).FirstOrDefault(p => p is not null);
                continue;
            }

            Take(state, row, cells);
        }

        if (state.HasIndicatorHeader)
        {
            forms.Add(state.Finish());
        }

        if (forms.Count == 0)
        {
            var where = grid.Sheet is null ? "表格" : $"工作表“{grid.Sheet}”";
            return new PublishedFormReadResult([], [new Diagnostic(
                DiagnosticCodes.PublishedFormNoHeader,
                DiagnosticSeverity.Error,
                grid.IsText ? default : DiagnosticLocation.InSheet(grid.Sheet),
                $"{where}中没有自评表：找不到“三级指标”与“年度指标值”或“实际完成值”的表头，未读取任何行 (no 自评表 indicator header found; nothing was read).")]);
        }

        return new PublishedFormReadResult([.. forms], []);
    }

    private static List<(int Column, string Text)> Cells(PrintedRow row)
    {
        var cells = new List<(int, string)>();
        for (var c = 0; c < row.Cells.Length; c++)
        {
            var text = row.Cells[c].Trim();
            if (text.Length > 0)
            {
                cells.Add((c + 1, text));
            }
        }

        return cells;
    }

    /// <summary>
    /// Whether the row starts a form: a title, a 项目名称 label (the name in <paramref name="name"/>), or a budget header (its
    /// columns in <paramref name="budgetColumns"/>). Once a form has its indicators, only these start the next one.
    /// </summary>
    private static bool StartsForm(
        List<(int Column, string Text)> cells, out Dictionary<PublishedColumn, int>? budgetColumns, out string? title, out string? name)
    {
        budgetColumns = null;
        title = null;
        name = null;
        var roles = Roles(cells);
        if (roles.ContainsKey(PublishedColumn.Executed) && (roles.ContainsKey(PublishedColumn.Adjusted) || roles.ContainsKey(PublishedColumn.Initial)))
        {
            budgetColumns = roles;
            return true;
        }

        if (cells.Count <= 3 && cells.FirstOrDefault(c => PublishedFormLabels.IsTitle(c.Text)) is { Text: { } printed })
        {
            title = printed;
            return true;
        }

        foreach (var (column, text) in cells)
        {
            if (PublishedFormLabels.IsProjectName(text, out var inline))
            {
                name = inline ?? cells.FirstOrDefault(c => c.Column > column).Text;
                return true;
            }
        }

        return false;
    }

    private static Dictionary<PublishedColumn, int> Roles(List<(int Column, string Text)> cells)
    {
        var roles = new Dictionary<PublishedColumn, int>();
        foreach (var (column, text) in cells)
        {
            var role = PublishedFormLabels.ColumnOf(text);
            if (role != PublishedColumn.Other)
            {
                roles.TryAdd(role, column);
            }
        }

        return roles;
    }

    private static bool IsIndicatorHeader(Dictionary<PublishedColumn, int> roles) =>
        roles.ContainsKey(PublishedColumn.Name) && (roles.ContainsKey(PublishedColumn.Target) || roles.ContainsKey(PublishedColumn.Actual));

    private static void Take(FormState state, PrintedRow row, List<(int Column, string Text)> cells)
    {
        var roles = Roles(cells);
        var allLabels = roles.Count >= 2 && cells.All(c => PublishedFormLabels.ColumnOf(c.Text) != PublishedColumn.Other || c.Column == cells[0].Column);
        if (IsIndicatorHeader(roles))
        {
            state.Header(row, roles);
            return;
        }

        if (state.TopHeader is { } top && roles.ContainsKey(PublishedColumn.Name))
        {
            // 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 over 一级指标 | 二级指标 | 三级指标.
            state.TopHeader = null;
            state.Header(row, new Dictionary<PublishedColumn, int>(top.Concat(roles.Where(r => !top.ContainsKey(r.Key)))));
            return;
        }

        if (state.AwaitingSecondHeader && allLabels)
        {
            state.Header(row, roles);
            return;
        }

        if (allLabels && roles.Count >= 3 && (roles.ContainsKey(PublishedColumn.Target) || roles.ContainsKey(PublishedColumn.Actual))
            && (roles.ContainsKey(PublishedColumn.Score) || roles.ContainsKey(PublishedColumn.ScoreCoefficient) || roles.ContainsKey(PublishedColumn.Points)))
        {
            state.TopHeader = roles;
            return;
        }

        state.AwaitingSecondHeader = false;
        foreach (var (_, text) in cells)
        {
            if (PublishedFormLabels.IsGoalBlock(text))
            {
                state.Blocks.Add(PublishedFormLabels.PointsIn(text) ?? 0m);
                return;
            }
        }

        if (PublishedFormLabels.IsTotal(cells[0].Text) && state.HasIndicatorHeader)
        {
            state.TotalRow(row, cells);
            return;
        }

        if (cells.Any(c => PublishedFormLabels.IsGrade(c.Text, out _)) && state.HasIndicatorHeader)
        {
            state.GradeRow(row, cells);
            return;
        }

        if (state.HasIndicatorHeader && !state.Closed)
        {
            state.IndicatorRow(row);
        }
        else if (state.BudgetColumns is not null && state.Budget is null)
        {
            state.BudgetRow(row, cells);
        }
    }

    /// <summary>Reads a printed number: <c>9.5</c>, <c>10分</c>, <c>20%</c>, <c>９</c>; <see langword="null"/> when the text is not one.</summary>
    internal static (decimal Value, int Decimals)? Number(string text)
    {
        var compact = AmountText.Compact(text.Trim()).TrimEnd('分', '%', '％');
        if (compact.Length is 0 or > 32)
        {
            return null;
        }

        if (!decimal.TryParse(compact, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var point = compact.IndexOf('.', StringComparison.Ordinal);
        return (value, point < 0 ? 0 : compact.Length - point - 1);
    }

    [GeneratedRegex(@"(?<!\d)(20\d\d|19\d\d)\s*年")]
    private static partial Regex YearPattern();

    /// <summary>The form being read: its header columns, rows so far and where it is in its layout.</summary>
    private sealed class FormState(PrintedGrid grid)
    {
        private readonly List<PublishedIndicator> indicators = [];
        private readonly List<Diagnostic> diagnostics = [];
        private Dictionary<PublishedColumn, int> columns = [];
        private string? level1;
        private string? level2;
        private PublishedNumber? total;
        private string? grade;
        private DiagnosticLocation gradeLocation;
        private bool tooMany;
        private int headers;

        public int? FirstRow { get; set; }

        public string? Title { get; set; }

        public string? ProjectName { get; set; }

        /// <summary>A 项目名称 met after this form's indicators: it names the next form, which the caller starts.</summary>
        public string? PendingName { get; set; }

        public Dictionary<PublishedColumn, int>? BudgetColumns { get; set; }

        public PrintedRow? BudgetHeader { get; set; }

        public decimal? BudgetPointsLabel { get; set; }

        public PublishedBudget? Budget { get; private set; }

        public List<decimal> Blocks { get; } = [];

        public bool HasIndicatorHeader => columns.Count > 0;

        public bool AwaitingSecondHeader { get; set; }

        /// <summary>The top row of a header over two rows whose names are on the second (三级指标 under 绩效指标).</summary>
        public Dictionary<PublishedColumn, int>? TopHeader { get; set; }

        /// <summary>Whether the total row has been read: rows after it (signatures, notes) are not indicators.</summary>
        public bool Closed { get; private set; }

        public void Header(PrintedRow row, Dictionary<PublishedColumn, int> roles)
        {
            if (AwaitingSecondHeader)
            {
                // The second row of a two-row header (绩效指标 over 一级 | 二级 | 三级): its labels win for their columns.
                foreach (var (role, column) in roles)
                {
                    foreach (var other in columns.Where(p => p.Value == column).Select(p => p.Key).ToList())
                    {
                        columns.Remove(other);
                    }

                    columns[role] = column;
                }

                AwaitingSecondHeader = false;
                return;
            }

            if (HasIndicatorHeader)
            {
                if (!roles.OrderBy(p => p.Key).SequenceEqual(columns.OrderBy(p => p.Key)))
                {
                    columns = roles;
                    AwaitingSecondHeader = true;
                    return;
                }

                if (Blocks.Count > headers)
                {
                    // A Hubei goal block (年度绩效目标2) prints its own header.
                    headers = Blocks.Count;
                    return;
                }

                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.PublishedFormRepeatedHeader,
                    DiagnosticSeverity.Info,
                    grid.Locate(row.Number),
                    "指标表头重复出现（如换页时重印的表头），已跳过此行 (the indicator header is repeated; the row was skipped)."));
                return;
            }

            columns = roles;
            headers = Blocks.Count;
            FirstRow ??= row.Number;
            AwaitingSecondHeader = true;
        }

        public void BudgetRow(PrintedRow row, List<(int Column, string Text)> cells)
        {
            var budgetColumns = BudgetColumns!;
            string? Cell(PublishedColumn role) => budgetColumns.TryGetValue(role, out var c) && row[c].Trim() is { Length: > 0 } text ? text : null;
            var executed = Cell(PublishedColumn.Executed);
            var adjusted = Cell(PublishedColumn.Adjusted);
            var initial = Cell(PublishedColumn.Initial);
            if (executed is null && adjusted is null && initial is null)
            {
                return;
            }

            var unit = BudgetHeader!.Cells.Select(c => FormLabels.UnitIn(c)).FirstOrDefault(u => u is not null)
                ?? cells.Select(c => FormLabels.UnitIn(c.Text)).FirstOrDefault(u => u is not null);
            var points = Read(row, budgetColumns, PublishedColumn.Points, report: true);
            if (points is null && BudgetPointsLabel is { } labelled)
            {
                points = new PublishedNumber(labelled.ToString(CultureInfo.InvariantCulture), labelled, 0, grid.Locate(BudgetHeader.Number));
            }

            Budget = new PublishedBudget
            {
                Location = grid.Locate(row.Number),
                Initial = initial,
                Adjusted = adjusted,
                Executed = executed,
                Unit = unit,
                Points = points,
                Rate = Read(row, budgetColumns, PublishedColumn.Rate, report: false),
                Score = Read(row, budgetColumns, PublishedColumn.Score, report: true),
            };
        }

        public void IndicatorRow(PrintedRow row)
        {
            string? Cell(PublishedColumn role) => columns.TryGetValue(role, out var c) && row[c].Trim() is { Length: > 0 } text ? text : null;
            var name = Cell(PublishedColumn.Name);
            var first = Cell(PublishedColumn.Level1);
            var second = Cell(PublishedColumn.Level2);
            if (first is not null && first != level1)
            {
                level1 = first;
                level2 = null;
            }

            level2 = second ?? level2;
            if (name is null)
            {
                return;
            }

            if (indicators.Count >= MaxIndicatorRows)
            {
                if (!tooMany)
                {
                    tooMany = true;
                    diagnostics.Add(new Diagnostic(
                        DiagnosticCodes.PublishedFormTooManyRows,
                        DiagnosticSeverity.Warning,
                        grid.Locate(row.Number),
                        $"一张自评表最多读取 {MaxIndicatorRows} 行指标，自此行起其余各行未读取 (more than {MaxIndicatorRows} indicator rows; the rest were skipped)."));
                }

                return;
            }

            var target = columns.ContainsKey(PublishedColumn.Comparator) || columns.ContainsKey(PublishedColumn.Unit)
                ? string.Join(' ', new[] { Cell(PublishedColumn.Comparator), Cell(PublishedColumn.Target), Cell(PublishedColumn.Unit) }.Where(t => t is not null))
                : Cell(PublishedColumn.Target) ?? string.Empty;
            var points = Read(row, columns, PublishedColumn.Points, report: true);
            var score = Read(row, columns, PublishedColumn.Score, report: true) ?? FromCoefficient(Read(row, columns, PublishedColumn.ScoreCoefficient, report: true), points);
            if (points is null && score is null && columns.ContainsKey(PublishedColumn.Points))
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.PublishedFormRowNotScored,
                    DiagnosticSeverity.Info,
                    grid.Locate(row.Number),
                    $"“{name}”一行既无分值也无得分（如“其中”子项），未计分 (the row has neither 分值 nor 得分; not scored)."));
                return;
            }

            indicators.Add(new PublishedIndicator
            {
                Location = grid.Locate(row.Number) with { Indicator = name },
                Level1 = level1,
                Level2 = level2,
                Name = name,
                Target = target,
                Actual = Cell(PublishedColumn.Actual),
                Points = points,
                Score = score,
                DeviationReason = Cell(PublishedColumn.Deviation),
            });
        }

        public void TotalRow(PrintedRow row, List<(int Column, string Text)> cells)
        {
            Closed = true;
            var found = Read(row, columns, PublishedColumn.Score, report: false);

            if (found is null)
            {
                // No number under 得分: the last number printed after the label (总分 | 100 | 96 → 96).
                foreach (var (column, text) in cells.Skip(1).Reverse())
                {
                    if (Number(text) is { } n)
                    {
                        found = new PublishedNumber(text, n.Value, n.Decimals, grid.Locate(row.Number, column));
                        break;
                    }
                }
            }

            total ??= found;
            GradeRow(row, cells);
        }

        public void GradeRow(PrintedRow row, List<(int Column, string Text)> cells)
        {
            for (var i = 0; i < cells.Count; i++)
            {
                if (PublishedFormLabels.IsGrade(cells[i].Text, out var inline))
                {
                    var printed = inline ?? (i + 1 < cells.Count && Number(cells[i + 1].Text) is null ? cells[i + 1].Text : null);
                    if (printed is not null && grade is null)
                    {
                        grade = printed;
                        gradeLocation = grid.Locate(row.Number, inline is null ? cells[i + 1].Column : cells[i].Column);
                    }

                    return;
                }
            }
        }

        public PublishedSelfAssessment Finish()
        {
            var layout = Blocks.Count > 0 || BudgetPointsLabel is not null ? PublishedLayout.Hubei
                : columns.ContainsKey(PublishedColumn.Comparator) || columns.ContainsKey(PublishedColumn.Unit) ? PublishedLayout.SplitTarget
                : PublishedLayout.National;
            var location = grid.Locate(FirstRow ?? 1);
            if (Budget is null)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.PublishedFormNoBudget,
                    DiagnosticSeverity.Info,
                    location,
                    "自评表没有预算执行情况（年初预算数、全年预算数、全年执行数），不复核预算执行率 (no budget block; budget execution is not checked)."));
            }

            if (total is null)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.PublishedFormNoTotal,
                    DiagnosticSeverity.Info,
                    location,
                    "自评表没有印出总分，不比较总分 (no 总分 printed; the total is not compared)."));
            }

            int? year = Title is not null && YearPattern().Match(Title) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
            return new PublishedSelfAssessment
            {
                Sheet = grid.Sheet,
                FirstRow = FirstRow ?? 1,
                Layout = layout,
                ProjectName = ProjectName,
                FiscalYear = year,
                Budget = Budget,
                Indicators = [.. indicators],
                HasScoreColumn = columns.ContainsKey(PublishedColumn.Score) || columns.ContainsKey(PublishedColumn.ScoreCoefficient),
                HasPointsColumn = columns.ContainsKey(PublishedColumn.Points),
                HasDeviationColumn = columns.ContainsKey(PublishedColumn.Deviation),
                BlockPoints = [.. Blocks],
                Total = total,
                Grade = grade,
                GradeLocation = gradeLocation,
                Diagnostics = [.. diagnostics],
            };
        }

        /// <summary>
        /// The score a 得分系数 gives: the coefficient (a percentage above 1, <c>80</c> or <c>80%</c>; a fraction up to 1,
        /// <c>0.8</c>) × the row's points, with the printed precision of the coefficient carried over to the score.
        /// </summary>
        private static PublishedNumber? FromCoefficient(PublishedNumber? coefficient, PublishedNumber? points)
        {
            if (coefficient is null || points is null)
            {
                return null;
            }

            var percent = coefficient.Value > 1m || coefficient.Text.Contains('%', StringComparison.Ordinal);
            var share = percent ? coefficient.Value / 100m : coefficient.Value;
            var tolerance = 0.5m / PublishedNumber.Pow10(coefficient.Decimals) / (percent ? 100m : 1m) * points.Value;
            var decimals = 0;
            while (decimals < 10 && 0.5m / PublishedNumber.Pow10(decimals + 1) >= tolerance)
            {
                decimals++;
            }

            return new PublishedNumber(coefficient.Text, share * points.Value, decimals, coefficient.Location);
        }

        private PublishedNumber? Read(PrintedRow row, Dictionary<PublishedColumn, int> roles, PublishedColumn role, bool report)
        {
            if (!roles.TryGetValue(role, out var column) || row[column].Trim() is not { Length: > 0 } text)
            {
                return null;
            }

            if (Number(text) is { } number)
            {
                return new PublishedNumber(text, number.Value, number.Decimals, grid.Locate(row.Number, column));
            }

            if (report && text.StartsWith('='))
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.PublishedFormFormulaWithoutValue,
                    DiagnosticSeverity.Warning,
                    grid.Locate(row.Number, column),
                    $"单元格是没有计算结果的公式“{Shorten(text)}”，按空白读取 (a formula with no computed value; read as empty)."));
            }
            else if (report)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.PublishedFormNotANumber,
                    DiagnosticSeverity.Warning,
                    grid.Locate(row.Number, column),
                    $"“{Shorten(text)}”不是数字，按空白读取 (not a number; read as empty)."));
            }

            return null;
        }

        private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
    }
}
