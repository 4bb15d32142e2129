using System.Collections.Immutable;

namespace PerfIndicators.Formats.Sheets;

/// <summary>One sheet of a workbook as read: its name and position, its rows, merged ranges and data validations.</summary>
/// <remarks>Immutable. A CSV file reads as a workbook with one sheet of this type.</remarks>
public sealed record Worksheet
{
    /// <summary>Creates a sheet.</summary>
    /// <param name="name">The sheet name as shown on its tab.</param>
    /// <param name="index">The 0-based position in the workbook.</param>
    /// <param name="rows">The rows that hold cells, in row order.</param>
    public Worksheet(string name, int index, ImmutableArray<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Index = index;
        Rows = rows.IsDefault ? [] : rows;
    }

    /// <summary>The sheet name as shown on its tab.</summary>
    public string Name { get; init; }

    /// <summary>The 0-based position in the workbook's tab order.</summary>
    public int Index { get; init; }

    /// <summary>Whether the tab is shown.</summary>
    public SheetVisibility Visibility { get; init; }

    /// <summary>The rows that hold at least one cell, ordered by row number.</summary>
    public ImmutableArray<Row> Rows { get; init; }

    /// <summary>The merged ranges (合并单元格).</summary>
    public ImmutableArray<CellRange> MergedRanges { get; init; } = [];

    /// <summary>The data-validation rules, including Excel 2010 rules kept in the sheet's extension list.</summary>
    public ImmutableArray<DataValidation> DataValidations { get; init; } = [];

    /// <summary>Whether sheet protection is on (locked cells cannot be edited).</summary>
    public bool IsProtected { get; init; }

    /// <summary>The number of rows frozen at the top (0 when none).</summary>
    public int FrozenRows { get; init; }

    /// <summary>The number of columns frozen at the left (0 when none).</summary>
    public int FrozenColumns { get; init; }

    /// <summary>
    /// Whether reading stopped before the end of the sheet (a limit was reached or the XML was broken); a diagnostic
    /// says why. A truncated sheet must not be taken as complete.
    /// </summary>
    public bool IsTruncated { get; init; }

    /// <summary>The number of cells in all rows.</summary>
    public int CellCount => Rows.Sum(r => r.Cells.Length);

    /// <summary>Returns the row with <paramref name="number"/>, or <see langword="null"/> when it has no cells.</summary>
    /// <param name="number">The 1-based row number.</param>
    public Row? GetRow(int number)
    {
        int low = 0, high = Rows.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var found = Rows[middle].Number;
            if (found == number)
            {
                return Rows[middle];
            }

            if (found < number)
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

    /// <summary>Returns the cell at <paramref name="address"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="address">The cell position.</param>
    public Cell? GetCell(CellAddress address) => GetRow(address.Row)?.GetCell(address.Column);

    /// <summary>Returns the cell at the A1 reference (<c>C7</c>), or <see langword="null"/> when there is none.</summary>
    /// <param name="reference">The reference.</param>
    /// <exception cref="ArgumentException">When <paramref name="reference"/> is not a valid reference.</exception>
    public Cell? GetCell(string reference) => GetCell(CellAddress.Parse(reference));

    /// <summary>Returns the cell at <paramref name="row"/>, <paramref name="column"/> (both 1-based), or <see langword="null"/>.</summary>
    /// <param name="row">The row number.</param>
    /// <param name="column">The column number.</param>
    public Cell? GetCell(int row, int column) => GetRow(row)?.GetCell(column);

    /// <summary>Returns the text of the cell at the A1 reference, or the empty string when there is no cell.</summary>
    /// <param name="reference">The reference.</param>
    /// <exception cref="ArgumentException">When <paramref name="reference"/> is not a valid reference.</exception>
    public string GetText(string reference) => GetCell(reference)?.Text ?? string.Empty;

    /// <summary>Returns the merged range containing <paramref name="address"/>, or <see langword="null"/>.</summary>
    /// <param name="address">The cell.</param>
    public CellRange? GetMergedRange(CellAddress address)
    {
        foreach (var range in MergedRanges)
        {
            if (range.Contains(address))
            {
                return range;
            }
        }

        return null;
    }

    /// <summary>Returns the data-validation rules that apply to <paramref name="address"/>.</summary>
    /// <param name="address">The cell.</param>
    public IEnumerable<DataValidation> GetValidations(CellAddress address) => DataValidations.Where(v => v.AppliesTo(address));
}
