namespace PerfIndicators.Parsing;

/// <summary>
/// The commonest dates of targets and actuals — <c>2023年</c>, <c>2023年12月</c>, <c>2023年12月20日</c> (月 or 份, 日 or
/// 号), nothing before or after — read without the Sprache grammar, which costs far more per call and, in a short
/// process, the JIT of its generic closures. Any other text is left to <see cref="Grammar.Deadline"/> and
/// <see cref="Grammar.Period"/>; for the texts read here both would give the same date (and no period).
/// </summary>
internal static class PlainDate
{
    /// <summary>Reads <paramref name="s"/> when it is exactly a plain date; otherwise returns <see langword="false"/> and the grammar decides.</summary>
    public static bool TryRead(string s, out PartialDate date)
    {
        date = default;
        if (s.Length < 5 || !Digits(s, 0, 4) || s[4] != '年')
        {
            return false;
        }

        var year = Number(s, 0, 4);
        if (year is < 1900 or > 2199)
        {
            return false;
        }

        if (s.Length == 5)
        {
            date = new PartialDate(year, null, null);
            return true;
        }

        var p = 5;
        if (!TryPart(s, ref p, out var month) || s[p - 1] is not ('月' or '份'))
        {
            return false;
        }

        if (p == s.Length)
        {
            date = new PartialDate(year, month, null);
            return true;
        }

        if (!TryPart(s, ref p, out var day) || s[p - 1] is not ('日' or '号') || p != s.Length)
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>One or two ASCII digits and the marker after them.</summary>
    private static bool TryPart(string s, ref int p, out int value)
    {
        value = 0;
        var digits = 0;
        while (p + digits < s.Length && digits < 3 && char.IsAsciiDigit(s[p + digits]))
        {
            digits++;
        }

        if (digits is 0 or > 2 || p + digits >= s.Length)
        {
            return false;
        }

        value = Number(s, p, digits);
        p += digits + 1;
        return true;
    }

    private static bool Digits(string s, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        return true;
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
