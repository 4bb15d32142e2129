using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Scale;

/// <summary>The plain-date fast path reads only what the Sprache grammar reads the same way, and nothing it reads as a period.</summary>
public sealed class PlainDateTests
{
    [Theory]
    [InlineData("2023年", 2023, null, null)]
    [InlineData("2023年12月", 2023, 12, null)]
    [InlineData("2023年1份", 2023, 1, null)]
    [InlineData("2023年12月20日", 2023, 12, 20)]
    [InlineData("2024年01月05号", 2024, 1, 5)]
    [InlineData("2023年13月40日", 2023, 13, 40)]
    public void Reads_plain_dates_as_the_grammar_does(string text, int year, int? month, int? day)
    {
        PlainDate.TryRead(text, out var date).Should().BeTrue();
        date.Should().Be(new PartialDate(year, month, day));
        Grammar.TryParse(Grammar.Deadline, text, out var deadline).Should().BeTrue();
        deadline.Should().Be(date);
    }

    [Theory]
    [InlineData("12月底前")]
    [InlineData("2023年11月30日前完成")]
    [InlineData("2022年1月1日至2022年12月31日")]
    [InlineData("1800年")]
    [InlineData("2023年123月")]
    [InlineData("2023年1月2")]
    [InlineData("２０２３年")]
    [InlineData("于2023年")]
    public void Leaves_everything_else_to_the_grammar(string text) => PlainDate.TryRead(text, out _).Should().BeFalse();

    [Fact]
    public void Agrees_with_the_grammar_on_random_date_like_text()
    {
        var random = new Random(20231231);
        const string alphabet = "0123456789012345678912年月份日号底前至-";
        var claimed = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var chars = new char[random.Next(5, 14)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            if (random.Next(2) == 0)
            {
                "20".CopyTo(0, chars, 0, 2);
                chars[4] = '年';
            }

            var text = new string(chars);
            if (!PlainDate.TryRead(text, out var date))
            {
                continue;
            }

            claimed++;
            Grammar.TryParse(Grammar.Deadline, text, out var deadline).Should().BeTrue(text);
            deadline.Should().Be(date, text);
            Grammar.TryParse(Grammar.Period, text, out _).Should().BeFalse(text);
        }

        claimed.Should().BeGreaterThan(100);
    }
}
