namespace PerfIndicators.Formats.Html;

/// <summary>
/// The values of the shared table partial <c>Html/Templates/data-table.html</c> — <c>header</c> (each <c>text</c>) and
/// <c>rows</c> (each <c>cells</c>, each <c>text</c> and an optional <c>css</c> class) — built one way for every page that uses it.
/// </summary>
internal static class DataTable
{
    /// <summary>The table's values; the caller may add more (a heading) to the dictionary returned.</summary>
    /// <param name="header">The column titles.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="cells">A row's cell texts.</param>
    /// <param name="css">The CSS class of a row's cell (its index and text given), or <see langword="null"/> for none.</param>
    public static TemplateValues Values<TRow>(IEnumerable<string> header, IEnumerable<TRow> rows, Func<TRow, IEnumerable<string>> cells, Func<TRow, int, string, string?>? css = null) => new()
    {
        ["header"] = header.Select(cell => new TemplateValues { ["text"] = cell }).ToList(),
        ["rows"] = rows.Select(row => new TemplateValues
        {
            ["cells"] = cells(row).Select((cell, c) => new TemplateValues { ["text"] = cell, ["css"] = css?.Invoke(row, c, cell) }).ToList(),
        }).ToList(),
    };
}
