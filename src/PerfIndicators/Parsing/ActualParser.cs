namespace PerfIndicators.Parsing;

/// <summary>Parses a reported actual value (实际完成值) with the same scanner and grammar as targets.</summary>
internal static class ActualParser
{
    private static readonly (string Text, AchievementTier Tier)[] Tiers =
    [
        ("部分达成年度指标并具有一定效果", AchievementTier.PartiallyAchieved),
        ("未达成年度指标且效果较差", AchievementTier.NotAchieved),
        ("部分达成年度指标", AchievementTier.PartiallyAchieved),
        ("部分达成预期指标", AchievementTier.PartiallyAchieved),
        ("未达成年度指标", AchievementTier.NotAchieved),
        ("未达成预期指标", AchievementTier.NotAchieved),
        ("达成年度指标", AchievementTier.Achieved),
        ("达成预期指标", AchievementTier.Achieved),
        ("达成预期目标", AchievementTier.Achieved),
        ("部分达成", AchievementTier.PartiallyAchieved),
        ("基本达成", AchievementTier.PartiallyAchieved),
        ("未达成", AchievementTier.NotAchieved),
        ("已达成", AchievementTier.Achieved),
        ("全部达成", AchievementTier.Achieved),
        ("达成", AchievementTier.Achieved),
    ];

    private static readonly string[] CompletedWords =
    [
        "完成", "已完成", "全部完成", "按时完成", "按期完成", "如期完成", "是", "已实现", "实现", "已达到", "达到", "已落实", "落实",
    ];

    private static readonly string[] LeadingWords = ["实际完成率", "实际完成值", "实际完成", "已完成", "完成率", "完成值", "完成了", "完成", "达成率", "实际", "已达到", "达到", "约"];

    private static readonly string[] TrailingWords = ["已完成", "全部完成", "完成", "已达到", "达成"];

    /// <summary>Hedged claims of completion, longest first.</summary>
    private static readonly (string Text, CompletionHedge Hedge)[] Hedges =
    [
        ("大部分完成", CompletionHedge.Mostly), ("大部分达成", CompletionHedge.Mostly), ("大部分实现", CompletionHedge.Mostly),
        ("大部分落实", CompletionHedge.Mostly), ("大部完成", CompletionHedge.Mostly), ("大多完成", CompletionHedge.Mostly),
        ("基本完成", CompletionHedge.Basically), ("基本达到", CompletionHedge.Basically),
        ("基本实现", CompletionHedge.Basically), ("基本落实", CompletionHedge.Basically), ("基本到位", CompletionHedge.Basically),
        ("部分完成", CompletionHedge.Partly), ("部分实现", CompletionHedge.Partly), ("部分落实", CompletionHedge.Partly),
    ];

    private static readonly string[] NoneWords = ["无", "没有", "未发生", "没有发生", "零", "0起", "无发生"];

    /// <summary>Words that deny (未改善, 没有提升): an actual with one of them does not repeat its target.</summary>
    private static readonly string[] Negations = ["未", "没有", "不", "无", "尚未", "差"];

