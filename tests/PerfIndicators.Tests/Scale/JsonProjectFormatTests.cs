using System.Text;
using FluentAssertions;
using PerfIndicators.Formats.Json;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Scale;

/// <summary>
/// A review reads project JSON from the file's UTF-8 bytes (<see cref="JsonProjectFormat.Read"/>), no longer through a decoded
/// string (<c>JsonProjectFormat.ReadText</c>, still the way for UTF-16): for every project file of the test data and the
/// samples, and for the ways real files go wrong — a byte order mark, UTF-16 or UTF-32, a bad byte, a cut-off file, a file of
/// blanks (ideographic spaces included) — both give the same project, the same diagnostics and the same assessment.
/// </summary>
public sealed class JsonProjectFormatTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var roots = new[] { TestPaths.TestData(string.Empty), Path.Combine(TestPaths.RepositoryRoot!, "samples") };
        foreach (var file in roots.SelectMany(root => Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestPaths.RepositoryRoot!, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_project_file_and_its_broken_variants_read_the_same_from_bytes_as_from_text(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot!, file));
        var text = Encoding.UTF8.GetString(bytes);
        var variants = new Dictionary<string, byte[]>
        {
            ["as written"] = bytes,
            ["UTF-8 byte order mark"] = [0xEF, 0xBB, 0xBF, .. bytes],
            ["UTF-16 LE with its mark"] = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            ["UTF-16 BE with its mark"] = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            ["UTF-32 LE with its mark"] = [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
            ["a GB18030 byte in the middle"] = [.. bytes[..(bytes.Length / 2)], 0xC4, .. bytes[(bytes.Length / 2)..]],
            ["cut off in the middle"] = bytes[..(bytes.Length / 2)],
            ["a lone surrogate escaped"] = Encoding.UTF8.GetBytes(text.Replace("\"name\": \"", "\"name\": \"\\ud800", StringComparison.Ordinal)),
        };

        foreach (var (variant, content) in variants)
        {
            Describe(JsonProjectFormat.Instance.Read(new MemoryStream(content))).Should().Be(
                Describe(JsonProjectFormat.ReadText(content)), "{0}, {1}", file, variant);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t")]
    [InlineData("\u3000\u3000")]
    [InlineData("\u00a0")]
    [InlineData("\ufeff")]
    [InlineData("\u3000{}")]
    [InlineData("{\"name\":\"x\",\"indicators\":[]}\u3000")]
    public void Blank_and_nearly_blank_files_read_the_same_from_bytes_as_from_text(string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);

        Describe(JsonProjectFormat.Instance.Read(new MemoryStream(bytes))).Should().Be(Describe(JsonProjectFormat.ReadText(bytes)));
    }

    [Fact]
    public void A_bad_byte_refuses_a_UTF8_file_with_a_byte_order_mark_as_it_does_one_without()
    {
        // The decoder found by the mark used to replace a bad byte with U+FFFD and read on, so the same file was refused
        // without a mark and read, one character wrong, with one.
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot!, "samples", "huzhou-2023-liaison.json"));
        var name = Encoding.UTF8.GetBytes("湖州");
        var at = bytes.AsSpan().IndexOf(name);
        at.Should().BePositive();
        byte[] bad = [0xEF, 0xBB, 0xBF, .. bytes[..at], 0xC4, .. bytes[at..]];

        var read = JsonProjectFormat.Instance.Read(new MemoryStream(bad));

        read.Input.Should().BeNull();
        read.Errors.Select(e => e.Code).Should().Equal("PI6015");
    }

    [Fact]
    public void A_stream_that_cannot_seek_and_a_file_that_grew_are_read_whole()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot!, "samples", "huzhou-2023-liaison.json"));
        var expected = Describe(JsonProjectFormat.ReadText(bytes));

        Describe(JsonProjectFormat.Instance.Read(new ForwardOnly(bytes))).Should().Be(expected);
        Describe(JsonProjectFormat.Instance.Read(new ShortLength(bytes))).Should().Be(expected);
    }

    /// <summary>What a read gives, as text: every diagnostic, and the whole assessment of the project read.</summary>
    private static string Describe(InputReadResult result)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in result.Diagnostics)
        {
            text.Append(diagnostic.Code).Append(' ').Append(diagnostic.Severity).Append(' ').Append(diagnostic.Text).Append('\n');
        }

        if (result.Input is { } input)
        {
            text.Append(ScoringJson.WriteAssessment(new Evaluator().Evaluate(input)));
        }

        return text.ToString();
    }

    /// <summary>A stream that does not know its length, as a pipe or a decompressing stream.</summary>
    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }

    /// <summary>A file measured before it grew: its length says half of what it holds.</summary>
    private sealed class ShortLength(byte[] bytes) : MemoryStream(bytes)
    {
        public override long Length => Capacity / 2;
    }
}
