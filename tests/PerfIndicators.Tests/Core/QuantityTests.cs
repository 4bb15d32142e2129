using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Core;

public class QuantityTests
{
    private static Quantity Target(string text) =>
        ((QuantitativeTarget)IndicatorParser.ParseTarget(text).Value!).Quantity;

    private static Quantity Actual(string text) => IndicatorParser.ParseActual(text).Value!.Quantity!;

    [Fact]
    public void Converts_an_actual_in_people_to_the_scale_of_a_target_in_ten_thousands()
    {
        // scoring-policy.md §4: B = 123000人 against A = ≥10万人 must be comparable.
        Target("≥10万人").ConvertToScaleOf(Actual("123000人")).Should().Be(12.3m);
        Target("≥100000人").ConvertToScaleOf(Actual("12.3万人")).Should().Be(123000m);
    }

    [Fact]
    public void Converts_area_aliases_and_mu()
    {
        Target("10万平米").ConvertToScaleOf(Actual("120000平方米")).Should().Be(12m);
        Target("≥1亩").ConvertToScaleOf(Actual("2000平方米")).Should().BeApproximately(3m, 0.0000001m);
    }

    [Fact]
    public void Refuses_to_compare_units_of_different_dimensions()
    {
        Target("≥90%").ConvertToScaleOf(Actual("5个")).Should().BeNull();
        Target("≥10个").ConvertToScaleOf(Actual("10次")).Should().BeNull();
        Target("≤30天").ConvertToScaleOf(Actual("1个月")).Should().BeNull("a month is not a whole number of days");
    }

    [Fact]
    public void Converts_years_to_months_and_weeks_to_days()
    {
        Target("1年").ConvertToScaleOf(Actual("6个月")).Should().Be(0.5m);
        Target("≤30天").ConvertToScaleOf(Actual("2周")).Should().Be(14m);
    }

    [Fact]
    public void Keeps_the_value_as_written_apart_from_its_multiplier()
    {
        var q = Target("2500万元");
        q.Value.Should().Be(2500m);
        q.Multiplier.Should().Be(10000m);
        q.Unit.Canonical.Should().Be("元");
        q.BaseValue.Should().Be(25_000_000m);
        q.ToString().Should().Be("2500万元");
    }

    [Fact]
    public void Base_value_is_null_instead_of_overflowing()
    {
        var q = Target("9999999999999999999999亿元");
        q.BaseValue.Should().BeNull();
    }
}
