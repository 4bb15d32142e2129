using System.Collections.Immutable;

namespace PerfIndicators.Documents;

/// <summary>Line starts of a text and lookups between offsets and 1-based line numbers.</summary>
internal static class LineIndex
{
    /// <summary>The offset of the first character of every line; a line ends at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>.</summary>
    public static ImmutableArray<int> Build(string text)
    {
        var starts = ImmutableArray.CreateBuilder<int>();
        starts.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToImmutable();
    }

    /// <summary>The 1-based line of <paramref name="offset"/>.</summary>
    public static int LineOf(ImmutableArray<int> starts, int offset)
    {
        var index = starts.BinarySearch(Math.Max(0, offset));
        return index >= 0 ? index + 1 : ~index;
    }
}

/// <summary>One line of the document: its 0-based index, where it starts, and its text without the line break.</summary>
internal readonly record struct SourceLine(int Index, int Start, string Text)
{
    /// <summary>The 1-based line number.</summary>
    public int Number => Index + 1;

    /// <summary>The span of the line's text.</summary>
    public TextSpan Span => new(Start, Text.Length);

    /// <summary>Whether the line holds only white space.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

/// <summary>The decoded document text split into lines, with offsets kept.</summary>
internal sealed class SourceText
{
    public SourceText(string text)
    {
        Text = text;
        LineStarts = LineIndex.Build(text);
        var lines = new SourceLine[LineStarts.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var start = LineStarts[i];
            var end = i + 1 < LineStarts.Length ? LineStarts[i + 1] : text.Length;
            while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r'))
            {
                end--;
            }

            lines[i] = new SourceLine(i, start, text[start..end]);
        }

        Lines = lines;
    }

    public string Text { get; }

    public ImmutableArray<int> LineStarts { get; }

    public IReadOnlyList<SourceLine> Lines { get; }

    public int LineOf(int offset) => LineIndex.LineOf(LineStarts, offset);
}
