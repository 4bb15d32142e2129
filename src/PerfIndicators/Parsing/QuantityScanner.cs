using System.Globalization;

namespace PerfIndicators.Parsing;

/// <summary>The result of scanning a comparator and quantity: positions are indices into the scanned string.</summary>
internal readonly record struct ScannedQuantity(
    Comparator Comparator,
    Quantity Quantity,
    int Start,
    int End,
    int NumberStart,
    int NumberEnd,
    int UnitStart,
    int UnitEnd,
    bool UnitIsUnknown,
    bool OcrRepaired = false);

/// <summary>
/// A hand-written scanner for the common shape <c>[comparator word] [symbol] number [multiplier] [unit] [/unit] [以上]</c>.
/// It allocates only the result, which keeps the per-clause cost low; the Sprache grammars build on it for
/// the rarer shapes (dates, periods, embedded rules).
/// </summary>
internal static class QuantityScanner
{
    private const int MaxSignificantDigits = 28;

    /// <summary>The most decimals <see cref="decimal"/> keeps.</summary>
    private const int MaxScale = 28;

    /// <summary>Scans an optional comparator and a number with its unit at <paramref name="start"/>.</summary>
    /// <param name="text">The compact, normalized text.</param>
    /// <param name="start">Where to start.</param>
    /// <param name="result">The quantity scanned.</param>
    /// <param name="overflow">Set when a number was found but cannot be represented.</param>
    /// <returns>Whether a number was found.</returns>
    public static bool TryScan(string text, int start, out ScannedQuantity result, out bool overflow)
    {
        result = default;
        overflow = false;
        var p = start;
        var comparator = Comparator.None;
        if (Lexicon.TryMatchPreWord(text.AsSpan(p), out var word, out var wordLength))
        {
            comparator = word;
            p += wordLength;
        }

        var ocr = false;
        if (Lexicon.Symbols.TryMatch(text.AsSpan(p), out Comparator symbol, out var symbolLength))
        {
            comparator = symbol;
            p += symbolLength;
        }
        else if (p == start && IsOcrSymbolAt(text, p, out symbol))
        {
            // 二100百分比: = read as 二 (W for ≤) where a value starts; reported by the caller.
            comparator = symbol;
            ocr = true;
            p++;
        }

        // 每亩300 (元 understood): the unit after 每 is what the value is per.
        Unit? perBefore = null;
        if (p + 1 < text.Length && text[p] == '每' && UnitCatalog.MatchPrefix(text.AsSpan(p + 1)) is { } each && !UnitCatalog.IsTimeUnit(each.Unit)
            && p + 1 + each.Length < text.Length && Lexicon.IsDigit(text[p + 1 + each.Length]))
        {
            perBefore = each.Unit;
            p += 1 + each.Length;
        }

        if (!TryScanNumber(text, p, out var value, out var valueText, out var numberEnd, out overflow, out var ocrDigits))
        {
            return false;
        }

        ocr |= ocrDigits;
        var numberStart = p;
        p = numberEnd;
        var (multiplier, multiplierText, unit, unitStart, unitEnd, unknown, per) = ScanUnit(text, ref p);
        if (perBefore is not null && per is null)
        {
            per = perBefore;
        }
        if (text.AsSpan(p).StartsWith("(含)", StringComparison.Ordinal))
        {
            // 80%（含）以上: the bound is included, which is what 以上 already says.
            p += 3;
        }

        if (Lexicon.PostWords.TryMatch(text.AsSpan(p), out Comparator post, out var postLength))
        {
            // 达到≥5个以上: when a symbol already decided, the redundant word is only part of the value.
            if (comparator == Comparator.None)
            {
                comparator = post;
            }

            p += postLength;
        }

        var quantity = new Quantity(value, valueText, multiplier, multiplierText, unit, per);
        result = new ScannedQuantity(comparator, quantity, start, p, numberStart, numberEnd, unitStart, unitEnd, unknown, ocr);
        return true;
    }

    /// <summary>Whether an OCR look-alike of a comparator (<c>二</c>, <c>W</c>) stands at <paramref name="p"/>, directly before a digit.</summary>
    public static bool IsOcrSymbolAt(string text, int p, out Comparator comparator)
    {
        comparator = Comparator.None;
        return p + 1 < text.Length && Lexicon.IsDigit(text[p + 1])
            && (p == 0 || !char.IsAsciiLetterOrDigit(text[p - 1]))
            && Lexicon.OcrSymbols.TryMatch(text.AsSpan(p, 1), out comparator, out _);
    }

