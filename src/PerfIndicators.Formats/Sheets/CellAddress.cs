using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PerfIndicators.Formats.Sheets;

/// <summary>
/// The position of a cell: a 1-based row number and a 1-based column number (A = 1, Z = 26, AA = 27, XFD = 16384).
/// </summary>
/// <remarks>Equality compares row and column. The default value (0, 0) is not a valid cell.</remarks>
/// <param name="Row">The row number, from 1 to <see cref="MaxRow"/>.</param>
/// <param name="Column">The column number, from 1 to <see cref="MaxColumn"/>.</param>
public readonly record struct CellAddress(int Row, int Column) : IComparable<CellAddress>
{
    /// <summary>The last row Excel allows (1,048,576).</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>The last column Excel allows (16,384, column XFD).</summary>
    public const int MaxColumn = 16_384;

    /// <summary>The column letters, e.g. <c>C</c> for column 3.</summary>
    public string ColumnName => ColumnNameOf(Column);

    /// <summary>Whether row and column are inside Excel's grid.</summary>
    public bool IsValid => Row is >= 1 and <= MaxRow && Column is >= 1 and <= MaxColumn;

    /// <summary>Formats the address as an A1 reference, e.g. <c>C7</c>.</summary>
    public override string ToString() => ColumnNameOf(Column) + Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Orders by row, then column (the order of cells in a sheet).</summary>
    /// <param name="other">The address to compare with.</param>
    public int CompareTo(CellAddress other) => Row != other.Row ? Row.CompareTo(other.Row) : Column.CompareTo(other.Column);

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/> in reading order.</summary>
    public static bool operator <(CellAddress left, CellAddress right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes before or is <paramref name="right"/>.</summary>
    public static bool operator <=(CellAddress left, CellAddress right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/> in reading order.</summary>
    public static bool operator >(CellAddress left, CellAddress right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes after or is <paramref name="right"/>.</summary>
    public static bool operator >=(CellAddress left, CellAddress right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the letters of a column number: 1 → <c>A</c>, 27 → <c>AA</c>.</summary>
    /// <param name="column">The column number, 1 to <see cref="MaxColumn"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the column is outside 1…<see cref="MaxColumn"/>.</exception>
    public static string ColumnNameOf(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(column, MaxColumn);
        Span<char> buffer = stackalloc char[3];
        var position = buffer.Length;
        while (column > 0)
        {
            column--;
            buffer[--position] = (char)('A' + (column % 26));
            column /= 26;
        }

        return new string(buffer[position..]);
    }

    /// <summary>Returns the number of column letters (<c>A</c> → 1, <c>aa</c> → 27), or 0 when the text is not a column inside the grid.</summary>
    /// <param name="letters">The letters; case is ignored.</param>
    public static int ColumnNumberOf(ReadOnlySpan<char> letters)
    {
        if (letters.IsEmpty || letters.Length > 3)
        {
            return 0;
        }

        var column = 0;
        foreach (var c in letters)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                return 0;
            }

            column = (column * 26) + (upper - 'A' + 1);
        }

        return column <= MaxColumn ? column : 0;
    }

    /// <summary>Parses an A1 reference such as <c>C7</c> or <c>$C$7</c> (the <c>$</c> signs are ignored).</summary>
    /// <param name="text">The reference.</param>
    /// <param name="address">The address, or the default when the text is not a valid reference.</param>
    /// <returns>Whether the text is a valid reference inside Excel's grid.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CellAddress address)
    {
        address = default;
        var i = 0;
        if (i < text.Length && text[i] == '$')
        {
            i++;
        }

        var lettersStart = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        var column = ColumnNumberOf(text[lettersStart..i]);
        if (column == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] == '$')
        {
            i++;
        }

        var digits = text[i..];
        if (digits.IsEmpty || digits.Length > 7 || digits[0] == '0')
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var row = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (row > MaxRow)
        {
            return false;
        }

        address = new CellAddress(row, column);
        return true;
    }

    /// <summary>Parses an A1 reference such as <c>C7</c>.</summary>
    /// <param name="text">The reference.</param>
    /// <exception cref="ArgumentException">When the text is not a valid reference inside Excel's grid.</exception>
    public static CellAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var address)
            ? address
            : throw new ArgumentException($"'{text}' is not a cell reference such as C7.", nameof(text));
    }

    /// <summary>Creates an address, checking that it lies inside Excel's grid.</summary>
    /// <param name="row">The row number, 1 to <see cref="MaxRow"/>.</param>
    /// <param name="column">The column number, 1 to <see cref="MaxColumn"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the row or column is outside the grid.</exception>
    public static CellAddress Create(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(row, MaxRow);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(column, MaxColumn);
        return new CellAddress(row, column);
    }

    /// <summary>Whether the text is a valid A1 reference; see <see cref="TryParse(ReadOnlySpan{char}, out CellAddress)"/>.</summary>
    /// <param name="text">The text to test.</param>
    public static bool IsReference([NotNullWhen(true)] string? text) => text is not null && TryParse(text, out _);
}
