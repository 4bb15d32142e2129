using NodaTime;

namespace PerfIndicators.Parsing;

/// <summary>
/// Dates written with digits and separators, as spreadsheets and forms print them: <c>2023/12/20</c>, <c>2023-12-20</c>,
/// <c>2023.12.20</c>, <c>2023.07</c>, with a deadline word after them (<c>2023/12/20前</c>), and periods of two such dates
/// (<c>2022.3.1-2022.11.30</c>, <c>2022.1.1-6.30</c> with the year written once, <c>2023.07-2024.01</c>, <c>…至…</c>, <c>…～…</c>);
/// and Excel date serials (<c>44561</c>, <c>44,561</c> = 2021-12-31) where the indicator expects a date.
/// </summary>
/// <remarks>A hand-written reader like <see cref="PlainDate"/>: no grammar, no allocation. A year is 1900–2199; months and days are
/// checked by the caller (<see cref="TargetParser.IsValid(PartialDate)"/>), so <c>2023/13/01</c> is an invalid date, not a number.</remarks>
internal static class NumericDate
{
    /// <summary>The first serial read as a date (2000-01-01) and the last (2099-12-31): other numbers are counts.</summary>
    private const int FirstSerial = 36526;

    private const int LastSerial = 73050;

    /// <summary>Reads a whole deadline: a numeric date and an optional deadline word (前, 之前, 底前, 前完成 …).</summary>
    public static bool TryReadDeadline(string s, out PartialDate date)
    {
        date = default;
        if (!TryReadDate(s, 0, yearFrom: null, out var first, out var end) || first.Year is null)
        {
            return false;
        }

        if (!IsDeadlineSuffix(s.AsSpan(end)))
        {
            return false;
        }

        date = first;
        return true;
    }

    /// <summary>Reads a whole period: two numeric dates joined by - ~ 至 到 (the second may leave out the year), and an optional suffix.</summary>
    public static bool TryReadPeriod(string s, out PartialDate start, out PartialDate end)
    {
        start = default;
        end = default;
        if (!TryReadDate(s, 0, yearFrom: null, out var first, out var p) || first.Year is null)
        {
            return false;
        }

        var separator = SeparatorLength(s, p);
        if (separator == 0 || !TryReadDate(s, p + separator, first.Year, out var second, out var q))
        {
            return false;
        }

        // 2023.07-2024.01 and 2022.3.1-2022.11.30 give both dates alike; 2022.1.1-6.30 takes the first year.
        if ((first.Day is null) != (second.Day is null) || !IsDeadlineSuffix(s.AsSpan(q)))
        {
            return false;
        }

        start = first;
        end = second;
        return true;
    }

    /// <summary>Whether <paramref name="s"/> starts like a numeric date (four digits and / - or .), so the readers are worth trying.</summary>
    public static bool LooksLikeNumericDate(string s) =>
        s.Length >= 6 && Lexicon.IsDigit(s[0]) && Lexicon.IsDigit(s[1]) && Lexicon.IsDigit(s[2]) && Lexicon.IsDigit(s[3]) && s[4] is '/' or '-' or '.';

    /// <summary>Reads an Excel date serial (<c>44561</c>, <c>44,561</c>) between 2000 and 2099, the whole of <paramref name="s"/>.</summary>
    public static bool TryReadSerial(ReadOnlySpan<char> s, out LocalDate date)
    {
        date = default;
        var value = 0;
        var digits = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == ',' && digits == 2 && s.Length - i - 1 == 3)
            {
                continue;
            }

            if (!Lexicon.IsDigit(s[i]) || digits >= 5)
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
            digits++;
        }

        if (digits != 5 || value is < FirstSerial or > LastSerial)
        {
            return false;
        }

        date = new LocalDate(1899, 12, 30).PlusDays(value);
        return true;
    }

    /// <summary>
    /// Reads <c>Y sep M [sep D]</c> at <paramref name="start"/>, or, with <paramref name="yearFrom"/>, also <c>M sep D</c> (the second
    /// date of <c>2022.1.1-6.30</c>). The separators must be one character, the same within the date.
    /// </summary>
    private static bool TryReadDate(string s, int start, int? yearFrom, out PartialDate date, out int end)
    {
        date = default;
        end = start;
        var p = start;
        if (Digits(s, p) == 4 && p + 4 < s.Length && s[p + 4] is '/' or '-' or '.')
        {
            var year = Number(s, p, 4);
            if (year is < 1900 or > 2199)
            {
                return false;
            }

            var separator = s[p + 4];
            p += 5;
            var monthDigits = Digits(s, p);
            if (monthDigits is 0 or > 2)
            {
                return false;
            }

            var month = Number(s, p, monthDigits);
            p += monthDigits;
            int? day = null;
            if (p + 1 < s.Length && s[p] == separator && Digits(s, p + 1) is 1 or 2)
            {
                var dayDigits = Digits(s, p + 1);
                day = Number(s, p + 1, dayDigits);
                p += 1 + dayDigits;
            }
            else if (separator == '.' && monthDigits == 1 && day is null && yearFrom is null && !IsRangeAhead(s, p))
            {
                // 2023.5 alone is more likely a number than May 2023; 2023.05 and 2023.5-2023.9 are dates.
                return false;
            }

            date = new PartialDate(year, month, day);
            end = p;
            return true;
        }

        if (yearFrom is int y)
        {
            var monthDigits = Digits(s, p);
            if (monthDigits is 0 or > 2 || p + monthDigits + 1 >= s.Length || s[p + monthDigits] is not ('/' or '-' or '.'))
            {
                return false;
            }

            var month = Number(s, p, monthDigits);
            p += monthDigits + 1;
            var dayDigits = Digits(s, p);
            if (dayDigits is 0 or > 2)
            {
                return false;
            }

            date = new PartialDate(y, month, Number(s, p, dayDigits));
            end = p + dayDigits;
            return true;
        }

        return false;
    }

    private static bool IsRangeAhead(string s, int p) => SeparatorLength(s, p) > 0;

    private static int SeparatorLength(string s, int p)
    {
        if (p >= s.Length)
        {
            return 0;
        }

        if (s.AsSpan(p).StartsWith("--", StringComparison.Ordinal))
        {
            return 2;
        }

        return s[p] is '-' or '~' or '至' or '到' ? 1 : 0;
    }

    /// <summary>Whether the rest is empty or a deadline word: 前, 之前, 以前, 底, 底前, 止, 前完成, 完成, 到位 ….</summary>
    internal static bool IsDeadlineSuffix(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return true;
        }

        foreach (var word in (ReadOnlySpan<string>)["底前", "底", "末", "之前", "以前", "前", "止", "内"])
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                rest = rest[word.Length..];
                break;
            }
        }

        return rest.IsEmpty || IsActionWord(rest);
    }

    /// <summary>Words of the thing done by the deadline (完成, 到位, 发放 …), which add nothing to the date.</summary>
    internal static bool IsActionWord(ReadOnlySpan<char> rest)
    {
        foreach (var word in (ReadOnlySpan<string>)["全部完成", "完成", "到位", "落实", "发放", "拨付", "支付", "开工", "完工", "竣工", "验收", "上线", "启动", "结束", "交付", "投入使用", "实施"])
        {
            if (rest.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static int Digits(string s, int p)
    {
        var n = 0;
        while (p + n < s.Length && Lexicon.IsDigit(s[p + n]))
        {
            n++;
        }

        return n;
    }

    private static int Number(string s, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value * 10) + (s[i] - '0');
        }

        return value;
    }
}
