using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Parsing;

/// <summary>
/// Labels as the self-evaluations of ../shared/corpus/selfeval-rows.jsonl print them (level1/level2), e.g. chizhou-tangxi-2022
/// 产出指标(50分), the traditional-script mirrors 產出指標/產出目標/數量目標/進度指標, a merged cell cut to (30分).
/// </summary>
public sealed class PrintedLabelTests
{
    [Theory]
    [InlineData("产出指标(50分)", IndicatorCategory.Output, null, "50")]
    [InlineData("产出指标（50）", IndicatorCategory.Output, null, "50")]
    [InlineData("产出指标 40 分", IndicatorCategory.Output, null, "40")]
    [InlineData("效益指标(30分)", IndicatorCategory.Benefit, null, "30")]
    [InlineData("满意度指标(10分)", IndicatorCategory.Satisfaction, null, "10")]
    [InlineData("產出指標", IndicatorCategory.Output, null, null)]
    [InlineData("產出目標", IndicatorCategory.Output, null, null)]
    [InlineData("效益指標", IndicatorCategory.Benefit, null, null)]
    [InlineData("效果指标", IndicatorCategory.Benefit, null, null)]
    [InlineData("项目完成指标", IndicatorCategory.Output, null, null)]
    [InlineData("效益指标(inferred)", IndicatorCategory.Benefit, null, null)]
    [InlineData("成本指标", IndicatorCategory.Cost, null, null)]
    [InlineData("数量指标 15 分", IndicatorCategory.Output, IndicatorSubcategory.Quantity, "15")]
    [InlineData("數量目標", IndicatorCategory.Output, IndicatorSubcategory.Quantity, null)]
    [InlineData("質量指標", IndicatorCategory.Output, IndicatorSubcategory.Quality, null)]
    [InlineData("進度指標", IndicatorCategory.Output, IndicatorSubcategory.Timeliness, null)]
    [InlineData("服务对象满意度", IndicatorCategory.Satisfaction, IndicatorSubcategory.BeneficiarySatisfaction, null)]
    [InlineData("服务对象满意度指标等", IndicatorCategory.Satisfaction, IndicatorSubcategory.BeneficiarySatisfaction, null)]
    [InlineData("服務對象滿意度指標", IndicatorCategory.Satisfaction, IndicatorSubcategory.BeneficiarySatisfaction, null)]
    [InlineData("经济成本指标", IndicatorCategory.Cost, IndicatorSubcategory.EconomicCost, null)]
    [InlineData("★社会效益指标", IndicatorCategory.Benefit, IndicatorSubcategory.SocialBenefit, null)]
    public void Reads_a_label_as_printed(string printed, IndicatorCategory? category, IndicatorSubcategory? subcategory, string? points)
    {
        var label = PrintedLabel.Read(printed);

        label.IsRecognized.Should().BeTrue();
        label.Category.Should().Be(category);
        label.Subcategory.Should().Be(subcategory);
        label.Points.Should().Be(points is null ? null : decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture));
        label.Text.Should().Be(printed);
    }

    [Theory]
    [InlineData("(30分)", "30")]
    [InlineData("（50分）", "50")]
    public void A_label_cut_to_its_points_keeps_the_points_and_names_nothing(string printed, string points)
    {
        var label = PrintedLabel.Read(printed);

        label.IsRecognized.Should().BeFalse();
        label.IsOnlyPoints.Should().BeTrue();
        label.Category.Should().BeNull();
        label.Points.Should().Be(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("其他")]
    [InlineData("过程管理指标")]
    [InlineData("资金到位率")]
    public void An_unknown_label_is_not_recognized(string printed)
    {
        var label = PrintedLabel.Read(printed);

        label.IsRecognized.Should().BeFalse();
        label.Category.Should().BeNull();
        label.Points.Should().BeNull();
    }
}
