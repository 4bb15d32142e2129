using System.Collections.Immutable;

namespace PerfIndicators.Checking;

/// <summary>
/// The cells of one printed table as text, the way a reader of a published 自评表 sees them: one sheet of a workbook, a CSV
/// file, or a text table copied out of a PDF. Each row keeps the number it had in its source (a sheet row, a CSV record or a
/// text line) so that every diagnostic points back at it; cells are in their columns (1-based, empty where nothing is printed).
/// Merged cells are expected filled down by whoever built the grid. Immutable.
/// </summary>
public sealed class PrintedGrid
{
    /// <summary>Creates a grid.</summary>
    /// <param name="rows">Each row's source number (1-based) and its cells from column 1; rows may be left out (empty rows).</param>
    /// <param name="sheet">The sheet name, or <see langword="null"/> for a text table.</param>
    /// <param name="isText">Whether the source numbers are text lines (a text table) rather than sheet rows.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="rows"/> is null.</exception>
    public PrintedGrid(IEnumerable<(int Number, IReadOnlyList<string> Cells)> rows, string? sheet = null, bool isText = false)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Rows = [.. rows.Select(r => new PrintedRow(r.Number, [.. r.Cells.Select(c => c ?? string.Empty)]))];
        Sheet = sheet;
        IsText = isText;
    }

    /// <summary>The sheet name, or <see langword="null"/>.</summary>
    public string? Sheet { get; }

    /// <summary>Whether the rows are lines of a text table (locations are lines, not sheet rows).</summary>
    public bool IsText { get; }

    /// <summary>The rows in order.</summary>
    public ImmutableArray<PrintedRow> Rows { get; }

    /// <summary>Builds a grid from rows numbered 1, 2, 3 … (a CSV file, a test).</summary>
    /// <param name="rows">The rows' cells.</param>
    /// <param name="sheet">The sheet name.</param>
    public static PrintedGrid FromRows(IEnumerable<IReadOnlyList<string>> rows, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new PrintedGrid(rows.Select((cells, i) => (i + 1, cells)), sheet);
    }

    /// <summary>Where a cell of this grid is: sheet, row and column; or the line (and column) of a text table.</summary>
    /// <param name="number">The row's source number.</param>
    /// <param name="column">The 1-based column, or <see langword="null"/> for the whole row.</param>
    public DiagnosticLocation Locate(int number, int? column = null) =>
        IsText ? new DiagnosticLocation { Line = number, Column = column } : DiagnosticLocation.InSheet(Sheet, number, column);
}

/// <summary>One printed row: its source number and its cells from column 1.</summary>
/// <param name="Number">The sheet row, CSV record or text line (1-based).</param>
/// <param name="Cells">The cells' text as printed (empty where nothing is printed).</param>
public sealed record PrintedRow(int Number, ImmutableArray<string> Cells)
{
    /// <summary>The text of a 1-based column, empty when the row is shorter.</summary>
    /// <param name="column">The column.</param>
    public string this[int column] => column >= 1 && column <= Cells.Length ? Cells[column - 1] : string.Empty;
}
