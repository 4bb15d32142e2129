using System.IO.Compression;
using FluentAssertions;
using Xunit;

namespace PerfIndicators.Tests.Excel;

/// <summary>Randomly damaged workbooks never make the reader throw (a small, fixed-seed fuzz run that stays in CI).</summary>
public class MutatedWorkbookTests
{
    /// <summary>The written template re-packed without compression, so that byte flips land in the XML itself.</summary>
    private static readonly Lazy<byte[]> Stored = new(() =>
    {
        using var source = new ZipArchive(new MemoryStream(WorkbookWriterTests.Template().ToArray()));
        using var memory = new MemoryStream();
        using (var target = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.NoCompression).Open();
                from.CopyTo(to);
            }
        }

        return memory.ToArray();
    });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Flipped_bytes_give_diagnostics_never_exceptions(int seed)
    {
        var random = new Random(seed);
        var original = Stored.Value;
        for (var run = 0; run < 150; run++)
        {
            var bytes = (byte[])original.Clone();
            var flips = random.Next(1, 8);
            for (var i = 0; i < flips; i++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var read = () => WorkbookReader.Read(new MemoryStream(bytes));
            read.Should().NotThrow($"seed {seed}, run {run}");
        }
    }

    [Fact]
    public void Truncated_workbooks_give_diagnostics_never_exceptions()
    {
        var original = WorkbookWriterTests.Template().ToArray();
        for (var length = 0; length < original.Length; length += 97)
        {
            var result = WorkbookReader.Read(new MemoryStream(original[..length]));
            result.HasErrors.Should().BeTrue($"a workbook cut to {length} bytes is damaged");
        }
    }
}
