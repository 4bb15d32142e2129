using System.Globalization;
using Sprache;

namespace PerfIndicators.Parsing;

/// <summary>
/// The Sprache grammar for the less common target shapes: dates, deadlines, periods and scoring rules written in
/// the target text (评（扣）分标准). Parsers are ordered bottom-up; the common <c>comparator number unit</c> shape is
/// read by <see cref="QuantityScanner"/>, wrapped here as <see cref="Quantity"/> so the grammar shares it.
/// </summary>
/// <remarks>
/// This is the only type that knows Sprache exists. Digits are <c>0-9</c> only (Sprache's <c>Parse.Digit</c> accepts
/// any Unicode digit), numbers are parsed with the invariant culture, and keyword alternatives are listed longest first.
/// </remarks>
internal static class Grammar
{
    private static readonly Parser<char> Digit = Parse.Chars("0123456789").Named("digit");

    private static readonly Parser<int> Integer =
        Digit.AtLeastOnce().Text().Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Named("integer");

    private static readonly Parser<int> Year =
        (from digits in Digit.Repeat(4).Text()
         from _ in Parse.Char('年')
         let year = int.Parse(digits, CultureInfo.InvariantCulture)
         where year is >= 1900 and <= 2199
         select year).Named("year (2023年)");

    private static readonly Parser<int> MonthNumber =
        from digits in Digit.Repeat(1, 2).Text()
        let month = int.Parse(digits, CultureInfo.InvariantCulture)
        where month is >= 0 and <= 99
        select month;

    private static readonly Parser<int> Month =
        (from month in MonthNumber
         from _ in Parse.Char('月').Or(Parse.Char('份'))
         select month).Named("month (12月)");

    private static readonly Parser<int> Day =
        (from digits in Digit.Repeat(1, 2).Text()
         from _ in Parse.Char('日').Or(Parse.Char('号'))
         select int.Parse(digits, CultureInfo.InvariantCulture)).Named("day (30日)");

    private static readonly Parser<PartialDate> YearMonthDay =
        from year in Year
        from rest in (from month in Month
                      from day in Day.Optional()
                      select (Month: month, Day: day.IsDefined ? day.Get() : (int?)null)).Optional()
        select new PartialDate(year, rest.IsDefined ? rest.Get().Month : null, rest.IsDefined ? rest.Get().Day : null);

    private static readonly Parser<PartialDate> MonthDay =
        from month in Month
        from day in Day.Optional()
        select new PartialDate(null, month, day.IsDefined ? day.Get() : null);

    private static readonly Parser<PartialDate> Date = YearMonthDay.Or(MonthDay).Named("date");

    private static readonly Parser<string> RangeSeparator =
        Parse.String("--").Or(Parse.String("-")).Or(Parse.String("至")).Or(Parse.String("~")).Or(Parse.String("到")).Text();

    private static readonly Parser<string> DatePrefix =
        Parse.String("截至").Or(Parse.String("截止")).Or(Parse.String("于")).Or(Parse.String("在")).Text();

    /// <summary>What is done by the date (12月底到位, 9月前发放): it adds nothing to the date.</summary>
    private static readonly Parser<string> ActionWord =
        Parse.String("前到位").Or(Parse.String("到位")).Or(Parse.String("落实")).Or(Parse.String("发放")).Or(Parse.String("拨付"))
            .Or(Parse.String("支付")).Or(Parse.String("开工")).Or(Parse.String("完工")).Or(Parse.String("竣工")).Or(Parse.String("验收"))
            .Or(Parse.String("上线")).Or(Parse.String("启动")).Or(Parse.String("结束")).Or(Parse.String("交付")).Or(Parse.String("投入使用"))
            .Or(Parse.String("实施")).Text();

    private static readonly Parser<string> DeadlineSuffix =
        from end in Parse.String("年底").Or(Parse.String("年末")).Or(Parse.String("底")).Or(Parse.String("末")).Or(Parse.String("中旬")).Or(Parse.String("上旬")).Or(Parse.String("下旬")).Text().Optional()
        from before in Parse.String("之前").Or(Parse.String("以前")).Or(Parse.String("前")).Or(Parse.String("止")).Text().Optional()
        from done in Parse.String("全部完成").Or(Parse.String("前完成")).Or(Parse.String("内完成")).Or(Parse.String("完成")).Or(ActionWord).Text().Optional()
        select (end.GetOrDefault() ?? string.Empty) + (before.GetOrDefault() ?? string.Empty) + (done.GetOrDefault() ?? string.Empty);

