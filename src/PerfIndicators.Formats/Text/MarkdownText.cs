using System.Text;

namespace PerfIndicators.Formats.Text;

/// <summary>
/// The one Markdown escaping rule: text from a document or a project file is shown as text, never as markup. HTML's
/// <c>&lt; &gt; &amp;</c> become entities (so <c>&lt;script&gt;</c> and <c>&lt;img onerror&gt;</c> stay visible and
/// inert), Markdown's inline markers (<c>\ ` * _ [ ] ~ |</c>) are backslash-escaped (no links, emphasis or table
/// cells out of data), and line breaks become spaces, so one value never starts a new block.
/// </summary>
internal static class MarkdownText
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("<>&\\`*_[]~|\r\n");

    /// <summary>Returns <paramref name="text"/> escaped for Markdown.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '&': output.Append("&amp;"); break;
                case '\r': break;
                case '\n': output.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '~' or '|': output.Append('\\').Append(c); break;
                default: output.Append(c); break;
            }
        }

        return output.ToString();
    }
}
