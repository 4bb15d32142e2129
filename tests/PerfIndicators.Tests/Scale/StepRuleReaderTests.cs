using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Scale;

/// <summary>
/// The hand reader of step rules (<c>Grammar.TryReadSteps</c>) reads every text as the Sprache step grammar does: the same
/// rule where the grammar reads one, nothing where it does not.
/// </summary>
public sealed class StepRuleReaderTests
{
    [Theory]
    // The target texts of the seed rows with a rule (seed 004, 广州市协作办公室: 采购工作完成率, 服务对象满意率, 办公人员满意度), as the
    // parser passes them on, and variants with the other awards, several steps, an otherwise and trailing separators.
    [InlineData("采购率大于80%即达标")]
    [InlineData("采购率大于50%即达标")]
    [InlineData("满意度指标低于90%不得分,大于等于90%得满分")]
    [InlineData("低于90%不得分,大于等于95%得满分,否则得3分")]
    [InlineData("≥95%得满分;≥90%得4.5分;否则不得分。")]
    [InlineData("完成率达到100%为达标,其余不计分")]
    [InlineData("满意度≥90%即为达标、低于80%得0分")]
    public void Reads_the_seed_rules_as_the_grammar_does(string text)
    {
        Grammar.TryReadSteps(text, out var read).Should().BeTrue();
        Grammar.TryParseStepsWithGrammar(text, out var parsed).Should().BeTrue();
        read.Should().Be(parsed);
        Grammar.TryParseRule(text, out var rule).Should().BeTrue();
        rule.Should().Be(parsed);
    }

    [Theory]
    [InlineData("大于80%")]
    [InlineData("得满分")]
    [InlineData("低于90%不得分,大于等于90%")]
    [InlineData("≥90%得99999999999999999999999999999分")]
    [InlineData("≥90%得.5分")]
    [InlineData("≥90%得5,否则")]
    [InlineData("≥90%得满分,按比例得分")]
    [InlineData("低于90%不得分,90%-95%得3分,大于等于95%得满分")]
    public void Leaves_what_the_grammar_does_not_read(string text)
    {
        Grammar.TryReadSteps(text, out _).Should().BeFalse();
        Grammar.TryParseStepsWithGrammar(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Agrees_with_the_grammar_on_random_rule_like_text()
    {
        string[] fragments =
        [
            "满意度", "采购率", "完成率", "指标", "低于", "大于等于", "不低于", "达到", "≥", "<", "≤", "=", "90", "80.5", "1.", "100",
            "0", "99999999999999999999999999999", "%", "分", "人", "万元", "次/年", "得满分", "满分", "不得分", "不计分", "得0分", "即为达标",
            "即达标", "为达标", "达标", "得5分", "得0.5分", "得分", "得.5分", "得5", "扣1分", ",", ";", "。", "、", ",,", "否则", "其余",
            "其他", "其它", "以上", "以下", "-", "至", "按比例",
        ];
        var random = new Random(20231231);
        var claimed = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var parts = new string[random.Next(2, 12)];
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = fragments[random.Next(fragments.Length)];
            }

            var text = string.Concat(parts);
            var read = Grammar.TryReadSteps(text, out var byHand);
            var parsed = Grammar.TryParseStepsWithGrammar(text, out var byGrammar);

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
