using System.Globalization;

namespace PerfIndicators.Formats.Xlsx;

/// <summary>
/// Collects the content of one sheet for <see cref="WorkbookBuilder"/>: cells, column widths, row heights, merged
/// ranges, frozen panes, data validations and protection. Obtain one from <see cref="WorkbookBuilder.AddSheet(string, SheetVisibility)"/>.
/// </summary>
/// <remarks>
/// Setting a cell twice keeps the last value. Methods return the builder so calls can be chained. Not thread-safe.
/// Every method throws <see cref="ArgumentException"/> for a reference outside Excel's grid or text Excel cannot hold.
/// </remarks>
internal sealed class SheetBuilder
{
    /// <summary>The most characters Excel allows in a cell.</summary>
    public const int MaxCellTextLength = 32_767;

    private readonly SortedDictionary<CellAddress, PendingCell> cells = [];
    private readonly SortedDictionary<int, decimal> columnWidths = [];
    private readonly SortedDictionary<int, decimal> rowHeights = [];
    private readonly List<CellRange> merges = [];
    private readonly List<PendingValidation> validations = [];

    internal SheetBuilder(string name, SheetVisibility visibility)
    {
        Name = name;
        Visibility = visibility;
    }

    /// <summary>The sheet name.</summary>
    public string Name { get; }

    /// <summary>Whether the tab is shown.</summary>
    public SheetVisibility Visibility { get; }

    /// <summary>Whether sheet protection is on; see <see cref="Protect"/>.</summary>
    public bool IsProtected { get; private set; }

    /// <summary>The number of rows frozen at the top.</summary>
    public int FrozenRows { get; private set; }

    /// <summary>The number of columns frozen at the left.</summary>
    public int FrozenColumns { get; private set; }

    /// <summary>How the sheet prints, or <see langword="null"/> for the spreadsheet program's defaults; see <see cref="SetPrint"/>.</summary>
    public PrintSetup? Print { get; private set; }

    /// <summary>Whether row heights are fitted to the wrapped text when written; see <see cref="FitRowsToContent"/>.</summary>
    public bool FitsRows { get; private set; }

    internal IReadOnlyDictionary<CellAddress, PendingCell> Cells => this.cells;

    internal IReadOnlyDictionary<int, decimal> ColumnWidths => columnWidths;

    internal IReadOnlyDictionary<int, decimal> RowHeights => rowHeights;

    internal IReadOnlyList<CellRange> Merges => merges;

    internal IReadOnlyList<PendingValidation> Validations => this.validations;

    /// <summary>Writes text into the cell at an A1 reference (<c>C7</c>).</summary>
    /// <param name="reference">The cell.</param>
    /// <param name="text">The text, at most <see cref="MaxCellTextLength"/> characters; line breaks are kept.</param>
    /// <param name="style">The style; <see cref="CellStyle.Default"/> when <see langword="null"/>.</param>
    public SheetBuilder SetText(string reference, string text, CellStyle? style = null) => SetText(CellAddress.Parse(reference), text, style);

    /// <summary>Writes text into the cell at <paramref name="row"/>, <paramref name="column"/> (both 1-based).</summary>
    /// <param name="row">The row number.</param>
    /// <param name="column">The column number.</param>
    /// <param name="text">The text, at most <see cref="MaxCellTextLength"/> characters.</param>
    /// <param name="style">The style; <see cref="CellStyle.Default"/> when <see langword="null"/>.</param>
    public SheetBuilder SetText(int row, int column, string text, CellStyle? style = null) => SetText(CellAddress.Create(row, column), text, style);

    /// <summary>Writes text into the cell at <paramref name="address"/>.</summary>
    /// <param name="address">The cell.</param>
    /// <param name="text">The text, at most <see cref="MaxCellTextLength"/> characters.</param>
    /// <param name="style">The style; <see cref="CellStyle.Default"/> when <see langword="null"/>.</param>
    public SheetBuilder SetText(CellAddress address, string text, CellStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckAddress(address);
        if (text.Length > MaxCellTextLength)
        {
            throw new ArgumentException($"A cell holds at most {MaxCellTextLength} characters; {address} was given {text.Length}.", nameof(text));
        }

        this.cells[address] = new PendingCell(PendingKind.Text, text, null, style ?? CellStyle.Default);
        return this;
    }

