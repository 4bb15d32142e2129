using System.Text;

namespace PerfIndicators.Formats.Pdf;

/// <summary>A line of text on a page: its words left to right and their box.</summary>
internal sealed class TextLine(List<PageWord> words)
{
    public List<PageWord> Words { get; } = words;

    public Box Box { get; } = words.Skip(1).Aggregate(words[0].Box, (box, w) => box.Union(w.Box));

    public double Size { get; } = words.Max(w => w.Size);
}

/// <summary>Groups words into lines and joins them into text the way the document readers expect it.</summary>
internal static class TextLines
{
    /// <summary>A gap wider than this many letter heights between two words on a line separates two cells (a tab).</summary>
    public const double CellGap = 2.0;

    /// <summary>Groups words into lines (by their vertical middle), top to bottom, each line's words left to right.</summary>
    public static List<TextLine> Build(IEnumerable<PageWord> words)
    {
        var sorted = words.OrderByDescending(w => w.Box.CenterY).ThenBy(w => w.Box.Left).ToList();
        var lines = new List<TextLine>();
        var current = new List<PageWord>();
        double center = 0;
        double size = 0;
        foreach (var word in sorted)
        {
            if (current.Count > 0 && Math.Abs(word.Box.CenterY - center) <= 0.4 * Math.Min(size, word.Size))
            {
                current.Add(word);
                continue;
            }

            if (current.Count > 0)
            {
                lines.Add(new TextLine([.. current.OrderBy(w => w.Box.Left)]));
            }

            current = [word];
            center = word.Box.CenterY;
            size = word.Size;
        }

        if (current.Count > 0)
        {
            lines.Add(new TextLine([.. current.OrderBy(w => w.Box.Left)]));
        }

        return lines;
    }

    /// <summary>The words of one line split into segments at wide gaps (cells of a table without borders, a label and a unit far apart).</summary>
    public static List<List<PageWord>> Segments(TextLine line)
    {
        var segments = new List<List<PageWord>> { new() { line.Words[0] } };
        for (var i = 1; i < line.Words.Count; i++)
        {
            var previous = line.Words[i - 1];
            var word = line.Words[i];
            if (word.Box.Left - previous.Box.Right > CellGap * Math.Max(previous.Size, word.Size))
            {
                segments.Add([]);
            }

            segments[^1].Add(word);
        }

        return segments;
    }

    /// <summary>Joins the words of one line: a space where a space glyph was drawn or the words stand apart, none otherwise.</summary>
    public static string Join(IReadOnlyList<PageWord> words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                var previous = words[i - 1];
                var gap = words[i].Box.Left - previous.Box.Right;
                var size = Math.Max(previous.Size, words[i].Size);
                if ((words[i].SpaceBefore && gap > 0.1 * size) || gap > 1.0 * size)
                {
                    builder.Append(' ');
                }
            }

            builder.Append(words[i].Text);
        }

        return builder.ToString();
    }

    /// <summary>The text of a table cell: its lines top to bottom joined as wrapped text is (nothing between Chinese characters, a space between Latin words).</summary>
    public static string Cell(IEnumerable<PageWord> words)
    {
        var lines = Build(words);
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            var text = Join(line.Words);
            AppendWrapped(builder, text);
        }

        return builder.ToString();
    }

    /// <summary>Appends a wrapped line to text: directly (a number or a Chinese text wrapped in a narrow cell continues), except for a space between two Latin words.</summary>
    public static void AppendWrapped(StringBuilder builder, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (builder.Length > 0 && char.IsAsciiLetter(builder[^1]) && char.IsAsciiLetter(text[0]))
        {
            builder.Append(' ');
        }

        builder.Append(text);
    }

    /// <summary>Whether <paramref name="c"/> is a CJK ideograph or full-width punctuation, next to which a line break is no space.</summary>
    public static bool IsWide(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFFEF') or '“' or '”' or '‘' or '’' or '—' or '…' or '、';
}
