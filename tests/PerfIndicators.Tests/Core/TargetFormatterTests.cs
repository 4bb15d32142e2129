using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Core;

public class TargetFormatterTests
{
    [Theory]
    [InlineData("≥90%", "≥90%")]
    [InlineData("不少于10个", "≥10个")]
    [InlineData("低于10%", "<10%")]
    [InlineData("≥1.4万人", "≥1.4万人")]
    [InlineData("5万平方", "5万平方")]
    [InlineData("1次/月", "1次/月")]
    [InlineData("80-90%", "80%-90%")]
    [InlineData("±10%", "±10%")]
    [InlineData("12月底前", "12月前")]
    [InlineData("2023年", "2023年")]
    [InlineData("2020年1月--2020年11月", "2020年1月至2020年11月")]
    [InlineData("满意度指标低于90%不得分，大于等于90%得满分", "<90%不得分,≥90%得满分")]
    [InlineData("90%以上得10分，每降5%扣1分，扣完为止", "≥90%得10分,每降5%扣1分,扣完为止")]
    public void Formats_canonical_text_that_parses_back_to_the_same_target(string written, string canonical)
    {
        var target = IndicatorParser.ParseTarget(written).Value!;
        var formatted = TargetFormatter.Format(target);

        formatted.Should().Be(canonical);
        var reparsed = IndicatorParser.ParseTarget(formatted).Value!;
        reparsed.Kind.Should().Be(target.Kind);
        TargetFormatter.Format(reparsed).Should().Be(canonical);
    }

    [Fact]
    public void A_number_of_months_is_never_formatted_as_a_month_of_the_year()
    {
        // Found by fuzzing: "3月" reads back as March, so a duration of three months must format as 3个月.
        var target = new QuantitativeTarget("3个月", Comparator.LessOrEqual, Quantity.Of(3m, UnitCatalog.Find("月")!), Direction.LowerIsBetter);
        TargetFormatter.Format(target).Should().Be("≤3个月");
        IndicatorParser.ParseTarget("≤3个月").Value.Should().BeOfType<QuantitativeTarget>();
    }

    [Fact]
    public void A_four_digit_year_in_a_sentence_is_a_deadline_not_a_duration()
    {
        // Found by fuzzing: 完成年度目标定性2023年 given whole to ParseTarget read 2023年 as 2023 years.
        IndicatorParser.ParseTarget("完成年度目标于2023年").Value.Should().BeOfType<DeadlineTarget>()
            .Which.Deadline.Year.Should().Be(2023);
        IndicatorParser.ParseTarget("1年").Value.Should().BeOfType<QuantitativeTarget>();
    }
}