    /// <summary>Writes a number into the cell at an A1 reference. Excel holds 15 significant digits.</summary>
    /// <param name="reference">The cell.</param>
    /// <param name="value">The number.</param>
    /// <param name="style">The style (e.g. with <see cref="CellStyle.NumberFormat"/> <c>0.00</c>); default when <see langword="null"/>.</param>
    public SheetBuilder SetNumber(string reference, decimal value, CellStyle? style = null) => SetNumber(CellAddress.Parse(reference), value, style);

    /// <summary>Writes a number into the cell at <paramref name="row"/>, <paramref name="column"/>.</summary>
    /// <param name="row">The row number.</param>
    /// <param name="column">The column number.</param>
    /// <param name="value">The number.</param>
    /// <param name="style">The style; default when <see langword="null"/>.</param>
    public SheetBuilder SetNumber(int row, int column, decimal value, CellStyle? style = null) => SetNumber(CellAddress.Create(row, column), value, style);

    /// <summary>Writes a number into the cell at <paramref name="address"/>.</summary>
    /// <param name="address">The cell.</param>
    /// <param name="value">The number.</param>
    /// <param name="style">The style; default when <see langword="null"/>.</param>
    public SheetBuilder SetNumber(CellAddress address, decimal value, CellStyle? style = null)
    {
        CheckAddress(address);
        this.cells[address] = new PendingCell(PendingKind.Number, Invariant(value), null, style ?? CellStyle.Default);
        return this;
    }

    /// <summary>Writes a formula (without <c>=</c>) with an optional cached result, which readers that do not calculate will see.</summary>
    /// <param name="reference">The cell.</param>
    /// <param name="formula">The formula, e.g. <c>SUM(G8:G20)</c>.</param>
    /// <param name="cachedValue">The result to store with it, or <see langword="null"/> for none (Excel calculates on open).</param>
    /// <param name="style">The style; default when <see langword="null"/>.</param>
    public SheetBuilder SetFormula(string reference, string formula, decimal? cachedValue = null, CellStyle? style = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(formula);
        var address = CellAddress.Parse(reference);
        var text = formula.StartsWith('=') ? formula[1..] : formula;
        this.cells[address] = new PendingCell(PendingKind.Formula, cachedValue is { } value ? Invariant(value) : null, text, style ?? CellStyle.Default);
        return this;
    }

    /// <summary>Gives an empty cell a style, e.g. <see cref="CellStyle.Input"/> for a cell people fill in.</summary>
    /// <param name="reference">The cell.</param>
    /// <param name="style">The style.</param>
    public SheetBuilder SetBlank(string reference, CellStyle style) => SetBlank(CellAddress.Parse(reference), style);

    /// <summary>Gives an empty cell at <paramref name="row"/>, <paramref name="column"/> a style.</summary>
    /// <param name="row">The row number.</param>
    /// <param name="column">The column number.</param>
    /// <param name="style">The style.</param>
    public SheetBuilder SetBlank(int row, int column, CellStyle style) => SetBlank(CellAddress.Create(row, column), style);

    /// <summary>Gives an empty cell a style.</summary>
    /// <param name="address">The cell.</param>
    /// <param name="style">The style.</param>
    public SheetBuilder SetBlank(CellAddress address, CellStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        CheckAddress(address);
        this.cells[address] = new PendingCell(PendingKind.Blank, null, null, style);
        return this;
    }

    /// <summary>Sets a column's width in Excel's units (the width of one '0' in the default font; Chinese characters take about 2).</summary>
    /// <param name="column">The column letters, e.g. <c>C</c>.</param>
    /// <param name="width">The width, 0 to 255.</param>
    public SheetBuilder SetColumnWidth(string column, decimal width)
    {
        ArgumentNullException.ThrowIfNull(column);
        var number = CellAddress.ColumnNumberOf(column);
        return number == 0 ? throw new ArgumentException($"'{column}' is not a column such as C.", nameof(column)) : SetColumnWidth(number, width);
    }

