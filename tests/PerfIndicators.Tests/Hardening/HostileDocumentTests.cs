using System.Text;
using FluentAssertions;
using PerfIndicators.Parsing;
using PerfIndicators.Documents;
using PerfIndicators.Tests.Documents;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Hostile budget documents: a 50 MB document, a table whose work grows linearly with its rows, a 1 MB cell in a row,
/// the size limit, invalid UTF-8 and mixed encodings. Every outcome is a document or a failure with a diagnostic; no
/// exception, no internal parser error, every project row accounted for.
/// </summary>
public sealed class HostileDocumentTests
{
    /// <summary>The 重点项目支出绩效明细表 of the Huzhou 2023 seed, up to and including its header row, and its project rows.</summary>
    private static (string Head, string[] Rows) HuzhouTable()
    {
        var lines = DocumentTestData.Text("huzhou-2023").Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("单位代码\t", StringComparison.Ordinal));
        return (string.Join('\n', lines[..(header + 1)]) + "\n", [.. lines[(header + 1)..].Where(l => l.StartsWith("302001\t", StringComparison.Ordinal))]);
    }

    /// <summary>The Huzhou table with its rows repeated <paramref name="repeats"/> times.</summary>
    private static string TableDocument(int repeats)
    {
        var (head, templates) = HuzhouTable();
        var builder = new StringBuilder(head);
        for (var i = 0; i < repeats * templates.Length; i++)
        {
            // Names differ so that no row is a repeat of another.
            var cells = templates[i % templates.Length].Split('\t');
            cells[3] += "（" + i + "）";
            builder.Append(string.Join('\t', cells)).Append('\n');
        }

        return builder.ToString();
    }

    [Fact]
    public void A_50_MB_document_is_read_within_bounds_and_every_project_row_comes_out()
    {
        // A real document padded to 50 MB with prose, as a long 部门预算 with many chapters is.
        var seed = DocumentTestData.Text("huzhou-2023");
        var expected = BudgetDocumentReader.ReadText(seed).GetDocumentOrThrow().Projects.Length;
        const string Chapter = "（一）主要职能\n\n督促检查市政府部门和区县政府贯彻落实党中央、国务院和省委、省政府及市委、市政府有关方针政策和决策部署情况。\n\n";
        var padding = new StringBuilder(20 * 1024 * 1024);
        for (long size = Encoding.UTF8.GetByteCount(seed); size < 50 * Measure.MiB; size += Encoding.UTF8.GetByteCount(Chapter))
        {
            padding.Append(Chapter);
        }

        var bytes = Encoding.UTF8.GetBytes(seed + padding);
        bytes.Length.Should().BeGreaterThanOrEqualTo(50 * 1024 * 1024);

        var measured = Measure.Run(() => BudgetDocumentReader.Read(new MemoryStream(bytes)));

        var document = measured.Result.GetDocumentOrThrow();
        document.Projects.Length.Should().Be(expected);
        document.AllDiagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError);
        measured.AllocatedBytes.Should().BeLessThan(3L * 1024 * Measure.MiB, "typically about 700 MiB: {0}", measured);
        measured.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(120), "typically about 8 s in a debug build: {0}", measured);
    }

    [Fact]
    public void Reading_a_project_table_grows_linearly_with_its_rows_and_keeps_every_row()
    {
        var rows = HuzhouTable().Rows.Length;
        var small = Measure.Run(() => BudgetDocumentReader.ReadText(TableDocument(150)).GetDocumentOrThrow());
        var large = Measure.Run(() => BudgetDocumentReader.ReadText(TableDocument(600)).GetDocumentOrThrow());

        small.Result.Projects.Length.Should().Be(150 * rows);
        large.Result.Projects.Length.Should().Be(600 * rows);
        large.Result.Projects.Sum(p => p.Indicators.Length).Should().Be(4 * small.Result.Projects.Sum(p => p.Indicators.Length));
        large.AllocatedBytes.Should().BeLessThan(8 * small.AllocatedBytes, "150 copies {0}, 600 copies {1}", small, large);
    }

    [Fact]
    public void A_row_with_a_1_MB_indicator_cell_is_read_and_its_neighbours_too()
    {
        var (head, rows) = HuzhouTable();
        var cell = new StringBuilder();
        while (cell.Length < 1 << 20)
        {
            cell.Append("数量指标:资金支付率≥90%;");
        }

        var big = rows[0].Split('\t');
        big[^1] = cell.ToString();
        var text = head + string.Join('\n', [rows[1], string.Join('\t', big), rows[2]]) + "\n";

        var measured = Measure.Run(() => BudgetDocumentReader.ReadText(text).GetDocumentOrThrow());

        measured.Result.Projects.Should().HaveCount(3);
        measured.Result.Projects[1].Indicators.Length.Should().Be(IndicatorParser.MaxIndicatorsPerCell, "a cell stops at the indicator limit");
        measured.Result.Projects[1].Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.TooManyIndicators);
        measured.Result.Projects[2].Indicators.Should().NotBeEmpty("the row after the big cell is read");
        measured.AllocatedBytes.Should().BeLessThan(512 * Measure.MiB, measured.ToString());
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_after_reading_no_more_than_the_limit()
    {
        var limit = 4 * Measure.MiB;
        var endless = new RepeatingStream(Encoding.UTF8.GetBytes("数量指标:资金支付率≥90%;\n"), 1024 * Measure.MiB);

        var measured = Measure.Run(() => BudgetDocumentReader.Read(endless, new BudgetDocumentReaderOptions { MaxBytes = limit }));

        measured.Result.Success.Should().BeFalse();
        measured.Result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.DocumentTooLarge);
        endless.Position.Should().BeLessThan(limit + Measure.MiB, "reading stops at the limit, not at the end of a 1 GiB stream");
        measured.AllocatedBytes.Should().BeLessThan(64 * Measure.MiB, measured.ToString());
    }

    public static TheoryData<string, byte[]> BrokenEncodings()
    {
        var seed = DocumentTestData.Text("huzhou-2023");
        var utf8 = Encoding.UTF8.GetBytes(seed);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(seed);
        var half = utf8.Length / 2;
        var data = new TheoryData<string, byte[]>
        {
            { "UTF-8 with one invalid byte", [.. utf8[..half], 0xFF, .. utf8[half..]] },
            { "UTF-8 cut inside a character", utf8[..(Array.FindIndex(utf8, b => b >= 0xE0) + 1)] },
            { "UTF-8 with an overlong encoding", [.. utf8[..half], 0xC0, 0xAF, .. utf8[half..]] },
            { "UTF-8 with an encoded surrogate", [.. utf8[..half], 0xED, 0xA0, 0x80, .. utf8[half..]] },
            { "first half GBK, second half UTF-8", [.. gbk[..(gbk.Length / 2)], .. utf8[half..]] },
            { "first half UTF-8, second half GBK", [.. utf8[..half], .. gbk[(gbk.Length / 2)..]] },
            { "UTF-8 BOM then GBK", [0xEF, 0xBB, 0xBF, .. gbk] },
            { "UTF-16 BOM then an odd byte", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(seed), 0x41] },
            { "UTF-16 without a BOM", Encoding.Unicode.GetBytes(seed) },
            { "UTF-16 BOM then UTF-8", [0xFF, 0xFE, .. utf8] },
            { "UTF-32", Encoding.UTF32.GetBytes(seed) },
            { "NUL bytes inside", [.. utf8[..half], 0, 0, 0, .. utf8[half..]] },
            { "only a BOM", [0xEF, 0xBB, 0xBF] },
            { "nothing", [] },
        };
        var random = new Random(20240601);
        var noise = new byte[64 * 1024];
        random.NextBytes(noise);
        data.Add("random bytes", noise);
        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenEncodings))]
    public void Invalid_utf8_and_mixed_encodings_give_a_document_or_a_reason_never_an_exception(string shape, byte[] bytes)
    {
        var result = BudgetDocumentReader.Read(new MemoryStream(bytes));

        if (result.Document is { } document)
        {
            document.AllDiagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError, shape);
            document.Text.Should().NotContain("\0", shape);
        }
        else
        {
            result.Diagnostics.Should().NotBeEmpty("{0} must say why it cannot be read", shape);
        }

        foreach (var encoding in new[] { Encoding.UTF8, Encoding.GetEncoding("GB18030"), Encoding.Unicode })
        {
            var forced = BudgetDocumentReader.Read(new MemoryStream(bytes), new BudgetDocumentReaderOptions { Encoding = encoding });
            (forced.Success || !forced.Diagnostics.IsDefaultOrEmpty).Should().BeTrue("{0} read as {1}", shape, encoding.WebName);
        }
    }

    [Theory]
    [InlineData("utf-8", 1)]
    [InlineData("utf-8", 3)]
    [InlineData("gb18030", 1)]
    [InlineData("gb18030", 3)]
    public void A_document_with_a_few_bad_bytes_is_read_whole_with_one_diagnostic_per_bad_sequence(string encodingName, int badBytes)
    {
        // Issue 17, finding 11: one bad byte in an otherwise valid document rejected all of it as "maybe binary".
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var seed = DocumentTestData.Text("huzhou-2023");
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetBytes(seed).ToList();
        var expected = BudgetDocumentReader.ReadText(seed).GetDocumentOrThrow();
        for (var i = 0; i < badBytes; i++)
        {
            // 0xFF is invalid in both encodings; put it before an ASCII byte (a line break) so no character is split.
            var at = IndexOfNth(bytes, (byte)'\n', (i + 1) * 40);
            bytes.Insert(at, 0xFF);
        }

        var result = BudgetDocumentReader.Read(new MemoryStream([.. bytes]));

        result.Success.Should().BeTrue(string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        var document = result.Document!;
        document.EncodingName.Should().Be(encodingName);
        document.Projects.Select(p => p.Name).Should().Equal(expected.Projects.Select(p => p.Name));
        var replaced = document.Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidBytesReplaced).ToList();
        replaced.Should().HaveCount(badBytes);
        replaced.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("U+FFFD", StringComparison.Ordinal));
        replaced.Select(d => document.Text[d.Location.Span!.Value.Start]).Should().OnlyContain(c => c == '\uFFFD');

        static int IndexOfNth(List<byte> list, byte value, int n)
        {
            var seen = 0;
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] == value && ++seen == n)
                {
                    return i;
                }
            }

            throw new InvalidOperationException("the seed has fewer lines");
        }
    }

    [Fact]
    public void A_gbk_document_with_one_stray_utf8_line_is_decoded_whole_rather_than_split()
    {
        // The reader decodes a file with one encoding: bytes valid in neither UTF-8 nor GB18030 are refused with a
        // reason, and bytes valid in GB18030 are read as GB18030 with a note saying so.
        var seed = DocumentTestData.Text("huzhou-2023");
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(seed);
        var mixed = gbk.Concat(Encoding.UTF8.GetBytes("\n附注：湖州\n")).ToArray();

        var result = BudgetDocumentReader.Read(new MemoryStream(mixed));

        if (result.Document is { } document)
        {
            document.EncodingName.Should().Be("gb18030");
            document.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.DecodedAsGb18030);
            document.Projects.Length.Should().Be(BudgetDocumentReader.ReadText(seed).GetDocumentOrThrow().Projects.Length);
        }
        else
        {
            result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.NotText);
        }
    }

    /// <summary>A read-only stream that repeats a pattern up to a length, without holding it in memory.</summary>
    private sealed class RepeatingStream(byte[] pattern, long length) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = pattern[(position + i) % pattern.Length];
            }

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
