namespace PerfIndicators.Formats.Sheets;

/// <summary>
/// One cell as stored in a sheet (or one field of a CSV record): its position, its value, its formula and the
/// style facts a caller needs (number format, locked or not).
/// </summary>
/// <remarks>
/// Immutable; equality compares every property. Numbers are exact <see cref="decimal"/>s parsed from the file's text
/// (an xlsx stores <c>0.95</c> or <c>1E-3</c>; these become 0.95m and 0.001m with no binary floating point in between).
/// To interpret what a person typed (a percent-formatted 0.95, a date, a number stored as text) use
/// <see cref="CellContent.Of(Cell, bool)"/>.
/// </remarks>
public sealed record Cell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="address">Where the cell is.</param>
    /// <param name="kind">What it stores.</param>
    /// <param name="text">The text; see <see cref="Text"/>.</param>
    public Cell(CellAddress address, CellValueKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Address = address;
        Kind = kind;
        Text = text;
    }

    /// <summary>Where the cell is.</summary>
    public CellAddress Address { get; init; }

    /// <summary>The A1 reference, e.g. <c>C7</c>.</summary>
    public string Reference => Address.ToString();

    /// <summary>The 1-based row number.</summary>
    public int RowNumber => Address.Row;

    /// <summary>The 1-based column number.</summary>
    public int ColumnNumber => Address.Column;

    /// <summary>The column letters, e.g. <c>C</c>.</summary>
    public string ColumnName => Address.ColumnName;

    /// <summary>What the cell stores.</summary>
    public CellValueKind Kind { get; init; }

    /// <summary>
    /// The value as text: for <see cref="CellValueKind.Text"/> the string as displayed (rich-text runs joined,
    /// phonetic guides left out, <c>_x000D_</c> escapes decoded); for numbers the exact decimal in invariant form
    /// (<c>0.95</c>); <c>TRUE</c>/<c>FALSE</c> for booleans; the error code (<c>#DIV/0!</c>) for errors; empty for blanks.
    /// </summary>
    public string Text { get; init; }

    /// <summary>For <see cref="CellValueKind.Number"/>, the exact value; otherwise <see langword="null"/>.</summary>
    public decimal? Number { get; init; }

    /// <summary>For <see cref="CellValueKind.Boolean"/>, the value; otherwise <see langword="null"/>.</summary>
    public bool? Boolean { get; init; }

    /// <summary>
    /// The formula text without the leading <c>=</c> (e.g. <c>SUM(C5:C9)</c>), or <see langword="null"/>. For a cell that
    /// shares a formula written in another cell (an xlsx shared formula), this is <see langword="null"/> while
    /// <see cref="HasFormula"/> is <see langword="true"/>. The value properties then hold the formula's cached result.
    /// </summary>
    public string? Formula { get; init; }

    /// <summary>Whether the cell is computed by a formula (its value is the cached result the file carries).</summary>
    public bool HasFormula { get; init; }

    /// <summary>The number format id of the cell's style (0 is General, 9 is <c>0%</c>, 14 a short date, 49 <c>@</c> text).</summary>
    public int NumberFormatId { get; init; }

    /// <summary>The number format code, e.g. <c>General</c>, <c>0.00%</c>, <c>yyyy"年"m"月"d"日"</c>.</summary>
    public string NumberFormat { get; init; } = "General";

    /// <summary>
    /// Whether the cell is locked when its sheet is protected. Excel's default is <see langword="true"/>; fill-in
    /// cells of a template are unlocked. CSV fields report the default.
    /// </summary>
    public bool IsLocked { get; init; } = true;

    /// <summary>Formats the cell as <c>C7=0.95</c> for test output and logs.</summary>
    public override string ToString() => HasFormula ? $"{Reference}=[{Formula}] {Text}" : $"{Reference}={Text}";
}
