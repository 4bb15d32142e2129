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
    bool UnitIsUnknown);

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
        if (Lexicon.TryMatch(Lexicon.PreWords, text.AsSpan(p), out Comparator word, out var wordLength))
        {
            comparator = word;
            p += wordLength;
        }

        if (Lexicon.TryMatch(Lexicon.Symbols, text.AsSpan(p), out Comparator symbol, out var symbolLength))
        {
            comparator = symbol;
            p += symbolLength;
        }

        if (!TryScanNumber(text, p, out var value, out var valueText, out var numberEnd, out overflow))
        {
            return false;
        }

        var numberStart = p;
        p = numberEnd;
        var (multiplier, multiplierText, unit, unitStart, unitEnd, unknown, per) = ScanUnit(text, ref p);
        if (text.AsSpan(p).StartsWith("(含)", StringComparison.Ordinal))
        {
            // 80%（含）以上: the bound is included, which is what 以上 already says.
            p += 3;
        }

        if (comparator == Comparator.None && Lexicon.TryMatch(Lexicon.PostWords, text.AsSpan(p), out Comparator post, out var postLength))
        {
            comparator = post;
            p += postLength;
        }
        else if (Lexicon.TryMatch(Lexicon.PostWords, text.AsSpan(p), out _, out postLength))
        {
            // 达到≥5个以上: the symbol already decided; the redundant word is part of the value.
            p += postLength;
        }

        var quantity = new Quantity(value, valueText, multiplier, multiplierText, unit, per);
        result = new ScannedQuantity(comparator, quantity, start, p, numberStart, numberEnd, unitStart, unitEnd, unknown);
        return true;
    }

    /// <summary>Scans a number (sign, digits, thousands commas, decimals) at <paramref name="start"/>.</summary>
    public static bool TryScanNumber(string text, int start, out decimal value, out string valueText, out int end, out bool overflow)
    {
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
        if (unitMatch is null && Lexicon.TryMatch(Lexicon.Multipliers, text.AsSpan(p), out decimal factor, out var multiplierLength))
        {
            multiplier = factor;
            multiplierText = text.Substring(p, multiplierLength);
            p += multiplierLength;
            unitMatch = UnitCatalog.MatchPrefix(text.AsSpan(p));
        }

        var unit = Unit.None;
        var unitStart = p;
        var unknown = false;
        if (unitMatch is { } m)
        {
            unit = m.Unit;
            p += m.Length;
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
            p += 1 + perMatch.Length;
        }

        return (multiplier, multiplierText, unit, unitStart, unitEnd, unknown, per);
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
            if (q > p && Lexicon.TryMatch(Lexicon.PostWords, text.AsSpan(q), out Comparator _, out _))
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
            || Lexicon.TryMatch(Lexicon.PostWords, text.AsSpan(q), out Comparator _, out _);
        if (!atBoundary || Lexicon.TryMatch(Lexicon.PostWords, text.AsSpan(p), out Comparator _, out _))
        {
            return false;
        }

        length = q - p;
        return true;
    }
}
