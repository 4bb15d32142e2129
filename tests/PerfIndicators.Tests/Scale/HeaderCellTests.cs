using System.Reflection;
using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Scale;

/// <summary>
/// <c>LabelCell.IsHeader</c> looks header words up in sets instead of comparing the cell with each word in turn; it must say
/// what the comparison said: a header word, or the end of one (three characters or more) cut at its start and ending with 指标.
/// </summary>
public sealed class HeaderCellTests
{
    private static readonly string[] HeaderWords =
        (string[])typeof(LabelCell).GetField("HeaderWords", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>The comparison as it was written before the sets.</summary>
    private static bool ByComparison(string cell)
    {
        if (cell.Length == 0 || cell.Length > 20)
        {
            return false;
        }

        var s = Simplified.Of(cell);
        return HeaderWords.Any(word => s == word || (s.Length >= 3 && word.Length > s.Length && word.EndsWith(s, StringComparison.Ordinal) && s.EndsWith("指标", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_header_word_every_end_of_one_and_their_near_misses_read_as_the_comparison_reads_them()
    {
        var cells = new List<string> { "级指标", "指标", "标", "產出指標", "一級指標", "资金支付率", "≥90%", "指标值 ", "绩效指标分类x" };
        foreach (var word in HeaderWords)
        {
            for (var start = 0; start < word.Length; start++)
            {
                cells.Add(word[start..]);
                cells.Add(word[..(word.Length - start)]);
                cells.Add("x" + word[start..]);
            }
        }

        cells.Should().HaveCountGreaterThan(300);
        foreach (var cell in cells)
        {
            LabelCell.IsHeader(cell).Should().Be(ByComparison(cell), cell);
        }

        LabelCell.IsHeader("级指标").Should().BeTrue("the end of 一级指标 whose first character was cut");
        LabelCell.IsHeader("一級指標").Should().BeTrue("traditional script is simplified first");
        LabelCell.IsHeader("指标").Should().BeFalse("two characters are too few to be a cut header");
    }
}
