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

        if (TargetParser.LooksLikeDate(s) && (PlainDate.TryRead(s, out var date) || Grammar.TryParse(Grammar.Deadline, s, out date)))
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
            if (s.StartsWith(word, StringComparison.Ordinal) && s.Length > word.Length && (Lexicon.IsDigit(s[word.Length]) || Lexicon.TryMatch(Lexicon.Symbols, s.AsSpan(word.Length), out Comparator _, out _)))
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
        var startsWithSymbol = Lexicon.TryMatch(Lexicon.Symbols, s.AsSpan(), out Comparator _, out _);
        if (!completed && (startsWithSymbol || (TargetParser.ContainsDigit(s) && !s.AsSpan().ContainsAnyInRange('\u4E00', '\u9FFF'))))
        {
            bag.Add(DiagnosticCodes.UnrecognizedActual, DiagnosticSeverity.Warning, text, start, end, Messages.UnrecognizedActual(written));
        }

        return new Actual(written, ActualKind.Text) { SaysCompleted = completed };
    }
}
