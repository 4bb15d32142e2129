using System.Text;

namespace PerfIndicators.Documents;

/// <summary>
/// The text of one table cell, possibly in several pieces (a cell broken across lines or a page break), with the
/// document offset of every piece so spans into the joined text can be mapped back into the document.
/// </summary>
internal sealed class CellText
{
    private readonly List<(int Start, string Text)> pieces = [];
    private readonly StringBuilder text = new();

    public CellText(int start, string text) => Append(start, text);

    /// <summary>Creates a cell from a raw piece, dropping the white space around it.</summary>
    public static CellText Trimmed(int start, string raw)
    {
        var lead = raw.Length - raw.TrimStart().Length;
        return new CellText(start + lead, raw.Trim());
    }

    /// <summary>The joined text (pieces concatenated without separator, as Chinese text wraps).</summary>
    public string Text => this.text.ToString();

    /// <summary>How many pieces the cell was joined from.</summary>
    public int PieceCount => this.pieces.Count;

    /// <summary>The document offset of the first character.</summary>
    public int Start => this.pieces[0].Start;

    /// <summary>The span from the first character of the first piece to the end of the last piece.</summary>
    public TextSpan Span => TextSpan.FromBounds(this.pieces[0].Start, this.pieces[^1].Start + this.pieces[^1].Text.Length);

    public void Append(int start, string text)
    {
        this.pieces.Add((start, text));
        this.text.Append(text);
    }

    /// <summary>Appends a raw piece without its surrounding white space.</summary>
    public void AppendTrimmed(int start, string raw)
    {
        var lead = raw.Length - raw.TrimStart().Length;
        Append(start + lead, raw.Trim());
    }

    /// <summary>Maps a span of <see cref="Text"/> to the document; a span crossing pieces covers the gap between them.</summary>
    public TextSpan Map(TextSpan span)
    {
        var start = MapOffset(span.Start, atEnd: false);
        var end = span.Length == 0 ? start : MapOffset(span.End, atEnd: true);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    private int MapOffset(int offset, bool atEnd)
    {
        var consumed = 0;
        for (var i = 0; i < this.pieces.Count; i++)
        {
            var (start, text) = this.pieces[i];
            var inside = atEnd ? offset <= consumed + text.Length : offset < consumed + text.Length;
            if (inside || i == this.pieces.Count - 1)
            {
                return start + Math.Clamp(offset - consumed, 0, text.Length);
            }

            consumed += text.Length;
        }

        return this.pieces[^1].Start + this.pieces[^1].Text.Length;
    }
}
