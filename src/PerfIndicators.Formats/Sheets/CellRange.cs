using System.Collections.Immutable;

namespace PerfIndicators.Formats.Sheets;

/// <summary>A rectangle of cells from <see cref="First"/> (top left) to <see cref="Last"/> (bottom right), both included.</summary>
/// <remarks>Equality compares both corners. A single cell is a range whose corners are equal.</remarks>
/// <param name="First">The top-left cell.</param>
/// <param name="Last">The bottom-right cell.</param>
public readonly record struct CellRange(CellAddress First, CellAddress Last)
{
    /// <summary>The number of rows covered.</summary>
    public int RowCount => Last.Row - First.Row + 1;

    /// <summary>The number of columns covered.</summary>
    public int ColumnCount => Last.Column - First.Column + 1;

    /// <summary>Whether <paramref name="address"/> lies inside the range.</summary>
    /// <param name="address">The cell to test.</param>
    public bool Contains(CellAddress address) =>
        address.Row >= First.Row && address.Row <= Last.Row && address.Column >= First.Column && address.Column <= Last.Column;

    /// <summary>Whether the two ranges share at least one cell.</summary>
    /// <param name="other">The other range.</param>
    public bool Overlaps(CellRange other) =>
        First.Row <= other.Last.Row && other.First.Row <= Last.Row && First.Column <= other.Last.Column && other.First.Column <= Last.Column;

    /// <summary>Every cell of the range, row by row.</summary>
    public IEnumerable<CellAddress> Cells()
    {
        for (var row = First.Row; row <= Last.Row; row++)
        {
            for (var column = First.Column; column <= Last.Column; column++)
            {
                yield return new CellAddress(row, column);
            }
        }
    }

    /// <summary>Formats the range as <c>A1:C3</c>, or <c>A1</c> for a single cell.</summary>
    public override string ToString() => First == Last ? First.ToString() : $"{First}:{Last}";

    /// <summary>Parses <c>A1:C3</c> or a single cell <c>A1</c>; <c>$</c> signs are ignored; the corners are put in order.</summary>
    /// <param name="text">The range text.</param>
    /// <param name="range">The range, or the default when the text is not a range.</param>
    /// <returns>Whether the text is a range inside Excel's grid.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CellRange range)
    {
        range = default;
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            if (!CellAddress.TryParse(text, out var single))
            {
                return false;
            }

            range = new CellRange(single, single);
            return true;
        }

        if (!CellAddress.TryParse(text[..colon], out var a) || !CellAddress.TryParse(text[(colon + 1)..], out var b))
        {
            return false;
        }

        range = new CellRange(
            new CellAddress(Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column)),
            new CellAddress(Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column)));
        return true;
    }

    /// <summary>Parses <c>A1:C3</c> or <c>A1</c>.</summary>
    /// <param name="text">The range text.</param>
    /// <exception cref="ArgumentException">When the text is not a range inside Excel's grid.</exception>
    public static CellRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var range)
            ? range
            : throw new ArgumentException($"'{text}' is not a cell range such as A1:C3.", nameof(text));
    }

    /// <summary>Parses a space-separated list of ranges (an xlsx <c>sqref</c>, e.g. <c>A1:B2 D4</c>); invalid items are skipped.</summary>
    /// <param name="text">The list.</param>
    internal static ImmutableArray<CellRange> ParseList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<CellRange>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryParse(part, out var range))
            {
                builder.Add(range);
            }
        }

        return builder.ToImmutable();
    }
}
