namespace PerfIndicators.Parsing;

/// <summary>The category labels in force for a clause: written on it, or carried from an earlier clause.</summary>
internal readonly record struct Labels(IndicatorCategory? Category, string? CategoryLabel, IndicatorSubcategory? Subcategory, string? SubcategoryLabel)
{
    public static Labels None => default;

    public bool IsEmpty => Category is null && Subcategory is null;
}

/// <summary>Parses one indicator clause (labels, name, target) from a range of a <see cref="CompactText"/>.</summary>
internal static class ClauseParser
{
    private const string ValueMarker = "指标值:";

    /// <summary>The longest date or period read as a clause's whole target (<c>2022年1月1日至2022年12月31日前完成</c> is 23).</summary>
    private const int MaxDateLength = 64;

    /// <summary>Reads category labels (<c>数量指标:</c>, <c>产出指标:</c>) at <paramref name="pos"/>; returns the position after them.</summary>
    public static int ReadLabels(CompactText text, int pos, int end, ref Labels labels)
    {
        var s = text.Text;
        while (pos < end)
        {
            var match = CategoryLabels.MatchLabelPrefix(s.AsSpan(pos, end - pos));
            if (match is not { } m || pos + m.Length >= end || s[pos + m.Length] != ':')
            {
                break;
            }

            var written = text.CleanSlice(pos, pos + m.Length);
            if (m.Subcategory is { } sub)
            {
                labels = labels with
                {
                    Subcategory = sub,
                    SubcategoryLabel = written,
                    Category = labels.CategoryLabel is null ? sub.ParentCategory() : labels.Category,
                };
            }
            else
            {
                labels = new Labels(m.Category, written, null, null);
            }

            pos += m.Length + 1;
        }

        return pos;
    }

    /// <summary>Parses the clause <c>[start, end)</c>; labels written on the clause override <paramref name="inherited"/>.</summary>
    public static Indicator Parse(CompactText text, int start, int end, Labels inherited, DiagnosticBag bag, out Labels inForce)
    {
        var s = text.Text;
        var labels = inherited;
        var written = Labels.None;
        var pos = ReadLabels(text, start, end, ref written);
        if (!written.IsEmpty)
        {
            labels = written;
        }

        inForce = labels;
        (pos, end) = TargetParser.Trim(s, pos, end);

        int nameEnd;
        Target target;
        var marker = s.AsSpan(pos, end - pos).IndexOf(ValueMarker, StringComparison.Ordinal);
        if (marker >= 0)
        {
            marker += pos;
            var last = s.AsSpan(pos, end - pos).LastIndexOf(ValueMarker, StringComparison.Ordinal) + pos;
            nameEnd = marker >= pos + 2 && s.AsSpan(marker - 2, 2).SequenceEqual("年度") ? marker - 2 : marker;
            var targetStart = last + ValueMarker.Length;
            if (last != marker)
            {
                var dropped = text.CleanSlice(marker + ValueMarker.Length, last + ValueMarker.Length);
                bag.Add(DiagnosticCodes.DuplicatedFragment, DiagnosticSeverity.Warning, text, marker + ValueMarker.Length, targetStart, Messages.DuplicatedFragment(dropped));
            }

            target = EndsTruncated(s, targetStart, end)
                ? Truncated(text, targetStart, end, bag)
                : TargetParser.Parse(text, targetStart, end, bag);
        }
        else
        {
            var split = FindSplit(s, pos, end, out var qualitative);
            if (split < 0)
            {
                if (EndsTruncated(s, pos, end))
                {
                    var cut = s.AsSpan(pos, end - pos).LastIndexOf("年度", StringComparison.Ordinal) + pos;
                    var name = Name(text, pos, cut);
                    var truncated = Truncated(text, cut, end, bag);
                    return Build(text, labels, name, pos, cut, truncated, cut, end, start, end);
                }

                var clause = text.CleanSlice(pos, end);
                bag.Add(DiagnosticCodes.NoTarget, DiagnosticSeverity.Error, text, pos, end, Messages.NoTarget(clause));
                return Build(text, labels, clause, pos, end, new UnrecognizedTarget(string.Empty), end, end, start, end);
            }

            nameEnd = split;
            target = qualitative
                ? TargetParser.Parse(text, split + 2, end, bag, afterQualitativeMarker: true)
                : TargetParser.Parse(text, split, end, bag);
            var targetFrom = qualitative ? split + 2 : split;
            var nameText = Name(text, pos, nameEnd);
            target = ApplyNameHints(text, nameText, target, targetFrom, end, bag);
            return Build(text, labels, nameText, pos, nameEnd, target, targetFrom, end, start, end);
        }

        var indicatorName = Name(text, pos, nameEnd);
        var valueStart = s.AsSpan(pos, end - pos).LastIndexOf(ValueMarker, StringComparison.Ordinal) + pos + ValueMarker.Length;
        target = ApplyNameHints(text, indicatorName, target, valueStart, end, bag);
        return Build(text, labels, indicatorName, pos, nameEnd, target, valueStart, end, start, end);
    }

