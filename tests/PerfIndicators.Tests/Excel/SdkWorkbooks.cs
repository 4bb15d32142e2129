using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace PerfIndicators.Tests.Excel;

/// <summary>Builds xlsx files in tests with the Open XML SDK (not with our writer), the way other tools write them.</summary>
internal static class SdkWorkbooks
{
    public const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Creates a workbook with one sheet whose data XML is <paramref name="sheetData"/> and the given shared strings and styles.</summary>
    public static byte[] Build(Action<S.SheetData> fill, IEnumerable<string>? sharedStrings = null, S.Stylesheet? stylesheet = null, string sheetName = "自评表", bool date1904 = false)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new S.Workbook();
            if (date1904)
            {
                workbookPart.Workbook.Append(new S.WorkbookProperties { Date1904 = true });
            }

            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rId1");
            var data = new S.SheetData();
            fill(data);
            sheetPart.Worksheet = new S.Worksheet(data);
            workbookPart.Workbook.Append(new S.Sheets(new S.Sheet { Name = sheetName, SheetId = 1U, Id = "rId1" }));
            if (sharedStrings is not null)
            {
                var stringsPart = workbookPart.AddNewPart<SharedStringTablePart>("rId2");
                stringsPart.SharedStringTable = new S.SharedStringTable(sharedStrings.Select(s => new S.SharedStringItem(new S.Text(s))));
            }

            if (stylesheet is not null)
            {
                var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rId3");
                stylesPart.Stylesheet = stylesheet;
            }
        }

        return memory.ToArray();
    }

    /// <summary>A stylesheet whose cellXfs are: 0 General, 1 <c>0%</c>, 2 built-in date 14, 3 custom Chinese date, 4 General unlocked, 5 <c>@</c>.</summary>
    public static S.Stylesheet Styles() => new(
        new S.NumberingFormats(new S.NumberingFormat { NumberFormatId = 164U, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" }) { Count = 1U },
        new S.Fonts(new S.Font()) { Count = 1U },
        new S.Fills(new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None })) { Count = 1U },
        new S.Borders(new S.Border()) { Count = 1U },
        new S.CellStyleFormats(new S.CellFormat()) { Count = 1U },
        new S.CellFormats(
            new S.CellFormat { NumberFormatId = 0U },
            new S.CellFormat { NumberFormatId = 9U, ApplyNumberFormat = true },
            new S.CellFormat { NumberFormatId = 14U, ApplyNumberFormat = true },
            new S.CellFormat { NumberFormatId = 164U, ApplyNumberFormat = true },
            new S.CellFormat(new S.Protection { Locked = false }) { NumberFormatId = 0U, ApplyProtection = true },
            new S.CellFormat { NumberFormatId = 49U, ApplyNumberFormat = true })
        { Count = 6U });

    public static S.Row Row(uint number, params S.Cell[] cells) => new(cells) { RowIndex = number };

    public static S.Cell Number(string reference, string rawValue, uint style = 0) =>
        new() { CellReference = reference, CellValue = new S.CellValue(rawValue), StyleIndex = style == 0 ? null : style };

    public static S.Cell Shared(string reference, int index, uint style = 0) =>
        new() { CellReference = reference, DataType = S.CellValues.SharedString, CellValue = new S.CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)), StyleIndex = style == 0 ? null : style };

    public static S.Cell Inline(string reference, string text) =>
        new(new S.InlineString(new S.Text(text))) { CellReference = reference, DataType = S.CellValues.InlineString };

    /// <summary>
    /// Writes a minimal but valid xlsx by hand: content types, relationships, workbook, and one sheet whose XML is
    /// streamed by <paramref name="writeSheet"/>. Used for hostile files the SDK would refuse to make.
    /// </summary>
    public static void WriteRawPackage(Stream output, Action<Stream> writeSheet, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        void Text(string name, string content)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes(content));
        }

        Text("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Text("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Text("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Text("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", level).Open();
        writeSheet(sheet);
    }

    public static byte[] RawPackage(string sheetXml)
    {
        using var memory = new MemoryStream();
        WriteRawPackage(memory, stream => stream.Write(Encoding.UTF8.GetBytes(sheetXml)));
        return memory.ToArray();
    }
}
