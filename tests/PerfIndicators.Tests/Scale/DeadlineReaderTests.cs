using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Scale;

/// <summary>
/// The hand reader of deadlines (<c>Grammar.TryReadDeadline</c>) reads every text as the Sprache deadline grammar does: the
/// same date where the grammar reads one, nothing where it does not.
/// </summary>
public sealed class DeadlineReaderTests
{
    [Theory]
    // Deadlines as the seeds and the corpus write them (seed 001 湖州市人民政府办公室: 2023年11月30日前完成, 12月底前; seed 000:
    // 2022年12月31日前), and the other words of the grammar.
    [InlineData("2023年11月30日前完成", 2023, 11, 30)]
    [InlineData("2023年12月31日前", 2023, 12, 31)]
    [InlineData("12月底前", null, 12, null)]
    [InlineData("截至2023年12月底", 2023, 12, null)]
    [InlineData("于2023年6月前到位", 2023, 6, null)]
    [InlineData("2023年年底前全部完成", 2023, null, null)]
    [InlineData("9月前发放", null, 9, null)]
    [InlineData("2024年3月中旬以前投入使用", 2024, 3, null)]
    [InlineData("在10月5号之前验收", null, 10, 5)]
    public void Reads_deadlines_as_the_grammar_does(string text, int? year, int? month, int? day)
    {
        Grammar.TryReadDeadline(text, out var read).Should().BeTrue();
        read.Should().Be(new PartialDate(year, month, day));
        Grammar.TryParseDeadlineWithGrammar(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(read);
    }

    [Theory]
    [InlineData("1800年前")]
    [InlineData("2023年123月前")]
    [InlineData("2023年12月前后")]
    [InlineData("前2023年")]
    [InlineData("12月")]
    [InlineData("于2023年6月份前到位")]
    public void Leaves_or_refuses_what_the_grammar_does(string text)
    {
        var read = Grammar.TryReadDeadline(text, out var byHand);
        var parsed = Grammar.TryParseDeadlineWithGrammar(text, out var byGrammar);
        read.Should().Be(parsed);
        byHand.Should().Be(byGrammar);
    }

    [Fact]
    public void Agrees_with_the_grammar_on_random_deadline_like_text()
    {
        string[] fragments =
        [
            "2023", "1899", "2199", "2200", "202", "年", "1", "12", "123", "0", "30", "月", "份", "日", "号", "截至", "截止", "于", "在", "年底", "年末",
            "底", "末", "中旬", "上旬", "下旬", "之前", "以前", "前", "止", "全部完成", "前完成", "内完成", "完成", "前到位", "到位", "发放", "投入使用",
            "实施", "-", "至", "后", "x",
        ];
        var random = new Random(20231130);
        var claimed = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var parts = new string[random.Next(1, 8)];
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = fragments[random.Next(fragments.Length)];
            }

            if (n % 2 == 0)
            {
                // Half the texts in the grammar's own order (prefix, year, month, day, words), each part there or not.
                string[] Pick(params string[] choices) => [choices[random.Next(choices.Length)]];
                parts = [.. Pick("", "", "于", "截至", "在"), .. Pick("", "2023年", "2023年", "1899年", "2200年"), .. Pick("", "12月", "6份", "123月", "1月"),
                    .. Pick("", "", "30日", "5号", "1"), .. Pick("", "底", "年底", "中旬"), .. Pick("", "前", "之前", "止"), .. Pick("", "完成", "前完成", "到位", "后")];
            }

            var text = string.Concat(parts);
            var read = Grammar.TryReadDeadline(text, out var byHand);
            var parsed = Grammar.TryParseDeadlineWithGrammar(text, out var byGrammar);

            read.Should().Be(parsed, text);
            if (read)
            {
                claimed++;
                byHand.Should().Be(byGrammar, text);
            }
        }

        claimed.Should().BeGreaterThan(1_000, "the random texts must reach the reader's successes, not only its failures");
    }
}