    /// <summary>
    /// Where the name ends and the target begins: the earliest 定性 marker, comparator symbol or comparator word
    /// followed by a number; failing that, a number that scans as a quantity to the end of the clause.
    /// </summary>
    private static int FindSplit(string s, int pos, int end, out bool qualitative)
    {
        qualitative = false;
        var clause = s.AsSpan(0, end);
        for (var i = pos; i < end; i++)
        {
            var c = s[i];
            if (c == '定' && i + 1 < end && s[i + 1] == '性' && Lexicon.IsQualitativeMarker(clause, i))
            {
                qualitative = true;
                return i;
            }

            if (IsComparatorFollowedByNumber(clause, i))
            {
                return i;
            }
        }

        // One copy of this clause for the scanner (made when first needed), not a copy of the cell up to here per digit:
        // a cell of 1、1、1、… would otherwise copy n² characters.
        string? clauseText = null;
        for (var i = pos + 1; i < end; i++)
        {
            if (!Lexicon.IsDigit(s[i]) || Lexicon.IsDigit(s[i - 1]) || s[i - 1] is '.' or ',')
            {
                continue;
            }

            if (end - i <= MaxDateLength)
            {
                var rest = s[i..end];
                if (TargetParser.LooksLikeDate(rest) && (Grammar.TryParse(Grammar.Period, rest, out _) || Grammar.TryParse(Grammar.Deadline, rest, out _)))
                {
                    return i;
                }
            }

            clauseText ??= s[pos..end];
            if (QuantityScanner.TryScan(clauseText, i - pos, out var scanned, out _) && scanned.Comparator == Comparator.None
                && (scanned.End == clauseText.Length || TargetParser.IsRangeAt(clauseText, scanned)))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsComparatorFollowedByNumber(ReadOnlySpan<char> s, int i)
    {
        var p = i;
        if (Lexicon.TryMatch(Lexicon.PreWords, s[p..], out Comparator _, out var wordLength))
        {
            p += wordLength;
        }

        if (Lexicon.TryMatch(Lexicon.Symbols, s[p..], out Comparator _, out var symbolLength))
        {
            p += symbolLength;
        }

        if (p == i)
        {
            return false;
        }

        if (p < s.Length && s[p] is '-' or '+')
        {
            p++;
        }

        return p < s.Length && Lexicon.IsDigit(s[p]);
    }

    private static bool EndsTruncated(string s, int start, int end)
    {
        var tail = s.AsSpan(start, end - start);
        return tail.EndsWith("年度指标", StringComparison.Ordinal) || tail.EndsWith("年度指标值", StringComparison.Ordinal)
            || (tail.EndsWith(",年度", StringComparison.Ordinal));
    }

    private static UnrecognizedTarget Truncated(CompactText text, int start, int end, DiagnosticBag bag)
    {
        var written = text.CleanSlice(start, end);
        bag.Add(DiagnosticCodes.TruncatedClause, DiagnosticSeverity.Error, text, start, end, Messages.Truncated(written));
        return new UnrecognizedTarget(written);
    }

    private static string Name(CompactText text, int start, int end)
    {
        while (end > start && text.Text[end - 1] is ',' or ':' or ';' or '、')
        {
            end--;
        }

        return text.CleanSlice(start, end);
    }

    /// <summary>Hints from the name: <c>人员到位率(%)</c> gives a bare number the unit %; a …率 name with <c>≥1</c> is suspicious.</summary>
    internal static Target ApplyNameHints(CompactText text, string name, Target target, int targetStart, int end, DiagnosticBag bag)
    {
        if (target is not QuantitativeTarget { Quantity: { Unit.IsNone: true, Multiplier: 1m, Per: null } q } quantitative)
        {
            return target;
        }

        if (name.Contains("(%)", StringComparison.Ordinal) || name.Contains("（%）", StringComparison.Ordinal) || name.Contains("（％）", StringComparison.Ordinal))
        {
            bag.Add(DiagnosticCodes.UnitFromName, DiagnosticSeverity.Info, text, targetStart, end, Messages.UnitFromName(name));
            var percent = new Quantity(q.Value, q.ValueText, 1m, null, Unit.Percent);
            return new QuantitativeTarget(quantitative.Text, quantitative.Comparator, percent, quantitative.Direction, quantitative.Context);
        }

        if ((name.EndsWith('率') || name.Contains("率(", StringComparison.Ordinal)) && q.Value <= 1m && q.Value > 0m)
        {
            bag.Add(DiagnosticCodes.RateWithoutPercent, DiagnosticSeverity.Warning, text, targetStart, end, Messages.RateWithoutPercent(name, quantitative.Text));
        }

        return target;
    }

    private static Indicator Build(CompactText text, Labels labels, string name, int nameStart, int nameEnd, Target target, int targetStart, int targetEnd, int clauseStart, int clauseEnd)
    {
        (targetStart, targetEnd) = TargetParser.Trim(text.Text, targetStart, targetEnd);
        while (nameEnd > nameStart && text.Text[nameEnd - 1] is ',' or ':' or ';' or '、')
        {
            nameEnd--;
        }

        return new Indicator(name, target, text.ToOriginal(clauseStart, clauseEnd))
        {
            Category = labels.Category,
            CategoryLabel = labels.CategoryLabel,
            Subcategory = labels.Subcategory,
            SubcategoryLabel = labels.SubcategoryLabel,
            NameSpan = text.ToOriginal(nameStart, nameEnd),
            TargetSpan = text.ToOriginal(targetStart, targetEnd),
        };
    }
}
