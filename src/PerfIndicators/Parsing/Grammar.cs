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
    public static readonly Parser<(PartialDate Start, PartialDate End)> Period =
        (from prefix in DatePrefix.Optional()
         from range in MonthRange.Or(DateRange)
         from suffix in DeadlineSuffix
         select range).End().Named("period");

    /// <summary>A deadline: <c>12月底前</c>, <c>2025年10月底前</c>, <c>2023年11月30日前完成</c>, <c>2023年</c>.</summary>
    public static readonly Parser<PartialDate> Deadline =
        (from prefix in DatePrefix.Optional()
         from date in Date
         from suffix in DeadlineSuffix
         select date).End().Named("deadline");

    /// <summary>A comparator and quantity, read by <see cref="QuantityScanner"/> at the current position.</summary>
    private static readonly Parser<ScannedQuantity> Quantity = input =>
    {
        var source = input.Source;
        if (QuantityScanner.TryScan(source, input.Position, out var scanned, out _))
        {
            var rest = input;
            for (var i = input.Position; i < scanned.End; i++)
            {
                rest = rest.Advance();
            }

            return Result.Success(scanned, rest);
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

    private static readonly Parser<Award> Award =
        Parse.String("得满分").Return(PerfIndicators.Award.Full)
            .Or(Parse.String("满分").Return(PerfIndicators.Award.Full))
            .Or(Parse.String("不得分").Return(PerfIndicators.Award.None))
            .Or(Parse.String("不计分").Return(PerfIndicators.Award.None))
            .Or(Parse.String("得0分").Return(PerfIndicators.Award.None))
            .Or(Parse.String("即为达标").Return(PerfIndicators.Award.Met))
            .Or(Parse.String("即达标").Return(PerfIndicators.Award.Met))
            .Or(Parse.String("为达标").Return(PerfIndicators.Award.Met))
            .Or(Parse.String("达标").Return(PerfIndicators.Award.Met))
            .Or(from _ in Parse.Char('得')
                from points in Number
                from __ in Parse.Char('分')
                select new Award(AwardKind.Points, points))
            .Named("award (得满分, 不得分, 得5分, 即达标)");

    private static readonly Parser<string> Subject =
        Parse.AnyChar.Except(Quantity).Except(PartSeparator).Many().Text();

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

    /// <summary>A scoring rule written in the target text: per-step deduction, tolerance bands, or steps.</summary>
    public static readonly Parser<ScoringRule> Rule =
        PerStepDeduction.Or(ToleranceBands).Or(StepRule).Named("scoring rule");

    /// <summary>Tries <paramref name="parser"/> on the whole of <paramref name="text"/>.</summary>
    public static bool TryParse<T>(Parser<T> parser, string text, out T value)
    {
        var result = parser.TryParse(text);
        value = result.WasSuccessful ? result.Value : default!;
        return result.WasSuccessful;
    }
}
