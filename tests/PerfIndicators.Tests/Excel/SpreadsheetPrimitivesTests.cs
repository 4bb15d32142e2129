using FluentAssertions;
using NodaTime;
using Xunit;

namespace PerfIndicators.Tests.Excel;

public class SpreadsheetPrimitivesTests
{
    [Theory]
    [InlineData("A1", 1, 1)]
    [InlineData("C7", 7, 3)]
    [InlineData("$AA$10", 10, 27)]
    [InlineData("xfd1048576", 1048576, 16384)]
    public void Parses_a1_references(string text, int row, int column)
    {
        CellAddress.TryParse(text, out var address).Should().BeTrue();
        address.Should().Be(new CellAddress(row, column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A0")]
    [InlineData("XFE1")]
    [InlineData("A1048577")]
    [InlineData("1A")]
    [InlineData("自评表")]
    public void Refuses_references_outside_the_grid(string text) => CellAddress.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Column_names_and_numbers_round_trip()
    {
        foreach (var column in new[] { 1, 26, 27, 52, 702, 703, 16384 })
        {
            CellAddress.ColumnNumberOf(CellAddress.ColumnNameOf(column)).Should().Be(column);
        }

        CellAddress.ColumnNameOf(28).Should().Be("AB");
    }

    [Fact]
    public void Ranges_are_put_in_order_and_test_containment()
    {
        var range = CellRange.Parse("C3:A1");
        range.ToString().Should().Be("A1:C3");
        range.Contains(new CellAddress(2, 2)).Should().BeTrue();
        range.Contains(new CellAddress(4, 1)).Should().BeFalse();
    }

    [Theory]
    [InlineData("0%", NumberFormatKind.Percent)]
    [InlineData("0.00%", NumberFormatKind.Percent)]
    [InlineData("General", NumberFormatKind.Number)]
    [InlineData("#,##0.00_);[Red](#,##0.00)", NumberFormatKind.Number)]
    [InlineData("0.00E+00", NumberFormatKind.Number)]
    [InlineData("yyyy\"年\"m\"月\"d\"日\"", NumberFormatKind.Date)]
    [InlineData("yyyy-mm-dd hh:mm", NumberFormatKind.Date)]
    [InlineData("[$-F800]dddd, mmmm dd, yyyy", NumberFormatKind.Date)]
    [InlineData("h:mm:ss", NumberFormatKind.Time)]
    [InlineData("[h]:mm", NumberFormatKind.Time)]
    [InlineData("@", NumberFormatKind.Text)]
    [InlineData("0.0\"万元\"", NumberFormatKind.Number)]
    [InlineData("0\"天\"", NumberFormatKind.Number)]
    public void Classifies_number_formats(string code, NumberFormatKind expected) => NumberFormats.Classify(code).Should().Be(expected);

    [Theory]
    [InlineData("1", 1900, 1, 1)]
    [InlineData("59", 1900, 2, 28)]
    [InlineData("61", 1900, 3, 1)]
    [InlineData("45250", 2023, 11, 20)]
    [InlineData("45291.999999", 2023, 12, 31)]
    [InlineData("2958465", 9999, 12, 31)]
    public void Converts_1900_serials_with_the_leap_year_bug(string serial, int year, int month, int day) =>
        ExcelDates.ToLocalDate(decimal.Parse(serial, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(new LocalDate(year, month, day));

    [Theory]
    [InlineData("0")]
    [InlineData("60")]
    [InlineData("-1")]
    [InlineData("2958466")]
    public void Serials_that_name_no_real_day_give_no_date(string serial) =>
        ExcelDates.ToLocalDate(decimal.Parse(serial, System.Globalization.CultureInfo.InvariantCulture)).Should().BeNull();

    [Fact]
    public void Dates_round_trip_through_serials_in_both_systems()
    {
        var date = new LocalDate(2023, 11, 20);
        ExcelDates.ToSerial(date).Should().Be(45250m);
        ExcelDates.ToLocalDate(ExcelDates.ToSerial(date, true), true).Should().Be(date);
        ExcelDates.ToLocalDateTime(45250.5m).Should().Be(new LocalDateTime(2023, 11, 20, 12, 0));
    }
}
