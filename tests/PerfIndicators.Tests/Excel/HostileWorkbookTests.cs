using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfIndicators.Tests.Excel;

/// <summary>Large hostile files, made once per run in the temp folder and deleted afterwards.</summary>
public sealed class HostileFiles : IDisposable
{
    public const int ManyRows = 100_000;

    private readonly Lazy<string> manyRows;
    private readonly Lazy<string> zipBomb;
    private readonly Lazy<string> lyingZipBomb;

    public HostileFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "perfind-excel-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        manyRows = new(() => WriteManyRows(Path.Combine(Folder, "100000-rows.xlsx")));
        zipBomb = new(() => WriteZipBomb(Path.Combine(Folder, "bomb.xlsx")));
        lyingZipBomb = new(() => WriteLyingZipBomb(Path.Combine(Folder, "lying-bomb.xlsx")));
    }

    public string Folder { get; }

    public string ManyRowsPath => manyRows.Value;

    public string ZipBombPath => zipBomb.Value;

    public string LyingZipBombPath => lyingZipBomb.Value;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>A workbook with 100,000 rows of three cells, streamed with OpenXmlWriter.</summary>
    private static string WriteManyRows(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new S.Workbook(new S.Sheets(new S.Sheet { Name = "项目清单", SheetId = 1U, Id = "rId1" }));
        var strings = workbookPart.AddNewPart<SharedStringTablePart>("rId2");
        strings.SharedStringTable = new S.SharedStringTable(new S.SharedStringItem(new S.Text("培训人次")));
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rId1");
        using var writer = OpenXmlWriter.Create(sheetPart);
        writer.WriteStartElement(new S.Worksheet());
        writer.WriteStartElement(new S.SheetData());
        for (var row = 1; row <= ManyRows; row++)
        {
            var r = row.ToString(System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteStartElement(new S.Row(), [new OpenXmlAttribute("r", string.Empty, r)]);
            writer.WriteElement(new S.Cell { CellReference = "A" + r, CellValue = new S.CellValue(r) });
            writer.WriteElement(new S.Cell { CellReference = "B" + r, DataType = S.CellValues.SharedString, CellValue = new S.CellValue("0") });
            writer.WriteElement(new S.Cell { CellReference = "C" + r, CellValue = new S.CellValue("95.5") });
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        return path;
    }

    /// <summary>An otherwise valid xlsx whose sheet XML is 1 GiB of spaces, deflated to about 1 MB, streamed to disk.</summary>
    private static string WriteZipBomb(string path)
    {
        using var file = File.Create(path);
        SdkWorkbooks.WriteRawPackage(file, stream =>
        {
            stream.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>"""u8);
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 1024; i++)
            {
                stream.Write(spaces);
            }

            stream.Write("</sheetData></worksheet>"u8);
        });
        return path;
    }

    /// <summary>The same bomb with its zip headers claiming the sheet is 1,000 bytes, so only counting while inflating can stop it.</summary>
    private string WriteLyingZipBomb(string path)
    {
        var bytes = File.ReadAllBytes(ZipBombPath);
        var name = Encoding.ASCII.GetBytes("xl/worksheets/sheet1.xml");
        var span = bytes.AsSpan();
        for (var at = span.IndexOf(name); at >= 0;)
        {
            if (at >= 46 && span[(at - 46)..].StartsWith("PK\u0001\u0002"u8))
            {
                BitConverter.TryWriteBytes(span.Slice(at - 46 + 24, 4), 1000u);
            }

            if (at >= 30 && span[(at - 30)..].StartsWith("PK\u0003\u0004"u8))
            {
                BitConverter.TryWriteBytes(span.Slice(at - 30 + 22, 4), 1000u);
            }

            var next = span[(at + 1)..].IndexOf(name);
            at = next < 0 ? -1 : at + 1 + next;
        }

        File.WriteAllBytes(path, bytes);
        return path;
    }
}

/// <summary>
/// Hostile and broken files give a clear diagnostic, quickly and with bounded memory (allocations on the reading
/// thread are measured; wall time is only reported).
/// </summary>
public class HostileWorkbookTests(HostileFiles files, ITestOutputHelper output) : IClassFixture<HostileFiles>
{
    private SpreadsheetReadResult Measure(string name, Func<SpreadsheetReadResult> read, long maxAllocatedBytes)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = read();
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{name}: {string.Join(", ", result.Diagnostics.Select(d => d.Code).Distinct())} in {clock.ElapsedMilliseconds} ms, {allocated:N0} bytes allocated");
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine("  " + diagnostic);
        }

        allocated.Should().BeLessThan(maxAllocatedBytes);
        return result;
    }

    private SpreadsheetReadResult ReadBytes(string name, byte[] bytes, long maxAllocatedBytes = 4_000_000, WorkbookReadLimits? limits = null) =>
        Measure(name, () => WorkbookReader.Read(new MemoryStream(bytes), limits), maxAllocatedBytes);

    [Fact]
    public void A_renamed_text_file_is_not_a_zip()
    {
        var result = ReadBytes("renamed csv", Encoding.UTF8.GetBytes("项目名称,年度指标值,实际完成值\r\n综合业务工作经费,≥90%,95%\r\n"));
        result.Workbook.Should().BeNull();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(FormatDiagnosticCodes.NotAZipFile);
        diagnostic.Message.Should().Contain("文本文件");
    }

    [Fact]
    public void A_pdf_and_an_html_table_saved_as_xls_are_named()
    {
        ReadBytes("pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n")).Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.NotAZipFile && d.Message.Contains("PDF"));
        ReadBytes("html", Encoding.UTF8.GetBytes("<html><table><tr><td>项目名称</td></tr></table></html>")).Diagnostics
            .Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.NotAZipFile && d.Message.Contains("HTML"));
    }

    [Fact]
    public void A_word_document_is_a_zip_but_not_a_workbook()
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("项目支出绩效自评表")))));
        }

        var result = ReadBytes("docx", memory.ToArray());
        result.Workbook.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == FormatDiagnosticCodes.NotAWorkbook && d.Message.Contains("Word"));
    }

    [Fact]
    public void A_damaged_zip_is_reported_not_thrown()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        "PK\u0003\u0004"u8.CopyTo(bytes);
        ReadBytes("damaged zip", bytes).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(FormatDiagnosticCodes.NotAZipFile);
    }

    [Fact]
    public void An_encrypted_workbook_and_a_legacy_xls_are_told_apart()
    {
        var compound = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(compound, 0);
        ReadBytes("legacy xls", compound).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(FormatDiagnosticCodes.LegacyXlsWorkbook);

        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(compound, 1024);
        var result = ReadBytes("encrypted", compound);
        result.Workbook.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(FormatDiagnosticCodes.EncryptedWorkbook);
    }

    [Theory]
    [InlineData(12_000, "12,000")]
    [InlineData(70_000, "70,000")]
    public void A_zip_with_too_many_entries_is_refused_naming_how_many_it_holds(int count, string printed)
    {
        // Issue 17, finding 11: past 65,534 entries a zip stores 65,535 in its classic record and the true count in
        // its zip64 record; the refusal said 65535.
        var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                zip.CreateEntry("x/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), CompressionLevel.NoCompression);
            }
        }

        var result = ReadBytes(printed + " entries", bytes.ToArray());

        var refusal = result.Diagnostics.Should().ContainSingle().Which;
        refusal.Code.Should().Be(FormatDiagnosticCodes.TooManyZipEntries);
        refusal.Message.Should().Contain($"压缩包中有 {printed} 个条目").And.Contain("10,000").And.Contain("zip entries");
    }

    [Fact]
    public void A_zero_byte_file_is_empty()
    {
        ReadBytes("0 bytes", []).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(FormatDiagnosticCodes.EmptyFile);
    }

    [Fact]
    public void An_empty_workbook_is_read_with_a_warning()
    {
        var result = ReadBytes("empty workbook", SdkWorkbooks.Build(_ => { }));
        result.Workbook!.Sheets.Should().ContainSingle().Which.Rows.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == FormatDiagnosticCodes.EmptyWorkbook && d.Severity == DiagnosticSeverity.Warning);
        result.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void A_workbook_with_100000_rows_stops_at_the_row_limit_with_bounded_memory()
    {
        var path = files.ManyRowsPath;
        var result = Measure("100,000 rows", () => WorkbookReader.Read(path), maxAllocatedBytes: 80_000_000);
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(FormatDiagnosticCodes.TooManyRows);
        diagnostic.Location.Should().Match<DiagnosticLocation>(l => l.Sheet == "项目清单" && l.Row == 50_001);
        var sheet = result.Workbook!.Sheets[0];
        sheet.IsTruncated.Should().BeTrue();
        sheet.Rows.Should().HaveCount(50_000);
        sheet.GetText("B50000").Should().Be("培训人次");
    }

    [Fact]
    public void A_workbook_with_100000_rows_reads_fully_when_the_limit_allows()
    {
        var limits = WorkbookReadLimits.Default with { MaxRowsPerSheet = 200_000 };
        var path = files.ManyRowsPath;
        var result = Measure("100,000 rows, raised limit", () => WorkbookReader.Read(path, limits), maxAllocatedBytes: 160_000_000);
        result.Diagnostics.Should().BeEmpty();
        result.Workbook!.Sheets[0].Rows.Should().HaveCount(HostileFiles.ManyRows);
        result.Workbook.Sheets[0].GetCell("C100000")!.Number.Should().Be(95.5m);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_anything_is_inflated()
    {
        var path = files.ZipBombPath;
        new FileInfo(path).Length.Should().BeLessThan(4_000_000);
        var result = Measure("zip bomb (1 GiB sheet)", () => WorkbookReader.Read(path), maxAllocatedBytes: 2_000_000);
        result.Workbook.Should().BeNull();
        result.Diagnostics.Select(d => (d.Code, d.Location.Part)).Should().BeEquivalentTo(
        [
            (FormatDiagnosticCodes.UncompressedSizeTooLarge, "xl/worksheets/sheet1.xml"),
            (FormatDiagnosticCodes.CompressionRatioTooHigh, "xl/worksheets/sheet1.xml"),
            (FormatDiagnosticCodes.UncompressedSizeTooLarge, (string?)null),
        ]);
    }

    [Fact]
    public void A_zip_bomb_that_lies_about_its_size_is_stopped_while_inflating()
    {
        var path = files.LyingZipBombPath;
        var result = Measure("zip bomb with lying headers", () => WorkbookReader.Read(path), maxAllocatedBytes: 8_000_000);
        result.HasErrors.Should().BeTrue();
        result.Diagnostics.Should().Contain(d => d.Location.Sheet == "自评表");
        result.Diagnostics.Select(d => d.Code).Should().BeSubsetOf([FormatDiagnosticCodes.UncompressedSizeTooLarge, FormatDiagnosticCodes.CorruptXml, FormatDiagnosticCodes.FileNotReadable]);
    }

    [Fact]
    public void The_inflated_byte_count_stops_an_entry_and_the_whole_archive_whatever_the_headers_say()
    {
        using var entry = new LimitedReadStream(new MemoryStream(new byte[100]), 10, new ByteBudget(1000), "xl/worksheets/sheet1.xml");
        FluentActions.Invoking(() => entry.ReadExactly(new byte[20])).Should().Throw<ReadLimitException>()
            .Which.Should().Match<ReadLimitException>(e => e.Code == FormatDiagnosticCodes.UncompressedSizeTooLarge && e.Message.Contains("sheet1.xml"));

        var budget = new ByteBudget(30);
        using var first = new LimitedReadStream(new MemoryStream(new byte[20]), 100, budget, "xl/sharedStrings.xml");
        first.ReadExactly(new byte[20]);
        using var second = new LimitedReadStream(new MemoryStream(new byte[20]), 100, budget, "xl/worksheets/sheet1.xml");
        FluentActions.Invoking(() => second.ReadExactly(new byte[20])).Should().Throw<ReadLimitException>();
    }

    [Fact]
    public void A_sheet_with_a_dtd_is_refused_as_corrupt_xml()
    {
        const string billionLaughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>
            """;
        var result = ReadBytes("billion laughs", SdkWorkbooks.RawPackage(billionLaughs));
        result.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.CorruptXml).Which.Location.Sheet.Should().Be("自评表");
        result.Workbook!.Sheets[0].IsTruncated.Should().BeTrue();
    }

    [Fact]
    public void Corrupt_sheet_xml_keeps_the_rows_before_the_error_and_names_the_line()
    {
        const string broken = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>综合业务工作经费</t></is></c>
            </sheetData></worksheet>
            """;
        var result = ReadBytes("corrupt xml", SdkWorkbooks.RawPackage(broken));
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(FormatDiagnosticCodes.CorruptXml);
        diagnostic.Message.Should().Contain("xl/worksheets/sheet1.xml").And.Contain("第 4 行");
        result.Workbook!.Sheets[0].GetText("A1").Should().Be("项目名称");
        result.Workbook.Sheets[0].IsTruncated.Should().BeTrue();
    }

    [Fact]
    public void Limits_on_file_size_sheets_cells_and_text_are_enforced()
    {
        var twoSheets = new WorkbookBuilder();
        twoSheets.AddSheet("一").SetText("A1", "达成").SetText("B1", new string('长', 100));
        twoSheets.AddSheet("二").SetNumber("A1", 95m);
        var bytes = twoSheets.ToArray();

        ReadBytes("file size", bytes, limits: WorkbookReadLimits.Default with { MaxFileBytes = 100 })
            .Diagnostics.Should().ContainSingle().Which.Code.Should().Be(FormatDiagnosticCodes.FileTooLarge);
        var sheets = ReadBytes("sheets", bytes, limits: WorkbookReadLimits.Default with { MaxSheets = 1 });
        sheets.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(FormatDiagnosticCodes.TooManySheets);
        sheets.Workbook!.Sheets.Should().ContainSingle();
        ReadBytes("cells", bytes, limits: WorkbookReadLimits.Default with { MaxCells = 2 })
            .Diagnostics.Should().ContainSingle().Which.Location.Should().Be(DiagnosticLocation.InSheet("二", 1, 1));
        var text = ReadBytes("text", bytes, limits: WorkbookReadLimits.Default with { MaxStringLength = 10 });
        text.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(FormatDiagnosticCodes.TextTooLong);
        text.Workbook!.Sheets[0].GetText("B1").Should().HaveLength(10);
    }

    [Fact]
    public void A_missing_file_is_a_diagnostic()
    {
        var result = WorkbookReader.Read(Path.Combine(files.Folder, "不存在.xlsx"));
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(FormatDiagnosticCodes.FileNotReadable);
    }

    [Fact]
    public void A_non_seekable_stream_is_read()
    {
        var book = new WorkbookBuilder();
        book.AddSheet("自评表").SetText("A1", "达成");
        using var pipe = new NonSeekableStream(book.ToArray());
        WorkbookReader.Read(pipe).Workbook!.Sheets[0].GetText("A1").Should().Be("达成");
    }

    [Fact]
    public void Programmer_errors_throw()
    {
        FluentActions.Invoking(() => WorkbookReader.Read((Stream)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => WorkbookReader.Read(string.Empty)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => WorkbookReader.Read(new MemoryStream(), WorkbookReadLimits.Default with { MaxCells = 0 })).Should().Throw<ArgumentOutOfRangeException>();
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
