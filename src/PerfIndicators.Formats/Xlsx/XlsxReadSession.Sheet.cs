using System.Collections.Immutable;
using System.Globalization;
using System.Xml;

namespace PerfIndicators.Formats.Xlsx;

/// <content>Reading one worksheet part, forward only: rows and cells, frozen panes, protection, merged ranges, validations.</content>
internal sealed partial class XlsxReadSession
{
    private static readonly System.Buffers.SearchValues<char> NotPlainDecimal = System.Buffers.SearchValues.Create("eE+ \t\r\n");

    private readonly List<Cell> rowCells = [];

    private Worksheet ReadSheet(Worksheet sheet, string path)
    {
        var rows = new List<Row>();
        var merged = ImmutableArray.CreateBuilder<CellRange>();
        var validations = ImmutableArray.CreateBuilder<DataValidation>();
        var isProtected = false;
        int frozenRows = 0, frozenColumns = 0;
        var outOfOrder = false;
        var complete = ReadPart(path, sheet.Name, reader =>
        {
            var previousRow = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "pane" when reader.GetAttribute("state") is "frozen" or "frozenSplit":
                        frozenColumns = SplitCount(reader.GetAttribute("xSplit"));
                        frozenRows = SplitCount(reader.GetAttribute("ySplit"));
                        break;
                    case "row":
                        var row = ReadRow(reader, sheet.Name, previousRow + 1);
                        if (row.Number <= previousRow)
                        {
                            outOfOrder = true;
                        }

                        previousRow = row.Number;
                        if (row.Cells.IsEmpty)
                        {
                            break;
                        }

                        if (rows.Count >= this.limits.MaxRowsPerSheet)
                        {
                            throw new ReadLimitException(
                                FormatDiagnosticCodes.TooManyRows,
                                SpreadsheetMessages.TooManyRows(sheet.Name, this.limits.MaxRowsPerSheet, row.Number),
                                DiagnosticLocation.InSheet(sheet.Name, row.Number, part: path));
                        }

                        rows.Add(row);
                        break;
                    case "sheetProtection":
                        isProtected = XmlText.IsTrue(reader.GetAttribute("sheet"));
                        break;
                    case "mergeCell":
                        if (CellRange.TryParse(reader.GetAttribute("ref"), out var range))
                        {
                            CountCell(sheet.Name, range.First);
                            merged.Add(range);
                        }

                        break;
                    case "dataValidation":
                        CountCell(sheet.Name, default);
                        validations.Add(ReadValidation(reader));
                        break;
                }
            }
        });

        return sheet with
        {
            Rows = outOfOrder ? SortRows(rows, sheet.Name) : [.. rows],
            MergedRanges = merged.ToImmutable(),
            DataValidations = validations.ToImmutable(),
            IsProtected = isProtected,
            FrozenRows = frozenRows,
            FrozenColumns = frozenColumns,
            IsTruncated = !complete,
        };
    }

    private static int SplitCount(string? value) =>
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var split) && split is > 0 and <= CellAddress.MaxRow
            ? (int)decimal.Truncate(split)
            : 0;

    private ImmutableArray<Row> SortRows(List<Row> rows, string sheetName)
    {
        var result = ImmutableArray.CreateBuilder<Row>(rows.Count);
        foreach (var row in rows.OrderBy(r => r.Number))
        {
            if (result.Count > 0 && result[^1].Number == row.Number)
            {
                Warning(FormatDiagnosticCodes.DuplicateCell, DiagnosticLocation.InSheet(sheetName, row.Number), SpreadsheetMessages.DuplicateRow(row.Number));
                continue;
            }

            result.Add(row);
        }

        return result.ToImmutable();
    }

    private void CountCell(string sheetName, CellAddress address)
    {
        if (++this.cells > this.limits.MaxCells)
        {
            var location = address.IsValid ? DiagnosticLocation.InSheet(sheetName, address.Row, address.Column) : DiagnosticLocation.InSheet(sheetName);
            throw new ReadLimitException(FormatDiagnosticCodes.TooManyCells, SpreadsheetMessages.TooManyCells(this.limits.MaxCells), location);
        }
    }

    private Row ReadRow(XmlReader reader, string sheetName, int expected)
    {
        var number = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= CellAddress.MaxRow
            ? r
            : expected;
        var hidden = XmlText.IsTrue(reader.GetAttribute("hidden"));
        if (reader.IsEmptyElement || number > CellAddress.MaxRow)
        {
            return new Row(number, []) { IsHidden = hidden };
        }

        this.rowCells.Clear();
        var depth = reader.Depth;
        var lastColumn = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                var cell = ReadCell(reader, sheetName, number, ref lastColumn);
                if (cell is not null)
                {
                    this.rowCells.Add(cell);
                }
            }
        }

        return new Row(number, [.. this.rowCells]) { IsHidden = hidden };
    }

    private Cell? ReadCell(XmlReader reader, string sheetName, int rowNumber, ref int lastColumn)
    {
        var reference = reader.GetAttribute("r");
        var type = reader.GetAttribute("t");
        var styleText = reader.GetAttribute("s");
        int column;
        if (reference is null)
        {
            column = lastColumn + 1;
        }
        else if (CellAddress.TryParse(reference, out var parsed))
        {
            column = parsed.Column;
        }
        else
        {
            column = lastColumn + 1;
            Warning(FormatDiagnosticCodes.InvalidCellValue, DiagnosticLocation.InSheet(sheetName, rowNumber, column), SpreadsheetMessages.InvalidReference(reference));
        }

        var duplicate = column <= lastColumn || column > CellAddress.MaxColumn;
        if (duplicate)
        {
            Warning(FormatDiagnosticCodes.DuplicateCell, DiagnosticLocation.InSheet(sheetName, rowNumber), SpreadsheetMessages.DuplicateCell(reference ?? column.ToString(CultureInfo.InvariantCulture)));
            if (!reader.IsEmptyElement)
            {
                reader.Skip();
            }

            return null;
        }

        lastColumn = column;
        var address = new CellAddress(rowNumber, column);
        var location = DiagnosticLocation.InSheet(sheetName, rowNumber, column);
        var style = 0;
        if (styleText is not null && (!int.TryParse(styleText, NumberStyles.None, CultureInfo.InvariantCulture, out style) || style >= Math.Max(this.styles.Count, 1)))
        {
            Warning(FormatDiagnosticCodes.InvalidCellValue, location, SpreadsheetMessages.UnknownStyle(styleText));
            style = 0;
        }

        string? value = null, inline = null, formula = null;
        var hasFormula = false;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            var advanced = false;
            while (advanced || reader.Read())
            {
                advanced = false;
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    break;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "v":
                        value = ReadCellText(reader, location);
                        break;
                    case "f":
                        hasFormula = true;
                        var text = ReadCellText(reader, location);
                        formula = text.Length > 0 ? text : null;
                        break;
                    case "is":
                        inline = ReadInlineString(reader, location);
                        break;
                    default:
                        reader.Skip();
                        advanced = true;
                        break;
                }
            }
        }

        if (value is null && inline is null && !hasFormula && style == 0)
        {
            return null;
        }

        CountCell(sheetName, address);
        var cell = MakeValue(address, type, value, inline, location) with
        {
            Formula = formula is null ? null : KeepText(formula, location),
            HasFormula = hasFormula,
            NumberFormatId = this.styles.NumberFormatId(style),
            NumberFormat = this.styles.FormatCode(this.styles.NumberFormatId(style)),
            IsLocked = this.styles.IsLocked(style),
        };
        return cell;
    }

    private string ReadCellText(XmlReader reader, DiagnosticLocation location)
    {
        var text = XmlText.ReadBoundedContent(reader, this.limits.MaxStringLength, this.chunk, out var truncated);
        if (truncated)
        {
            Error(FormatDiagnosticCodes.TextTooLong, location, SpreadsheetMessages.CellTextTooLong(this.limits.MaxStringLength));
        }

        return text;
    }

    private string ReadInlineString(XmlReader reader, DiagnosticLocation location)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        var depth = reader.Depth;
        var advanced = false;
        while (advanced || reader.Read())
        {
            advanced = false;
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName is "rPh" or "phoneticPr")
            {
                reader.Skip();
                advanced = true;
            }
            else if (reader.LocalName == "t")
            {
                var part = XmlText.ReadBoundedContent(reader, this.limits.MaxStringLength - text.Length, this.chunk, out var truncated);
                text.Append(part);
                if (truncated)
                {
                    Error(FormatDiagnosticCodes.TextTooLong, location, SpreadsheetMessages.CellTextTooLong(this.limits.MaxStringLength));
                }
            }
        }

        return XmlText.DecodeEscapes(text.ToString());
    }

    private Cell MakeValue(CellAddress address, string? type, string? value, string? inline, DiagnosticLocation location)
    {
        switch (type)
        {
            case "s":
                if (value is not null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < this.sharedStrings.Length)
                {
                    return new Cell(address, CellValueKind.Text, this.sharedStrings[index]);
                }

                Warning(FormatDiagnosticCodes.InvalidCellValue, location, SpreadsheetMessages.BadSharedStringIndex(value));
                return new Cell(address, CellValueKind.Blank, string.Empty);
            case "inlineStr":
                return new Cell(address, CellValueKind.Text, KeepText(inline ?? value ?? string.Empty, location));
            case "str" or "d":
                return value is null
                    ? new Cell(address, CellValueKind.Blank, string.Empty)
                    : new Cell(address, CellValueKind.Text, KeepText(XmlText.DecodeEscapes(value), location));
            case "b":
                var truth = value?.Trim() is "1" or "true" or "TRUE";
                return value is null
                    ? new Cell(address, CellValueKind.Blank, string.Empty)
                    : new Cell(address, CellValueKind.Boolean, truth ? "TRUE" : "FALSE") { Boolean = truth };
            case "e":
                return new Cell(address, CellValueKind.Error, KeepText(value ?? "#N/A", location));
            default:
                if (value is null || value.Length == 0)
                {
                    return new Cell(address, CellValueKind.Blank, string.Empty);
                }

                if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    // The stored text is already the invariant decimal unless it has an exponent, a sign or spaces.
                    var plain = value.AsSpan().IndexOfAny(NotPlainDecimal) < 0;
                    return new Cell(address, CellValueKind.Number, plain ? value : number.ToString(CultureInfo.InvariantCulture)) { Number = number };
                }

                Warning(FormatDiagnosticCodes.InvalidCellValue, location, SpreadsheetMessages.NumberOutOfRange(value));
                return new Cell(address, CellValueKind.Text, KeepText(value, location));
        }
    }

    private DataValidation ReadValidation(XmlReader reader)
    {
        var type = reader.GetAttribute("type") switch
        {
            "list" => DataValidationType.List,
            "whole" => DataValidationType.WholeNumber,
            "decimal" => DataValidationType.Decimal,
            "date" => DataValidationType.Date,
            "time" => DataValidationType.Time,
            "textLength" => DataValidationType.TextLength,
            "custom" => DataValidationType.Custom,
            _ => DataValidationType.Any,
        };
        var @operator = reader.GetAttribute("operator") switch
        {
            "notBetween" => DataValidationOperator.NotBetween,
            "equal" => DataValidationOperator.Equal,
            "notEqual" => DataValidationOperator.NotEqual,
            "greaterThan" => DataValidationOperator.GreaterThan,
            "lessThan" => DataValidationOperator.LessThan,
            "greaterThanOrEqual" => DataValidationOperator.GreaterThanOrEqual,
            "lessThanOrEqual" => DataValidationOperator.LessThanOrEqual,
            _ => DataValidationOperator.Between,
        };
        var allowBlank = XmlText.IsTrue(reader.GetAttribute("allowBlank"));
        var sqref = reader.GetAttribute("sqref");
        var errorTitle = reader.GetAttribute("errorTitle");
        var error = reader.GetAttribute("error");
        var promptTitle = reader.GetAttribute("promptTitle");
        var prompt = reader.GetAttribute("prompt");
        string? formula1 = null, formula2 = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    break;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "formula1":
                        formula1 = KeepText(XmlText.ReadBoundedContent(reader, this.limits.MaxStringLength, this.chunk, out _), default);
                        break;
                    case "formula2":
                        formula2 = KeepText(XmlText.ReadBoundedContent(reader, this.limits.MaxStringLength, this.chunk, out _), default);
                        break;
                    case "sqref":
                        sqref = XmlText.ReadBoundedContent(reader, this.limits.MaxStringLength, this.chunk, out _);
                        break;
                }
            }
        }

        return new DataValidation(type, CellRange.ParseList(sqref), formula1, formula2)
        {
            Operator = @operator,
            AllowBlank = allowBlank,
            ListItems = type == DataValidationType.List ? DataValidation.SplitLiteralList(formula1) : [],
            ErrorTitle = errorTitle,
            Error = error,
            PromptTitle = promptTitle,
            Prompt = prompt,
        };
    }
}