    /// <summary>Scans a number (sign, digits, thousands commas, decimals) at <paramref name="start"/>.</summary>
    public static bool TryScanNumber(string text, int start, out decimal value, out string valueText, out int end, out bool overflow) =>
        TryScanNumber(text, start, out value, out valueText, out end, out overflow, out _, readOcrDigits: false);

    /// <summary>
    /// Scans a number at <paramref name="start"/>; with <paramref name="readOcrDigits"/>, the OCR look-alikes <c>O o</c> (0) and
    /// <c>l I</c> (1) count as digits inside a run that has a real digit next to them (<c>1O0%</c>, <c>l00%</c>), and
    /// <paramref name="ocrDigits"/> says so.
    /// </summary>
    public static bool TryScanNumber(string text, int start, out decimal value, out string valueText, out int end, out bool overflow, out bool ocrDigits, bool readOcrDigits = true)
    {
        ocrDigits = false;
        if (readOcrDigits && TryScanOcrDigits(text, start, out var repaired, out var repairedEnd)
            && TryScanNumber(repaired, 0, out value, out valueText, out var length, out overflow) && length == repaired.Length)
        {
            ocrDigits = true;
            end = repairedEnd;
            return true;
        }

        value = 0m;
        valueText = string.Empty;
        overflow = false;
        end = start;
        var p = start;
        if (p < text.Length && text[p] is '-' or '+' && p + 1 < text.Length && Lexicon.IsDigit(text[p + 1]))
        {
            p++;
        }

        if (p >= text.Length || !Lexicon.IsDigit(text[p]))
        {
            return false;
        }

        var hasComma = false;
        while (p < text.Length && Lexicon.IsDigit(text[p]))
        {
            p++;
        }

        while (p + 3 < text.Length && text[p] == ',' && IsDigitRun(text, p + 1, 3) && (p + 4 >= text.Length || !Lexicon.IsDigit(text[p + 4])))
        {
            hasComma = true;
            p += 4;
        }

        if (p + 1 < text.Length && text[p] == '.' && Lexicon.IsDigit(text[p + 1]))
        {
            p++;
            while (p < text.Length && Lexicon.IsDigit(text[p]))
            {
                p++;
            }
        }

        end = p;
        valueText = hasComma ? text[start..p].Replace(",", string.Empty, StringComparison.Ordinal) : text[start..p];
        var significant = 0;
        var leading = true;
        foreach (var c in valueText)
        {
            if (Lexicon.IsDigit(c))
            {
                if (c != '0' || !leading)
                {
                    leading = false;
                    significant++;
                }
            }
        }

        // More decimals than decimal keeps (0.00000000000000000000000000001 would round to 0) cannot be kept exactly either.
        var point = valueText.IndexOf('.', StringComparison.Ordinal);
        var tooPrecise = point >= 0 && valueText.Length - point - 1 > MaxScale && valueText.AsSpan(point + 1 + MaxScale).IndexOfAnyExcept('0') >= 0;
        if (significant > MaxSignificantDigits || tooPrecise
            || !decimal.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            overflow = true;
            value = 0m;
            return false;
        }

        return true;
    }

    /// <summary>
    /// A run of digits and OCR look-alikes (<c>O o l I</c>) at <paramref name="start"/> with at least one look-alike next to a
    /// real digit and at least one real digit, ending where a unit or the text may start; returned with the look-alikes replaced.
    /// </summary>
    private static bool TryScanOcrDigits(string text, int start, out string repaired, out int end)
    {
        repaired = string.Empty;
        end = start;
        var p = start;
        var digits = 0;
        var lookAlikes = 0;
        while (p < text.Length && (Lexicon.IsDigit(text[p]) || IsLookAlike(text[p]) || (text[p] == '.' && p + 1 < text.Length && (Lexicon.IsDigit(text[p + 1]) || IsLookAlike(text[p + 1])))))
        {
            if (Lexicon.IsDigit(text[p]))
            {
                digits++;
            }
            else if (IsLookAlike(text[p]))
            {
                lookAlikes++;
            }

            p++;
        }

        // The run must not be part of a word (OK, Il, IO …): a letter after it ends the match.
        if (lookAlikes == 0 || digits == 0 || (p < text.Length && char.IsAsciiLetter(text[p])) || (start > 0 && char.IsAsciiLetter(text[start - 1])))
        {
            return false;
        }

        var chars = text.AsSpan(start, p - start).ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch { 'O' or 'o' => '0', 'l' or 'I' => '1', var c => c };
        }

