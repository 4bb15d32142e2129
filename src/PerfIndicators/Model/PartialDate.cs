using System.Globalization;
using NodaTime;

namespace PerfIndicators;

/// <summary>
/// A date as precise as the document wrote it: a year (<c>2023年</c>), a year and month (<c>2025年10月</c>),
/// a month of the fiscal year (<c>12月</c>), or a full date (<c>2023年11月30日</c>).
/// </summary>
/// <remarks>
/// Documents often leave out the year, meaning the budget's fiscal year; <see cref="LastDay(int?)"/> and
/// <see cref="FirstDay(int?)"/> take that year as a parameter. The default value has no parts and resolves to nothing.
/// </remarks>
/// <param name="Year">The year, or <see langword="null"/> when not written.</param>
/// <param name="Month">The month 1–12, or <see langword="null"/>.</param>
/// <param name="Day">The day of the month, or <see langword="null"/>.</param>
public readonly record struct PartialDate(int? Year, int? Month, int? Day)
{
    /// <summary>The full date, when year, month and day are all written.</summary>
    public LocalDate? Date => Year is int y && Month is int m && Day is int d ? new LocalDate(y, m, d) : null;

    /// <summary>The year and month, when both are written and no day is.</summary>
    public YearMonth? YearMonth => Year is int y && Month is int m && Day is null ? new YearMonth(y, m) : null;

    /// <summary>The first day this date covers, taking <paramref name="fiscalYear"/> when no year is written.</summary>
    /// <param name="fiscalYear">The budget's fiscal year, if known.</param>
    /// <returns>The first day, or <see langword="null"/> when no year is known.</returns>
    public LocalDate? FirstDay(int? fiscalYear = null)
    {
        var year = Year ?? fiscalYear;
        if (year is not int y)
        {
            return null;
        }

        return new LocalDate(y, Month ?? 1, Day ?? 1);
    }

    /// <summary>The last day this date covers (<c>12月底</c> → 31 December), taking <paramref name="fiscalYear"/> when no year is written.</summary>
    /// <param name="fiscalYear">The budget's fiscal year, if known.</param>
    /// <returns>The last day, or <see langword="null"/> when no year is known.</returns>
    public LocalDate? LastDay(int? fiscalYear = null)
    {
        var year = Year ?? fiscalYear;
        if (year is not int y)
        {
            return null;
        }

        if (Month is not int m)
        {
            return new LocalDate(y, 12, 31);
        }

        return Day is int d ? new LocalDate(y, m, d) : new YearMonth(y, m).OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(y, m));
    }

    /// <summary>
    /// ISO 8601 text as precise as written: <c>2023-11-30</c>, <c>2025-10</c>, <c>2023</c>, <c>--12</c> (month without
    /// year), <c>--12-31</c>.
    /// </summary>
    public string ToIsoString()
    {
        var inv = CultureInfo.InvariantCulture;
        var year = Year is int y ? y.ToString("D4", inv) : "-";
        if (Month is not int m)
        {
            return Year is null ? string.Empty : year;
        }

        var text = year + "-" + m.ToString("D2", inv);
        return Day is int d ? text + "-" + d.ToString("D2", inv) : text;
    }

    /// <summary>Formats the date as written in Chinese: <c>2023年11月30日</c>, <c>12月</c>.</summary>
    public override string ToString() =>
        (Year is int y ? y.ToString(CultureInfo.InvariantCulture) + "年" : string.Empty)
        + (Month is int m ? m.ToString(CultureInfo.InvariantCulture) + "月" : string.Empty)
        + (Day is int d ? d.ToString(CultureInfo.InvariantCulture) + "日" : string.Empty);
}
