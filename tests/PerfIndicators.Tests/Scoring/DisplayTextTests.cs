using System.Globalization;
using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>
/// The numbers of explanations and tables: written without the custom format <c>0.####</c> for speed, they must read exactly
/// as it writes them, for the edges and for random values of every scale and sign.
/// </summary>
public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0.00001", "0")]
    [InlineData("0.00005", "0.0001")]
    [InlineData("-0.00005", "-0.0001")]
    [InlineData("12.30", "12.3")]
    [InlineData("100.0000", "100")]
    [InlineData("9.44444", "9.4444")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void A_number_has_at_most_four_decimals_and_no_trailing_zeros(string value, string expected) =>
        DisplayText.Number(decimal.Parse(value, CultureInfo.InvariantCulture)).Should().Be(expected);

    [Fact]
    public void Numbers_and_percents_read_as_the_custom_formats_write_them()
    {
        var random = new Random(20231231);
        for (var i = 0; i < 20_000; i++)
        {
            var value = new decimal(random.Next(), random.Next(0, 1000), 0, random.Next(2) == 0, (byte)random.Next(0, 29));
            DisplayText.Number(value).Should().Be(decimal.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture));
            var fraction = value / 1_000_000m;
            DisplayText.Percent(fraction).Should().Be(decimal.Round(fraction * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + "%");
        }

        DisplayText.Number(-0m).Should().Be("0");
        for (var i = 0; i < 20_000; i++)
        {
            // The fingerprint's digits: every decimal a value has, as 0.############################ writes them.
            var value = new decimal(random.Next(), random.Next(), random.Next(0, 100), random.Next(2) == 0, (byte)random.Next(0, 29));
            DisplayText.Trimmed(value, new char[40]).ToString().Should().Be(value.ToString("0.############################", CultureInfo.InvariantCulture));
        }

        DisplayText.Percent(-0.00001m).Should().Be("0%");
    }
}
