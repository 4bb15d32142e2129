using System.Text;
using System.Text.RegularExpressions;

namespace PerfIndicators.Documents;

/// <summary>Cleans names and labels of the damage PDF extraction does: spaces inside words, markup, stray punctuation.</summary>
internal static partial class NameText
{
    /// <summary>Removes every white-space character (for comparing names and header labels).</summary>
    public static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Cleans a project or unit name: removes markup (<c>&lt;sup&gt;-&lt;/sup&gt;</c>), stray leading punctuation,
    /// markdown emphasis, and white space between Chinese characters (<c>工作 经费</c> → <c>工作经费</c>), while keeping
    /// spaces between Latin words. <paramref name="damaged"/> is true when markup or punctuation was removed.
    /// </summary>
    public static string Clean(string text, out bool damaged)
    {
        var withoutMarkup = Markup().Replace(text, "");
        withoutMarkup = withoutMarkup.Replace("**", "", StringComparison.Ordinal);
        var trimmed = withoutMarkup.Trim().TrimStart('-', '_', '·', '•', '*', '#', '|', '/', '\\', ' ', '\u3000');
        damaged = !string.Equals(Collapse(trimmed), Collapse(text.Trim()), StringComparison.Ordinal);
        return Collapse(trimmed);
    }

    /// <summary>Joins white-space runs: removed next to a Chinese character, one space between other characters.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (start == 0 || i >= text.Length)
            {
                continue;
            }

            if (!IsWide(text[start - 1]) && !IsWide(text[i]))
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="c"/> is a CJK ideograph or full-width punctuation, next to which spaces are extraction noise.</summary>
    public static bool IsWide(char c) =>
        c is (>= '\u3000' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF') or '“' or '”' or '‘' or '’' or '、';

    [GeneratedRegex("<[^<>]{0,40}>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
