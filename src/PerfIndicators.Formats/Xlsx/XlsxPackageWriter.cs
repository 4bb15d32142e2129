using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using NodaTime.Text;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace PerfIndicators.Formats.Xlsx;

/// <summary>
/// Writes a <see cref="WorkbookBuilder"/> as an xlsx package. The part XML is produced with the Open XML SDK's typed
/// elements (streamed with <see cref="OpenXmlWriter"/> for sheets); the zip is written here rather than by
/// System.IO.Packaging so that entry order, relationship ids and timestamps are fixed and output is byte-identical.
/// </summary>
internal static class XlsxPackageWriter
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocumentType = RelationshipNamespace + "/officeDocument";

    // A zip timestamp is needed; the DOS epoch keeps output independent of the clock and time zone.
    private static readonly NodaTime.Instant FixedTimestamp = NodaTime.Instant.FromUtc(1980, 1, 1, 0, 0);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(WorkbookBuilder book, Stream output)
    {
        var styles = new StyleRegistry();
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var stringList = new List<string>();
        var hasFormulas = false;
        foreach (var sheet in book.Sheets)
        {
            foreach (var cell in sheet.Cells.Values)
            {
                styles.IndexOf(cell.Style);
                if (cell.Kind == PendingKind.Text && !strings.ContainsKey(cell.Value!))
                {
                    strings.Add(cell.Value!, stringList.Count);
                    stringList.Add(cell.Value!);
                }

                hasFormulas |= cell.Kind == PendingKind.Formula;
            }
        }

        var sheetCount = book.Sheets.Count;
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Utf8);
        WriteEntry(zip, "[Content_Types].xml", stream => WriteContentTypes(stream, sheetCount));
        WriteEntry(zip, "_rels/.rels", stream => WriteRelationships(stream,
        [
            ("rId1", OfficeDocumentType, "xl/workbook.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", RelationshipNamespace + "/extended-properties", "docProps/app.xml"),
        ]));
        WriteEntry(zip, "docProps/core.xml", stream => WriteCoreProperties(stream, book));
        WriteEntry(zip, "docProps/app.xml", stream => WriteAppProperties(stream, book));
        WriteEntry(zip, "xl/workbook.xml", stream => WriteElement(stream, BuildWorkbook(book, hasFormulas)));
        var workbookRelationships = new List<(string, string, string)>();
        for (var i = 0; i < sheetCount; i++)
        {
            workbookRelationships.Add(($"rId{i + 1}", RelationshipNamespace + "/worksheet", $"worksheets/sheet{i + 1}.xml"));
        }

        workbookRelationships.Add(($"rId{sheetCount + 1}", RelationshipNamespace + "/styles", "styles.xml"));
        workbookRelationships.Add(($"rId{sheetCount + 2}", RelationshipNamespace + "/sharedStrings", "sharedStrings.xml"));
        WriteEntry(zip, "xl/_rels/workbook.xml.rels", stream => WriteRelationships(stream, workbookRelationships));
        WriteEntry(zip, "xl/styles.xml", stream => WriteElement(stream, styles.Build(book.FontName, book.FontSize)));
        WriteEntry(zip, "xl/sharedStrings.xml", stream => WriteSharedStrings(stream, stringList, CountStringCells(book)));
        var firstVisible = FirstVisible(book);
        for (var i = 0; i < sheetCount; i++)
        {
            var sheet = book.Sheets[i];
            var selected = i == firstVisible;
            WriteEntry(zip, $"xl/worksheets/sheet{i + 1}.xml", stream => WriteWorksheet(stream, sheet, selected, styles, strings, book.FontSize));
        }
    }

    private static int FirstVisible(WorkbookBuilder book)
    {
        for (var i = 0; i < book.Sheets.Count; i++)
        {
            if (book.Sheets[i].Visibility == SheetVisibility.Visible)
            {
                return i;
            }
        }

        return 0;
    }

    private static int CountStringCells(WorkbookBuilder book) =>
        book.Sheets.Sum(s => s.Cells.Values.Count(c => c.Kind == PendingKind.Text));

    private static void WriteEntry(ZipArchive zip, string name, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTimestamp.ToDateTimeOffset(); // the zip API takes the BCL type; the value is fixed
        using var stream = entry.Open();
        write(stream);
    }

    private static XmlWriter CreateXmlWriter(Stream stream) =>
        XmlWriter.Create(stream, new XmlWriterSettings { Encoding = Utf8, CloseOutput = false, Indent = false });

    private static void WriteElement(Stream stream, OpenXmlElement element)
    {
        using var writer = CreateXmlWriter(stream);
        writer.WriteStartDocument(standalone: true);
        element.WriteTo(writer);
        writer.WriteEndDocument();
    }

    private static void WriteContentTypes(Stream stream, int sheetCount)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        using var writer = CreateXmlWriter(stream);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("Types", ns);
        void Default(string extension, string type)
        {
            writer.WriteStartElement("Default", ns);
            writer.WriteAttributeString("Extension", extension);
            writer.WriteAttributeString("ContentType", type);
            writer.WriteEndElement();
        }

        void Override(string part, string type)
        {
            writer.WriteStartElement("Override", ns);
            writer.WriteAttributeString("PartName", part);
            writer.WriteAttributeString("ContentType", type);
            writer.WriteEndElement();
        }

        Default("rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default("xml", "application/xml");
        Override("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        for (var i = 0; i < sheetCount; i++)
        {
            Override($"/xl/worksheets/sheet{i + 1}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }

        Override("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        Override("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        Override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        Override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void WriteRelationships(Stream stream, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        using var writer = CreateXmlWriter(stream);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("Relationships", PackageRelationshipNamespace);
        foreach (var (id, type, target) in relationships)
        {
            writer.WriteStartElement("Relationship", PackageRelationshipNamespace);
            writer.WriteAttributeString("Id", id);
            writer.WriteAttributeString("Type", type);
            writer.WriteAttributeString("Target", target);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void WriteCoreProperties(Stream stream, WorkbookBuilder book)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        using var writer = CreateXmlWriter(stream);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("cp", "coreProperties", cp);
        writer.WriteAttributeString("xmlns", "dc", null, dc);
        writer.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        writer.WriteAttributeString("xmlns", "xsi", null, xsi);
        if (book.Title is not null)
        {
            writer.WriteElementString("dc", "title", dc, Sanitize(book.Title));
        }

        writer.WriteElementString("dc", "creator", dc, Sanitize(book.Creator));
        if (book.Created is { } created)
        {
            writer.WriteStartElement("dcterms", "created", dcterms);
            writer.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
            writer.WriteString(InstantPattern.General.Format(created));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void WriteAppProperties(Stream stream, WorkbookBuilder book)
    {
        const string ns = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
        using var writer = CreateXmlWriter(stream);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("Properties", ns);
        writer.WriteElementString("Application", ns, "PerfIndicators");
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static S.Workbook BuildWorkbook(WorkbookBuilder book, bool hasFormulas)
    {
        var workbook = new S.Workbook();
        workbook.AddNamespaceDeclaration("r", RelationshipNamespace);
        workbook.Append(new S.BookViews(new S.WorkbookView { ActiveTab = (uint)FirstVisible(book), FirstSheet = 0U }));
        var sheets = new S.Sheets();
        for (var i = 0; i < book.Sheets.Count; i++)
        {
            var sheet = new S.Sheet { Name = book.Sheets[i].Name, SheetId = (uint)(i + 1), Id = $"rId{i + 1}" };
            if (book.Sheets[i].Visibility != SheetVisibility.Visible)
            {
                sheet.State = book.Sheets[i].Visibility == SheetVisibility.Hidden ? S.SheetStateValues.Hidden : S.SheetStateValues.VeryHidden;
            }

            sheets.Append(sheet);
        }

        workbook.Append(sheets);
        var definedNames = book.DefinedNames.Concat(PrintNames(book)).ToList();
        if (definedNames.Count > 0)
        {
            var names = new S.DefinedNames();
            foreach (var name in definedNames)
            {
                var element = new S.DefinedName(name.RefersTo) { Name = name.Name };
                if (name.SheetIndex is { } scope)
                {
                    element.LocalSheetId = (uint)scope;
                }

                if (name.IsHidden)
                {
                    element.Hidden = true;
                }

                names.Append(element);
            }

            workbook.Append(names);
        }

        if (hasFormulas)
        {
            workbook.Append(new S.CalculationProperties { CalculationId = 191029U, FullCalculationOnLoad = true });
        }

        return workbook;
    }

    /// <summary>The built-in names of each sheet's print setup: the range printed and the rows repeated on every page.</summary>
    private static IEnumerable<DefinedName> PrintNames(WorkbookBuilder book)
    {
        for (var i = 0; i < book.Sheets.Count; i++)
        {
            if (book.Sheets[i].Print is not { } print)
            {
                continue;
            }

            var sheet = "'" + book.Sheets[i].Name.Replace("'", "''", StringComparison.Ordinal) + "'!";
            if (print.PrintArea is { } area)
            {
                yield return new DefinedName("_xlnm.Print_Area", sheet + Absolute(area.First) + ":" + Absolute(area.Last), i);
            }

            if (print.RepeatRowsFrom > 0)
            {
                var from = print.RepeatRowsFrom.ToString(CultureInfo.InvariantCulture);
                var to = print.RepeatRowsTo.ToString(CultureInfo.InvariantCulture);
                yield return new DefinedName("_xlnm.Print_Titles", sheet + "$" + from + ":$" + to, i);
            }
        }
    }

    private static string Absolute(CellAddress address) =>
        "$" + CellAddress.ColumnNameOf(address.Column) + "$" + address.Row.ToString(CultureInfo.InvariantCulture);

    private static void WriteSharedStrings(Stream stream, List<string> strings, int references)
    {
        using var writer = OpenXmlWriter.Create(stream, Utf8);
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new S.SharedStringTable(), [new OpenXmlAttribute("count", string.Empty, references.ToString(CultureInfo.InvariantCulture)), new OpenXmlAttribute("uniqueCount", string.Empty, strings.Count.ToString(CultureInfo.InvariantCulture))]);
        foreach (var text in strings)
        {
            writer.WriteElement(new S.SharedStringItem(TextElement(text)));
        }

        writer.WriteEndElement();
        writer.Close();
    }

    private static S.Text TextElement(string text)
    {
        var element = new S.Text(Escape(text));
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n')))
        {
            element.Space = SpaceProcessingModeValues.Preserve;
        }

        return element;
    }

    /// <summary>Escapes characters XML cannot hold, and literal <c>_xHHHH_</c> sequences, as OOXML's <c>_xHHHH_</c>.</summary>
    internal static string Escape(string text)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = null;
            if (c < 0x20 && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF' || (char.IsSurrogate(c) && !IsPairedSurrogate(text, i)))
            {
                replacement = Hex(c);
            }
            else if (c == '\r')
            {
                // XML normalizes CR to LF; Excel writes a carriage return as _x000D_.
                replacement = "_x000D_";
            }
            else if (c == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && IsHex(text.AsSpan(i + 2, 4)))
            {
                replacement = "_x005F_";
            }

            if (replacement is not null)
            {
                result ??= new StringBuilder(text, 0, i, text.Length + 16);
                result.Append(replacement);
            }
            else
            {
                result?.Append(c);
            }
        }

        return result?.ToString() ?? text;
    }

    private static bool IsPairedSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);

    private static bool IsHex(ReadOnlySpan<char> text) => ushort.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _);

    private static string Hex(char c) => "_x" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "_";

    private static string Sanitize(string text) => Escape(text).Replace("\r", string.Empty, StringComparison.Ordinal);

    private static DoubleValue Measure(decimal value) => new() { InnerText = value.ToString(CultureInfo.InvariantCulture) };

    private static void WriteWorksheet(Stream stream, SheetBuilder sheet, bool selected, StyleRegistry styles, Dictionary<string, int> strings, decimal fontSize)
    {
        using var writer = OpenXmlWriter.Create(stream, Utf8);
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new S.Worksheet(), [], [new KeyValuePair<string, string>("r", RelationshipNamespace)]);
        if (sheet.Print is { FitToPagesWide: > 0 })
        {
            writer.WriteElement(new S.SheetProperties(new S.PageSetupProperties { FitToPage = true }));
        }

        if (sheet.Cells.Count > 0)
        {
            var first = sheet.Cells.Keys.First();
            var last = sheet.Cells.Keys.Last();
            var minColumn = sheet.Cells.Keys.Min(a => a.Column);
            var maxColumn = sheet.Cells.Keys.Max(a => a.Column);
            var range = new CellRange(new CellAddress(first.Row, minColumn), new CellAddress(last.Row, maxColumn));
            writer.WriteElement(new S.SheetDimension { Reference = range.ToString() });
        }

        writer.WriteElement(BuildSheetViews(sheet, selected));
        writer.WriteElement(new S.SheetFormatProperties { DefaultRowHeight = Measure(14.25m) });
        if (sheet.ColumnWidths.Count > 0)
        {
            var columns = new S.Columns();
            foreach (var (column, width) in sheet.ColumnWidths)
            {
                columns.Append(new S.Column { Min = (uint)column, Max = (uint)column, Width = Measure(width), CustomWidth = true });
            }

            writer.WriteElement(columns);
        }

        writer.WriteStartElement(new S.SheetData());
        IReadOnlyDictionary<int, decimal> heights = sheet.FitsRows ? RowFit.Heights(sheet, fontSize) : sheet.RowHeights;
        var rows = sheet.Cells.Keys.Select(a => a.Row).Concat(heights.Keys).Distinct().Order();
        using (var cells = sheet.Cells.GetEnumerator())
        {
            var hasCell = cells.MoveNext();
            foreach (var rowNumber in rows)
            {
                var attributes = new List<OpenXmlAttribute> { new("r", string.Empty, rowNumber.ToString(CultureInfo.InvariantCulture)) };
                if (heights.TryGetValue(rowNumber, out var height))
                {
                    attributes.Add(new OpenXmlAttribute("ht", string.Empty, height.ToString(CultureInfo.InvariantCulture)));
                    attributes.Add(new OpenXmlAttribute("customHeight", string.Empty, "1"));
                }

                writer.WriteStartElement(new S.Row(), attributes);
                while (hasCell && cells.Current.Key.Row == rowNumber)
                {
                    writer.WriteElement(BuildCell(cells.Current.Key, cells.Current.Value, styles, strings));
                    hasCell = cells.MoveNext();
                }

                writer.WriteEndElement();
            }
        }

        writer.WriteEndElement();
        if (sheet.IsProtected)
        {
            writer.WriteElement(new S.SheetProtection
            {
                Sheet = true,
                Objects = true,
                Scenarios = true,
                FormatColumns = false,
                FormatRows = false,
            });
        }

        if (sheet.Merges.Count > 0)
        {
            var merges = new S.MergeCells { Count = (uint)sheet.Merges.Count };
            foreach (var range in sheet.Merges)
            {
                merges.Append(new S.MergeCell { Reference = range.ToString() });
            }

            writer.WriteElement(merges);
        }

        if (sheet.Validations.Count > 0)
        {
            var validations = new S.DataValidations { Count = (uint)sheet.Validations.Count };
            foreach (var validation in sheet.Validations)
            {
                validations.Append(BuildValidation(validation));
            }

            writer.WriteElement(validations);
        }

        if (sheet.Print is { } print)
        {
            WritePrintSetup(writer, print);
        }
        else
        {
            writer.WriteElement(new S.PageMargins { Left = Measure(0.7m), Right = Measure(0.7m), Top = Measure(0.75m), Bottom = Measure(0.75m), Header = Measure(0.3m), Footer = Measure(0.3m) });
        }

        writer.WriteEndElement();
        writer.Close();
    }

    /// <summary>The print elements, in the order the schema wants them after the data validations.</summary>
    private static void WritePrintSetup(OpenXmlWriter writer, PrintSetup print)
    {
        if (print.CenterHorizontally)
        {
            writer.WriteElement(new S.PrintOptions { HorizontalCentered = true });
        }

        writer.WriteElement(new S.PageMargins
        {
            Left = Measure(print.SideMargin),
            Right = Measure(print.SideMargin),
            Top = Measure(print.EndMargin),
            Bottom = Measure(print.EndMargin),
            Header = Measure(print.HeaderFooterMargin),
            Footer = Measure(print.HeaderFooterMargin),
        });
        var setup = new S.PageSetup
        {
            PaperSize = 9U, // A4
            Orientation = print.Landscape ? S.OrientationValues.Landscape : S.OrientationValues.Portrait,
        };
        if (print.FitToPagesWide > 0)
        {
            setup.FitToWidth = (uint)print.FitToPagesWide;
            setup.FitToHeight = 0U; // as many pages down as the rows need
        }

        writer.WriteElement(setup);
        writer.WriteElement(new S.HeaderFooter(new S.OddFooter(Sanitize(print.FooterCode()))));
    }

    private static S.SheetViews BuildSheetViews(SheetBuilder sheet, bool selected)
    {
        var view = new S.SheetView { WorkbookViewId = 0U };
        if (selected)
        {
            view.TabSelected = true;
        }

        if (sheet.FrozenRows > 0 || sheet.FrozenColumns > 0)
        {
            var topLeft = new CellAddress(sheet.FrozenRows + 1, sheet.FrozenColumns + 1).ToString();
            var pane = sheet.FrozenRows > 0 && sheet.FrozenColumns > 0 ? S.PaneValues.BottomRight
                : sheet.FrozenRows > 0 ? S.PaneValues.BottomLeft
                : S.PaneValues.TopRight;
            var element = new S.Pane { TopLeftCell = topLeft, ActivePane = pane, State = S.PaneStateValues.Frozen };
            if (sheet.FrozenColumns > 0)
            {
                element.HorizontalSplit = Measure(sheet.FrozenColumns);
            }

            if (sheet.FrozenRows > 0)
            {
                element.VerticalSplit = Measure(sheet.FrozenRows);
            }

            view.Append(element);
            view.Append(new S.Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        return new S.SheetViews(view);
    }

    private static S.Cell BuildCell(CellAddress address, PendingCell pending, StyleRegistry styles, Dictionary<string, int> strings)
    {
        var cell = new S.Cell { CellReference = address.ToString() };
        var style = styles.IndexOf(pending.Style);
        if (style != 0)
        {
            cell.StyleIndex = (uint)style;
        }

        switch (pending.Kind)
        {
            case PendingKind.Text:
                cell.DataType = S.CellValues.SharedString;
                cell.CellValue = new S.CellValue(strings[pending.Value!].ToString(CultureInfo.InvariantCulture));
                break;
            case PendingKind.Number:
                cell.CellValue = new S.CellValue(pending.Value!);
                break;
            case PendingKind.Formula:
                cell.CellFormula = new S.CellFormula(Escape(pending.Formula!));
                if (pending.Value is not null)
                {
                    cell.CellValue = new S.CellValue(pending.Value);
                }

                break;
        }

        return cell;
    }

    private static S.DataValidation BuildValidation(PendingValidation validation)
    {
        var element = new S.DataValidation
        {
            Type = validation.Type == DataValidationType.List ? S.DataValidationValues.List : S.DataValidationValues.Decimal,
            AllowBlank = true,
            ShowInputMessage = true,
            ShowErrorMessage = true,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = validation.Range.ToString() },
        };
        if (validation.Type != DataValidationType.List)
        {
            element.Operator = S.DataValidationOperatorValues.Between;
        }

        if (validation.Error is not null)
        {
            element.ErrorTitle = "输入有误";
            element.Error = Sanitize(validation.Error);
        }

        if (validation.Prompt is not null)
        {
            element.PromptTitle = "填写说明";
            element.Prompt = Sanitize(validation.Prompt);
        }

        element.Append(new S.Formula1(Escape(validation.Formula1)));
        if (validation.Formula2 is not null)
        {
            element.Append(new S.Formula2(validation.Formula2));
        }

        return element;
    }
}