    /// <summary>
    /// Parses an actual read against <paramref name="indicator"/>: OCR damage the indicator makes plain (<c>290%</c> for a 满意度 of
    /// 90%), a bare 万 on a money target, <c>每亩300</c> against <c>元/亩</c>, and whether the actual repeats the target.
    /// </summary>
    public static Actual Parse(CompactText text, DiagnosticBag bag, Indicator indicator)
    {
        var actual = Parse(text, bag);
        var (start, end) = TargetParser.Trim(text.Text, 0, text.Length);
        var span = text.ToOriginal(start, end);
        var targetQuantity = indicator.Target switch
        {
            QuantitativeTarget q => q.Quantity,
            RateTarget r => r.Quantity,
            GradedTarget g => g.Top.Threshold,
            _ => null,
        };

        if (actual is { Kind: ActualKind.Quantity, Quantity: { } quantity })
        {
            if (actual.Comparator == Comparator.None && TargetHints.TryReadGreaterAsTwo(quantity, out var repaired)
                && (NameHints.IsBoundedRate(TextNormalizer.Normalize(indicator.Name)) || targetQuantity is { Unit.Canonical: "%" } t && t.Value == repaired.Value))
            {
                bag.Add(DiagnosticCodes.OcrRepaired, DiagnosticSeverity.Warning, span,
                    Messages.OcrRepaired(quantity.ToString(), "≥" + repaired, $"「{indicator.Name}」不超过100%，“2”是OCR识别错的“≥”"));
                actual = actual with { Quantity = repaired, Comparator = Comparator.GreaterOrEqual };
                quantity = repaired;
            }

            if (quantity.Unit.IsNone && (quantity.Multiplier != 1m || quantity.Per is not null) && targetQuantity is { Unit.Canonical: "元" } money
                && (quantity.Per is null || quantity.Per.Canonical == money.Per?.Canonical))
            {
                // 100万 against 100万元, 每亩300 against 300元/亩.
                var withUnit = new Quantity(quantity.Value, quantity.ValueText, quantity.Multiplier, quantity.MultiplierText, money.Unit, quantity.Per);
                bag.Add(DiagnosticCodes.MoneyUnitImplied, DiagnosticSeverity.Info, span, Messages.MoneyUnitImplied(quantity.ValueText + quantity.MultiplierText));
                actual = actual with { Quantity = withUnit };
            }
        }

        if (actual.Kind != ActualKind.Blank && Repeats(text.Text.AsSpan(start, end - start), indicator.Target))
        {
            actual = actual with { RepeatsTarget = true };
        }

        return actual;
    }

    /// <summary>
    /// Whether an actual repeats its target: the same words (显著提升 against 显著提升), the target's word of change with nothing
    /// denying it (明显改善 against 改善条件, 养老服务提升 against 有所提升), or the best grade of a grade scale (优 against 优良中低差).
    /// </summary>
    private static bool Repeats(ReadOnlySpan<char> actual, Target target)
    {
        var written = TextNormalizer.Normalize(target.Text);
        Span<char> buffer = stackalloc char[Math.Min(written.Length, 128)];
        var n = 0;
        foreach (var c in written)
        {
            if (n < buffer.Length && !char.IsWhiteSpace(c))
            {
                buffer[n++] = c;
            }
        }

        var expected = buffer[..n];
        if (expected.StartsWith("定性", StringComparison.Ordinal))
        {
            expected = expected[2..];
        }

        if (expected.IsEmpty || actual.IsEmpty)
        {
            return false;
        }

        if (actual.SequenceEqual(expected))
        {
            return true;
        }

        if (target is not QualitativeTarget)
        {
            return false;
        }

        if (expected.Length >= 3 && (expected.StartsWith("优良", StringComparison.Ordinal) || expected.StartsWith("好较好", StringComparison.Ordinal)))
        {
            return actual.Length == 1 && actual[0] == expected[0];
        }

        foreach (var negation in Negations)
        {
            if (actual.Contains(negation, StringComparison.Ordinal))
            {
                return false;
            }
        }

        var head = QualitativeWords.HeadOf(expected);
        return head.Length > 0 && actual.Contains(head, StringComparison.Ordinal);
    }