    private static readonly Parser<(PartialDate Start, PartialDate End)> MonthRange =
        from year in Year.Optional()
        from first in MonthNumber
        from month in Parse.Char('月').Optional()
        from _ in RangeSeparator
        from last in MonthNumber
        from __ in Parse.Char('月')
        let y = year.IsDefined ? year.Get() : (int?)null
        select (new PartialDate(y, first, null), new PartialDate(y, last, null));

    private static readonly Parser<(PartialDate Start, PartialDate End)> DateRange =
        from first in Date
        from _ in RangeSeparator
        from last in Date
        select (first, last);

    /// <summary>A period: <c>2020年1月--2020年11月</c>, <c>2022年1月1日至2022年12月31日</c>, <c>1-12月</c>.</summary>
    public static readonly Parser<(PartialDate Start, PartialDate End)> Period = OnlyIf(
        s => s.IndexOfAny(RangeSeparatorChars) >= 0 && HasDatePart(s),
        (from prefix in DatePrefix.Optional()
         from range in MonthRange.Or(DateRange)
         from suffix in DeadlineSuffix
         select range).End().Named("period"));

    /// <summary>A deadline: <c>12月底前</c>, <c>2025年10月底前</c>, <c>2023年11月30日前完成</c>, <c>2023年</c>.</summary>
    public static readonly Parser<PartialDate> Deadline = OnlyIf(
        HasDatePart,
        (from prefix in DatePrefix.Optional()
         from date in Date
         from suffix in DeadlineSuffix
         select date).End().Named("deadline"));

    /// <summary>
    /// Reads a deadline (<see cref="Deadline"/>) written as the whole of <paramref name="s"/>: by hand first
    /// (<see cref="TryReadDeadline"/>), then by the grammar for what the hand reader does not take.
    /// </summary>
    /// <remarks>
    /// Deadlines with words around the date (<c>2023年11月30日前完成</c>, <c>12月底前</c>) are common in 目标表; the Sprache grammar
    /// allocated an input per character and a result per alternative tried for each, and took an eighth of the time of
    /// reading a year's indicator rows although fewer than 2 % of them are dated.
    /// </remarks>
    public static bool TryParseDeadline(string s, out PartialDate date) =>
        TryReadDeadline(s, out date) || TryParse(Deadline, s, out date);

    /// <summary>The deadline as the Sprache grammar reads it (for the test that compares it with <see cref="TryReadDeadline"/>).</summary>
    internal static bool TryParseDeadlineWithGrammar(string s, out PartialDate date) => TryParse(Deadline, s, out date);

    private static readonly string[] DatePrefixWords = ["截至", "截止", "于", "在"];

    private static readonly string[] EndWords = ["年底", "年末", "底", "末", "中旬", "上旬", "下旬"];

    private static readonly string[] BeforeWords = ["之前", "以前", "前", "止"];

    private static readonly string[] DoneWords =
    [
        "全部完成", "前完成", "内完成", "完成", "前到位", "到位", "落实", "发放", "拨付", "支付", "开工", "完工", "竣工", "验收", "上线", "启动",
        "结束", "交付", "投入使用", "实施",
    ];

