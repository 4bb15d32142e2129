namespace PerfIndicators.Parsing;

/// <summary>Parses a target value (年度指标值) from a range of a <see cref="CompactText"/>.</summary>
internal static class TargetParser
{
    private static readonly WordSet RuleWords = new("得分", "满分", "扣", "达标", "酌情", "计分");

    /// <summary>Parses <c>text.Text[start..end)</c> as a target; problems go to <paramref name="bag"/>.</summary>
    /// <param name="text">The compact view.</param>
    /// <param name="start">Start of the target in the compact view.</param>
    /// <param name="end">End of the target in the compact view.</param>
    /// <param name="bag">Where diagnostics go.</param>
    /// <param name="afterQualitativeMarker">Whether the text followed a 定性 marker: then it is a date or qualitative text.</param>
    public static Target Parse(CompactText text, int start, int end, DiagnosticBag bag, bool afterQualitativeMarker = false) =>
        Parse(text, start, end, bag, TargetContext.None, afterQualitativeMarker);

    /// <summary>Parses <c>text.Text[start..end)</c> as the target of an indicator: the name's hints and the row's 正向/反向 cell apply.</summary>
    /// <param name="text">The compact view.</param>
    /// <param name="start">Start of the target in the compact view.</param>
    /// <param name="end">End of the target in the compact view.</param>
    /// <param name="bag">Where diagnostics go.</param>
    /// <param name="context">The indicator's name and row.</param>
    /// <param name="afterQualitativeMarker">Whether the text followed a 定性 marker: then it is a date or qualitative text.</param>
    public static Target Parse(CompactText text, int start, int end, DiagnosticBag bag, in TargetContext context, bool afterQualitativeMarker = false)
    {
        var target = ParseText(text, start, end, bag, context, afterQualitativeMarker);
        (start, end) = Trim(text.Text, start, end);
        return TargetHints.Apply(text, start, end, target, context, bag);
    }

    private static Target ParseText(CompactText text, int start, int end, DiagnosticBag bag, in TargetContext context, bool afterQualitativeMarker)
    {
        (start, end) = Trim(text.Text, start, end);
        var written = text.CleanSlice(start, end);
        if (start == end)
        {
            bag.Add(DiagnosticCodes.UnrecognizedTarget, DiagnosticSeverity.Error, text, start, end, Messages.EmptyTarget);
            return new UnrecognizedTarget(written);
        }

        var s = text.Text.Substring(start, end - start);
        if (!afterQualitativeMarker && (s.StartsWith("定性", StringComparison.Ordinal) || s.StartsWith("定量", StringComparison.Ordinal)) && s.Length > 2)
        {
            // The 指标性质 column of the national template (定性 | 合法合规) joined to the value.
            var qualitative = s[1] == '性';
            (start, end) = Trim(text.Text, start + 2, end);
            return ParseText(text, start, end, bag, context, afterQualitativeMarker: qualitative);
        }

        if (afterQualitativeMarker)
        {
            return TryDate(text, start, s, bag, out var dated) ? dated : Qualitative(text, start, end, written, bag);
        }

        if (RuleWords.ContainedIn(s))
        {
            if (Grammar.TryParseRule(s, out var rule))
            {
                return new RuleTarget(written, rule);
            }

            if (s.Contains("酌情", StringComparison.Ordinal))
            {
                return new RuleTarget(written, new DiscretionaryRule(written));
            }

            if (HasNumberTooLarge(s))
            {
                bag.Add(DiagnosticCodes.InvalidNumber, DiagnosticSeverity.Error, text, start, end, Messages.InvalidNumber(written));
                return new UnrecognizedTarget(written);
            }
        }

        if (TryDate(text, start, s, bag, out var date))
        {
            return date;
        }

        if (QuantityScanner.TryScan(s, 0, out var scanned, out var overflow))
        {
            if (scanned.End == s.Length)
            {
                return Quantitative(text, start, written, scanned, context: null, bag);
            }

            if (TryRange(text, start, written, s, scanned, bag, out var range))
            {
                return range;
            }

            if (GradedStandard.TryRead(s, 0, out var grades))
            {
                var graded = GradedStandard.ToTarget(written, grades);
                bag.Add(DiagnosticCodes.GradedStandard, DiagnosticSeverity.Info, text, start, end, Messages.GradedStandard(written, graded.Top.Threshold.ToString()));
                return graded;
            }

            var tail = s[scanned.End..];
            if (!ContainsDigit(tail))
            {
                var words = text.CleanSlice(start + scanned.End, end);
                bag.Add(DiagnosticCodes.ValueInSentence, DiagnosticSeverity.Info, text, start + scanned.End, end, Messages.ValueInSentence(words));
                return Quantitative(text, start, written, scanned, words, bag);
            }
        }
        else if (overflow)
        {
            bag.Add(DiagnosticCodes.InvalidNumber, DiagnosticSeverity.Error, text, start, end, Messages.InvalidNumber(written));
            return new UnrecognizedTarget(written);
        }

        if (s[0] == '±' && TryTolerance(text, start, written, s, bag, out var tolerance))
        {
            return tolerance;
        }

        if (TrySentence(text, start, end, written, s, bag, out var sentence))
        {
            return sentence;
        }

        var startsWithSymbol = Lexicon.Symbols.TryMatch(s.AsSpan(), out Comparator _, out _);
        var onlyWords = (Lexicon.TryMatchPreWord(s, out _, out var wordLength) && wordLength == s.Length)
            || (Lexicon.PostWords.TryMatch(s.AsSpan(), out Comparator _, out wordLength) && wordLength == s.Length);
        if (!startsWithSymbol && !onlyWords && (!ContainsDigit(s) || CountCjk(s) >= 2))
        {
            return Qualitative(text, start, end, written, bag);
        }

        bag.Add(DiagnosticCodes.UnrecognizedTarget, DiagnosticSeverity.Error, text, start, end, Messages.UnrecognizedTarget(written));
        return new UnrecognizedTarget(written);
    }

