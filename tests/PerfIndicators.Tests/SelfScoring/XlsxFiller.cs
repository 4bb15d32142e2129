using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace PerfIndicators.Tests.SelfScoring;

/// <summary>
/// Fills in and edits an xlsx template with the Open XML SDK (not with our writer), the way a spreadsheet program saves
/// what a person did: typed text, numbers with percent or date formats, formulas with their saved results, inserted
/// and deleted rows, a renamed or deleted sheet, protection removed.
/// </summary>
internal sealed partial class XlsxFiller : IDisposable
{
    private readonly MemoryStream stream = new();
    private readonly SpreadsheetDocument document;
    private WorksheetPart form;

    public XlsxFiller(byte[] template, string sheet = "自评表")
    {
        this.stream.Write(template);
        this.stream.Position = 0;
        this.document = SpreadsheetDocument.Open(this.stream, true);
        this.form = Part(sheet);
    }

    public XlsxFiller Sheet(string name)
    {
        this.form = Part(name);
        return this;
    }

    /// <summary>Text typed into a cell (an inline string; the cell keeps its style).</summary>
    public XlsxFiller Text(string reference, string text)
    {
        var cell = Cell(reference);
        cell.RemoveAllChildren();
        cell.DataType = S.CellValues.InlineString;
        cell.Append(new S.InlineString(new S.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return this;
    }

    /// <summary>A number, optionally shown with a built-in number format (9 = <c>0%</c>, 14 = a date, 49 = <c>@</c>).</summary>
    public XlsxFiller Number(string reference, decimal value, uint? numberFormat = null)
    {
        var cell = Cell(reference);
        cell.RemoveAllChildren();
        cell.DataType = null;
        cell.CellValue = new S.CellValue(value.ToString(CultureInfo.InvariantCulture));
        if (numberFormat is uint format)
        {
            cell.StyleIndex = StyleWithFormat(cell.StyleIndex?.Value ?? 0U, format);
        }

        return this;
    }

    /// <summary>A date as Excel stores it: the serial number with a date format.</summary>
    public XlsxFiller Date(string reference, int year, int month, int day)
    {
        var serial = NodaTime.Period.Between(new NodaTime.LocalDate(1899, 12, 30), new NodaTime.LocalDate(year, month, day), NodaTime.PeriodUnits.Days).Days;
        return Number(reference, serial, 14U);
    }

    /// <summary>A formula with the result the program saved (text when <paramref name="cachedText"/> is given), or none.</summary>
    public XlsxFiller Formula(string reference, string formula, decimal? cachedNumber = null, string? cachedText = null)
    {
        var cell = Cell(reference);
        cell.RemoveAllChildren();
        cell.DataType = cachedText is not null ? S.CellValues.String : null;
        cell.CellFormula = new S.CellFormula(formula);
        if (cachedNumber is decimal number)
        {
            cell.CellValue = new S.CellValue(number.ToString(CultureInfo.InvariantCulture));
        }
        else if (cachedText is not null)
        {
            cell.CellValue = new S.CellValue(cachedText);
        }

        return this;
    }

    /// <summary>An error value such as <c>#DIV/0!</c>, as a formula's saved result.</summary>
    public XlsxFiller Error(string reference, string error)
    {
        var cell = Cell(reference);
        cell.RemoveAllChildren();
        cell.DataType = S.CellValues.Error;
        cell.CellFormula = new S.CellFormula("1/0");
        cell.CellValue = new S.CellValue(error);
        return this;
    }

    /// <summary>Inserts an empty row before <paramref name="at"/>, moving the rows below down, as Excel's 插入行 does.</summary>
    public XlsxFiller InsertRow(int at) => Shift(at, +1);

    /// <summary>Deletes row <paramref name="at"/>, moving the rows below up, as Excel's 删除行 does.</summary>
    public XlsxFiller DeleteRow(int at)
    {
        var data = Data();
        data.Elements<S.Row>().FirstOrDefault(r => r.RowIndex!.Value == at)?.Remove();
        return Shift(at + 1, -1);
    }

    /// <summary>Swaps the contents of two rows (what sorting does).</summary>
    public XlsxFiller SwapRows(int first, int second)
    {
        var data = Data();
        var a = data.Elements<S.Row>().Single(r => r.RowIndex!.Value == first);
        var b = data.Elements<S.Row>().Single(r => r.RowIndex!.Value == second);
        var aCells = a.Elements<S.Cell>().Select(c => (S.Cell)c.CloneNode(true)).ToList();
        var bCells = b.Elements<S.Cell>().Select(c => (S.Cell)c.CloneNode(true)).ToList();
        a.RemoveAllChildren<S.Cell>();
        b.RemoveAllChildren<S.Cell>();
        foreach (var cell in bCells)
        {
            cell.CellReference = ColumnOf(cell.CellReference!.Value!) + first;
            a.Append(cell);
        }

        foreach (var cell in aCells)
        {
            cell.CellReference = ColumnOf(cell.CellReference!.Value!) + second;
            b.Append(cell);
        }

        return this;
    }

    public XlsxFiller RenameSheet(string from, string to)
    {
        this.document.WorkbookPart!.Workbook.Sheets!.Elements<S.Sheet>().Single(s => s.Name == from).Name = to;
        return this;
    }

    public XlsxFiller DeleteSheet(string name)
    {
        var workbook = this.document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<S.Sheet>().Single(s => s.Name == name);
        var part = workbook.GetPartById(sheet.Id!.Value!);
        sheet.Remove();
        workbook.DeletePart(part);
        return this;
    }

    public XlsxFiller Unprotect()
    {
        this.form.Worksheet.RemoveAllChildren<S.SheetProtection>();
        return this;
    }

    public byte[] ToArray()
    {
        this.document.Save();
        this.document.Dispose();
        return this.stream.ToArray();
    }

    public void Dispose()
    {
        this.document.Dispose();
        this.stream.Dispose();
    }

    private WorksheetPart Part(string name)
    {
        var workbook = this.document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<S.Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
    }

    private S.SheetData Data() => this.form.Worksheet.GetFirstChild<S.SheetData>()!;

    private S.Cell Cell(string reference)
    {
        var rowNumber = uint.Parse(RowOf(reference), CultureInfo.InvariantCulture);
        var data = Data();
        var row = data.Elements<S.Row>().FirstOrDefault(r => r.RowIndex!.Value == rowNumber);
        if (row is null)
        {
            row = new S.Row { RowIndex = rowNumber };
            var after = data.Elements<S.Row>().LastOrDefault(r => r.RowIndex!.Value < rowNumber);
            if (after is null)
            {
                data.PrependChild(row);
            }
            else
            {
                after.InsertAfterSelf(row);
            }
        }

        var column = ColumnNumber(ColumnOf(reference));
        var cell = row.Elements<S.Cell>().FirstOrDefault(c => c.CellReference!.Value == reference);
        if (cell is null)
        {
            cell = new S.Cell { CellReference = reference };
            var before = row.Elements<S.Cell>().LastOrDefault(c => ColumnNumber(ColumnOf(c.CellReference!.Value!)) < column);
            if (before is null)
            {
                row.PrependChild(cell);
            }
            else
            {
                before.InsertAfterSelf(cell);
            }
        }

        return cell;
    }

    private XlsxFiller Shift(int from, int by)
    {
        var rows = Data().Elements<S.Row>().Where(r => r.RowIndex!.Value >= from).ToList();
        foreach (var row in rows)
        {
            var number = (uint)(row.RowIndex!.Value + by);
            row.RowIndex = number;
            foreach (var cell in row.Elements<S.Cell>())
            {
                cell.CellReference = ColumnOf(cell.CellReference!.Value!) + number;
            }
        }

        if (this.form.Worksheet.GetFirstChild<S.MergeCells>() is { } merges)
        {
            foreach (var merge in merges.Elements<S.MergeCell>())
            {
                merge.Reference = ShiftRange(merge.Reference!.Value!, from, by);
            }
        }

        return this;
    }

    private static string ShiftRange(string range, int from, int by) =>
        string.Join(':', range.Split(':').Select(reference =>
        {
            var row = int.Parse(RowOf(reference), CultureInfo.InvariantCulture);
            return ColumnOf(reference) + (row >= from ? row + by : row).ToString(CultureInfo.InvariantCulture);
        }));

    private uint StyleWithFormat(uint style, uint numberFormat)
    {
        var stylesheet = this.document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.CellFormats!;
        var copy = (S.CellFormat)formats.Elements<S.CellFormat>().ElementAt((int)style).CloneNode(true);
        copy.NumberFormatId = numberFormat;
        copy.ApplyNumberFormat = true;
        formats.Append(copy);
        formats.Count = (uint)formats.Elements<S.CellFormat>().Count();
        return formats.Count.Value - 1;
    }

    private static string ColumnOf(string reference) => Letters().Match(reference).Value;

    private static string RowOf(string reference) => reference[ColumnOf(reference).Length..];

    private static int ColumnNumber(string letters) => letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));

    [GeneratedRegex("^[A-Z]+")]
    private static partial Regex Letters();
}
