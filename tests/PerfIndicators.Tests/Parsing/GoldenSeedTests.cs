using System.Text;
using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Parsing;

/// <summary>
/// Every 绩效指标 cell of seeds 000, 001 and 004 against a hand-reviewed expected dump. On a mismatch the test
/// writes <c>&lt;seed&gt;.actual</c> beside <c>&lt;seed&gt;.expected</c>: diff them, and accept by renaming once reviewed.
/// </summary>
public sealed class GoldenSeedTests
{
    private static readonly string[] SeedNames = ["000", "001", "004"];

    public static IEnumerable<object[]> Seeds => SeedNames.Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_indicator_cell_of_the_seed_parses_as_reviewed(string seed)
    {
        var folder = Path.Combine(TestPaths.ParsingData, "Golden");
        var expectedPath = Path.Combine(folder, seed + ".expected");
        var actualPath = Path.Combine(folder, seed + ".actual");
        var actual = Render(File.ReadAllLines(Path.Combine(folder, seed + ".cells.txt")));
        var expected = File.ReadAllText(expectedPath);

        if (actual == expected)
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, actual);
        actual.Should().Be(expected, "the parse of {0}.cells.txt differs from the reviewed {0}.expected; diff {1} against it", seed, actualPath);
    }

    [Fact]
    public void Golden_cells_are_the_documents_cells_and_every_one_is_named()
    {
        var counts = SeedNames.ToDictionary(seed => seed, seed => Cells(File.ReadAllLines(
            Path.Combine(TestPaths.ParsingData, "Golden", seed + ".cells.txt"))).ToList());

        counts["000"].Should().HaveCount(3);
        counts["001"].Should().HaveCount(6);
        counts["004"].Should().HaveCount(27);
        counts.Values.SelectMany(c => c).Should().OnlyContain(c => c.Source.StartsWith("# line", StringComparison.Ordinal));
    }

    /// <summary>Each cell with the last <c>#</c> line before it, which names its place in the seed.</summary>
    private static IEnumerable<(string Source, string Cell)> Cells(IEnumerable<string> lines)
    {
        var source = string.Empty;
        foreach (var line in lines)
        {
            if (line.StartsWith('#'))
            {
                source = line;
            }
            else if (line.Trim().Length > 0)
            {
                yield return (source, line);
            }
        }
    }

    private static string Render(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var (source, cell) in Cells(lines))
        {
            text.Append(source).Append('\n').Append("> ").Append(cell).Append('\n');
            foreach (var line in Canonical.CellLines(IndicatorParser.ParseCell(cell)))
            {
                text.Append(line).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
