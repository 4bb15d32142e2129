namespace PerfIndicators.Parsing;

/// <summary>
/// Maps look-alike characters in extracted PDF text to one canonical form, one character for one character,
/// so that every index in the normalized text is also an index in the original.
/// </summary>
/// <remarks>
/// Full-width ASCII (<c>１２％，：；（）</c>) becomes ASCII; <c>≧ ≦</c> become <c>≥ ≤</c>; <c>＝ ═ ﹦</c> become <c>=</c>;
/// the ideographic space and other spaces become a space; CJK punctuation used as separators (<c>，：；</c>) becomes
/// its ASCII form; dashes and tildes used in ranges become <c>-</c> and <c>~</c>. Nothing is inserted or removed.
/// </remarks>
internal static class TextNormalizer
{
    /// <summary>Returns the normalized text, of the same length as <paramref name="text"/>.</summary>
    /// <param name="text">The original text.</param>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = IndexOfFirstChange(text);
        if (index < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, index), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.index; i < span.Length; i++)
            {
                span[i] = Map(span[i]);
            }
        });
    }

    /// <summary>Maps one character to its canonical form (itself when it has none).</summary>
    /// <param name="c">The character.</param>
    /// <remarks>Most characters map to themselves (ASCII other than CR, the CJK ideographs) and are answered before the table.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Map(char c) => c < '\u00A0' ? (c == '\r' ? '\n' : c) : c is >= '\u4E00' and <= '\u9FFF' ? c : MapOther(c);

    private static char MapOther(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => c switch
        {
            '\uFF5E' => '~',
            _ => (char)(c - 0xFEE0),
        },
        '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u200B' or '\uFEFF' => ' ',
        '≧' or '⩾' => '≥',
        '≦' or '⩽' => '≤',
        '═' or '﹦' or '꞊' => '=',
        '﹤' => '<',
        '﹥' => '>',
        '﹪' => '%',
        '﹐' or '﹑' => c == '﹐' ? ',' : '、',
        '﹔' => ';',
        '﹕' => ':',
        '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' or '─' or '﹣' => '-',
        '〜' or '∼' => '~',
        '〔' or '【' => '[',
        '〕' or '】' => ']',
        '\u201C' or '\u201D' or '\u201E' => '"',
        '\u2018' or '\u2019' => '\'',
        '\r' => '\n',
        _ => c,
    };

    private static int IndexOfFirstChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Map(text[i]) != text[i])
            {
                return i;
            }
        }

        return -1;
    }
}