    /// <summary>A qualitative target, unless the text is an indicator name standing where the value should be (PI1033).</summary>
    private static Target Qualitative(CompactText text, int start, int end, string written, DiagnosticBag bag)
    {
        if (!ContainsDigit(text.Text.AsSpan(start, end - start)) && QualitativeWords.IsMetricName(text.Text.AsSpan(start, end - start)))
        {
            bag.Add(DiagnosticCodes.NameAsTarget, DiagnosticSeverity.Error, text, start, end, Messages.NameAsTarget(written));
            return new UnrecognizedTarget(written);
        }

        return new QualitativeTarget(written);
    }

    /// <summary>Trims separators and closing punctuation around a target.</summary>
    public static (int Start, int End) Trim(string s, int start, int end)
    {
        while (end > start && s[end - 1] is '。' or ';' or ',' or '、' or ':' or '.')
        {
            end--;
        }

        while (start < end && s[start] is ':' or ',' or '、' or ';' or '。')
        {
            start++;
        }

        return (start, end);
    }

    private static Target Quantitative(CompactText text, int offset, string written, ScannedQuantity scanned, string? context, DiagnosticBag bag)
    {
        var quantity = scanned.Quantity;
        if (scanned.UnitIsUnknown)
        {
            bag.Add(DiagnosticCodes.UnknownUnit, DiagnosticSeverity.Warning, text, offset + scanned.UnitStart, offset + scanned.UnitEnd, Messages.UnknownUnit(quantity.Unit.Text));
        }
        else if (quantity.Unit.IsNone && quantity.Multiplier != 1m)
        {
            bag.Add(DiagnosticCodes.MissingUnit, DiagnosticSeverity.Info, text, offset + scanned.NumberStart, offset + scanned.UnitEnd, Messages.MissingUnit(text.CleanSlice(offset + scanned.NumberStart, offset + scanned.UnitEnd)));
        }

        if (scanned.Comparator == Comparator.None && quantity is { Unit.Canonical: "年", Multiplier: 1m, Per: null, ValueText.Length: 4 }
            && quantity.Value is >= 1900m and <= 2199m && decimal.IsInteger(quantity.Value))
        {
            // 完成年度目标于2023年: a bare four-digit year is a date, not a duration of 2023 years.
            return new DeadlineTarget(written, new PartialDate((int)quantity.Value, null, null));
        }

        if (scanned.OcrRepaired)
        {
            var read = scanned.Comparator.ToDisplay() + quantity;
            bag.Add(DiagnosticCodes.OcrRepaired, DiagnosticSeverity.Warning, text, offset + scanned.Start, offset + scanned.End,
                Messages.OcrRepaired(text.CleanSlice(offset + scanned.Start, offset + scanned.End), read, "比较符或数字被OCR识别成了形近字符（二/W/O/l）"));
        }

        var direction = scanned.Comparator.ImpliedDirection(quantity.Value);
        return IsRate(quantity)
            ? new RateTarget(written, scanned.Comparator, quantity, direction)
            : new QuantitativeTarget(written, scanned.Comparator, quantity, direction, context);
    }

