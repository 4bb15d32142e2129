using System.Collections.Immutable;

namespace PerfIndicators.Formats.Sheets;

/// <summary>One row of a sheet with the cells it holds, in column order. Rows with no cells are not kept.</summary>
/// <remarks>Immutable. Equality is reference equality of the cell array, as for every <see cref="ImmutableArray{T}"/>.</remarks>
/// <param name="Number">The 1-based row number (for CSV, the 1-based record number).</param>
/// <param name="Cells">The cells, ordered by column, each column at most once.</param>
public sealed record Row(int Number, ImmutableArray<Cell> Cells)
{
    /// <summary>Whether the row is hidden in the sheet.</summary>
    public bool IsHidden { get; init; }

    /// <summary>Returns the cell in <paramref name="column"/> (1-based), or <see langword="null"/> when there is none.</summary>
    /// <param name="column">The column number.</param>
    public Cell? GetCell(int column)
    {
        int low = 0, high = Cells.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var found = Cells[middle].Address.Column;
            if (found == column)
            {
                return Cells[middle];
            }

            if (found < column)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }

    /// <summary>Returns the cell in the column named by letters (<c>C</c>), or <see langword="null"/>.</summary>
    /// <param name="columnName">The column letters.</param>
    public Cell? GetCell(string columnName)
    {
        ArgumentNullException.ThrowIfNull(columnName);
        var column = CellAddress.ColumnNumberOf(columnName);
        return column == 0 ? null : GetCell(column);
    }

    /// <summary>Returns the text of the cell in <paramref name="column"/>, or the empty string when there is no cell.</summary>
    /// <param name="column">The column number.</param>
    public string GetText(int column) => GetCell(column)?.Text ?? string.Empty;
}
