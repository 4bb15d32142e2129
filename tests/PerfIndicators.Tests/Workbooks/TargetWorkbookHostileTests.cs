using System.Diagnostics;
using System.Text;
using FluentAssertions;
using PerfIndicators.Documents;
using PerfIndicators.Formats;
using PerfIndicators.Formats.Files;
using PerfIndicators.Formats.Workbooks;
using PerfIndicators.Formats.Xlsx;
using Xunit;

namespace PerfIndicators.Tests.Workbooks;

/// <summary>Bad 目标表 workbooks: each gives diagnostics, never an exception, a hang or invented rows.</summary>
public sealed class TargetWorkbookHostileTests
{
    [Fact]
    public void A_truncated_xls_is_a_damaged_file_with_no_document()
    {
        var read = WorkbookTestData.Read("truncated.xls");
        read.Success.Should().BeFalse();
        read.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.XlsDamaged && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_xls_renamed_xlsx_is_read_by_its_content_and_the_name_is_noted()
    {
        var renamed = DocumentFiles.Read(WorkbookTestData.PathOf("xls-renamed.xlsx")).GetDocumentOrThrow();
        var original = WorkbookTestData.Document("national.xls");
        renamed.EncodingName.Should().Be(TargetWorkbookReader.XlsSourceName);
        renamed.Projects.Select(p => (p.Name, p.Amount, p.Indicators.Length)).Should().Equal(original.Projects.Select(p => (p.Name, p.Amount, p.Indicators.Length)));
        renamed.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.ExtensionMismatch && d.Severity == DiagnosticSeverity.Info);

        // The xlsx reader itself, asked for an xlsx, says what the file is.
        WorkbookReader.Read(WorkbookTestData.PathOf("xls-renamed.xlsx")).Diagnostics.Select(d => d.Code).Should().Equal(FormatDiagnosticCodes.LegacyXlsWorkbook);
    }

