using System.Globalization;
using System.Text;

namespace PerfIndicators;

/// <summary>
/// Where a <see cref="Diagnostic"/> applies, in the terms of the input it was found in: a span of parsed text, a line of
/// a document, a sheet, row and column of a spreadsheet (or a part of the xlsx package), a path into a JSON file, an
/// indicator of a project. Every part is optional and several can be given together (a template cell's target text:
/// sheet, row, column, indicator and the span in the cell).
/// </summary>
/// <remarks>Immutable. The default value means "the whole input". Equality compares every part.</remarks>
public readonly record struct DiagnosticLocation
{
    /// <summary>The largest spreadsheet column (XFD), as Excel allows.</summary>
    private const int MaxColumn = 16_384;

    /// <summary>The span in the original text that was parsed (a cell, a clause, a document), or <see langword="null"/>.</summary>
    public TextSpan? Span { get; init; }

    /// <summary>The 1-based line of a document, or <see langword="null"/>.</summary>
    public int? Line { get; init; }

    /// <summary>The sheet name of a workbook, or <see langword="null"/>.</summary>
    public string? Sheet { get; init; }

    /// <summary>The 1-based row of a sheet (a CSV file: its record), or <see langword="null"/>.</summary>
    public int? Row { get; init; }

    /// <summary>The 1-based column of a sheet, or <see langword="null"/>.</summary>
    public int? Column { get; init; }

    /// <summary>For a problem inside an xlsx package, the zip entry (<c>xl/worksheets/sheet1.xml</c>), or <see langword="null"/>.</summary>
    public string? Part { get; init; }

    /// <summary>A JSONPath into a JSON input (<c>$.indicators[2].points</c>), or <see langword="null"/>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>The indicator (三级指标) of a project the problem concerns, or <see langword="null"/> for the project or its budget.</summary>
    public string? Indicator { get; init; }

    /// <summary>Whether no part is given: the diagnostic concerns the whole input.</summary>
    public bool IsEmpty => this == default;

    /// <summary>Whether a sheet, row, column or package part is given.</summary>
    public bool HasSheetPart => Sheet is not null || Row is not null || Column is not null || Part is not null;

    /// <summary>A span of parsed text.</summary>
    /// <param name="span">The span.</param>
    public static DiagnosticLocation At(TextSpan span) => new() { Span = span };

    /// <summary>A line of a document.</summary>
    /// <param name="line">The 1-based line.</param>
    public static DiagnosticLocation AtLine(int line) => new() { Line = line };

    /// <summary>A place in a workbook or CSV file; every part is optional.</summary>
    /// <param name="sheet">The sheet name.</param>
    /// <param name="row">The 1-based row.</param>
    /// <param name="column">The 1-based column.</param>
    /// <param name="part">The xlsx package part.</param>
    public static DiagnosticLocation InSheet(string? sheet = null, int? row = null, int? column = null, string? part = null) =>
        new() { Sheet = sheet, Row = row, Column = column, Part = part };

    /// <summary>A path into a JSON input.</summary>
    /// <param name="path">The JSONPath, e.g. <c>$.indicators[2].points</c>.</param>
    public static DiagnosticLocation AtJsonPath(string path) => new() { JsonPath = path };

    /// <summary>An indicator of a project, or the project itself when <paramref name="name"/> is <see langword="null"/>.</summary>
    /// <param name="name">The indicator's name (三级指标).</param>
    public static DiagnosticLocation OfIndicator(string? name) => new() { Indicator = name };

    /// <summary>
    /// The sheet part the way Excel users read it: <c>'自评表'!C7</c>, <c>'自评表' 第7行</c>, <c>第3列</c>, followed by the
    /// package part in parentheses; empty when no sheet part is given.
    /// </summary>
    public string SheetText
    {
        get
        {
            if (!HasSheetPart)
            {
                return string.Empty;
            }

            var text = new StringBuilder();
            if (Sheet is not null)
            {
                text.Append('\'').Append(Sheet).Append('\'');
            }

            if (Row is { } row && Column is { } column && column is >= 1 and <= MaxColumn)
            {
                text.Append(text.Length > 0 ? "!" : string.Empty).Append(ColumnName(column)).Append(row.ToString(CultureInfo.InvariantCulture));
            }
            else if (Row is { } onlyRow)
            {
                text.Append(text.Length > 0 ? " " : string.Empty).Append('第').Append(onlyRow.ToString(CultureInfo.InvariantCulture)).Append('行');
            }
            else if (Column is { } onlyColumn)
            {
                text.Append(text.Length > 0 ? " " : string.Empty).Append('第').Append(onlyColumn.ToString(CultureInfo.InvariantCulture)).Append('列');
            }

            if (Part is not null)
            {
                text.Append(text.Length > 0 ? " " : string.Empty).Append('(').Append(Part).Append(')');
            }

            return text.ToString();
        }
    }

    /// <summary>
    /// The location for people: the parts given, in the order span, line, indicator, sheet part, JSON path, separated by
    /// spaces (<c>[3..9)</c>, <c>L489</c>, <c>[资金支付率]</c>, <c>'自评表'!E12</c>, <c>$.budget</c>); empty for the whole input.
    /// </summary>
    public override string ToString()
    {
        var parts = new List<string>(2);
        if (Span is { } span)
        {
            parts.Add(span.ToString());
        }

        if (Line is { } line)
        {
            parts.Add("L" + line.ToString(CultureInfo.InvariantCulture));
        }

        if (Indicator is not null)
        {
            parts.Add("[" + Indicator + "]");
        }

        if (HasSheetPart)
        {
            parts.Add(SheetText);
        }

        if (JsonPath is not null)
        {
            parts.Add(JsonPath);
        }

        return string.Join(' ', parts);
    }

    /// <summary>The column letters of a 1-based column number (1 → A, 27 → AA).</summary>
    private static string ColumnName(int column)
    {
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
}