    public static Actual Parse(CompactText text, DiagnosticBag bag)
    {
        var (start, end) = TargetParser.Trim(text.Text, 0, text.Length);
        var written = text.CleanSlice(start, end);
        if (start == end)
        {
            return new Actual(written, ActualKind.Blank);
        }

        var s = text.Text.Substring(start, end - start);
        foreach (var (tierText, tier) in Tiers)
        {
            if (s.StartsWith(tierText, StringComparison.Ordinal))
            {
                return new Actual(written, ActualKind.Tier) { Tier = tier };
            }
        }

        CompletionHedge? hedge = null;
        foreach (var (hedgeText, kind) in Hedges)
        {
            if (s.StartsWith(hedgeText, StringComparison.Ordinal))
            {
                hedge = kind;
                bag.Add(DiagnosticCodes.HedgedActual, DiagnosticSeverity.Info, text, start, end, Messages.HedgedActual(written));
                break;
            }
        }

        if (hedge is not null)
        {
            return new Actual(written, ActualKind.Text) { Hedge = hedge };
        }

        if (s is "是" or "有" or "否" or "没有" or "不是")
        {
            // A yes/no answer, judged against a yes/no target (项目实施是否产生经济价值 | 否).
            return new Actual(written, ActualKind.Text) { Answer = s is "是" or "有", SaysCompleted = s == "是", SaysNone = s == "没有" };
        }

        if (Array.IndexOf(NoneWords, s) >= 0 && s != "0起")
        {
            return new Actual(written, ActualKind.Text) { SaysNone = true };
        }

        if (TargetParser.LooksLikeDate(s) && (PlainDate.TryRead(s, out var date) || Grammar.TryParseDeadline(s, out date)))
        {
            if (!TargetParser.IsValid(date))
            {
                bag.Add(DiagnosticCodes.InvalidDate, DiagnosticSeverity.Error, text, start, end, Messages.InvalidDate(written));
                return new Actual(written, ActualKind.Text);
            }

            return new Actual(written, ActualKind.Date) { Date = date };
        }

        var from = 0;
        foreach (var word in LeadingWords)
        {
            if (s.StartsWith(word, StringComparison.Ordinal) && s.Length > word.Length && (Lexicon.IsDigit(s[word.Length]) || Lexicon.Symbols.TryMatch(s.AsSpan(word.Length), out Comparator _, out _)))
            {
                from = word.Length;
                break;
            }
        }

        var tail = s.Length;
        foreach (var word in TrailingWords)
        {
            if (s.Length > word.Length && s.EndsWith(word, StringComparison.Ordinal) && (Lexicon.IsDigit(s[^(word.Length + 1)]) || s[^(word.Length + 1)] is '%' || UnitCatalog.MatchPrefix(s.AsSpan(s.Length - word.Length - 1)) is not null))
            {
                tail = s.Length - word.Length;
                break;
            }
        }

        if (QuantityScanner.TryScan(s[..tail], from, out var scanned, out var overflow) && scanned.End == tail)
        {
            if (scanned.UnitIsUnknown)
            {
                bag.Add(DiagnosticCodes.UnknownUnit, DiagnosticSeverity.Warning, text, start + scanned.UnitStart, start + scanned.UnitEnd, Messages.UnknownUnit(scanned.Quantity.Unit.Text));
            }

            return new Actual(written, ActualKind.Quantity)
            {
                Quantity = scanned.Quantity,
                Comparator = scanned.Comparator,
                SaysCompleted = from > 0 || tail < s.Length,
            };
        }

        if (overflow)
        {
            bag.Add(DiagnosticCodes.InvalidNumber, DiagnosticSeverity.Error, text, start, end, Messages.InvalidNumber(written));
            return new Actual(written, ActualKind.Text);
        }

        var completed = Array.IndexOf(CompletedWords, s) >= 0;
        var startsWithSymbol = Lexicon.Symbols.TryMatch(s.AsSpan(), out Comparator _, out _);
        if (!completed && (startsWithSymbol || (TargetParser.ContainsDigit(s) && !s.AsSpan().ContainsAnyInRange('\u4E00', '\u9FFF'))))
        {
            bag.Add(DiagnosticCodes.UnrecognizedActual, DiagnosticSeverity.Warning, text, start, end, Messages.UnrecognizedActual(written));
        }

        return new Actual(written, ActualKind.Text) { SaysCompleted = completed };
    }
}