    /// <summary>
    /// Whether a quantity per period is a frequency (<c>1次/月</c>, <c>2场/季度</c>): countable things, or a bare number, per unit of
    /// time. An amount per period (<c>620万元/月</c>, <c>元/人·月</c>) is a plain quantity with a composite unit.
    /// </summary>
    internal static bool IsRate(Quantity quantity) =>
        quantity.Per is { } per && UnitCatalog.IsTimeUnit(per)
        && (quantity.Unit.IsNone || quantity.Unit.Dimension.StartsWith("count:", StringComparison.Ordinal)
            || quantity.Unit.Dimension is "people" or "person-times" or "household" or "enterprise-times");

    /// <summary>Whether a range separator and a second bare quantity follow <paramref name="first"/> to the end of <paramref name="s"/>.</summary>
    internal static bool IsRangeAt(string s, ScannedQuantity first)
    {
        var p = first.End;
        var separatorLength = s.AsSpan(p).StartsWith("--", StringComparison.Ordinal) ? 2
            : p < s.Length && s[p] is '-' or '~' or '至' or '到' ? 1 : 0;
        return separatorLength > 0
            && QuantityScanner.TryScan(s, p + separatorLength, out var second, out _)
            && second.End == s.Length && second.Comparator == Comparator.None;
    }

    private static bool TryRange(CompactText text, int offset, string written, string s, ScannedQuantity first, DiagnosticBag bag, out Target range)
    {
        range = null!;
        var p = first.End;
        var separatorLength = s.AsSpan(p).StartsWith("--", StringComparison.Ordinal) ? 2
            : p < s.Length && s[p] is '-' or '~' or '至' or '到' ? 1 : 0;
        if (separatorLength == 0 || first.Comparator != Comparator.None
            || !QuantityScanner.TryScan(s, p + separatorLength, out var second, out _)
            || second.End != s.Length || second.Comparator != Comparator.None)
        {
            return false;
        }

        var min = first.Quantity;
        var max = second.Quantity;
        if (min.Unit.IsNone && min.Multiplier == 1m && !max.Unit.IsNone)
        {
            // 80-90%: the unit written once applies to both bounds.
            min = new Quantity(min.Value, min.ValueText, max.Multiplier, max.MultiplierText, max.Unit, max.Per);
        }

        if (second.UnitIsUnknown)
        {
            bag.Add(DiagnosticCodes.UnknownUnit, DiagnosticSeverity.Warning, text, offset + second.UnitStart, offset + second.UnitEnd, Messages.UnknownUnit(max.Unit.Text));
        }

        if (min.ConvertToScaleOf(max) is { } maxOnMinScale && maxOnMinScale < min.Value)
        {
            bag.Add(DiagnosticCodes.RangeReversed, DiagnosticSeverity.Warning, text, offset, offset + s.Length, Messages.RangeReversed(written));
        }

        range = new RangeTarget(written, min, max);
        return true;
    }

    private static bool TryTolerance(CompactText text, int offset, string written, string s, DiagnosticBag bag, out Target tolerance)
    {
        tolerance = null!;
        if (!QuantityScanner.TryScan(s, 1, out var scanned, out _) || scanned.End != s.Length || scanned.Comparator != Comparator.None)
        {
            return false;
        }

        var q = scanned.Quantity;
        if (scanned.UnitIsUnknown)
        {
            bag.Add(DiagnosticCodes.UnknownUnit, DiagnosticSeverity.Warning, text, offset + scanned.UnitStart, offset + scanned.UnitEnd, Messages.UnknownUnit(q.Unit.Text));
        }

        var min = new Quantity(-q.Value, "-" + q.ValueText, q.Multiplier, q.MultiplierText, q.Unit, q.Per);
        tolerance = new RangeTarget(written, min, q, isRelative: true);
        return true;
    }

