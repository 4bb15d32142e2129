namespace PerfIndicators.Parsing;

/// <summary>The words and symbols of indicator text: comparators, multipliers, markers. Longest forms come first.</summary>
internal static class Lexicon
{
    /// <summary>Comparator words written before the number.</summary>
    public static readonly WordTable<Comparator> PreWords = new(
    [
        ("大于或等于", Comparator.GreaterOrEqual),
        ("小于或等于", Comparator.LessOrEqual),
        ("大于等于", Comparator.GreaterOrEqual),
        ("小于等于", Comparator.LessOrEqual),
        ("高于或等于", Comparator.GreaterOrEqual),
        ("低于或等于", Comparator.LessOrEqual),
        ("不少于", Comparator.GreaterOrEqual),
        ("不低于", Comparator.GreaterOrEqual),
        ("不小于", Comparator.GreaterOrEqual),
        ("不超过", Comparator.LessOrEqual),
        ("不高于", Comparator.LessOrEqual),
        ("不大于", Comparator.LessOrEqual),
        ("不多于", Comparator.LessOrEqual),
        ("控制在", Comparator.LessOrEqual),
        ("不得低于", Comparator.GreaterOrEqual),
        ("不得少于", Comparator.GreaterOrEqual),
        ("不得小于", Comparator.GreaterOrEqual),
        ("不得高于", Comparator.LessOrEqual),
        ("不得超过", Comparator.LessOrEqual),
        ("不得多于", Comparator.LessOrEqual),
        ("不得大于", Comparator.LessOrEqual),
        ("达到或超过", Comparator.GreaterOrEqual),
        ("不超出", Comparator.LessOrEqual),
        ("至少", Comparator.GreaterOrEqual),
        ("最少", Comparator.GreaterOrEqual),
        ("最多", Comparator.LessOrEqual),
        ("最高", Comparator.LessOrEqual),
        ("达到", Comparator.GreaterOrEqual),
        ("高于", Comparator.Greater),
        ("大于", Comparator.Greater),
        ("超过", Comparator.Greater),
        ("多于", Comparator.Greater),
        ("低于", Comparator.Less),
        ("小于", Comparator.Less),
        ("少于", Comparator.Less),
        ("不足", Comparator.Less),
        ("等于", Comparator.Equal),
        ("不超", Comparator.LessOrEqual),
        ("达", Comparator.GreaterOrEqual),
    ]);

    /// <summary>Words of obligation written before a comparator word (应当不少于, 确保不低于); they add nothing to the comparison.</summary>
    public static readonly WordSet Modals = new("应当", "应该", "必须", "需要", "确保", "力争", "争取", "保证", "应", "须");

    /// <summary>Comparator symbols, after normalization (≧ is already ≥).</summary>
    public static readonly WordTable<Comparator> Symbols = new(
    [
        ("≥=", Comparator.GreaterOrEqual),
        ("≤=", Comparator.LessOrEqual),
        (">=", Comparator.GreaterOrEqual),
        ("=>", Comparator.GreaterOrEqual),
        ("<=", Comparator.LessOrEqual),
        ("=<", Comparator.LessOrEqual),
        ("==", Comparator.Equal),
        ("≥", Comparator.GreaterOrEqual),
        ("≤", Comparator.LessOrEqual),
        (">", Comparator.Greater),
        ("<", Comparator.Less),
        ("=", Comparator.Equal),
    ]);

    /// <summary>Comparator words written after the number and unit.</summary>
    public static readonly WordTable<Comparator> PostWords = new(
    [
        ("及其以上", Comparator.GreaterOrEqual),
        ("及以上", Comparator.GreaterOrEqual),
        ("或以上", Comparator.GreaterOrEqual),
        ("以上", Comparator.GreaterOrEqual),
        ("及以下", Comparator.LessOrEqual),
        ("或以下", Comparator.LessOrEqual),
        ("以下", Comparator.LessOrEqual),
        ("以内", Comparator.LessOrEqual),
        ("之内", Comparator.LessOrEqual),
    ]);

    /// <summary>Multipliers written between a number and its unit.</summary>
    public static readonly WordTable<decimal> Multipliers = new(
    [
        ("千万", 10_000_000m),
        ("千萬", 10_000_000m),
        ("百万", 1_000_000m),
        ("百萬", 1_000_000m),
        ("万", 10_000m),
        ("萬", 10_000m),
        ("亿", 100_000_000m),
        ("億", 100_000_000m),
        ("千", 1_000m),
    ]);

    /// <summary>
    /// Comparators damaged by OCR, read only where a value starts: <c>二</c> for <c>=</c> (a Chinese two before Arabic digits
    /// makes no number), <c>W</c> for <c>≤</c>. Every use is reported (PI1028).
    /// </summary>
    public static readonly WordTable<Comparator> OcrSymbols = new(
    [
        ("二", Comparator.Equal),
        ("W", Comparator.LessOrEqual),
        ("w", Comparator.LessOrEqual),
    ]);

    /// <summary>Matches a multiplier (万, 萬, 亿 …) at the start of <paramref name="text"/>, returning the word as the table holds it.</summary>
    public static bool TryMatchMultiplier(ReadOnlySpan<char> text, out decimal factor, out string word)
    {
        if (Multipliers.TryMatchWord(text, out factor, out word))
        {
            return true;
        }

        factor = 1m;
        return false;
    }

    /// <summary>Matches a comparator word written before the number, after an optional word of obligation (应当不少于).</summary>
    public static bool TryMatchPreWord(ReadOnlySpan<char> text, out Comparator comparator, out int length)
    {
        if (PreWords.TryMatch(text, out comparator, out length))
        {
            return true;
        }

        foreach (var modal in Modals.MayStart(text) ? Modals.Words : [])
        {
            if (text.StartsWith(modal, StringComparison.Ordinal) && PreWords.TryMatch(text[modal.Length..], out comparator, out length))
            {
                length += modal.Length;
                return true;
            }
        }

        comparator = Comparator.None;
        length = 0;
        return false;
    }

    /// <summary>Characters that, before 定性, make it part of a word (稳定性, 确定性 …) rather than the qualitative marker.</summary>
    private const string NotMarkerBefore = "稳确决规鉴固肯否特界限设约认判";

    /// <summary>Whether <c>定性</c> at <paramref name="index"/> is the qualitative marker, not part of 稳定性 or 定性指标.</summary>
    public static bool IsQualitativeMarker(ReadOnlySpan<char> text, int index)
    {
        if (index > 0 && NotMarkerBefore.Contains(text[index - 1]))
        {
            return false;
        }

        var after = text[(index + 2)..];
        return !after.StartsWith("指标", StringComparison.Ordinal)
            && !after.StartsWith("分析", StringComparison.Ordinal)
            && !after.StartsWith("评价", StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="c"/> is an ASCII digit (full-width digits are normalized first).</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Whether <paramref name="c"/> is a CJK ideograph.</summary>
    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>Characters that end a clause or separate parts of a rule.</summary>
    public static bool IsClauseEnd(char c) => c is '。' or ';' or '.' or ',' or '、';
}
