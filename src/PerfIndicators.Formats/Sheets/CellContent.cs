using System.Globalization;
using NodaTime;

namespace PerfIndicators.Formats.Sheets;

/// <summary>What a person entered in a cell, as far as the cell itself tells it: the kinds that matter when reading a 实际完成值 (actual value).</summary>
public enum CellContentKind
{
    /// <summary>Nothing (an empty cell, only spaces, or a formula without a cached value).</summary>
    Blank = 0,

    /// <summary>A number: a number cell, or text that is only a number (<c>95</c>, <c>1,234.5</c>).</summary>
    Number,

    /// <summary>A percentage: a number cell with a percent format (0.95 shown as 95%), or text such as <c>95%</c>.</summary>
    Percent,

    /// <summary>A date: a number cell with a date format (an Excel serial date).</summary>
    Date,

    /// <summary>Other text (<c>完成</c>, <c>达成</c>, <c>部分达成</c>, <c>12.3万人</c>).</summary>
    Text,

    /// <summary>TRUE or FALSE.</summary>
    Boolean,

    /// <summary>An error value such as <c>#DIV/0!</c>.</summary>
    Error,
}

/// <summary>
/// A cell's value interpreted the way Excel shows it: a percent-formatted 0.95 is 95%, a date-formatted 45250 is
/// 2023-11-20, <c>"95"</c> stored as text is the number 95. <see cref="Text"/> is what to hand to
/// <c>IndicatorParser.ParseActual</c>.
/// </summary>
/// <remarks>Immutable. Build with <see cref="Of(Cell, bool)"/>.</remarks>
/// <param name="Kind">What the content is.</param>
/// <param name="Text">
/// The content as text for people and parsers: <c>95%</c>, <c>0.95</c>, <c>2023年11月20日</c>, <c>完成</c>, trimmed; numbers
/// are shown with at most 15 significant digits, as Excel shows them; empty for blanks.
/// </param>
public sealed record CellContent(CellContentKind Kind, string Text)
{
    /// <summary>
    /// For <see cref="CellContentKind.Number"/> the number; for <see cref="CellContentKind.Percent"/> the percentage in
    /// percent points (95 for 95%, however it was entered); <see langword="null"/> otherwise. Rounded to 15 significant
    /// digits, which removes binary noise such as 0.94999999999999996.
    /// </summary>
    public decimal? Number { get; init; }

    /// <summary>For <see cref="CellContentKind.Date"/>, the date (any time of day is dropped); otherwise <see langword="null"/>.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Whether a number or percentage was typed into a text cell (Excel's green-triangle "number stored as text").</summary>
    public bool IsNumberStoredAsText { get; init; }

    /// <summary>Whether the value is a formula's cached result; <see cref="Formula"/> has the formula when the cell carries it.</summary>
    public bool IsFormulaResult { get; init; }

    /// <summary>The formula text, or <see langword="null"/>.</summary>
    public string? Formula { get; init; }

    /// <summary>The cell's number format code (<c>General</c>, <c>0%</c>, <c>yyyy-mm-dd</c>).</summary>
    public string NumberFormat { get; init; } = "General";

    /// <summary>Interprets a cell.</summary>
    /// <param name="cell">The cell, from <see cref="WorkbookReader"/> or <see cref="CsvReader"/>.</param>
    /// <param name="uses1904DateSystem">The workbook's <see cref="Workbook.Uses1904DateSystem"/>.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="cell"/> is null.</exception>
    public static CellContent Of(Cell cell, bool uses1904DateSystem = false)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var content = Interpret(cell, uses1904DateSystem);
        return content with { IsFormulaResult = cell.HasFormula, Formula = cell.Formula, NumberFormat = cell.NumberFormat };
    }

    /// <summary>Interprets a cell that may be missing: a missing cell is <see cref="CellContentKind.Blank"/>.</summary>
    /// <param name="cell">The cell, or <see langword="null"/>.</param>
    /// <param name="uses1904DateSystem">The workbook's <see cref="Workbook.Uses1904DateSystem"/>.</param>
    public static CellContent OfOptional(Cell? cell, bool uses1904DateSystem = false) =>
        cell is null ? new CellContent(CellContentKind.Blank, string.Empty) : Of(cell, uses1904DateSystem);

    private static CellContent Interpret(Cell cell, bool uses1904DateSystem)
    {
        switch (cell.Kind)
        {
            case CellValueKind.Boolean:
                return new CellContent(CellContentKind.Boolean, cell.Text);
            case CellValueKind.Error:
                return new CellContent(CellContentKind.Error, cell.Text);
            case CellValueKind.Number when cell.Number is { } number:
                return FromNumber(number, NumberFormats.Classify(cell.NumberFormat), uses1904DateSystem);
            case CellValueKind.Text:
                return FromText(cell.Text);
            default:
                return new CellContent(CellContentKind.Blank, string.Empty);
        }
    }

    private static CellContent FromNumber(decimal number, NumberFormatKind format, bool uses1904DateSystem)
    {
        if (format == NumberFormatKind.Percent)
        {
            var percent = Significant(number * 100m);
            return new CellContent(CellContentKind.Percent, Format(percent) + "%") { Number = percent };
        }

        if (format == NumberFormatKind.Date && ExcelDates.ToLocalDate(number, uses1904DateSystem) is { } date)
        {
            return new CellContent(CellContentKind.Date, date.ToString("uuuu'年'M'月'd'日'", CultureInfo.InvariantCulture)) { Date = date };
        }

        var value = Significant(number);
        return new CellContent(CellContentKind.Number, Format(value)) { Number = value };
    }

    private static CellContent FromText(string raw)
    {
        var text = raw.Trim().Trim('\u3000').Trim();
        if (text.Length == 0)
        {
            return new CellContent(CellContentKind.Blank, string.Empty);
        }

        var isPercent = text.EndsWith('%') || text.EndsWith('％');
        var digits = isPercent ? text[..^1].TrimEnd() : text;
        if (digits.Length > 0 && digits.Length <= 40
            && (char.IsAsciiDigit(digits[0]) || digits[0] is '-' or '+' or '.')
            && decimal.TryParse(digits, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number))
        {
            var value = Significant(number);
            return new CellContent(isPercent ? CellContentKind.Percent : CellContentKind.Number, text)
            {
                Number = value,
                IsNumberStoredAsText = true,
            };
        }

        return new CellContent(CellContentKind.Text, text);
    }

    /// <summary>Rounds to 15 significant digits (what Excel displays) and drops trailing zeros.</summary>
    internal static decimal Significant(decimal value)
    {
        if (value == 0)
        {
            return 0m;
        }

        var magnitude = Math.Abs(value);
        int decimals;
        if (magnitude >= 1)
        {
            var integerDigits = 0;
            for (var whole = decimal.Truncate(magnitude); whole >= 1; whole = decimal.Truncate(whole / 10))
            {
                integerDigits++;
            }

            decimals = Math.Max(0, 15 - integerDigits);
        }
        else
        {
            var leadingZeros = 0;
            while (magnitude < 0.1m && leadingZeros < 28)
            {
                magnitude *= 10;
                leadingZeros++;
            }

            decimals = Math.Min(28, 15 + leadingZeros);
        }

        return decimal.Round(value, decimals, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