    /// <summary>
    /// The deadline grammar read by hand: <c>prefix? date end? before? done?</c> to the end of the text, each word list tried
    /// in the grammar's order and the first match taken, the date a year (1900–2199) with an optional month and day or a
    /// month with an optional day. False when the text is not that shape.
    /// </summary>
    internal static bool TryReadDeadline(string s, out PartialDate date)
    {
        date = default;
        if (!HasDatePart(s))
        {
            return false;
        }

        var p = 0;
        SkipWord(s, ref p, DatePrefixWords);
        if (TryYear(s, p, out var year))
        {
            p += 5;
            int? month = null;
            int? day = null;
            var q = p;
            if (TryMonth(s, ref q, out var m))
            {
                month = m;
                p = q;
                if (TryDay(s, ref q, out var d))
                {
                    day = d;
                    p = q;
                }
            }

            date = new PartialDate(year, month, day);
        }
        else
        {
            if (!TryMonth(s, ref p, out var m))
            {
                return false;
            }

            int? day = null;
            var q = p;
            if (TryDay(s, ref q, out var d))
            {
                day = d;
                p = q;
            }

            date = new PartialDate(null, m, day);
        }

        SkipWord(s, ref p, EndWords);
        SkipWord(s, ref p, BeforeWords);
        SkipWord(s, ref p, DoneWords);
        if (p != s.Length)
        {
            date = default;
            return false;
        }

        return true;
    }

