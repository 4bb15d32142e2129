using NodaTime;

namespace PerfIndicators.Formats.Sheets;

/// <summary>Excel serial dates: the number of days since the workbook's epoch, with the fraction as the time of day.</summary>
public static class ExcelDates
{
    private static readonly LocalDate Epoch1900 = new(1899, 12, 31);
    private static readonly LocalDate Epoch1904 = new(1904, 1, 1);
    private static readonly LocalDate Last = new(9999, 12, 31);

    /// <summary>
    /// Converts a serial number to a date and time, or returns <see langword="null"/> when Excel would show no real date:
    /// a negative serial, serial 0 (Excel's "1900-01-00"), serial 60 in the 1900 system (the 1900-02-29 that Excel
    /// invents to match Lotus 1-2-3), or a day after 9999-12-31.
    /// </summary>
    /// <remarks>
    /// In the 1900 system serial 1 is 1900-01-01; because of the invented leap day, serials from 61 on are one more
    /// than the true day count, so 61 is 1900-03-01 and 45250 is 2023-11-20. In the 1904 system serial 0 is 1904-01-01.
    /// The time is rounded to the nearest millisecond, as Excel does when it shows times.
    /// </remarks>
    /// <param name="serial">The serial number.</param>
    /// <param name="uses1904DateSystem">Whether the workbook uses the 1904 date system (<see cref="Workbook.Uses1904DateSystem"/>).</param>
    public static LocalDateTime? ToLocalDateTime(decimal serial, bool uses1904DateSystem = false)
    {
        // 9999-12-31 is serial 2958465 in the 1900 system and 2957003 in the 1904 system.
        var lastSerial = uses1904DateSystem ? 2_957_003 : 2_958_465;
        if (serial < 0 || serial >= lastSerial + 1)
        {
            return null;
        }

        var days = (int)decimal.Floor(serial);
        var milliseconds = (long)decimal.Round((serial - days) * 86_400_000m, MidpointRounding.AwayFromZero);
        if (milliseconds >= 86_400_000)
        {
            days++;
            milliseconds = 0;
            if (days > lastSerial)
            {
                return null;
            }
        }

        LocalDate date;
        if (uses1904DateSystem)
        {
            date = Epoch1904.PlusDays(days);
        }
        else
        {
            if (days is 0 or 60)
            {
                return null;
            }

            date = Epoch1900.PlusDays(days < 60 ? days : days - 1);
        }

        return date.AtMidnight().PlusMilliseconds(milliseconds);
    }

    /// <summary>Converts a serial number to a date, dropping the time of day; see <see cref="ToLocalDateTime"/> for when it is <see langword="null"/>.</summary>
    /// <param name="serial">The serial number.</param>
    /// <param name="uses1904DateSystem">Whether the workbook uses the 1904 date system.</param>
    public static LocalDate? ToLocalDate(decimal serial, bool uses1904DateSystem = false) =>
        ToLocalDateTime(serial, uses1904DateSystem)?.Date;

    /// <summary>Converts a date to its serial number in the 1900 (default) or 1904 date system.</summary>
    /// <param name="date">The date, from 1900-03-01 (1900 system) or 1904-01-01 (1904 system) to 9999-12-31.</param>
    /// <param name="uses1904DateSystem">Whether to use the 1904 date system.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the date is before the first date the system can hold without the 1900 leap-year quirk, or after 9999-12-31.</exception>
    public static decimal ToSerial(LocalDate date, bool uses1904DateSystem = false)
    {
        var first = uses1904DateSystem ? Epoch1904 : new LocalDate(1900, 3, 1);
        if (date < first || date > Last)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Dates from {first:uuuu-MM-dd} to 9999-12-31 have a serial number.");
        }

        return uses1904DateSystem
            ? Period.Between(Epoch1904, date, PeriodUnits.Days).Days
            : Period.Between(Epoch1900, date, PeriodUnits.Days).Days + 1;
    }
}
