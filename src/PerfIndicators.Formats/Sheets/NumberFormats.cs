namespace PerfIndicators.Formats.Sheets;

/// <summary>What a number format makes of a number, which is what a person sees in the cell.</summary>
public enum NumberFormatKind
{
    /// <summary>General or any plain number format (<c>0.00</c>, <c>#,##0</c>).</summary>
    Number = 0,

    /// <summary>A percent format (<c>0%</c>, <c>0.00%</c>): 0.95 shows as 95%.</summary>
    Percent,

    /// <summary>A date format, possibly with a time (<c>yyyy-mm-dd</c>, <c>yyyy"年"m"月"d"日"</c>, built-in 14).</summary>
    Date,

    /// <summary>A time-only format (<c>h:mm</c>).</summary>
    Time,

    /// <summary>The text format <c>@</c>: whatever is typed stays text.</summary>
    Text,
}

/// <summary>Excel's built-in number formats and a classifier for format codes.</summary>
public static class NumberFormats
{
    /// <summary>
    /// Returns the format code of a built-in number format id, as Excel on Chinese Windows shows it (ids 27–36 and
    /// 50–58 are the Chinese date formats), or <see langword="null"/> for an id that is not built in.
    /// </summary>
    /// <param name="id">The <c>numFmtId</c>.</param>
    public static string? BuiltIn(int id) => id switch
    {
        0 => "General",
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        5 => "\"¥\"#,##0;\"¥\"-#,##0",
        6 => "\"¥\"#,##0;[Red]\"¥\"-#,##0",
        7 => "\"¥\"#,##0.00;\"¥\"-#,##0.00",
        8 => "\"¥\"#,##0.00;[Red]\"¥\"-#,##0.00",
        9 => "0%",
        10 => "0.00%",
        11 => "0.00E+00",
        12 => "# ?/?",
        13 => "# ??/??",
        14 => "yyyy/m/d",
        15 => "d-mmm-yy",
        16 => "d-mmm",
        17 => "mmm-yy",
        18 => "h:mm AM/PM",
        19 => "h:mm:ss AM/PM",
        20 => "h:mm",
        21 => "h:mm:ss",
        22 => "yyyy/m/d h:mm",
        27 or 36 or 50 or 52 or 57 => "yyyy\"年\"m\"月\"",
        28 or 29 or 51 or 53 or 54 or 58 => "m\"月\"d\"日\"",
        30 => "m-d-yy",
        31 => "yyyy\"年\"m\"月\"d\"日\"",
        32 => "h\"时\"mm\"分\"",
        33 => "h\"时\"mm\"分\"ss\"秒\"",
        34 or 55 => "上午/下午h\"时\"mm\"分\"",
        35 or 56 => "上午/下午h\"时\"mm\"分\"ss\"秒\"",
        37 => "#,##0 ;(#,##0)",
        38 => "#,##0 ;[Red](#,##0)",
        39 => "#,##0.00;(#,##0.00)",
        40 => "#,##0.00;[Red](#,##0.00)",
        45 => "mm:ss",
        46 => "[h]:mm:ss",
        47 => "mmss.0",
        48 => "##0.0E+0",
        49 => "@",
        _ => null,
    };

    /// <summary>
    /// Classifies a format code by its first section (the one used for positive numbers), ignoring quoted text,
    /// escaped characters (<c>\x</c>), colours and conditions in brackets, and padding (<c>_x</c>, <c>*x</c>).
    /// </summary>
    /// <param name="formatCode">The format code, e.g. <c>0.0%</c>.</param>
    public static NumberFormatKind Classify(string? formatCode)
    {
        if (string.IsNullOrEmpty(formatCode) || formatCode.Equals("General", StringComparison.OrdinalIgnoreCase))
        {
            return NumberFormatKind.Number;
        }

        bool date = false, time = false, percent = false, text = false;
        for (var i = 0; i < formatCode.Length; i++)
        {
            var c = formatCode[i];
            switch (c)
            {
                case ';':
                    i = formatCode.Length;
                    break;
                case '"':
                    var close = formatCode.IndexOf('"', i + 1);
                    i = close < 0 ? formatCode.Length : close;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var end = formatCode.IndexOf(']', i + 1);
                    var inside = end < 0 ? string.Empty : formatCode[(i + 1)..end];
                    if (inside.Length > 0 && inside.Trim('h', 'H', 'm', 'M', 's', 'S').Length == 0)
                    {
                        time = true;
                    }

                    i = end < 0 ? formatCode.Length : end;
                    break;
                case 'G' or 'g' when string.Compare(formatCode, i, "General", 0, 7, StringComparison.OrdinalIgnoreCase) == 0:
                    i += 6;
                    break;
                case '%':
                    percent = true;
                    break;
                case '@':
                    text = true;
                    break;
                case 'y' or 'Y' or 'd' or 'D' or 'e' or 'E' when c is not ('e' or 'E') || !IsScientific(formatCode, i):
                    date = true;
                    break;
                case 'h' or 'H' or 's' or 'S':
                    time = true;
                    break;
                case 'm' or 'M':
                    // m is a month next to dates and a minute next to times; either way the number is a date/time serial.
                    time = true;
                    break;
                case '年' or '月' or '日':
                    date = true;
                    break;
            }
        }

        if (date)
        {
            return NumberFormatKind.Date;
        }

        if (time)
        {
            // A lone m/mm/mmm means month: Excel shows a date.
            return HasClockPart(formatCode) ? NumberFormatKind.Time : NumberFormatKind.Date;
        }

        if (percent)
        {
            return NumberFormatKind.Percent;
        }

        return text ? NumberFormatKind.Text : NumberFormatKind.Number;
    }

    private static bool IsScientific(string code, int index) =>
        index + 1 < code.Length && code[index + 1] is '+' or '-';

    private static bool HasClockPart(string code)
    {
        var inQuote = false;
        foreach (var c in code)
        {
            if (c == '"')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && c is 'h' or 'H' or 's' or 'S' or ':' or '时' or '分' or '秒')
            {
                return true;
            }
        }

        return false;
    }
}
