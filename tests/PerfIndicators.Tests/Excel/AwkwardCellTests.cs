using FluentAssertions;
using NodaTime;
using Xunit;
using S = DocumentFormat.OpenXml.Spreadsheet;
using static PerfIndicators.Tests.Excel.SdkWorkbooks;

namespace PerfIndicators.Tests.Excel;

/// <summary>What people really type into a 实际完成值 cell, built with the Open XML SDK and read back.</summary>
public class AwkwardCellTests
{
    private static readonly string[] Strings = ["95%", "达成", "95", " 1,234.5 ", "部分达成"];

    private static readonly Lazy<Workbook> Book = new(() =>
    {
        var bytes = Build(
            data =>
            {
                data.Append(Row(1, Shared("F1", 0)));                              // text 95%
                data.Append(Row(2, Number("F2", "0.95", style: 1)));               // 0.95 formatted 0%
                data.Append(Row(3, Number("F3", "0.95")));                         // plain 0.95
                data.Append(Row(4, Number("F4", "95")));                           // 95
                data.Append(Row(5, Inline("F5", "完成")));                          // inline string
                data.Append(Row(6, Shared("F6", 1)));                              // 达成
                data.Append(Row(7, Number("F7", "45250", style: 2)));              // built-in date 14
                data.Append(Row(8, new S.Cell { CellReference = "F8", StyleIndex = 4U })); // blank unlocked input cell
                data.Append(Row(9, Shared("F9", 2, style: 5)));                    // "95" stored as text
                data.Append(Row(10, new S.Cell(new S.CellFormula("E10*100"), new S.CellValue("95")) { CellReference = "F10" }));
                data.Append(Row(11, Number("F11", "0.94999999999999996", style: 1))); // binary noise, percent
                data.Append(Row(12, Number("F12", "1E-3")));
                data.Append(Row(13, new S.Cell(new S.CellFormula("IF(E13>0,\"达成\",\"未达成\")"), new S.CellValue("达成")) { CellReference = "F13", DataType = S.CellValues.String }));
                data.Append(Row(14, new S.Cell(new S.CellValue("1")) { CellReference = "F14", DataType = S.CellValues.Boolean }));
                data.Append(Row(15, new S.Cell(new S.CellFormula("1/0"), new S.CellValue("#DIV/0!")) { CellReference = "F15", DataType = S.CellValues.Error }));
                data.Append(Row(16, Number("F16", "45260.75", style: 3)));         // custom 年月日 with a time
                data.Append(Row(17, Shared("F17", 3)));                            // 1,234.5 with spaces, as text
                data.Append(Row(18, Number("F18", "60", style: 2)));               // 1900-02-29, a day that never was
                data.Append(Row(19, new S.Cell(new S.CellFormula("SUM(E1:E2)")) { CellReference = "F19" })); // no cached value
                data.Append(Row(20, Number("F20", "1E+300")));                     // beyond decimal
            },
            Strings,
            Styles());
        var result = WorkbookReader.Read(new MemoryStream(bytes));
        result.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.InvalidCellValue)
            .Which.Location.Should().Be(DiagnosticLocation.InSheet("自评表", 20, 6));
        return result.Workbook!;
    });

    private static CellContent Content(string reference) => CellContent.OfOptional(Book.Value.Sheets[0].GetCell(reference));

    [Fact]
    public void Text_95_percent_is_a_percentage_stored_as_text()
    {
        var content = Content("F1");
        content.Kind.Should().Be(CellContentKind.Percent);
        content.Number.Should().Be(95m);
        content.Text.Should().Be("95%");
        content.IsNumberStoredAsText.Should().BeTrue();
    }

    [Fact]
    public void A_percent_formatted_095_reads_as_95_percent_while_a_plain_095_stays_095()
    {
        var percent = Book.Value.Sheets[0].GetCell("F2")!;
        percent.Number.Should().Be(0.95m);
        percent.NumberFormatId.Should().Be(9);
        percent.NumberFormat.Should().Be("0%");
        Content("F2").Should().Match<CellContent>(c => c.Kind == CellContentKind.Percent && c.Number == 95m && c.Text == "95%");

        var plain = Book.Value.Sheets[0].GetCell("F3")!;
        plain.NumberFormat.Should().Be("General");
        Content("F3").Should().Match<CellContent>(c => c.Kind == CellContentKind.Number && c.Number == 0.95m && c.Text == "0.95");
    }

    [Fact]
    public void Whole_numbers_text_and_qualitative_labels_are_kept_as_typed()
    {
        Content("F4").Should().Match<CellContent>(c => c.Kind == CellContentKind.Number && c.Number == 95m && c.Text == "95");
        Content("F5").Should().Match<CellContent>(c => c.Kind == CellContentKind.Text && c.Text == "完成");
        Content("F6").Should().Match<CellContent>(c => c.Kind == CellContentKind.Text && c.Text == "达成");
    }

    [Fact]
    public void A_date_formatted_serial_becomes_a_local_date()
    {
        var content = Content("F7");
        content.Kind.Should().Be(CellContentKind.Date);
        content.Date.Should().Be(new LocalDate(2023, 11, 20));
        content.Text.Should().Be("2023年11月20日");
        Content("F16").Date.Should().Be(new LocalDate(2023, 11, 30), "a custom 年月日 format is a date format and the time of day is dropped");
    }

    [Fact]
    public void The_invented_1900_leap_day_is_not_turned_into_a_date()
    {
        var content = Content("F18");
        content.Kind.Should().Be(CellContentKind.Number);
        content.Date.Should().BeNull();
    }

    [Fact]
    public void A_blank_input_cell_exists_unlocked_and_reads_as_blank()
    {
        var cell = Book.Value.Sheets[0].GetCell("F8")!;
        cell.Kind.Should().Be(CellValueKind.Blank);
        cell.IsLocked.Should().BeFalse();
        Content("F8").Kind.Should().Be(CellContentKind.Blank);
        CellContent.OfOptional(null).Kind.Should().Be(CellContentKind.Blank);
    }

    [Fact]
    public void Numbers_typed_into_text_cells_are_recognized_as_numbers_stored_as_text()
    {
        Content("F9").Should().Match<CellContent>(c => c.Kind == CellContentKind.Number && c.Number == 95m && c.IsNumberStoredAsText && c.NumberFormat == "@");
        Content("F17").Should().Match<CellContent>(c => c.Kind == CellContentKind.Number && c.Number == 1234.5m && c.Text == "1,234.5");
    }

    [Fact]
    public void A_formula_gives_its_text_and_its_cached_value()
    {
        var cell = Book.Value.Sheets[0].GetCell("F10")!;
        cell.Formula.Should().Be("E10*100");
        cell.HasFormula.Should().BeTrue();
        cell.Number.Should().Be(95m);
        Content("F10").Should().Match<CellContent>(c => c.Kind == CellContentKind.Number && c.Number == 95m && c.IsFormulaResult && c.Formula == "E10*100");
        Content("F13").Should().Match<CellContent>(c => c.Kind == CellContentKind.Text && c.Text == "达成" && c.IsFormulaResult);
        Content("F15").Should().Match<CellContent>(c => c.Kind == CellContentKind.Error && c.Text == "#DIV/0!");
    }

    [Fact]
    public void A_formula_without_a_cached_value_is_blank_but_still_says_it_is_a_formula()
    {
        var content = Content("F19");
        content.Kind.Should().Be(CellContentKind.Blank);
        content.Formula.Should().Be("SUM(E1:E2)");
    }

    [Fact]
    public void Double_literals_are_parsed_exactly_and_shown_with_excels_15_digits()
    {
        Book.Value.Sheets[0].GetCell("F11")!.Number.Should().Be(0.94999999999999996m, "the cell keeps the exact stored value");
        Content("F11").Should().Match<CellContent>(c => c.Kind == CellContentKind.Percent && c.Number == 95m && c.Text == "95%");
        Book.Value.Sheets[0].GetCell("F12")!.Number.Should().Be(0.001m);
        Content("F12").Text.Should().Be("0.001");
    }

    [Fact]
    public void Booleans_are_read_as_booleans()
    {
        Book.Value.Sheets[0].GetCell("F14")!.Boolean.Should().BeTrue();
        Content("F14").Should().Match<CellContent>(c => c.Kind == CellContentKind.Boolean && c.Text == "TRUE");
    }

    [Fact]
    public void A_number_beyond_decimal_is_kept_as_text_with_a_warning()
    {
        var cell = Book.Value.Sheets[0].GetCell("F20")!;
        cell.Kind.Should().Be(CellValueKind.Text);
        cell.Text.Should().Be("1E+300");
    }

    [Fact]
    public void The_1904_date_system_shifts_serials_by_four_years()
    {
        var bytes = Build(data => data.Append(Row(1, Number("A1", "43788", style: 2))), stylesheet: Styles(), date1904: true);
        var book = WorkbookReader.Read(new MemoryStream(bytes)).Workbook!;
        book.Uses1904DateSystem.Should().BeTrue();
        CellContent.Of(book.Sheets[0].GetCell("A1")!, book.Uses1904DateSystem).Date.Should().Be(new LocalDate(2023, 11, 20));
    }

    [Fact]
    public void Rich_text_runs_are_joined_and_phonetic_guides_and_escapes_handled()
    {
        const string sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><r><t>偏差</t></r><r><rPr><b/></rPr><t xml:space="preserve">原因 </t></r><rPh sb="0" eb="2"><t>ピンイン</t></rPh></is></c>
            <c r="B1" t="inlineStr"><is><t>第一行_x000D_
            第二行 _x005F_x0041_</t></is></c></row>
            </sheetData></worksheet>
            """;
        var book = WorkbookReader.Read(new MemoryStream(RawPackage(sheet))).Workbook!;
        book.Sheets[0].GetText("A1").Should().Be("偏差原因 ");
        book.Sheets[0].GetText("B1").Should().Be("第一行\r\n第二行 _x0041_");
    }
}