    /// <summary>Sets a column's width in Excel's units.</summary>
    /// <param name="column">The 1-based column number.</param>
    /// <param name="width">The width, 0 to 255.</param>
    public SheetBuilder SetColumnWidth(int column, decimal width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(column, CellAddress.MaxColumn);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 255m);
        columnWidths[column] = width;
        return this;
    }

    /// <summary>Sets a row's height in points.</summary>
    /// <param name="row">The 1-based row number.</param>
    /// <param name="height">The height, 0 to 409.</param>
    public SheetBuilder SetRowHeight(int row, decimal height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(row, CellAddress.MaxRow);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 409m);
        rowHeights[row] = height;
        return this;
    }

    /// <summary>
    /// Merges a range (合并单元格). With <paramref name="style"/>, every cell of the range gets that style (so borders
    /// show all round); with <paramref name="text"/>, the top-left cell gets the text.
    /// </summary>
    /// <param name="range">The range, e.g. <c>A1:I1</c>; at least two cells.</param>
    /// <param name="text">Text for the top-left cell, or <see langword="null"/>.</param>
    /// <param name="style">A style for every cell of the range, or <see langword="null"/> to leave cells as they are.</param>
    /// <exception cref="ArgumentException">When the range is one cell or overlaps a range already merged.</exception>
    public SheetBuilder Merge(string range, string? text = null, CellStyle? style = null)
    {
        var parsed = CellRange.Parse(range);
        if (parsed.First == parsed.Last)
        {
            throw new ArgumentException($"A merged range needs at least two cells; '{range}' is one.", nameof(range));
        }

        if (merges.Any(m => m.Overlaps(parsed)))
        {
            throw new ArgumentException($"'{range}' overlaps a range that is already merged.", nameof(range));
        }

        merges.Add(parsed);
        if (style is not null)
        {
            foreach (var address in parsed.Cells())
            {
                if (this.cells.TryGetValue(address, out var existing))
                {
                    this.cells[address] = existing with { Style = style };
                }
                else
                {
                    this.cells[address] = new PendingCell(PendingKind.Blank, null, null, style);
                }
            }
        }

        if (text is not null)
        {
            SetText(parsed.First, text, style ?? (this.cells.TryGetValue(parsed.First, out var first) ? first.Style : null));
        }

        return this;
    }

    /// <summary>Freezes the top <paramref name="rows"/> rows and the left <paramref name="columns"/> columns, so headers stay in view.</summary>
    /// <param name="rows">Rows to freeze (0 for none).</param>
    /// <param name="columns">Columns to freeze (0 for none).</param>
    public SheetBuilder FreezePanes(int rows, int columns = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rows, CellAddress.MaxRow);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(columns, CellAddress.MaxColumn);
        FrozenRows = rows;
        FrozenColumns = columns;
        return this;
    }

    /// <summary>
    /// Adds a drop-down list (数据验证 → 序列) on a range: only the items are accepted, e.g. the three qualitative tiers
    /// 达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差.
    /// </summary>
    /// <param name="range">The cells, e.g. <c>H8:H20</c>.</param>
    /// <param name="items">The items; none may contain a comma or a quotation mark ("), and together they may not exceed 255 characters (Excel's limit for a literal list; use <see cref="AddListValidationFromRange"/> for longer lists).</param>
    /// <param name="prompt">A prompt shown when a cell is selected (at most 255 characters), or <see langword="null"/>.</param>
    /// <param name="error">The message shown when another value is typed (at most 225 characters), or <see langword="null"/> for Excel's default.</param>
    public SheetBuilder AddListValidation(string range, IEnumerable<string> items, string? prompt = null, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        if (list.Count == 0 || list.Any(i => string.IsNullOrEmpty(i) || i.Contains(',') || i.Contains('"')))
        {
            throw new ArgumentException("A literal list needs at least one item, and items may not be empty or contain ',' or '\"'.", nameof(items));
        }

        var formula = "\"" + string.Join(',', list) + "\"";
        if (formula.Length - 2 > 255)
        {
            throw new ArgumentException("A literal list may hold at most 255 characters; keep longer lists in cells and use AddListValidationFromRange.", nameof(items));
        }

        return AddValidation(new PendingValidation(DataValidationType.List, CellRange.Parse(range), formula, null, prompt, error));
    }

    /// <summary>Adds a drop-down list whose items are the cells of <paramref name="source"/>, e.g. <c>'选项'!$A$1:$A$3</c> or a defined name.</summary>
    /// <param name="range">The cells that get the drop-down.</param>
    /// <param name="source">A reference or defined name, without <c>=</c>.</param>
    /// <param name="prompt">A prompt shown when a cell is selected (at most 255 characters), or <see langword="null"/>.</param>
    /// <param name="error">The message shown when another value is typed (at most 225 characters), or <see langword="null"/>.</param>
    public SheetBuilder AddListValidationFromRange(string range, string source, string? prompt = null, string? error = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return AddValidation(new PendingValidation(DataValidationType.List, CellRange.Parse(range), source.TrimStart('='), null, prompt, error));
    }

    /// <summary>Accepts only decimal numbers from <paramref name="minimum"/> to <paramref name="maximum"/> (both included) in a range, e.g. a 全年执行数 (expenditure) ≥ 0.</summary>
    /// <param name="range">The cells.</param>
    /// <param name="minimum">The smallest value accepted.</param>
    /// <param name="maximum">The largest value accepted.</param>
    /// <param name="prompt">A prompt shown when a cell is selected (at most 255 characters), or <see langword="null"/>.</param>
    /// <param name="error">The message shown when another value is typed (at most 225 characters), or <see langword="null"/>.</param>
    public SheetBuilder AddDecimalValidation(string range, decimal minimum, decimal maximum, string? prompt = null, string? error = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimum, maximum);
        return AddValidation(new PendingValidation(DataValidationType.Decimal, CellRange.Parse(range), Invariant(minimum), Invariant(maximum), prompt, error));
    }

    /// <summary>Sets how the sheet prints: paper, orientation, scaling, repeated header rows, print area, margins, footer.</summary>
    /// <param name="setup">The setup, e.g. <see cref="PrintSetup.Form"/>.</param>
    /// <exception cref="ArgumentException">When the repeated rows or the print area lie outside Excel's grid.</exception>
    public SheetBuilder SetPrint(PrintSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (setup.RepeatRowsFrom != 0 && (setup.RepeatRowsFrom < 1 || setup.RepeatRowsTo < setup.RepeatRowsFrom || setup.RepeatRowsTo > CellAddress.MaxRow))
        {
            throw new ArgumentException($"Rows {setup.RepeatRowsFrom} to {setup.RepeatRowsTo} cannot be repeated.", nameof(setup));
        }

        if (setup.PrintArea is { } area && (!area.First.IsValid || !area.Last.IsValid))
        {
            throw new ArgumentException($"The print area {area} lies outside Excel's grid.", nameof(setup));
        }

        Print = setup;
        return this;
    }

    /// <summary>
    /// Fits every row's height to its wrapped text when the workbook is written (an estimate from the column widths;
    /// heights set with <see cref="SetRowHeight"/> become minimums), so that no text overprints the row below it in a
    /// program that does not fit rows on opening.
    /// </summary>
    public SheetBuilder FitRowsToContent()
    {
        FitsRows = true;
        return this;
    }

    /// <summary>
    /// Turns sheet protection on, with no password: locked cells cannot be edited and only unlocked cells
    /// (<see cref="CellStyle.Locked"/> = false) can. Selecting cells and resizing columns and rows stay allowed.
    /// This guards against accidental edits of targets, not against a determined user (Excel's 审阅 → 撤消工作表保护
    /// removes it); compare a fingerprint kept in a metadata sheet to detect changes.
    /// </summary>
    public SheetBuilder Protect()
    {
        IsProtected = true;
        return this;
    }

    private SheetBuilder AddValidation(PendingValidation validation)
    {
        // Excel refuses to open a file whose validation prompt exceeds 255 characters or whose message exceeds 225.
        if (validation.Prompt is { Length: > 255 })
        {
            throw new ArgumentException("A validation prompt holds at most 255 characters.", nameof(validation));
        }

        if (validation.Error is { Length: > 225 })
        {
            throw new ArgumentException("A validation error message holds at most 225 characters.", nameof(validation));
        }

        this.validations.Add(validation);
        return this;
    }

    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static void CheckAddress(CellAddress address)
    {
        if (!address.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(address), address, "The cell lies outside Excel's grid.");
        }
    }
}

internal enum PendingKind
{
    Blank,
    Text,
    Number,
    Formula,
}

internal sealed record PendingCell(PendingKind Kind, string? Value, string? Formula, CellStyle Style);

internal sealed record PendingValidation(DataValidationType Type, CellRange Range, string Formula1, string? Formula2, string? Prompt, string? Error);
