namespace PerfIndicators.Formats.Xlsx;

/// <summary>
/// Estimates the height each row needs for its wrapped text, because a spreadsheet program does not fit row heights
/// when it opens a file (LibreOffice keeps the stored or default height, and wrapped text then overprints the next row).
/// </summary>
/// <remarks>
/// Widths are in Excel's column unit, the width of one <c>0</c> of the default font: a Chinese character, full-width
/// punctuation and the symbols CJK fonts draw wide (≥, “, —) take 2, other characters 1. Lines are filled greedily as a
/// spreadsheet does: Chinese text breaks between any two characters, closing punctuation stays with the character before
/// it, Latin words and numbers break at spaces. The estimate errs on the tall side.
/// </remarks>
internal static class RowFit
{
    /// <summary>Excel's default column width, for columns given none.</summary>
    private const decimal DefaultColumnWidth = 8.43m;

    /// <summary>The width a cell loses to its padding and borders.</summary>
    private const decimal CellPadding = 0.8m;

    /// <summary>The most a row may be, in points (Excel's limit).</summary>
    private const decimal MaxHeight = 409m;

    /// <summary>Characters that may not start a line: they are kept with the character before them.</summary>
    private const string Closing = "，。、；：？！）》」』】〕”’,.;:?!)]}%";

    /// <summary>The height of <paramref name="lines"/> lines of text in a font of <paramref name="fontSize"/> points, with the cell's padding.</summary>
    public static decimal Height(int lines, decimal fontSize) =>
        Math.Min(MaxHeight, decimal.Round((lines * fontSize * 1.36m) + 4m, 1, MidpointRounding.AwayFromZero));

    /// <summary>
    /// The height of every row of <paramref name="sheet"/> that has cells: the lines its tallest wrapped cell needs, at
    /// least one line, and at least the height set with <see cref="SheetBuilder.SetRowHeight"/>.
    /// </summary>
    /// <param name="sheet">The sheet.</param>
    /// <param name="fontSize">The font size in points.</param>
    public static SortedDictionary<int, decimal> Heights(SheetBuilder sheet, decimal fontSize)
    {
        var lines = new SortedDictionary<int, decimal>();
        foreach (var (address, cell) in sheet.Cells)
        {
            var size = cell.Style.FontSize ?? fontSize;
            var needed = Height(1, size);
            if (cell.Kind == PendingKind.Text && cell.Style.WrapText && MergeOf(sheet, address) is var merge && merge.RowCount == 1)
            {
                if (merge.First == address)
                {
                    // Widths are in units of the workbook font; a larger font takes proportionally more of them.
                    var count = Lines(cell.Value!, (WidthOf(sheet, merge) - CellPadding) * fontSize / size, cell.Style.Bold);
                    needed = Height(count, size);
                }
            }

            lines[address.Row] = Math.Max(needed, lines.GetValueOrDefault(address.Row, Height(1, fontSize)));
        }

        var heights = new SortedDictionary<int, decimal>();
        foreach (var (row, height) in lines)
        {
            heights[row] = Math.Max(height, sheet.RowHeights.GetValueOrDefault(row));
        }

        foreach (var (row, height) in sheet.RowHeights)
        {
            heights.TryAdd(row, height);
        }

        return heights;
    }

    /// <summary>The number of lines <paramref name="text"/> takes in a cell <paramref name="available"/> units wide.</summary>
    /// <param name="text">The text; line breaks start new lines.</param>
    /// <param name="available">The width inside the cell.</param>
    /// <param name="bold">Whether the text is bold (about a tenth wider).</param>
    public static int Lines(string text, decimal available, bool bold)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scale = bold ? 1.1m : 1m;
        available = Math.Max(available, 1m);
        var total = 0;
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var count = 1;
            var used = 0m;
            foreach (var token in Tokens(paragraph))
            {
                var width = token.Width * scale;
                if (used > 0 && used + width > available)
                {
                    count++;
                    used = 0;
                    if (token.IsSpace)
                    {
                        continue;
                    }
                }

                // A word wider than the line is broken wherever it must be.
                while (width > available)
                {
                    count++;
                    width -= available;
                }

                used += width;
            }

            total += count;
        }

        return total;
    }

    /// <summary>The width of one character in column units.</summary>
    internal static decimal WidthOf(char c) => c switch
    {
        < '\u0020' => 0m,
        < '\u1100' => 1m,
        <= '\u115F' => 2m,
        >= '\u2010' and <= '\u2BFF' => 2m,
        >= '\u2E80' and <= '\uA4CF' => 2m,
        >= '\uAC00' and <= '\uD7A3' => 2m,
        >= '\uD800' and <= '\uDBFF' => 2m, // a supplementary character (CJK extensions): the pair counts once
        >= '\uDC00' and <= '\uDFFF' => 0m,
        >= '\uF900' and <= '\uFAFF' => 2m,
        >= '\uFE30' and <= '\uFE4F' => 2m,
        >= '\uFF00' and <= '\uFF60' => 2m,
        >= '\uFFE0' and <= '\uFFE6' => 2m,
        _ => 1m,
    };

    private static IEnumerable<(decimal Width, bool IsSpace)> Tokens(string paragraph)
    {
        var i = 0;
        while (i < paragraph.Length)
        {
            var c = paragraph[i];
            if (c == ' ')
            {
                i++;
                yield return (WidthOf(c), true);
                continue;
            }

            var width = WidthOf(c);
            i++;
            if (width < 2m)
            {
                // A Latin word or a number: up to the next space or wide character.
                while (i < paragraph.Length && paragraph[i] != ' ' && WidthOf(paragraph[i]) < 2m)
                {
                    width += WidthOf(paragraph[i++]);
                }
            }

            while (i < paragraph.Length && Closing.Contains(paragraph[i], StringComparison.Ordinal))
            {
                width += WidthOf(paragraph[i++]);
            }

            yield return (width, false);
        }
    }

    private static CellRange MergeOf(SheetBuilder sheet, CellAddress address)
    {
        foreach (var merge in sheet.Merges)
        {
            if (merge.Contains(address))
            {
                return merge;
            }
        }

        return new CellRange(address, address);
    }

    private static decimal WidthOf(SheetBuilder sheet, CellRange range)
    {
        var width = 0m;
        for (var column = range.First.Column; column <= range.Last.Column; column++)
        {
            width += sheet.ColumnWidths.TryGetValue(column, out var set) ? set : DefaultColumnWidth;
        }

        return width;
    }
}