    [Fact]
    public void A_huge_sheet_is_cut_at_the_row_limit_in_bounded_time_and_reported()
    {
        // 60,000 rows written by LibreOffice; the limit is 50,000 rows a sheet.
        var clock = Stopwatch.StartNew();
        var document = WorkbookTestData.Document("huge.xlsx");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
        document.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.TooManyRows && d.Severity == DiagnosticSeverity.Error && d.Location.Sheet == "驻京联络处工作经费");
        document.HasErrors.Should().BeTrue("a cut sheet must not pass as complete");
        document.Projects.Should().ContainSingle().Which.Indicators.Length.Should().Be(50_000 - 10, "rows 11 to 50,000 are indicator rows; none past the limit");
    }

    /// <summary>
    /// Found by the <c>workbook</c> fuzz target (TestData/Hardening/workbook/columns-33497.xls, the corpus form
    /// yongde-minglang-2022 saved by LibreOffice with a second sheet whose damaged DIMENSION record declares 33,497 columns):
    /// every row's 33,497 empty cells were visited, 1.1 × 10⁹ in all, 5.6 s for a 9.7 KB file, and nothing was reported.
    /// An .xls (BIFF8) sheet holds at most 256 columns; the rest is not read, and that is said.
    /// </summary>
    [Fact]
    public void An_xls_sheet_that_declares_more_columns_than_the_format_holds_is_read_to_256_and_reported()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "Hardening", "workbook", "columns-33497.xls"));
        var read = TargetWorkbookReader.Read(stream, fileName: "columns-33497.xls");
        var document = read.GetDocumentOrThrow();
        document.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.XlsTooManyColumns)
            .Which.Should().Match<Diagnostic>(d => d.Severity == DiagnosticSeverity.Warning && d.Location.Sheet == "衛片執法補助經費"
                && d.Message.Contains("33497", StringComparison.Ordinal) && d.Message.Contains("256", StringComparison.Ordinal));
        document.Projects.Select(p => p.Name).Should().Contain("义务教育营养改善计划专项资金", "the undamaged first sheet is read as it is");
    }

    /// <summary>
    /// fuzz/known/workbook/spins-in-excel-data-reader.xls: ExcelDataReader spends 17 s inside one <c>Read()</c> on it, where
    /// none of our checks runs. The time limit is now a wall-clock bound on the whole read.
    /// </summary>
    [Fact]
    public void An_xls_on_which_the_library_spins_is_stopped_at_the_time_limit()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot!, "fuzz", "known", "workbook", "spins-in-excel-data-reader.xls");
        using var stream = File.OpenRead(path);
        var clock = Stopwatch.StartNew();
        var read = TargetWorkbookReader.Read(stream, new TargetWorkbookReadOptions { MaxReadTime = TimeSpan.FromSeconds(1) }, "spins.xls");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the read is abandoned at the 1 s limit, not after the library's 17 s");
        read.Success.Should().BeFalse();
        read.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.ReadTimeExceeded && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_limits_apply_to_xls_files_as_to_xlsx()
    {
        var rows = WorkbookTestData.Read("national.xls", new TargetWorkbookReadOptions { Limits = WorkbookReadLimits.Default with { MaxRowsPerSheet = 12 } }).GetDocumentOrThrow();
        rows.Diagnostics.Where(d => d.Code == FormatDiagnosticCodes.TooManyRows).Select(d => d.Location.Sheet).Should().Contain("驻京联络处工作经费");
        rows.Projects.First().Indicators.Length.Should().Be(2, "rows 11 and 12, the first two indicator rows, are read; the header block ends at row 10");

        var cells = WorkbookTestData.Read("national.xls", new TargetWorkbookReadOptions { Limits = WorkbookReadLimits.Default with { MaxCells = 40 } });
        (cells.Document?.Diagnostics ?? cells.Diagnostics).Should().Contain(d => d.Code == FormatDiagnosticCodes.TooManyCells);

        var bytes = WorkbookTestData.Read("national.xls", new TargetWorkbookReadOptions { Limits = WorkbookReadLimits.Default with { MaxFileBytes = 1000 } });
        bytes.Success.Should().BeFalse();
        bytes.Diagnostics.Select(d => d.Code).Should().Equal(FormatDiagnosticCodes.FileTooLarge);

        var text = WorkbookTestData.Read("national.xls", new TargetWorkbookReadOptions { Limits = WorkbookReadLimits.Default with { MaxStringLength = 5 } }).GetDocumentOrThrow();
        text.Diagnostics.Should().Contain(d => d.Code == FormatDiagnosticCodes.TextTooLong);
    }

    [Fact]
    public void Reading_stops_at_the_time_limit()
    {
        var read = WorkbookTestData.Read("national.xls", new TargetWorkbookReadOptions { MaxReadTime = TimeSpan.FromTicks(1) });
        read.Success.Should().BeFalse();
        read.Diagnostics.Select(d => d.Code).Should().Equal(FormatDiagnosticCodes.ReadTimeExceeded);
    }

    [Fact]
    public void A_sheet_with_no_recognisable_header_gives_a_diagnostic_and_no_rows()
    {
        var read = WorkbookTestData.Read("no-header.xlsx");
        read.Success.Should().BeFalse();
        read.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.NoTargetForm && d.Severity == DiagnosticSeverity.Error)
            .Which.Message.Should().Contain("项目清单");
    }

    [Fact]
    public void A_sheet_without_a_form_beside_sheets_with_forms_is_named()
    {
        // The no-header sheet's rows after a sheet holding a form: the form is read, the other sheet is reported, not read.
        var form = WorkbookReader.Read(WorkbookTestData.PathOf("split.xlsx")).Workbook!;
        var list = WorkbookReader.Read(WorkbookTestData.PathOf("no-header.xlsx")).Workbook!;
        var both = new Formats.Sheets.Workbook([form.Sheets[0], list.Sheets[0] with { Index = 1 }]);
        var document = TargetWorkbookReader.ToDocument(both, TargetWorkbookReader.XlsxSourceName, [], WorkbookReadLimits.Default).GetDocumentOrThrow();
        document.Projects.Should().ContainSingle().Which.Name.Should().Be("义务教育营养改善计划专项资金");
        document.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.SheetWithoutForm).Which.Location.Sheet.Should().Be("项目清单");
    }

    [Fact]
    public void Neither_zip_nor_compound_file_is_not_a_workbook()
    {
        using var text = new MemoryStream(Encoding.UTF8.GetBytes("一级指标\t二级指标\t三级指标\t指标值\n"));
        var read = TargetWorkbookReader.Read(text);
        read.Diagnostics.Select(d => d.Code).Should().Equal(FormatDiagnosticCodes.NotAWorkbookFile);
    }

    [Fact]
    public void A_non_seekable_stream_reads_as_the_file()
    {
        var bytes = File.ReadAllBytes(WorkbookTestData.PathOf("split.xls"));
        using var forward = new ForwardOnlyStream(bytes);
        var document = TargetWorkbookReader.Read(forward).GetDocumentOrThrow();
        document.Text.Should().Be(WorkbookTestData.Document("split.xls").Text);
    }

    [Fact]
    public void Noise_bytes_in_a_compound_file_header_never_throw()
    {
        // The first 512 bytes of a real .xls (its compound-file header) followed by noise from a fixed seed.
        var head = File.ReadAllBytes(WorkbookTestData.PathOf("national.xls")).AsSpan(0, 512).ToArray();
        var random = new Random(13);
        for (var i = 0; i < 20; i++)
        {
            var noise = new byte[4096 * (1 + i % 4)];
            random.NextBytes(noise);
            using var stream = new MemoryStream([.. head, .. noise]);
            var read = TargetWorkbookReader.Read(stream);
            read.Success.Should().BeFalse();
            read.Diagnostics.Should().OnlyContain(d => d.Code == FormatDiagnosticCodes.XlsDamaged || d.Code == FormatDiagnosticCodes.NoTargetForm || d.Code.StartsWith("PI40", StringComparison.Ordinal));
        }
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