    private static void SkipWord(string s, ref int p, string[] words)
    {
        var rest = s.AsSpan(p);
        foreach (var word in words)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                p += word.Length;
                return;
            }
        }
    }

    /// <summary>Four digits and 年, 1900–2199, at <paramref name="p"/>.</summary>
    private static bool TryYear(string s, int p, out int year)
    {
        year = 0;
        if (p + 5 > s.Length || s[p + 4] != '年')
        {
            return false;
        }

        for (var i = p; i < p + 4; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            year = (year * 10) + (s[i] - '0');
        }

        return year is >= 1900 and <= 2199;
    }

    /// <summary>One or two digits (the grammar's <c>Repeat(1, 2)</c>: at most two taken) and one of the markers.</summary>
    private static bool TryNumberBefore(string s, ref int p, char marker, char other, out int value)
    {
        value = 0;
        var digits = 0;
        while (digits < 2 && p + digits < s.Length && char.IsAsciiDigit(s[p + digits]))
        {
            value = (value * 10) + (s[p + digits] - '0');
            digits++;
        }

        if (digits == 0 || p + digits >= s.Length || (s[p + digits] != marker && s[p + digits] != other))
        {
            return false;
        }

        p += digits + 1;
        return true;
    }

    private static bool TryMonth(string s, ref int p, out int month) => TryNumberBefore(s, ref p, '月', '份', out month);

    private static bool TryDay(string s, ref int p, out int day) => TryNumberBefore(s, ref p, '日', '号', out day);

    /// <summary>A comparator and quantity, read by <see cref="QuantityScanner"/> at the current position.</summary>
    private static readonly Parser<ScannedQuantity> Quantity = input =>
    {
        var source = input.Source;
        if (QuantityScanner.TryScan(source, input.Position, out var scanned, out _))
        {
            return Result.Success(scanned, Skip(input, scanned.End - input.Position));
        }

        return Result.Failure<ScannedQuantity>(input, "expected a number", ["number"]);
    };

    /// <summary>A number; one too large for <see cref="decimal"/> does not match (the text is then read some other way), it never throws.</summary>
    private static readonly Parser<decimal> Number =
        (from digits in Digit.AtLeastOnce().Text()
         from fraction in (from dot in Parse.Char('.') from f in Digit.AtLeastOnce().Text() select "." + f).Optional()
         select digits + fraction.GetOrElse(string.Empty))
        .Where(text => decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        .Select(text => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));

    private static readonly Parser<char> PartSeparator = Parse.Chars(",;。、").Named("separator");

    /// <summary>The awards written as words, tried in this order (longest first where one is the start of another).</summary>
    private static readonly (string Words, Award Award)[] AwardWords =
    [
        ("得满分", PerfIndicators.Award.Full),
        ("满分", PerfIndicators.Award.Full),
        ("不得分", PerfIndicators.Award.None),
        ("不计分", PerfIndicators.Award.None),
        ("得0分", PerfIndicators.Award.None),
        ("即为达标", PerfIndicators.Award.Met),
        ("即达标", PerfIndicators.Award.Met),
        ("为达标", PerfIndicators.Award.Met),
        ("达标", PerfIndicators.Award.Met),
    ];

    /// <summary>
    /// One of <see cref="AwardWords"/>, read by hand: as an <c>Or</c> of <c>Parse.String</c>s it built and failed a
    /// parser per keyword on every step (11 KB for 即达标).
    /// </summary>
    private static readonly Parser<Award> AwardInWords = input =>
        MatchAwardWords(input.Source.AsSpan(input.Position), out var award, out var length)
            ? Result.Success(award, Skip(input, length))
            : Result.Failure<Award>(input, "expected an award", []);

    /// <summary>The first of <see cref="AwardWords"/> that <paramref name="rest"/> starts with, for the grammar and the hand reader alike.</summary>
    private static bool MatchAwardWords(ReadOnlySpan<char> rest, out Award award, out int length)
    {
        foreach (var (words, inWords) in AwardWords)
        {
            if (rest.StartsWith(words, StringComparison.Ordinal))
            {
                award = inWords;
                length = words.Length;
                return true;
            }
        }

        award = default;
        length = 0;
        return false;
    }

    private static readonly Parser<Award> Award =
        AwardInWords
            .Or(from _ in Parse.Char('得')
                from points in Number
                from __ in Parse.Char('分')
                select new Award(AwardKind.Points, points))
            .Named("award (得满分, 不得分, 得5分, 即达标)");

    /// <summary>
    /// What a step is about (满意度指标低于…): every character up to the first quantity or separator, as
    /// <c>Parse.AnyChar.Except(Quantity).Except(PartSeparator).Many().Text()</c> would read it, without a failed
    /// Sprache result per character.
    /// </summary>
    private static readonly Parser<string> Subject = input =>
    {
        var source = input.Source;
        var end = input.Position;
        while (end < source.Length && source[end] is not (',' or ';' or '。' or '、') && !QuantityScanner.TryScan(source, end, out _, out _))
        {
            end++;
        }

        return Result.Success(source[input.Position..end], Skip(input, end - input.Position));
    };

    private static readonly Parser<RuleStep> Step =
        from subject in Subject
        from quantity in Quantity
        from award in Award
        select new RuleStep(quantity.Comparator, quantity.Quantity, award);

    private static readonly Parser<Award> Otherwise =
        from _ in Parse.String("否则").Or(Parse.String("其余")).Or(Parse.String("其他")).Or(Parse.String("其它"))
        from award in Award
        select award;

    private static readonly Parser<ScoringRule> StepRule =
        (from steps in Step.DelimitedBy(PartSeparator.AtLeastOnce())
         from otherwise in (from _ in PartSeparator.AtLeastOnce() from award in Otherwise select award).Optional()
         from end in PartSeparator.Many()
         select (ScoringRule)new StepRule(new ValueList<RuleStep>(steps), otherwise.IsDefined ? otherwise.Get() : null)).End();

    private static readonly Parser<ScoringRule> PerStepDeduction =
        (from first in Step
         where first.Award.Kind is AwardKind.Full or AwardKind.Points
         from _ in PartSeparator.AtLeastOnce()
         from every in Parse.Char('每')
         from verb in Parse.String("降低").Or(Parse.String("下降")).Or(Parse.String("减少")).Or(Parse.String("降")).Or(Parse.String("低")).Or(Parse.String("少")).Optional()
         from step in Quantity
         from deduct in Parse.String("扣").Or(Parse.String("减"))
         from points in Number
         from __ in Parse.Char('分')
         from tail in (from sep in PartSeparator.AtLeastOnce()
                       from words in Parse.String("扣完为止").Or(Parse.String("扣完即止")).Or(Parse.String("扣完为准")).Or(Parse.String("最低0分")).Or(Parse.String("最低为0分")).Text()
                       select words).Optional()
         from end in PartSeparator.Many()
         select (ScoringRule)new PerStepDeductionRule(
             first.Comparator,
             first.Threshold,
             first.Award.Kind == AwardKind.Points ? first.Award.Points : null,
             step.Quantity,
             points)).End();

    private static readonly Parser<(decimal Min, decimal Max)> Deviation =
        from _ in Parse.Char('±')
        from first in Number
        from second in (from dash in Parse.Char('-').Or(Parse.Char('~')).Or(Parse.Char('至')) from n in Number select n).Optional()
        from percent in Parse.Char('%').Optional()
        select second.IsDefined ? (first, second.Get()) : (0m, first);

    private static readonly Parser<ToleranceBand> Band =
        from subject in Parse.AnyChar.Except(Parse.Char('±')).Except(PartSeparator).Many()
        from deviation in Deviation
        from within in Parse.String("以内").Or(Parse.String("之内")).Or(Parse.String("内"))
        from award in Award
        select new ToleranceBand(deviation.Min, deviation.Max, award);

    private static readonly Parser<Award> Beyond =
        from subject in Parse.AnyChar.Except(Parse.Char('±')).Except(PartSeparator).Many()
        from deviation in Deviation
        from outside in Parse.String("以外").Or(Parse.String("之外")).Or(Parse.String("以上")).Or(Parse.String("外"))
        from award in Award
        select award;

    private static readonly Parser<ScoringRule> ToleranceBands =
        (from bands in Band.DelimitedBy(PartSeparator.AtLeastOnce())
         from beyond in (from _ in PartSeparator.AtLeastOnce() from award in Beyond select award).Optional()
         from end in PartSeparator.Many()
         select (ScoringRule)new ToleranceBandRule(new ValueList<ToleranceBand>(bands), beyond.IsDefined ? beyond.Get() : PerfIndicators.Award.None)).End();

    /// <summary>
    /// Reads a scoring rule written as the whole of <paramref name="s"/>: a per-step deduction, tolerance bands, or steps, tried
    /// in that order, as one Sprache <c>Or</c> of the three grammars would read it.
    /// </summary>
    /// <remarks>
    /// Steps, the common form (<c>低于90%不得分,大于等于90%得满分</c>, <c>大于80%即达标</c>), are read by hand first
    /// (<see cref="TryReadSteps"/>): the Sprache grammar allocated an input per character and a result per step, 9–14 KB and
    /// about 18 µs a clause, a quarter of the parser's time over the seed clauses. Only what the hand reader does not take goes
    /// to the grammar, and a test checks that the two agree on every text they are given.
    /// </remarks>
    public static bool TryParseRule(string s, out ScoringRule rule)
    {
        rule = null!;
        if (!HasAward(s))
        {
            return false;
        }

        return (s.Contains('每') && TryParse(PerStepDeduction, s, out rule))
            || (s.Contains('±') && TryParse(ToleranceBands, s, out rule))
            || TryReadSteps(s, out rule)
            || TryParse(StepRule, s, out rule);
    }

    /// <summary>The step rule as the Sprache grammar reads it (for the test that compares it with <see cref="TryReadSteps"/>).</summary>
    internal static bool TryParseStepsWithGrammar(string s, out ScoringRule rule) => TryParse(StepRule, s, out rule);

    /// <summary>
    /// The step rule read by hand: <c>step (separator+ step)* (separator+ otherwise)? separator*</c> to the end, where a step is
    /// a subject (any text up to a quantity or separator), a quantity (<see cref="QuantityScanner"/>) and an award, and
    /// otherwise is 否则/其余/其他/其它 and an award. False when the text is not that shape.
    /// </summary>
    internal static bool TryReadSteps(string s, out ScoringRule rule)
    {
        rule = null!;
        var p = 0;
        if (!TryReadStep(s, ref p, out var first))
        {
            return false;
        }

        var steps = new List<RuleStep>(2) { first };
        while (true)
        {
            var q = SkipSeparators(s, p);
            if (q == p || !TryReadStep(s, ref q, out var step))
            {
                break;
            }

            steps.Add(step);
            p = q;
        }

        Award? otherwise = null;
        var o = SkipSeparators(s, p);
        if (o > p && TryReadOtherwise(s, ref o, out var award))
        {
            otherwise = award;
            p = o;
        }

        if (SkipSeparators(s, p) != s.Length)
        {
            return false;
        }

        rule = new StepRule(new ValueList<RuleStep>(steps), otherwise);
        return true;
    }

    private static bool IsPartSeparator(char c) => c is ',' or ';' or '。' or '、';

    private static int SkipSeparators(string s, int p)
    {
        while (p < s.Length && IsPartSeparator(s[p]))
        {
            p++;
        }

        return p;
    }

    private static bool TryReadStep(string s, ref int p, out RuleStep step)
    {
        step = null!;
        var q = p;
        ScannedQuantity quantity = default;
        while (q < s.Length && !IsPartSeparator(s[q]) && !QuantityScanner.TryScan(s, q, out quantity, out _))
        {
            q++;
        }

        if (q >= s.Length || IsPartSeparator(s[q]))
        {
            return false;
        }

        q = quantity.End;
        if (!TryReadAward(s, ref q, out var award))
        {
            return false;
        }

        step = new RuleStep(quantity.Comparator, quantity.Quantity, award);
        p = q;
        return true;
    }

    private static bool TryReadAward(string s, ref int p, out Award award)
    {
        var rest = s.AsSpan(p);
        if (MatchAwardWords(rest, out award, out var length))
        {
            p += length;
            return true;
        }

        // 得 number 分, the number as Number reads it: digits, a fraction only when a digit follows the point.
        award = default;
        if (rest.Length < 3 || rest[0] != '得' || !char.IsAsciiDigit(rest[1]))
        {
            return false;
        }

        var end = 1;
        while (end < rest.Length && char.IsAsciiDigit(rest[end]))
        {
            end++;
        }

        if (end + 1 < rest.Length && rest[end] == '.' && char.IsAsciiDigit(rest[end + 1]))
        {
            end += 2;
            while (end < rest.Length && char.IsAsciiDigit(rest[end]))
            {
                end++;
            }
        }

        if (end >= rest.Length || rest[end] != '分'
            || !decimal.TryParse(rest[1..end], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var points))
        {
            return false;
        }

        award = new Award(AwardKind.Points, points);
        p += end + 1;
        return true;
    }

    private static bool TryReadOtherwise(string s, ref int p, out Award award)
    {
        award = default;
        var rest = s.AsSpan(p);
        if (!(rest.StartsWith("否则", StringComparison.Ordinal) || rest.StartsWith("其余", StringComparison.Ordinal)
            || rest.StartsWith("其他", StringComparison.Ordinal) || rest.StartsWith("其它", StringComparison.Ordinal)))
        {
            return false;
        }

        var q = p + 2;
        if (!TryReadAward(s, ref q, out award))
        {
            return false;
        }

        p = q;
        return true;
    }

    /// <summary>The input <paramref name="count"/> characters on.</summary>
    private static IInput Skip(IInput input, int count)
    {
        for (var i = 0; i < count; i++)
        {
            input = input.Advance();
        }

        return input;
    }

    private static readonly char[] RangeSeparatorChars = ['-', '至', '~', '到'];

    /// <summary>
    /// Runs <paramref name="parser"/> only when the rest of the input has what it cannot match without, and fails at once
    /// otherwise. The result is the same either way: the check is a necessary condition of the parser. It exists because a
    /// Sprache parser that fails still costs tens of kilobytes on a sentence (an input and a result per character tried, per
    /// alternative), and most target texts are not rules, periods or deadlines.
    /// </summary>
    private static Parser<T> OnlyIf<T>(Func<ReadOnlySpan<char>, bool> possible, Parser<T> parser) => input =>
        possible(input.Source.AsSpan(input.Position)) ? parser(input) : Result.Failure<T>(input, "not this shape", []);

    /// <summary>Every date has a month (12月, 3月份) or a four-digit year before 年.</summary>
    private static bool HasDatePart(ReadOnlySpan<char> s)
    {
        if (s.IndexOfAny('月', '份') >= 0)
        {
            return true;
        }

        for (var i = 4; i < s.Length; i++)
        {
            if (s[i] == '年' && s[(i - 4)..i].IndexOfAnyExceptInRange('0', '9') < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every rule has a number and an award: 满分, 不得分, 不计分, 得0分, 得5分 all contain 分; the rest 达标.</summary>
    private static bool HasAward(ReadOnlySpan<char> s) =>
        s.IndexOfAnyInRange('0', '9') >= 0 && (s.Contains('分') || s.Contains("达标", StringComparison.Ordinal));

    /// <summary>Tries <paramref name="parser"/> on the whole of <paramref name="text"/>.</summary>
    public static bool TryParse<T>(Parser<T> parser, string text, out T value)
    {
        var result = parser.TryParse(text);
        value = result.WasSuccessful ? result.Value : default!;
        return result.WasSuccessful;
    }
}
