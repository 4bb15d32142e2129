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
            // 一、产出指标 (一)数量指标: the outline numbering of a label.
            var numbered = pos + NumberingLength(s, pos, end);
            var match = CategoryLabels.MatchLabelPrefix(s.AsSpan(numbered, end - numbered));
            if (match is not null && numbered > pos)
            {
                pos = numbered;
            }

            if (match is not { } m || pos + m.Length >= end)
            {
                break;
            }

            // 数量指标: …, or a label run into its clause with no colon (产出指标数量指标农村…覆盖率100%).
            var colon = s[pos + m.Length] == ':';
            if (!colon && !IsBareLabel(s, pos, m.Length, end))
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

            pos += m.Length + (colon ? 1 : 0);
        }

        return pos;
    }

    /// <summary>The length of an outline number at <paramref name="pos"/>: 一、 or (一) (Chinese numerals up to 十), else 0.</summary>
    private static int NumberingLength(string s, int pos, int end)
    {
        const string numerals = "一二三四五六七八九十";
        if (pos + 1 < end && numerals.Contains(s[pos]) && s[pos + 1] == '、')
        {
            return 2;
        }

        return pos + 2 < end && s[pos] == '(' && numerals.Contains(s[pos + 1]) && s[pos + 2] == ')' ? 3 : 0;
    }

    /// <summary>A label without a colon: it ends in 指标, and a name (a character of text, not a value) and more follow it.</summary>
    private static bool IsBareLabel(string s, int pos, int length, int end)
    {
        var next = pos + length;
        next += NumberingLength(s, next, end);
        return length >= 4 && s.AsSpan(pos, length).EndsWith("指标", StringComparison.Ordinal) && end - next >= 3
            && Lexicon.IsCjk(s[next]) && !Lexicon.TryMatchPreWord(s.AsSpan(next), out _, out _)
            && !s.AsSpan(next).StartsWith("定性", StringComparison.Ordinal);
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

        var marker = s.AsSpan(pos, end - pos).IndexOf(ValueMarker, StringComparison.Ordinal);
        if (marker >= 0)
        {
            marker += pos;
            var last = s.AsSpan(pos, end - pos).LastIndexOf(ValueMarker, StringComparison.Ordinal) + pos;
            var markerNameEnd = marker >= pos + 2 && s.AsSpan(marker - 2, 2).SequenceEqual("年度") ? marker - 2 : marker;
            var targetStart = last + ValueMarker.Length;
            if (last != marker)
            {
                var dropped = text.CleanSlice(marker + ValueMarker.Length, last + ValueMarker.Length);
                bag.Add(DiagnosticCodes.DuplicatedFragment, DiagnosticSeverity.Warning, text, marker + ValueMarker.Length, targetStart, Messages.DuplicatedFragment(dropped));
            }

            var (markedName, markedEnd, markedContext) = NameOf(text, pos, markerNameEnd, labels);
            var marked = EndsTruncated(s, targetStart, end)
                ? Truncated(text, targetStart, end, bag)
                : TargetParser.Parse(text, targetStart, end, bag, markedContext);
            return Build(text, labels, markedName, pos, markedEnd, marked, targetStart, end, start, end);
        }

        // Cells split at single spaces (出差人数 正向 = 8, 志鉴…供应时效 100%(历史标准) 100%, 实现社会稳定和谐发展 长期).
        if (TryWeakRow(text, pos, end, labels, bag) is { } row)
        {
            return row with { Span = text.ToOriginal(start, end) };
        }

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

            if (!TargetParser.ContainsDigit(s.AsSpan(pos, end - pos)) && RunTogether(text, pos, end, labels, start, bag) is { } qualitativeIndicator)
            {
                return qualitativeIndicator;
            }

            // Two cells split at one space, the second a sentence (返本分红比例 第一年按总投资额返本20%,分红按8%分红).
            if (TryWeakRow(text, pos, end, labels, bag, anyValue: true) is { } pair)
            {
                return pair with { Span = text.ToOriginal(start, end) };
            }

            // A sentence with one measure in it (严格按照1000元/人的标准发放): the sentence names the indicator and holds its value.
            var trial = new DiagnosticBag();
            var (sentenceName, sentenceEnd, sentenceContext) = NameOf(text, pos, end, labels);
            if (TargetParser.Parse(text, pos, end, trial, sentenceContext) is QuantitativeTarget { Context: not null } inSentence && !trial.HasErrors)
            {
                bag.AddRange(trial);
                return Build(text, labels, sentenceName, pos, sentenceEnd, inSentence, pos, end, start, end);
            }

            var clause = text.CleanSlice(pos, end);
            bag.Add(DiagnosticCodes.NoTarget, DiagnosticSeverity.Error, text, pos, end, Messages.NoTarget(clause));
            return Build(text, labels, clause, pos, end, new UnrecognizedTarget(string.Empty), end, end, start, end);
        }

        var targetFrom = qualitative ? split + 2 : split;
        var (nameText, nameEnd, context) = NameOf(text, pos, split, labels);
        var target = TargetParser.Parse(text, targetFrom, end, bag, context, afterQualitativeMarker: qualitative);
        return Build(text, labels, nameText, pos, nameEnd, target, targetFrom, end, start, end);
    }

    /// <summary>
    /// The name of <c>[pos, nameEnd)</c> with its context: trimmed of separators, and without a template placeholder at its end
    /// (<c>(≥**%)</c>), whose direction and unit the context keeps.
    /// </summary>
    private static (string Name, int End, TargetContext Context) NameOf(CompactText text, int pos, int nameEnd, Labels labels)
    {
        while (nameEnd > pos && text.Text[nameEnd - 1] is ',' or ':' or ';' or '、')
        {
            nameEnd--;
        }

        var name = text.CleanSlice(pos, nameEnd);
        var context = TargetContext.ForName(text, pos, nameEnd, name, labels);
        if (context.Hints.HasPlaceholder && pos + context.Hints.PlaceholderEnd == nameEnd && context.Hints.PlaceholderStart > 0)
        {
            nameEnd = pos + context.Hints.PlaceholderStart;
            name = Name(text, pos, nameEnd);
            context = context with { Name = name };
        }

        return (name, nameEnd, context);
    }

    /// <summary>
    /// A clause whose cells were separated by single spaces: the earliest space after which the rest reads as a value (in the
    /// strict sense of <see cref="RowReader"/>) splits name and value. Spaces after punctuation and inside brackets do not count.
    /// </summary>
    private static Indicator? TryWeakRow(CompactText text, int pos, int end, Labels labels, DiagnosticBag bag, bool anyValue = false)
    {
        if (end - pos < 3 || !text.HadWhiteSpaceInside(pos, end))
        {
            return null;
        }

        var s = text.Text;
        List<(int Start, int End)>? tokens = null;
        var tokenStart = pos;
        var depth = 0;
        for (var i = pos; i < end; i++)
        {
            if (i > pos && depth == 0 && text.OriginalIndex(i) != text.OriginalIndex(i - 1) + 1 && !IsPunctuation(s[i - 1]) && !IsPunctuation(s[i]))
            {
                (tokens ??= []).Add((tokenStart, i));
                tokenStart = i;
            }

            depth += s[i] == '(' ? 1 : s[i] == ')' && depth > 0 ? -1 : 0;
        }

        if (tokens is null)
        {
            return null;
        }

        tokens.Add((tokenStart, end));

        // Leading category cells (数量指标 对符合…扶助 63人) are labels, not part of the name.
        while (tokens.Count > 2 && LabelCell.Read(s.AsSpan(tokens[0].Start, tokens[0].End - tokens[0].Start), out var known) is { } label && known)
        {
            labels = Apply(labels, label, text.CleanSlice(tokens[0].Start, tokens[0].End));
            tokens.RemoveAt(0);
        }

        if (anyValue)
        {
            if (tokens.Count != 2)
            {
                return null;
            }

            var cells = new List<(int Start, int End)>
            {
                (text.OriginalIndex(tokens[0].Start), text.OriginalIndex(tokens[0].End - 1) + 1),
                (text.OriginalIndex(tokens[1].Start), text.OriginalIndex(tokens[1].End - 1) + 1),
            };
            var pairLabels = labels;
            var pairTrial = new DiagnosticBag();
            if (RowReader.Read(text.Original, cells, ref pairLabels, pairTrial) is { Target: not UnrecognizedTarget } read)
            {
                bag.AddRange(pairTrial);
                return read;
            }

            return null;
        }

        for (var j = 1; j < tokens.Count; j++)
        {
            var ranges = new List<(int Start, int End)>(tokens.Count - j + 1)
            {
                (text.OriginalIndex(tokens[0].Start), text.OriginalIndex(tokens[j - 1].End - 1) + 1),
            };
            for (var k = j; k < tokens.Count; k++)
            {
                ranges.Add((text.OriginalIndex(tokens[k].Start), text.OriginalIndex(tokens[k].End - 1) + 1));
            }

            var rowLabels = labels;
            var trial = new DiagnosticBag();
            if (RowReader.Read(text.Original, ranges, ref rowLabels, trial, strict: true) is { } indicator)
            {
                bag.AddRange(trial);
                return indicator;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the clause is values with no name (<c>不断提升 弥补我省高等教育不平衡 持续</c>, the 实施周期 column of a table whose names
    /// are elsewhere): it has no number, and its first word, before a space, is a whole qualitative value. A name is never just 不断提升.
    /// </summary>
    public static bool IsValuesWithoutName(CompactText text, int start, int end)
    {
        var labels = Labels.None;
        var pos = ReadLabels(text, start, end, ref labels);
        (pos, end) = TargetParser.Trim(text.Text, pos, end);
        if (end - pos < 3 || TargetParser.ContainsDigit(text.Text.AsSpan(pos, end - pos)))
        {
            return false;
        }

        for (var i = pos + 1; i < end; i++)
        {
            if (text.OriginalIndex(i) != text.OriginalIndex(i - 1) + 1)
            {
                return QualitativeWords.IsValue(text.Text.AsSpan(pos, i - pos));
            }
        }

        return false;
    }

    /// <summary>The labels after a category cell: a 一级 starts a group, a 二级 keeps its 一级.</summary>
    private static Labels Apply(Labels labels, LabelCell.Label label, string written) => label switch
    {
        { Category: { } category } => new Labels(category, written, null, null),
        { Subcategory: { } subcategory } => labels with
        {
            Subcategory = subcategory,
            SubcategoryLabel = written,
            Category = labels.CategoryLabel is null ? subcategory.ParentCategory() : labels.Category,
        },
        _ => labels,
    };

    private static bool IsPunctuation(char c) => c is ',' or ':' or ';' or '、' or '。' or '.' or '-' or '~' or '/';

    /// <summary>
    /// A clause with no number whose name and qualitative value run together (义务教育优质均衡发展情况稳步提高, …影响长远,
    /// 成本控制率不超预算), or a goal statement that is its own target (增加就业机会,提高农民收入).
    /// </summary>
    private static Indicator? RunTogether(CompactText text, int pos, int end, Labels labels, int clauseStart, DiagnosticBag bag)
    {
        var clause = text.Text.AsSpan(pos, end - pos);
        var valueStart = QualitativeWords.TrailingValueStart(clause);
        if (valueStart > 0)
        {
            var (name, nameEnd, _) = NameOf(text, pos, pos + valueStart, labels);
            if (nameEnd > pos)
            {
                var value = text.CleanSlice(pos + valueStart, end);
                bag.Add(DiagnosticCodes.RunTogetherSplit, DiagnosticSeverity.Info, text, pos, end, Messages.RunTogetherSplit(name, value));
                return Build(text, labels, name, pos, nameEnd, new QualitativeTarget(value), pos + valueStart, end, clauseStart, end);
            }
        }

        if (QualitativeWords.IsStatement(clause))
        {
            var statement = text.CleanSlice(pos, end);
            bag.Add(DiagnosticCodes.TargetInName, DiagnosticSeverity.Info, text, pos, end, Messages.TargetInName(statement: true));
            return Build(text, labels, statement, pos, end, new QualitativeTarget(statement), pos, end, clauseStart, end);
        }

        return null;
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

            if (IsComparatorFollowedByNumber(clause, i) || (i > pos && QuantityScanner.IsOcrSymbolAt(s, i, out _)))
            {
                return i;
            }
        }

        // One copy of this clause for the scanner (made when first needed), not a copy of the cell up to here per digit:
        // a cell of 1、1、1、… would otherwise copy n² characters.
        string? clauseText = null;
        for (var i = pos + 1; i < end; i++)
        {
            // (A digit after , starts a number only when the , is no thousands separator: 完成时限,2025年10月底前.)
            if (!Lexicon.IsDigit(s[i]) || Lexicon.IsDigit(s[i - 1]) || s[i - 1] == '.' || (s[i - 1] == ',' && i >= 2 && Lexicon.IsDigit(s[i - 2])))
            {
                continue;
            }

            if (end - i <= MaxDateLength)
            {
                var rest = s[i..end];
                if (NumericDate.LooksLikeNumericDate(rest) && (NumericDate.TryReadPeriod(rest, out _, out _) || NumericDate.TryReadDeadline(rest, out _)))
                {
                    // 完成时间:2023/12/20前: the whole date, not 20前 after a name 完成时间:2023/12/.
                    return i;
                }

                if (TargetParser.LooksLikeDate(rest) && (Grammar.TryParse(Grammar.Period, rest, out _) || Grammar.TryParseDeadline(rest, out _)))
                {
                    return i;
                }
            }

            clauseText ??= s[pos..end];

            // A quantity to the end (with 以上 after it: 12场以上), a range, or the grades of a graded standard (100%90%85%85%).
            if (QuantityScanner.TryScan(clauseText, i - pos, out var scanned, out _)
                && (scanned.End == clauseText.Length || TargetParser.IsRangeAt(clauseText, scanned) || GradedStandard.StartsAt(clauseText, i - pos)
                    || (scanned.End > i - pos + 1 && QualitativeWords.IsValue(clauseText.AsSpan(scanned.End)) && !scanned.Quantity.Unit.IsNone)))
            {
                // (…保洁面积12万平方米全覆盖: a quantity and a word of the value after it.)
                return i;
            }
        }

        return -1;
    }

    private static bool IsComparatorFollowedByNumber(ReadOnlySpan<char> s, int i)
    {
        var p = i;
        if (Lexicon.TryMatchPreWord(s[p..], out _, out var wordLength))
        {
            p += wordLength;
        }

        if (Lexicon.Symbols.TryMatch(s[p..], out Comparator _, out var symbolLength))
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

    private static Indicator Build(CompactText text, Labels labels, string name, int nameStart, int nameEnd, Target target, int targetStart, int targetEnd, int clauseStart, int clauseEnd)
    {
        (targetStart, targetEnd) = TargetParser.Trim(text.Text, targetStart, targetEnd);
        while (nameEnd > nameStart && text.Text[nameEnd - 1] is ',' or ':' or ';' or '、')
        {
            nameEnd--;
        }

        var clause = text.ToOriginal(clauseStart, clauseEnd);
        return new Indicator(name, target, clause)
        {
            Category = labels.Category,
            CategoryLabel = labels.CategoryLabel,
            Subcategory = labels.Subcategory,
            SubcategoryLabel = labels.SubcategoryLabel,
            NameSpan = text.ToOriginal(nameStart, nameEnd),
            TargetSpan = targetEnd > targetStart ? text.ToOriginal(targetStart, targetEnd) : new TextSpan(clause.End, 0),
        };
    }
}