    /// <summary>
    /// A value inside a sentence: the last number of the text, with the comparator words just before it, scanned
    /// to the end (保障…的干部人数不低于85个; 本年累计组团参加博览会展览面积300平方米).
    /// </summary>
    private static bool TrySentence(CompactText text, int offset, int end, string written, string s, DiagnosticBag bag, out Target sentence)
    {
        sentence = null!;
        for (var i = 1; i < s.Length; i++)
        {
            if (!Lexicon.IsDigit(s[i]) || Lexicon.IsDigit(s[i - 1]) || s[i - 1] is '.' or ',' or '-' or '±')
            {
                continue;
            }

            var from = ComparatorStartBefore(s, i);
            if (from == 0 || !QuantityScanner.TryScan(s, from, out var scanned, out _))
            {
                continue;
            }

            var tail = s.AsSpan(scanned.End);
            if (tail.Length > 4 || ContainsDigit(tail))
            {
                continue;
            }

            if (scanned.Comparator == Comparator.None && HasMeasureBefore(s, from))
            {
                // 第一年按总投资额返本20%,分红按8%分红: two values and no comparator to say which is the target.
                return false;
            }

            if (scanned.Comparator == Comparator.None && from > 0 && Lexicon.TryMatchPreWord(s, out var leading, out _))
            {
                // 至少全年完成2次宣传: the comparator word opens the sentence.
                scanned = scanned with { Comparator = leading };
            }

            var context = text.CleanSlice(offset, offset + from) + (tail.Length > 0 ? "…" + text.CleanSlice(offset + scanned.End, end) : string.Empty);
            bag.Add(DiagnosticCodes.ValueInSentence, DiagnosticSeverity.Info, text, offset, offset + from, Messages.ValueInSentence(context));
            sentence = Quantitative(text, offset, written, scanned, context, bag);
            return true;
        }

        return TrySingleMeasure(text, offset, end, written, s, bag, out sentence);
    }

