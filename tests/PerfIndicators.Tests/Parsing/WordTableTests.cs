using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Parsing;

/// <summary>
/// The word lists the parser matches at every position: grouped by first character and looked up by ending for speed,
/// they must answer exactly as a scan of every word in order would.
/// </summary>
public sealed class WordTableTests
{
    [Theory]
    [InlineData("不少于90%", "不少于", Comparator.GreaterOrEqual)]
    [InlineData("不超过10人", "不超过", Comparator.LessOrEqual)]
    [InlineData("不超10人", "不超", Comparator.LessOrEqual)]
    [InlineData("达到或超过95%", "达到或超过", Comparator.GreaterOrEqual)]
    [InlineData("达到95%", "达到", Comparator.GreaterOrEqual)]
    [InlineData("达95%", "达", Comparator.GreaterOrEqual)]
    public void A_comparator_word_is_the_longest_form_at_the_start(string text, string word, Comparator comparator)
    {
        Lexicon.PreWords.TryMatchWord(text, out var found, out var matched).Should().BeTrue();
        matched.Should().Be(word);
        found.Should().Be(comparator);
        Lexicon.PreWords.TryMatch(text, out _, out var length).Should().BeTrue();
        length.Should().Be(word.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("资金支付率")]
    [InlineData("不")]
    [InlineData("90%以上")]
    public void Text_that_starts_no_word_matches_nothing(string text)
    {
        Lexicon.PreWords.TryMatch(text, out var comparator, out var length).Should().BeFalse();
        comparator.Should().Be(Comparator.None);
        length.Should().Be(0);
    }

    [Fact]
    public void Every_table_answers_as_a_scan_of_its_words_in_order()
    {
        var texts = new[] { "≥=90", "≥90", ">=5", "=<3", "==1", "及以上", "以上", "以内", "千万元", "万元", "亿", "二90%", "W5", "大于或等于", "大于5", "x" };
        foreach (var text in texts)
        {
            Check(Lexicon.PreWords, text);
            Check(Lexicon.Symbols, text);
            Check(Lexicon.PostWords, text);
            Check(Lexicon.Multipliers, text);
            Check(Lexicon.OcrSymbols, text);
        }

        static void Check<T>(WordTable<T> table, string text)
        {
            string? expected = null;
            foreach (var (word, _) in table.Entries)
            {
                if (text.StartsWith(word, StringComparison.Ordinal))
                {
                    expected = word;
                    break;
                }
            }

            table.TryMatchWord(text, out _, out var matched).Should().Be(expected is not null, text);
            matched.Should().Be(expected ?? string.Empty, text);
        }
    }

    [Theory]
    [InlineData("参展商投诉率", true)]
    [InlineData("结转结余率", true)]
    [InlineData("项目成本", true)]
    [InlineData("率", false)]
    [InlineData("资金支付率", false)]
    [InlineData("", false)]
    public void An_ending_is_found_by_its_length(string text, bool expected)
    {
        var set = new WordSet("投诉率", "结转结余率", "结余率", "成本");
        set.EndsWithOne(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("培训经费到位率", true)]
    [InlineData("经", false)]
    [InlineData("资金支付率", true)]
    [InlineData("满意度", false)]
    [InlineData("", false)]
    public void A_word_is_found_anywhere_inside(string text, bool expected)
    {
        var set = new WordSet("经费", "资金", "款");
        set.ContainedIn(text).Should().Be(expected);
        set.WordAtStart(text).Should().Be(text.StartsWith("资金", StringComparison.Ordinal) ? "资金" : null);
    }
}
