using System.Text;

namespace PerfIndicators.Formats.Workbooks;

/// <summary>
/// A workbook as tab-separated text for the core's document readers: one line per sheet row (empty rows kept, so row
/// <c>r</c> of the first sheet is line <c>r</c>), cells at their column positions, cells shown as Excel shows them
/// (<see cref="CellContent"/>: a percent-formatted 0.95 is <c>95%</c>), line breaks and tabs inside a cell as spaces, and
/// the value of a merged range filled down the rows it spans (in its first column: a 一级指标 cell merged over five rows is
/// on all five). An empty line separates sheets. Remembers which sheet and row each line came from.
/// </summary>
internal sealed class WorkbookText
{
    private readonly List<(int FirstLine, string Sheet, int Rows)> sheets = [];

    private WorkbookText(string text) => Text = text;

    public string Text { get; private set; }

    /// <summary>The sheets in order with the 0-based line of their row 1 and their row count.</summary>
    public IReadOnlyList<(int FirstLine, string Sheet, int Rows)> Sheets => sheets;

    public static WorkbookText Render(Workbook workbook, int maxFilledCells)
    {
        var builder = new StringBuilder();
        var result = new WorkbookText(string.Empty);
        var line = 0;
        var filled = 0;
        foreach (var sheet in workbook.Sheets.Where(s => s.Visibility == SheetVisibility.Visible))
        {
            var grid = Grid(sheet, workbook.Uses1904DateSystem, maxFilledCells, ref filled);
            var rows = grid.Count == 0 ? 0 : grid.Keys.Max();
            result.sheets.Add((line, sheet.Name, rows));
            for (var r = 1; r <= rows; r++)
            {
                if (grid.TryGetValue(r, out var cells))
                {
                    var last = cells.Keys.Max();
                    for (var c = 1; c <= last; c++)
                    {
                        if (c > 1)
                        {
                            builder.Append('\t');
                        }

                        if (cells.TryGetValue(c, out var text))
                        {
                            builder.Append(text);
                        }
                    }
                }

                builder.Append('\n');
                line++;
            }

            builder.Append('\n');
            line++;
        }

        result.Text = builder.ToString();
        return result;
    }

    /// <summary>The sheet and row a 1-based line of <see cref="Text"/> came from, or <see langword="null"/> for a separator line.</summary>
    public (string Sheet, int Row)? Locate(int line)
    {
        var index = line - 1;
        foreach (var (first, sheet, rows) in sheets)
        {
            if (index >= first && index < first + rows)
            {
                return (sheet, index - first + 1);
            }
        }

        return null;
    }

    private static Dictionary<int, SortedDictionary<int, string>> Grid(Worksheet sheet, bool uses1904, int maxFilledCells, ref int filled)
    {
        var grid = new Dictionary<int, SortedDictionary<int, string>>();
        foreach (var row in sheet.Rows)
        {
            foreach (var cell in row.Cells)
            {
                var text = Flatten(CellContent.Of(cell, uses1904).Text);
                if (text.Length > 0)
                {
                    Put(grid, row.Number, cell.ColumnNumber, text);
                }
            }
        }

        foreach (var range in sheet.MergedRanges.Where(m => m.RowCount > 1).OrderBy(m => m.First))
        {
            if (!grid.TryGetValue(range.First.Row, out var top) || !top.TryGetValue(range.First.Column, out var value))
            {
                continue;
            }

            for (var r = range.First.Row + 1; r <= range.Last.Row && filled < maxFilledCells; r++, filled++)
            {
                Put(grid, r, range.First.Column, value);
            }
        }

        return grid;
    }

    private static void Put(Dictionary<int, SortedDictionary<int, string>> grid, int row, int column, string text)
    {
        if (!grid.TryGetValue(row, out var cells))
        {
            grid[row] = cells = [];
        }

        cells[column] = text;
    }

    private static string Flatten(string text) =>
        text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ').Trim();
}