        repaired = new string(chars);
        end = p;
        return true;
    }

    private static bool IsLookAlike(char c) => c is 'O' or 'o' or 'l' or 'I';

    private static bool IsDigitRun(string text, int start, int count)
    {
        if (start + count > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!Lexicon.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static (decimal Multiplier, string? MultiplierText, Unit Unit, int UnitStart, int UnitEnd, bool Unknown, Unit? Per) ScanUnit(string text, ref int p)
    {
        var multiplier = 1m;
        string? multiplierText = null;
        var unitMatch = UnitCatalog.MatchPrefix(text.AsSpan(p));
        if (unitMatch is null && Lexicon.TryMatchMultiplier(text.AsSpan(p), out var factor, out var word))
        {
            multiplier = factor;
            multiplierText = word;
            p += word.Length;
            unitMatch = UnitCatalog.MatchPrefix(text.AsSpan(p));
        }

        var unit = Unit.None;
        var unitStart = p;
        var unknown = false;
        if (unitMatch is { } m)
        {
            unit = m.Unit;
            p += m.Length;
            if (AlternativesLength(text, p, unit) is var alternatives and > 0)
            {
                // 件(册), 台(件、套), %(百分比): other counters the unit stands for, kept in the unit as written.
                unit = new Unit(text.Substring(unitStart, p + alternatives - unitStart), unit.Canonical, unit.Dimension, unit.FactorToBase, true);
                p += alternatives;
            }
        }
        else if (TryUnknownUnit(text, p, out var unknownLength))
        {
            unit = Unit.Unknown(text.Substring(p, unknownLength));
            unknown = true;
            p += unknownLength;
        }

        var unitEnd = p;
        Unit? per = null;
        if (p + 1 < text.Length && text[p] == '/' && UnitCatalog.MatchPrefix(text.AsSpan(p + 1)) is { } perMatch)
        {
            per = perMatch.Unit;
            var perStart = p + 1;
            p += 1 + perMatch.Length;

            // 元/人*月, 元/人·月: a product of units after the slash.
            while (p + 1 < text.Length && text[p] is '*' or '·' or '×' or '•' && UnitCatalog.MatchPrefix(text.AsSpan(p + 1)) is { } product)
            {
                var next = product.Unit;
                per = new Unit(
                    text.Substring(perStart, p + 1 + product.Length - perStart),
                    per.Canonical + "·" + next.Canonical,
                    per.Dimension + "*" + next.Dimension,
                    per.FactorToBase * next.FactorToBase,
                    per.IsKnown && next.IsKnown);
                p += 1 + product.Length;
            }
        }

        return (multiplier, multiplierText, unit, unitStart, unitEnd, unknown, per);
    }

    /// <summary>
    /// The length of <c>(册)</c>, <c>(件、套)</c> or <c>(百分比)</c> after a unit at <paramref name="p"/>: a bracket of catalog units
    /// separated by 、 , / (for a percentage, its spelled-out name); 0 when there is none.
    /// </summary>
    private static int AlternativesLength(string text, int p, Unit unit)
    {
        if (p >= text.Length || text[p] != '(')
        {
            return 0;
        }

        var q = p + 1;
        var any = false;
        while (q < text.Length && q - p < 16)
        {
            if (UnitCatalog.MatchPrefix(text.AsSpan(q)) is not { } alternative
                || (alternative.Unit.Dimension != unit.Dimension && !alternative.Unit.Dimension.StartsWith("count:", StringComparison.Ordinal)))
            {
                return 0;
            }

            any = true;
            q += alternative.Length;
            if (q < text.Length && text[q] == ')')
            {
                return any ? q + 1 - p : 0;
            }

            if (q >= text.Length || text[q] is not ('、' or ',' or '/'))
            {
                return 0;
            }

            q++;
        }

        return 0;
    }

    /// <summary>
    /// A short run of CJK characters or letters right after a number, followed by the end, a comparator word,
    /// a slash or punctuation, is taken as a unit the catalog does not know. A longer run is a sentence, not a unit.
    /// </summary>
    private static bool TryUnknownUnit(string text, int p, out int length)
    {
        length = 0;
        var q = p;
        while (q < text.Length && q - p < 3 && (Lexicon.IsCjk(text[q]) || char.IsAsciiLetter(text[q])))
        {
            if (q > p && Lexicon.PostWords.TryMatch(text.AsSpan(q), out Comparator _, out _))
            {
                break;
            }

            q++;
        }

        if (q == p)
        {
            return false;
        }

        var atBoundary = q == text.Length
            || text[q] is '/' or '(' or ')' or '。' or ';' or ',' or '、' or '"' or '\'' or '-' or '~' or '至'
            || Lexicon.PostWords.TryMatch(text.AsSpan(q), out Comparator _, out _);
        if (!atBoundary || Lexicon.PostWords.TryMatch(text.AsSpan(p), out Comparator _, out _))
        {
            return false;
        }

        length = q - p;
        return true;
    }
}