    /// <summary>Whether a number with a unit or multiplier stands in <c>s[..before)</c>.</summary>
    private static bool HasMeasureBefore(string s, int before)
    {
        for (var i = 0; i < before; i++)
        {
            if (Lexicon.IsDigit(s[i]) && (i == 0 || !Lexicon.IsDigit(s[i - 1]))
                && QuantityScanner.TryScan(s, i, out var scanned, out _) && scanned.End <= before && IsMeasure(scanned.Quantity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A sentence with one measure in it and no other number: 至少全年完成2次宣传, 严格按照预算标准1000元/人给补助对象兑付补助,
    /// 年底前完成总投资的60%. A comparator word that opens the sentence (至少, 不少于) governs the measure.
    /// </summary>
    private static bool TrySingleMeasure(CompactText text, int offset, int end, string written, string s, DiagnosticBag bag, out Target sentence)
    {
        sentence = null!;
        ScannedQuantity? found = null;
        for (var i = 0; i < s.Length; i++)
        {
            if (!Lexicon.IsDigit(s[i]))
            {
                continue;
            }

            if (found is not null || (i > 0 && (Lexicon.IsDigit(s[i - 1]) || s[i - 1] is '.' or ',' or '-' or '±'))
                || !QuantityScanner.TryScan(s, i, out var scanned, out _)
                || !IsMeasure(scanned.Quantity))
            {
                return false;
            }

            found = scanned;
            i = scanned.End - 1;
        }

        if (found is not { } measure)
        {
            return false;
        }

        if (measure.Comparator == Comparator.None && Lexicon.TryMatchPreWord(s, out var leading, out _))
        {
            measure = measure with { Comparator = leading };
        }

        var context = text.CleanSlice(offset, end);
        bag.Add(DiagnosticCodes.ValueInSentence, DiagnosticSeverity.Info, text, offset, end, Messages.ValueInSentence(context));
        sentence = Quantitative(text, offset, written, measure, context, bag);
        return true;
    }

    /// <summary>Whether a quantity is a measure a sentence can carry as its target: a known unit that is not a date part, or a multiplier.</summary>
    private static bool IsMeasure(Quantity quantity) =>
        (quantity.Unit.IsKnown && !quantity.Unit.IsNone && quantity.Unit.Canonical is not ("年" or "月") && quantity.Unit.Text is not ("日" or "号"))
        || quantity.Multiplier != 1m;

    private static int ComparatorStartBefore(string s, int numberStart)
    {
        var from = numberStart;
        foreach (var (symbol, _) in Lexicon.Symbols.Entries)
        {
            if (s.AsSpan(0, from).EndsWith(symbol, StringComparison.Ordinal))
            {
                from -= symbol.Length;
                break;
            }
        }

        foreach (var (word, _) in Lexicon.PreWords.Entries)
        {
            if (s.AsSpan(0, from).EndsWith(word, StringComparison.Ordinal))
            {
                from -= word.Length;
                break;
            }
        }

        return from;
    }

    private static bool TryDate(CompactText text, int offset, string s, DiagnosticBag bag, out Target target)
    {
        target = null!;
        if (NumericDate.LooksLikeNumericDate(s))
        {
            var numeric = text.CleanSlice(offset, offset + s.Length);
            if (NumericDate.TryReadPeriod(s, out var first, out var last))
            {
                target = IsValid(first) && IsValid(last) ? new PeriodTarget(numeric, first, last) : InvalidDate(text, offset, s, numeric, bag);
                return true;
            }

            if (NumericDate.TryReadDeadline(s, out var day))
            {
                target = IsValid(day) ? new DeadlineTarget(numeric, day) : InvalidDate(text, offset, s, numeric, bag);
                return true;
            }
        }

        if (s.Length > 3 && (s.StartsWith("每年", StringComparison.Ordinal) || s.StartsWith("每月", StringComparison.Ordinal)) && Lexicon.IsDigit(s[2])
            && TryDate(text, offset + 2, s[2..], bag, out var recurring) && recurring is DeadlineTarget or PeriodTarget)
        {
            // 每年12月底前: a deadline that recurs every year; within the budget year it is 12月底前.
            var all = text.CleanSlice(offset, offset + s.Length);
            target = recurring switch
            {
                DeadlineTarget d => new DeadlineTarget(all, d.Deadline),
                PeriodTarget p => new PeriodTarget(all, p.Start, p.End),
                _ => recurring,
            };
            return true;
        }

        if (!LooksLikeDate(s))
        {
            return false;
        }

        var written = text.CleanSlice(offset, offset + s.Length);
        if (PlainDate.TryRead(s, out var plain))
        {
            if (!IsValid(plain))
            {
                bag.Add(DiagnosticCodes.InvalidDate, DiagnosticSeverity.Error, text, offset, offset + s.Length, Messages.InvalidDate(written));
                target = new UnrecognizedTarget(written);
                return true;
            }

            target = new DeadlineTarget(written, plain);
            return true;
        }

        if (Grammar.TryParse(Grammar.Period, s, out var period))
        {
            if (!IsValid(period.Start) || !IsValid(period.End))
            {
                bag.Add(DiagnosticCodes.InvalidDate, DiagnosticSeverity.Error, text, offset, offset + s.Length, Messages.InvalidDate(written));
                target = new UnrecognizedTarget(written);
                return true;
            }

            target = new PeriodTarget(written, period.Start, period.End);
            return true;
        }

        if (Grammar.TryParseDeadline(s, out var deadline))
        {
            if (!IsValid(deadline))
            {
                bag.Add(DiagnosticCodes.InvalidDate, DiagnosticSeverity.Error, text, offset, offset + s.Length, Messages.InvalidDate(written));
                target = new UnrecognizedTarget(written);
                return true;
            }

            target = new DeadlineTarget(written, deadline);
            return true;
        }

        return false;
    }

    private static UnrecognizedTarget InvalidDate(CompactText text, int offset, string s, string written, DiagnosticBag bag)
    {
        bag.Add(DiagnosticCodes.InvalidDate, DiagnosticSeverity.Error, text, offset, offset + s.Length, Messages.InvalidDate(written));
        return new UnrecognizedTarget(written);
    }

    /// <summary>Whether a year-month-day combination exists (a missing year allows 29 February).</summary>
    public static bool IsValid(PartialDate date)
    {
        if (date.Month is int m && m is < 1 or > 12)
        {
            return false;
        }

        if (date.Day is not int day)
        {
            return true;
        }

        var month = date.Month ?? 1;
        var days = date.Year is int year ? DaysInMonth(year, month) : month == 2 ? 29 : DaysInMonth(2001, month);
        return day >= 1 && day <= days;
    }

    private static int DaysInMonth(int year, int month) => NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, month);

    internal static bool LooksLikeDate(string s)
    {
        if (s.Length < 2)
        {
            return false;
        }

        var first = s[0];
        if (!Lexicon.IsDigit(first) && first is not ('于' or '在' or '截'))
        {
            return false;
        }

        return s.AsSpan().IndexOfAny("年月日号") >= 0;
    }

    /// <summary>Whether a run of digits in <paramref name="s"/> is too large for <see cref="decimal"/>.</summary>
    private static bool HasNumberTooLarge(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var first = i;
            while (i < s.Length && Lexicon.IsDigit(s[i]))
            {
                i++;
            }

            if (i - first > 28 && !decimal.TryParse(s.AsSpan(first, i - first), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool ContainsDigit(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('0', '9') >= 0;

    private static int CountCjk(string s)
    {
        var count = 0;
        foreach (var c in s)
        {
            if (Lexicon.IsCjk(c))
            {
                count++;
            }
        }

        return count;
    }
}
