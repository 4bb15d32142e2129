using System.Text;
using FluentAssertions;
using Xunit;

namespace PerfIndicators.Tests.Excel;

public class CsvTests
{
    private static readonly string[][] Awkward =
    [
        ["三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施"],
        ["培训人次", "≥500人次", "520人次", string.Empty],
        ["满意度", "≥85%", "82%", "学员反映\"课程紧凑\"，\r\n明年增加实操课时"],
        ["资金使用, 合规性", "合法合规", "达成", " 前后有空格 "],
    ];

    static CsvTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Fact]
    public void Writes_utf8_with_bom_rfc4180_quoting_and_crlf()
    {
        var bytes = CsvWriter.ToArray(Awkward);
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.Should().Be(
            "三级指标,年度指标值,实际完成值,偏差原因分析及改进措施\r\n" +
            "培训人次,≥500人次,520人次,\r\n" +
            "满意度,≥85%,82%,\"学员反映\"\"课程紧凑\"\"，\r\n明年增加实操课时\"\r\n" +
            "\"资金使用, 合规性\",合法合规,达成, 前后有空格 \r\n");
    }

    [Fact]
    public void Round_trips_quotes_line_breaks_commas_and_spaces()
    {
        var result = CsvReader.Read(new MemoryStream(CsvWriter.ToArray(Awkward)));
        result.Diagnostics.Should().BeEmpty();
        var sheet = result.Workbook!.Sheets.Should().ContainSingle().Subject;
        sheet.Rows.Select(r => r.Number).Should().Equal(1, 2, 3, 4);
        sheet.GetText("D3").Should().Be("学员反映\"课程紧凑\"，\r\n明年增加实操课时");
        sheet.GetText("A4").Should().Be("资金使用, 合规性");
        sheet.GetText("D4").Should().Be(" 前后有空格 ");
        sheet.GetCell("D2").Should().BeNull("an empty field has no cell, as an empty xlsx cell has none");
        sheet.GetCell("C3")!.Should().Match<Cell>(c => c.Kind == CellValueKind.Text && c.Reference == "C3");
    }

    [Fact]
    public void A_sheet_read_from_xlsx_writes_the_same_csv_as_its_rows()
    {
        var book = new WorkbookBuilder();
        var sheet = book.AddSheet("自评表");
        for (var r = 0; r < Awkward.Length; r++)
        {
            for (var c = 0; c < Awkward[r].Length; c++)
            {
                if (Awkward[r][c].Length > 0)
                {
                    sheet.SetText(r + 1, c + 1, Awkward[r][c]);
                }
            }
        }

        var read = WorkbookReader.Read(new MemoryStream(book.ToArray())).Workbook!.Sheets[0];
        CsvWriter.ToArray(CsvWriter.RowsOf(read)).Should().Equal(CsvWriter.ToArray(Awkward));
    }

    [Fact]
    public void Reads_a_gbk_file_saved_by_excel_on_chinese_windows()
    {
        var result = CsvReader.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "Excel", "gbk-self-assessment.csv"));
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == FormatDiagnosticCodes.CsvEncodingGuessed && d.Severity == DiagnosticSeverity.Info);
        var sheet = result.Workbook!.Sheets[0];
        sheet.Name.Should().Be("gbk-self-assessment");
        sheet.GetText("C3").Should().Be("培训合格率");
        sheet.GetText("D3").Should().Be("≥90%");
        sheet.GetText("G4").Should().Be("部分学员反映课程安排紧凑，明年增加实操课时");
        CellContent.Of(sheet.GetCell("E3")!).Should().Match<CellContent>(c => c.Kind == CellContentKind.Percent && c.Number == 95m);
    }

    [Fact]
    public void Reads_utf8_without_bom_and_utf16_with_bom()
    {
        const string text = "项目名称,分值\n综合业务工作经费,10\n";
        CsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).Workbook!.Sheets[0].GetText("A2").Should().Be("综合业务工作经费");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var result = CsvReader.Read(new MemoryStream(utf16));
        result.Diagnostics.Should().BeEmpty();
        result.Workbook!.Sheets[0].GetText("B2").Should().Be("10");
    }

    [Fact]
    public void A_forced_encoding_is_used_as_given()
    {
        var bytes = Encoding.GetEncoding(936).GetBytes("达成,部分达成\r\n");
        var result = CsvReader.Read(new MemoryStream(bytes), CsvReadOptions.Default with { Encoding = Encoding.GetEncoding("GB18030") });
        result.Diagnostics.Should().BeEmpty();
        result.Workbook!.Sheets[0].GetText("B1").Should().Be("部分达成");
    }

    [Fact]
    public void An_unterminated_quote_is_an_error_naming_where_it_opened()
    {
        var result = CsvReader.ReadText("三级指标,偏差原因\r\n满意度,\"学员反映\r\n课程紧凑\r\n");
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(FormatDiagnosticCodes.CsvUnterminatedQuote);
        diagnostic.Location.Should().Be(DiagnosticLocation.InSheet("Sheet1", 2, 2));
        diagnostic.Message.Should().Contain("第 2 行");
        result.Workbook!.Sheets[0].GetText("B2").Should().Be("学员反映\r\n课程紧凑\r\n");
    }

    [Fact]
    public void Stray_quotes_are_kept_as_written_with_a_warning()
    {
        var result = CsvReader.ReadText("指标,值\r\n满意度,≥85\"%\r\n\"达成\"了,是\r\n");
        result.Diagnostics.Select(d => (d.Code, d.Location.Row, d.Location.Column)).Should().Equal(
            (FormatDiagnosticCodes.CsvStrayQuote, 2, 2), (FormatDiagnosticCodes.CsvStrayQuote, 3, 1));
        var sheet = result.Workbook!.Sheets[0];
        sheet.GetText("B2").Should().Be("≥85\"%");
        sheet.GetText("A3").Should().Be("达成了");
        sheet.GetText("B3").Should().Be("是");
    }

    [Fact]
    public void Row_field_and_length_limits_are_enforced()
    {
        var many = string.Concat(Enumerable.Range(1, 100).Select(i => $"第{i}行,达成\r\n"));
        var rows = CsvReader.ReadText(many, CsvReadOptions.Default with { MaxRows = 10 });
        rows.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == FormatDiagnosticCodes.TooManyRows && d.Location.Row == 11);
        rows.Workbook!.Sheets[0].Rows.Should().HaveCount(10);
        rows.Workbook.Sheets[0].IsTruncated.Should().BeTrue();

        var wide = CsvReader.ReadText("a,b,c,d\r\n", CsvReadOptions.Default with { MaxFieldsPerRow = 2 });
        wide.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(FormatDiagnosticCodes.TooManyCells);
        wide.Workbook!.Sheets[0].Rows[0].Cells.Should().HaveCount(2);

        var longField = CsvReader.ReadText(new string('长', 100) + ",短\r\n", CsvReadOptions.Default with { MaxFieldLength = 10 });
        longField.Diagnostics.Should().ContainSingle().Which.Location.Should().Be(DiagnosticLocation.InSheet("Sheet1", 1, 1));
        longField.Workbook!.Sheets[0].GetText("A1").Should().HaveLength(10);

        CsvReader.Read(new MemoryStream(new byte[2000]), CsvReadOptions.Default with { MaxFileBytes = 1000 })
            .Diagnostics.Should().ContainSingle().Which.Code.Should().Be(FormatDiagnosticCodes.FileTooLarge);
    }

    [Fact]
    public void An_xlsx_given_as_csv_is_refused_as_binary()
    {
        var book = new WorkbookBuilder();
        book.AddSheet("自评表").SetText("A1", "达成");
        var result = CsvReader.Read(new MemoryStream(book.ToArray()));
        result.Workbook.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(FormatDiagnosticCodes.CsvBinaryFile);
    }

    [Fact]
    public void Invalid_bytes_in_a_forced_encoding_are_replaced_with_a_warning()
    {
        var bytes = new byte[] { (byte)'a', 0xFF, (byte)',', (byte)'b' };
        var result = CsvReader.Read(new MemoryStream(bytes), CsvReadOptions.Default with { Encoding = new UTF8Encoding(false) });
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(FormatDiagnosticCodes.CsvInvalidBytes);
        result.Workbook!.Sheets[0].GetText("A1").Should().Be("a\uFFFD");
    }

    [Fact]
    public void Formula_neutralizing_is_opt_in()
    {
        string[][] rows = [["=HYPERLINK(\"http://example.invalid\")", "-5%", "达成"]];
        Encoding.UTF8.GetString(CsvWriter.ToArray(rows, CsvWriteOptions.Default with { NeutralizeFormulas = true, IncludeByteOrderMark = false }))
            .Should().Be("\"'=HYPERLINK(\"\"http://example.invalid\"\")\",'-5%,达成\r\n");
        Encoding.UTF8.GetString(CsvWriter.ToArray(rows, CsvWriteOptions.Default with { IncludeByteOrderMark = false }))
            .Should().StartWith("\"=HYPERLINK");
    }

    [Fact]
    public void A_tab_separated_file_reads_with_a_tab_delimiter()
    {
        var sheet = CsvReader.ReadText("指标\t值\r\n满意度\t95%\r\n", CsvReadOptions.Default with { Delimiter = '\t' }).Workbook!.Sheets[0];
        sheet.GetText("B2").Should().Be("95%");
    }
}
