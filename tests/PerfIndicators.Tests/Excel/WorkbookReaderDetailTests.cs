using FluentAssertions;
using Xunit;

namespace PerfIndicators.Tests.Excel;

/// <summary>Sheet XML as other tools write it: Excel 2010 validations, shared formulas, missing references, disorder.</summary>
public class WorkbookReaderDetailTests
{
    private static SpreadsheetReadResult Read(string sheetData, string after = "") =>
        WorkbookReader.Read(new MemoryStream(SdkWorkbooks.RawPackage(
            $"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><sheetData>{sheetData}</sheetData>{after}</worksheet>""")));

    [Fact]
    public void Reads_excel_2010_list_validations_kept_in_the_extension_list()
    {
        const string ext = """
            <extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1">
            <x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>'选项'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>I8:I20 K8</xm:sqref></x14:dataValidation>
            </x14:dataValidations></ext></extLst>
            """;
        var validation = Read("""<row r="8"><c r="I8" t="inlineStr"><is><t>达成</t></is></c></row>""", ext).Workbook!.Sheets[0].DataValidations.Should().ContainSingle().Subject;
        validation.Type.Should().Be(DataValidationType.List);
        validation.Formula1.Should().Be("'选项'!$A$1:$A$3");
        validation.Ranges.Select(r => r.ToString()).Should().Equal("I8:I20", "K8");
        validation.AllowBlank.Should().BeTrue();
    }

    [Fact]
    public void Cells_and_rows_without_references_take_the_next_position()
    {
        var sheet = Read("""<row><c t="inlineStr"><is><t>一级指标</t></is></c><c t="inlineStr"><is><t>二级指标</t></is></c></row><row><c><v>10</v></c></row>""").Workbook!.Sheets[0];
        sheet.GetText("A1").Should().Be("一级指标");
        sheet.GetText("B1").Should().Be("二级指标");
        sheet.GetCell("A2")!.Number.Should().Be(10m);
    }

    [Fact]
    public void A_shared_formula_dependent_says_it_has_a_formula_and_keeps_its_value()
    {
        var sheet = Read("""<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>4</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>6</v></c></row>""").Workbook!.Sheets[0];
        sheet.GetCell("A1")!.Formula.Should().Be("B1*2");
        var dependent = sheet.GetCell("A2")!;
        dependent.HasFormula.Should().BeTrue();
        dependent.Formula.Should().BeNull();
        dependent.Number.Should().Be(6m);
    }

    [Fact]
    public void Repeated_and_out_of_order_rows_and_cells_keep_the_first_and_warn()
    {
        var result = Read("""
            <row r="3"><c r="A3"><v>3</v></c></row>
            <row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>99</v></c></row>
            <row r="3"><c r="A3"><v>33</v></c></row>
            """);
        result.Diagnostics.Should().OnlyContain(d => d.Code == FormatDiagnosticCodes.DuplicateCell && d.Severity == DiagnosticSeverity.Warning);
        result.Diagnostics.Should().HaveCount(2);
        var sheet = result.Workbook!.Sheets[0];
        sheet.Rows.Select(r => r.Number).Should().Equal(1, 3);
        sheet.GetCell("A3")!.Number.Should().Be(3m);
        sheet.GetCell("B1")!.Number.Should().Be(1m);
        sheet.GetCell("A1").Should().BeNull();
    }

    [Fact]
    public void A_bad_shared_string_index_is_a_warning_naming_the_cell()
    {
        var result = Read("""<row r="2"><c r="C2" t="s"><v>7</v></c></row>""");
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == FormatDiagnosticCodes.InvalidCellValue && d.Location == DiagnosticLocation.InSheet("自评表", 2, 3, null));
        result.Diagnostics[0].ToString().Should().StartWith("warning PI4018 '自评表'!C2:");
        result.Diagnostics[0].Text.Should().StartWith("'自评表'!C2: ");
    }

    [Fact]
    public void Diagnostics_of_one_kind_are_capped_and_summarized()
    {
        var rows = string.Concat(Enumerable.Range(1, 50).Select(i => $"""<row r="{i}"><c r="A{i}" t="s"><v>9</v></c></row>"""));
        var result = Read(rows);
        result.Diagnostics.Should().HaveCount(21);
        result.Diagnostics[^1].Message.Should().Contain("另有 30 处");
    }

    [Fact]
    public void Hidden_rows_are_marked()
    {
        Read("""<row r="1" hidden="1"><c r="A1"><v>1</v></c></row>""").Workbook!.Sheets[0].Rows[0].IsHidden.Should().BeTrue();
    }
}
