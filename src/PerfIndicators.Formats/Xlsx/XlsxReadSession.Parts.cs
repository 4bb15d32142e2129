using System.Collections.Immutable;
using System.Globalization;
using System.Xml;

namespace PerfIndicators.Formats.Xlsx;

/// <summary>The number format and protection of each cell style (<c>cellXfs</c>), from <c>styles.xml</c>.</summary>
internal sealed class StyleTable(int[] numberFormatIds, bool[] locked, Dictionary<int, string> customFormats)
{
    public static readonly StyleTable Empty = new([], [], []);

    public int Count => numberFormatIds.Length;

    public int NumberFormatId(int style) => style < numberFormatIds.Length ? numberFormatIds[style] : 0;

    public bool IsLocked(int style) => style >= locked.Length || locked[style];

    public string FormatCode(int id) =>
        customFormats.TryGetValue(id, out var code) ? code : NumberFormats.BuiltIn(id) ?? "General";
}

/// <content>Reading the workbook part, styles and shared strings.</content>
internal sealed partial class XlsxReadSession
{
    private const int MaxStyles = 65_536;

    private sealed record SheetEntry(string Name, SheetVisibility Visibility, string? RelationshipId);

    private sealed record WorkbookInfo(List<SheetEntry> Sheets, ImmutableArray<DefinedName> DefinedNames, bool Uses1904);

    private WorkbookInfo? ReadWorkbookPart(string path)
    {
        var sheets = new List<SheetEntry>();
        var names = ImmutableArray.CreateBuilder<DefinedName>();
        var uses1904 = false;
        var complete = ReadPart(path, null, reader =>
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "workbookPr":
                        uses1904 = XmlText.IsTrue(reader.GetAttribute("date1904"));
                        break;
                    case "sheet" when sheets.Count <= this.limits.MaxSheets:
                        var visibility = reader.GetAttribute("state") switch
                        {
                            "hidden" => SheetVisibility.Hidden,
                            "veryHidden" => SheetVisibility.VeryHidden,
                            _ => SheetVisibility.Visible,
                        };
                        var name = KeepText(XmlText.DecodeEscapes(Cut(reader.GetAttribute("name") ?? string.Empty, 255)), default);
                        sheets.Add(new SheetEntry(name, visibility, XmlText.RelationshipId(reader)));
                        break;
                    case "sheet":
                        sheets.Add(new SheetEntry(string.Empty, SheetVisibility.Visible, null));
                        break;
                    case "definedName" when names.Count < this.limits.MaxCells:
                        var definedName = reader.GetAttribute("name") ?? string.Empty;
                        int? scope = int.TryParse(reader.GetAttribute("localSheetId"), NumberStyles.None, CultureInfo.InvariantCulture, out var sheetIndex) ? sheetIndex : null;
                        var hidden = XmlText.IsTrue(reader.GetAttribute("hidden"));
                        var refersTo = XmlText.ReadBoundedContent(reader, this.limits.MaxStringLength, this.chunk, out _);
                        names.Add(new DefinedName(KeepText(Cut(definedName, 255), default), KeepText(refersTo, default), scope, hidden));
                        this.cells++;
                        break;
                }
            }
        });
        return complete ? new WorkbookInfo(sheets, names.ToImmutable(), uses1904) : null;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    private StyleTable ReadStyles(string path)
    {
        var formatIds = new List<int>();
        var locked = new List<bool>();
        var custom = new Dictionary<int, string>();
        ReadPart(path, null, reader =>
        {
            var inCellXfs = false;
            var xfDepth = -1;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
                {
                    inCellXfs = false;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "numFmt" when custom.Count < MaxStyles:
                        if (int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                        {
                            custom[id] = Cut(reader.GetAttribute("formatCode") ?? "General", 255);
                        }

                        break;
                    case "cellXfs":
                        inCellXfs = !reader.IsEmptyElement;
                        break;
                    case "xf" when inCellXfs && formatIds.Count < MaxStyles:
                        formatIds.Add(int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var formatId) ? formatId : 0);
                        locked.Add(true);
                        xfDepth = reader.Depth;
                        break;
                    case "protection" when inCellXfs && reader.Depth == xfDepth + 1 && locked.Count > 0:
                        locked[^1] = reader.GetAttribute("locked") is not ("0" or "false");
                        break;
                }
            }
        });
        return new StyleTable([.. formatIds], [.. locked], custom);
    }

    private string[] ReadSharedStrings(string path)
    {
        var strings = new List<string>();
        ReadPart(path, null, reader =>
        {
            System.Text.StringBuilder? item = null;
            var location = DiagnosticLocation.InSheet(part: path);
            var advanced = false;
            while (advanced || reader.Read())
            {
                advanced = false;
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "si" && item is not null)
                {
                    strings.Add(KeepText(XmlText.DecodeEscapes(item.ToString()), location));
                    item = null;
                    continue;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "si":
                        if (strings.Count >= this.limits.MaxCells)
                        {
                            throw new ReadLimitException(FormatDiagnosticCodes.TooManyCells, SpreadsheetMessages.TooManySharedStrings(this.limits.MaxCells));
                        }

                        item = new System.Text.StringBuilder();
                        if (reader.IsEmptyElement)
                        {
                            strings.Add(string.Empty);
                            item = null;
                        }

                        break;
                    case "rPh" or "phoneticPr":
                        // Phonetic guides (furigana) are not part of the displayed text.
                        reader.Skip();
                        advanced = true;
                        break;
                    case "t" when item is not null:
                        var text = XmlText.ReadBoundedContent(reader, this.limits.MaxStringLength - item.Length, this.chunk, out var truncated);
                        item.Append(text);
                        if (truncated)
                        {
                            Error(FormatDiagnosticCodes.TextTooLong, location, SpreadsheetMessages.SharedStringTooLong(strings.Count, this.limits.MaxStringLength));
                        }

                        break;
                }
            }
        });
        return [.. strings];
    }
}
