using FluentAssertions;
using Xunit;

namespace PerfIndicators.Tests.Core;

public class UnitCatalogTests
{
    [Theory]
    [InlineData("平米", "平方米", "area")]
    [InlineData("平方", "平方米", "area")]
    [InlineData("㎡", "平方米", "area")]
    [InlineData("次(篇)", "次", "count:次")]
    [InlineData("百分比", "%", "percent")]
    [InlineData("人次", "人次", "person-times")]
    [InlineData("个月", "月", "time:month")]
    public void Finds_aliases_with_their_canonical_unit(string text, string canonical, string dimension)
    {
        var unit = UnitCatalog.Find(text) ?? throw new Xunit.Sdk.XunitException($"{text} is not in the catalog");
        unit.Canonical.Should().Be(canonical);
        unit.Dimension.Should().Be(dimension);
        unit.Text.Should().Be(text);
    }

    [Fact]
    public void Matches_the_longest_unit_at_the_start()
    {
        UnitCatalog.MatchPrefix("人次以上").Should().Be((UnitCatalog.Find("人次")!, 2));
        UnitCatalog.MatchPrefix("家次").Should().Be((UnitCatalog.Find("家次")!, 2));
        UnitCatalog.MatchPrefix("万元").Should().BeNull("万 is a multiplier, not part of a unit");
    }

    [Fact]
    public void Unknown_units_keep_their_text_and_compare_only_with_themselves()
    {
        var unit = Unit.Unknown("架次");
        unit.IsKnown.Should().BeFalse();
        unit.IsCompatibleWith(Unit.Unknown("架次")).Should().BeTrue();
        unit.IsCompatibleWith(UnitCatalog.Find("次")!).Should().BeFalse();
    }

    [Fact]
    public void Time_units_are_recognized_for_rates()
    {
        UnitCatalog.IsTimeUnit(UnitCatalog.Find("月")!).Should().BeTrue();
        UnitCatalog.IsTimeUnit(UnitCatalog.Find("次")!).Should().BeFalse();
    }
}
