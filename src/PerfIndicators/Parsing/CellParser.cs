using System.Collections.Immutable;

namespace PerfIndicators.Parsing;

/// <summary>
/// Splits an indicator cell into clauses and parses each: the numbered form (<c>1、产出指标:…,年度指标值:…。</c>) and the
/// label form (<c>数量指标: 资金支付率≥90%; 社会效益指标: …</c>). Every clause becomes an indicator or a diagnostic.
/// </summary>
internal static class CellParser
{
    /// <summary>Parses the cell <c>original[start..start+length)</c>; spans point into <paramref name="original"/>.</summary>
    public static (ImmutableArray<Indicator> Indicators, DiagnosticBag Diagnostics) Parse(string original, int start, int length, DiagnosticBag bag) =>
        Parse(original, start, length, bag, Labels.None);

    /// <summary>Parses the cell <c>original[start..start+length)</c> under the labels of a table's rows above it.</summary>
    public static (ImmutableArray<Indicator> Indicators, DiagnosticBag Diagnostics) Parse(string original, int start, int length, DiagnosticBag bag, Labels inherited)
    {
        var text = CompactText.Create(original, start, length);
        var indicators = ImmutableArray.CreateBuilder<Indicator>();
        var markers = FindNumberMarkers(text);
        if (markers.Count > 0 && IsOnlySeparators(text.Text, 0, markers[0].Start))
        {
            ParseNumbered(text, markers, indicators, bag);
        }
        else if (markers.Count > 0 && text.Text[0] == '、')
        {
            // The rest of a numbered cell whose clause number stayed on the previous page (…。7 | 、效益指标:…).
            bag.Add(DiagnosticCodes.PageBreakJoined, DiagnosticSeverity.Info, text, 0, 1, Messages.ContinuedClause);
            ParseLabelled(text, 1, markers[0].Start, indicators, bag, inherited);
            ParseNumbered(text, markers, indicators, bag);
        }
        else
        {
            ParseLabelled(text, 0, text.Length, indicators, bag, inherited);
        }

        if (indicators.Count == 0 && bag.Count == 0)
        {
            bag.Add(DiagnosticCodes.EmptyCell, DiagnosticSeverity.Info, new TextSpan(start, length), Messages.EmptyCell);
        }

        return (indicators.ToImmutable(), bag);
    }

    private readonly record struct Marker(int Start, int End, int Number);

