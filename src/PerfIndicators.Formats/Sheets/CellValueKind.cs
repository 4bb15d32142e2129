namespace PerfIndicators.Formats.Sheets;

/// <summary>What a cell stores, as the file records it (before any interpretation of number formats).</summary>
public enum CellValueKind
{
    /// <summary>No value: an empty cell that exists only for its style (e.g. an unlocked input cell), or a formula with no cached value.</summary>
    Blank = 0,

    /// <summary>Text: a shared string, an inline string, a formula's text result, or any CSV field.</summary>
    Text,

    /// <summary>A number, held exactly as <see cref="decimal"/>. Dates are numbers too (Excel serial dates); see <see cref="CellContent"/>.</summary>
    Number,

    /// <summary>A logical value, TRUE or FALSE.</summary>
    Boolean,

    /// <summary>An error value such as <c>#DIV/0!</c> or <c>#N/A</c>, usually a formula's cached result.</summary>
    Error,
}
