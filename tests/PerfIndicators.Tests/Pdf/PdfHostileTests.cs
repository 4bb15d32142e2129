using System.Text;
using FluentAssertions;
using PerfIndicators.Formats.Pdf;
using Xunit;

namespace PerfIndicators.Tests.Pdf;

/// <summary>
/// Files that are not a readable text PDF give a diagnostic and no invented rows, never an exception: a scan, an
/// encrypted file, a truncated or damaged file, noise, a decompression bomb, a page-count bomb, and files beyond the
/// limits. Time and memory on large files are measured in <c>benchmarks/</c> (PdfBenchmarks), not here.
/// </summary>
public sealed class PdfHostileTests
{
    [Fact]
    public void A_scan_without_a_text_layer_needs_OCR_and_gives_no_rows()
    {
        var result = PdfTestData.Read("scanned.pdf");

        result.Success.Should().BeFalse();
        result.Text.Should().BeNull();
        result.Tables.Should().BeEmpty();
        result.PageCount.Should().Be(1);
        result.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.NoTextLayer && d.Severity == DiagnosticSeverity.Error)
            .Which.Message.Should().Contain("OCR").And.Contain("扫描件");
        var document = PdfTestData.ReadDocument("scanned.pdf");
        document.Success.Should().BeFalse();
        document.Diagnostics.Select(d => d.Code).Should().Equal(FormatDiagnosticCodes.NoTextLayer);
    }

    [Fact]
    public void An_encrypted_pdf_with_a_user_password_is_refused_without_it()
    {
        var result = PdfTestData.Read("encrypted-user-password.pdf");

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == FormatDiagnosticCodes.PasswordRequired && d.Severity == DiagnosticSeverity.Error && d.Message.Contains("需要打开密码"));
    }

    [Fact]
    public void An_encrypted_pdf_is_refused_with_a_wrong_password()
    {
        var result = PdfTestData.Read("encrypted-user-password.pdf", new PdfReadOptions { Password = "wrong" });

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.PasswordRequired).Which.Message.Should().Contain("密码不正确");
    }

    [Fact]
    public void An_encrypted_pdf_opens_with_its_password_and_reads_as_the_plain_one()
    {
        var encrypted = PdfTestData.ReadDocument("encrypted-user-password.pdf", new PdfReadOptions { Password = "yusuan2022" });
        var plain = PdfTestData.ReadDocument("huzhou-2022.pdf");

        encrypted.Success.Should().BeTrue(encrypted.ErrorMessage);
        ExtractProjection.Of(encrypted.Document!).Where(l => !l.Contains("PI7005", StringComparison.Ordinal))
            .Should().Equal(ExtractProjection.Of(plain.Document!));
        encrypted.Document!.Diagnostics.Should().Contain(d => d.Code == FormatDiagnosticCodes.EncryptedWithoutUserPassword && d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void An_encrypted_pdf_without_a_user_password_opens_and_reads_as_the_plain_one()
    {
        var result = PdfTestData.Read("encrypted-no-user-password.pdf");
        var document = PdfBudgetDocumentReader.ToDocument(result);

        result.IsEncrypted.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.EncryptedWithoutUserPassword).Which.Message.Should().Contain("没有打开密码");
        ExtractProjection.Of(document.GetDocumentOrThrow()).Where(l => !l.Contains("PI7005", StringComparison.Ordinal))
            .Should().Equal(ExtractProjection.Of(PdfTestData.ReadDocument("huzhou-2022.pdf").GetDocumentOrThrow()));
    }

    [Theory]
    [InlineData("truncated.pdf")]
    [InlineData("garbage.pdf")]
    public void A_truncated_or_broken_pdf_is_reported_damaged(string name)
    {
        var result = PdfTestData.Read(name);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.Damaged && d.Severity == DiagnosticSeverity.Error)
            .Which.Message.Should().Contain("已损坏或被截断");
    }

    [Fact]
    public void A_page_whose_content_is_damaged_is_reported_and_the_other_pages_are_read()
    {
        var result = PdfTestData.Read("damaged.pdf");
        var document = PdfBudgetDocumentReader.ToDocument(result).GetDocumentOrThrow();

        var warning = result.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.PageUnreadable).Subject;
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Message.Should().StartWith("第 2 页");
        // Page 2 held the 项目支出预算表; page 3's 绩效明细表 is read whole.
        document.BudgetRows.Should().BeEmpty();
        document.Projects.Select(p => p.Name).Should().Equal("东西部扶贫协作、对口支援(援藏、援青)、对口合作等援派挂职干部工作经费", "山海协作挂职干部工作经费", "长三角城市经济协调会杭州都市圈协调会会费");
        document.Projects.Sum(p => p.Indicators.Length).Should().Be(7);
    }

    [Fact]
    public void A_broken_cross_reference_table_is_repaired_and_reads_as_the_original()
    {
        var repaired = PdfTestData.ReadDocument("xref-broken.pdf").GetDocumentOrThrow();

        ExtractProjection.Of(repaired).Should().Equal(ExtractProjection.Of(PdfTestData.ReadDocument("huzhou-2022.pdf").GetDocumentOrThrow()));
    }

    [Fact]
    public void Text_that_is_not_a_pdf_is_refused()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("2022 年市级单位项目支出预算表\n单位：万元\n"));

        var result = PdfTextReader.Read(stream);

        result.Success.Should().BeFalse();
        result.Diagnostics.Select(d => d.Code).Should().Equal(FormatDiagnosticCodes.NotAPdf);
    }

    [Fact]
    public void A_decompression_bomb_is_stopped_before_it_is_inflated()
    {
        // 80 MiB of content deflated to 80 KB; the per-stream limit is 64 MiB.
        var result = PdfTestData.Read("bomb-flate.pdf");

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.StreamTooLarge && d.Severity == DiagnosticSeverity.Error)
            .Which.Message.Should().Contain("第 1 页").And.Contain("解压炸弹");
    }

    [Fact]
    public void A_lower_stream_limit_stops_a_real_document_with_a_diagnostic()
    {
        var result = PdfTestData.Read("guangzhou.pdf", new PdfReadOptions { Limits = PdfReadLimits.Default with { MaxDecodedBytes = 64 * 1024 } });

        result.Diagnostics.Should().Contain(d => d.Code == FormatDiagnosticCodes.StreamTooLarge && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_page_tree_claiming_a_million_pages_reads_the_pages_it_has()
    {
        var result = PdfTestData.Read("bomb-pages.pdf");

        result.Success.Should().BeTrue();
        result.PageCount.Should().Be(10);
        result.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.Repaired).Which.Message.Should().Contain("1000000");
    }

    [Fact]
    public void Pages_past_the_page_limit_are_not_read()
    {
        var result = PdfTestData.Read("long-200-pages.pdf", new PdfReadOptions { Limits = PdfReadLimits.Default with { MaxPages = 3 } });

        result.PageCount.Should().Be(201);
        result.PagesRead.Should().Be(3);
        result.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.TooManyPages && d.Severity == DiagnosticSeverity.Error)
            .Which.Message.Should().Contain("201").And.Contain("前 3 页");
        result.PageOf(result.Text!.Length - 1).Should().Be(3);
    }

    [Fact]
    public void Words_past_the_word_limit_are_not_read()
    {
        var result = PdfTestData.Read("guangzhou.pdf", new PdfReadOptions { Limits = PdfReadLimits.Default with { MaxWords = 60 } });

        result.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.TooManyWords);
        result.PagesRead.Should().BeLessThan(result.PageCount);
    }

    [Fact]
    public void Text_past_the_length_limit_is_not_kept()
    {
        var result = PdfTestData.Read("guangzhou.pdf", new PdfReadOptions { Limits = PdfReadLimits.Default with { MaxTextLength = 2_000 } });

        result.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.PdfTextTooLong);
        result.Text!.Length.Should().BeLessThanOrEqualTo(2_000);
    }

    [Fact]
    public void The_file_size_limit_counts_the_bytes_read_not_the_length_the_stream_claims()
    {
        var bytes = File.ReadAllBytes(PdfTestData.PathOf("guangzhou.pdf"));
        using var stream = new LyingStream(bytes, claimedLength: 100);

        var result = PdfTextReader.Read(stream, new PdfReadOptions { Limits = PdfReadLimits.Default with { MaxFileBytes = 100_000 } });

        result.Success.Should().BeFalse();
        result.Diagnostics.Select(d => d.Code).Should().Equal(FormatDiagnosticCodes.PdfTooLarge);
        stream.BytesRead.Should().BeLessThanOrEqualTo(100_000 + 81_920);
    }

    [Fact]
    public void A_missing_file_is_reported_unreadable()
    {
        var result = PdfTextReader.ReadFile(PdfTestData.PathOf("no-such-file.pdf"));

        result.Diagnostics.Select(d => d.Code).Should().Equal(FormatDiagnosticCodes.PdfUnreadable);
        PdfBudgetDocumentReader.ReadFile(PdfTestData.PathOf("no-such-file.pdf")).Diagnostics.Select(d => d.Code).Should().Equal(FormatDiagnosticCodes.PdfUnreadable);
    }

    [Fact]
    public void A_two_hundred_page_document_is_read_whole()
    {
        var result = PdfTestData.Read("long-200-pages.pdf");
        var document = PdfBudgetDocumentReader.ToDocument(result).GetDocumentOrThrow();

        result.PagesRead.Should().Be(201);
        result.Diagnostics.Should().NotContain(d => d.Severity != DiagnosticSeverity.Info);
        // Fifty copies of the Guangzhou table: 27 projects each.
        document.Projects.Should().HaveCount(50 * 27);
        document.Projects.Sum(p => p.Indicators.Length).Should().Be(50 * 137);
    }

    /// <summary>A non-seekable stream whose Length lies; counts what was read from it.</summary>
    private sealed class LyingStream(byte[] bytes, long claimedLength) : Stream
    {
        private int position;

        public int BytesRead => position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => claimedLength;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, bytes.Length - position);
            Array.Copy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