    /// <summary>
    /// Clause numbers: 1–2 digits and 、 at the start, after 。/;/. or before a category label with a colon.
    /// </summary>
    private static List<Marker> FindNumberMarkers(CompactText text)
    {
        var s = text.Text;
        var markers = new List<Marker>();
        for (var i = 0; i < s.Length; i++)
        {
            if (!Lexicon.IsDigit(s[i]) || (i > 0 && Lexicon.IsDigit(s[i - 1])))
            {
                continue;
            }

            var j = i;
            while (j < s.Length && j - i < 3 && Lexicon.IsDigit(s[j]))
            {
                j++;
            }

            if (j - i > 2 || j >= s.Length || s[j] is not ('、' or '.'))
            {
                continue;
            }

            var atBoundary = i == 0 || s[i - 1] is '。' or ';' or '.' or ',';
            var beforeLabel = CategoryLabels.MatchLabelPrefix(s.AsSpan(j + 1)) is { } m && j + 1 + m.Length < s.Length && s[j + 1 + m.Length] == ':';

            // 1.产出指标:… is numbering only before a label: elsewhere 1.5 is a number.
            if (s[j] == '.' ? beforeLabel : atBoundary || beforeLabel)
            {
                markers.Add(new Marker(i, j + 1, int.Parse(s.AsSpan(i, j - i), provider: System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return markers;
    }

    private static void ParseNumbered(CompactText text, List<Marker> markers, ImmutableArray<Indicator>.Builder indicators, DiagnosticBag bag)
    {
        var expected = markers[0].Number;
        for (var k = 0; k < markers.Count; k++)
        {
            var marker = markers[k];
            if (marker.Number != expected)
            {
                bag.Add(DiagnosticCodes.NumberingIrregular, DiagnosticSeverity.Warning, text, marker.Start, marker.End, Messages.NumberingIrregular(expected, marker.Number));
            }

            expected = marker.Number + 1;
            if (text.HadWhiteSpaceInside(marker.End - 2, marker.End))
            {
                bag.Add(DiagnosticCodes.PageBreakJoined, DiagnosticSeverity.Info, text, marker.Start, marker.End, Messages.PageBreakJoined(text.CleanSlice(marker.Start, marker.End - 1)));
            }

            var clauseStart = marker.End;
            var clauseEnd = k + 1 < markers.Count ? markers[k + 1].Start : text.Length;
            clauseEnd = TrimStrayNumber(text, clauseStart, clauseEnd, isLast: k + 1 == markers.Count, bag);
            if (IsOnlySeparators(text.Text, clauseStart, clauseEnd))
            {
                bag.Add(DiagnosticCodes.EmptyClause, DiagnosticSeverity.Info, text, marker.Start, clauseEnd, Messages.EmptyClause);
                continue;
            }

            indicators.Add(ClauseParser.Parse(text, clauseStart, clauseEnd, Labels.None, bag, out _));
        }
    }

    /// <summary>
    /// A number left after the last 。 of a cell (<c>…≧6%。7</c>) is a clause number whose text went to the next page,
    /// or a page number: it belongs to no indicator here, so it is reported and left out.
    /// </summary>
    private static int TrimStrayNumber(CompactText text, int start, int end, bool isLast, DiagnosticBag bag)
    {
        var s = text.Text;
        var p = end;
        while (p > start && Lexicon.IsDigit(s[p - 1]))
        {
            p--;
        }

        if (p < end && p > start && s[p - 1] == '。' && end - p <= 2)
        {
            if (isLast)
            {
                bag.Add(DiagnosticCodes.StrayText, DiagnosticSeverity.Warning, text, p, end, Messages.StrayText(text.CleanSlice(p, end)));
            }

            return p;
        }

        return end;
    }

    /// <summary>The label form: clauses separated by <c>;</c> or <c>。</c>; a label applies until the next label.</summary>
    public static void ParseLabelled(CompactText text, int start, int end, ImmutableArray<Indicator>.Builder indicators, DiagnosticBag bag, Labels inherited = default)
    {
        var s = text.Text;
        if (IsProse(s, start, end))
        {
            // Goals written as prose (Hangzhou's 绩效目标): there is no indicator to make up.
            var (from, to) = TargetParser.Trim(s, start, end);
            bag.Add(DiagnosticCodes.StrayText, DiagnosticSeverity.Warning, text, from, to, Messages.ProseWithoutIndicators);
            return;
        }

        var labels = inherited;
        var partStart = start;
        var sawClause = false;
        for (var i = start; i <= end; i++)
        {
            if (i < end && s[i] is not (';' or '。'))
            {
                continue;
            }

            if (IsOnlySeparators(s, partStart, i))
            {
                // Two separators in a row inside the cell (not at its ends) lose nothing but are worth a note.
                if (sawClause && i < end && !IsOnlySeparators(s, i, end))
                {
                    bag.Add(DiagnosticCodes.EmptyClause, DiagnosticSeverity.Info, text, i, i + 1, Messages.EmptyClause);
                }
            }
            else
            {
                foreach (var (clauseStart, clauseEnd) in SplitAtLabels(text, partStart, i, bag))
                {
                    sawClause = true;
                    if (IsCountOfIndicators(s, clauseStart, clauseEnd))
                    {
                        // 设1条质量指标: … — the prose that announces a label, not an indicator.
                        var (from, to) = TargetParser.Trim(s, clauseStart, clauseEnd);
                        bag.Add(DiagnosticCodes.StrayText, DiagnosticSeverity.Warning, text, from, to, Messages.StrayText(text.CleanSlice(from, to)));
                        continue;
                    }

                    if (ClauseParser.IsValuesWithoutName(text, clauseStart, clauseEnd))
                    {
                        var (from, to) = TargetParser.Trim(s, clauseStart, clauseEnd);
                        bag.Add(DiagnosticCodes.ValuesWithoutName, DiagnosticSeverity.Warning, text, from, to, Messages.ValuesWithoutName(text.CleanSlice(from, to)));
                        continue;
                    }

                    indicators.Add(ClauseParser.Parse(text, clauseStart, clauseEnd, labels, bag, out labels));
                }
            }

            partStart = i + 1;
        }
    }

    /// <summary>A category label with its colon in the middle of a part means a separator is missing: split there.</summary>
    private static IEnumerable<(int Start, int End)> SplitAtLabels(CompactText text, int start, int end, DiagnosticBag bag)
    {
        var s = text.Text;
        var from = start;
        for (var colon = s.IndexOf(':', start, end - start); colon >= 0; colon = colon + 1 < end ? s.IndexOf(':', colon + 1, end - colon - 1) : -1)
        {
            var labelStart = LabelEndingAt(s, from, colon);
            if (labelStart > from && !IsOnlySeparators(s, from, labelStart))
            {
                bag.Add(DiagnosticCodes.MissingSeparator, DiagnosticSeverity.Warning, text, labelStart, colon + 1, Messages.MissingSeparator(text.CleanSlice(labelStart, colon)));
                yield return (from, labelStart);
                from = labelStart;
            }
        }

        yield return (from, end);
    }

    private static int LabelEndingAt(string s, int from, int colon)
    {
        // Longest label that ends just before the colon, e.g. 质量指标 in …定性正常使用质量指标:…
        for (var length = Math.Min(9, colon - from); length >= 4; length--)
        {
            var candidate = s.AsSpan(colon - length, length);
            if (CategoryLabels.MatchLabelPrefix(candidate) is { } m && m.Length == length)
            {
                return colon - length;
            }
        }

        return -1;
    }

    /// <summary>Text with no label, no comparator, no number, no 定性 marker and no 指标值: prose, not indicators.</summary>
    /// <remarks>
    /// One clause (no 。 or ; inside) that ends with a qualitative value (…情况稳步提高, …影响长远, 成本控制率不超预算) or opens with
    /// the verb of a goal statement (提高森林覆盖率,促进生物多样性保护。) is an indicator, not prose.
    /// </remarks>
    private static readonly System.Buffers.SearchValues<char> ProseBreakers = System.Buffers.SearchValues.Create("0123456789≥≤<>=±");

    private static bool IsProse(string s, int start, int end)
    {
        var span = s.AsSpan(start, end - start);
        if (span.IndexOfAny(ProseBreakers) >= 0
            || span.Contains("定性", StringComparison.Ordinal)
            || span.Contains("指标值", StringComparison.Ordinal)
            || span.IndexOfAny(":;") >= 0
            || !span.ContainsAnyInRange('\u4E00', '\u9FFF'))
        {
            return false;
        }

        var (from, to) = TargetParser.Trim(s, start, end);
        var clause = s.AsSpan(from, to - from);
        return clause.IndexOf('。') >= 0 || (QualitativeWords.TrailingValueStart(clause) < 0 && !QualitativeWords.IsStatement(clause));
    }

    /// <summary>Whether a part is only the count before a label in prose (设1条, 共设2个, 设置3项): 设 1条质量指标:….</summary>
    private static bool IsCountOfIndicators(string s, int start, int end)
    {
        var (from, to) = TargetParser.Trim(s, start, end);
        var part = s.AsSpan(from, to - from);
        foreach (var lead in (ReadOnlySpan<string>)["共设置", "共设", "设置", "设", "其中"])
        {
            if (part.StartsWith(lead, StringComparison.Ordinal))
            {
                part = part[lead.Length..];
                break;
            }
        }

        var digits = 0;
        while (digits < part.Length && Lexicon.IsDigit(part[digits]))
        {
            digits++;
        }

        return digits > 0 && part.Length == digits + 1 && part[digits] is '条' or '个' or '项';
    }

    private static bool IsOnlySeparators(string s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (s[i] is not (';' or '。' or ',' or '、' or ':' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
