namespace PerfIndicators.Formats.Pdf;

/// <summary>An axis-aligned box in page space (points, y upwards), as the page is displayed.</summary>
internal readonly record struct Box(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;

    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Bottom + Top) / 2;

    public Box Union(Box other) => new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));

    public static Box FromCorners(double x1, double y1, double x2, double y2) =>
        new(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
}

/// <summary>A word on a page: its text and box, and whether a space glyph was drawn just before it.</summary>
internal sealed record PageWord(string Text, Box Box, bool SpaceBefore)
{
    public double Size => Math.Max(1, Box.Height);
}

/// <summary>A horizontal or vertical line segment drawn on a page (a ruling line or a cell border).</summary>
/// <param name="Horizontal">Whether the segment is horizontal (at y = <paramref name="Position"/>) or vertical (at x = <paramref name="Position"/>).</param>
/// <param name="Position">The y of a horizontal segment, the x of a vertical one.</param>
/// <param name="From">Where it starts along its direction (smaller coordinate).</param>
/// <param name="To">Where it ends along its direction (larger coordinate).</param>
internal readonly record struct Rule(bool Horizontal, double Position, double From, double To)
{
    public double Length => To - From;
}

/// <summary>What one page holds for the layout analysis: its size, words and ruling lines.</summary>
internal sealed record PageContent(int Number, double Width, double Height, IReadOnlyList<PageWord> Words, IReadOnlyList<Rule> Rules, bool RulesIgnored, int Images)
{
    /// <summary>How many letters were written as CJK radicals and mapped to ideographs.</summary>
    public int RadicalsMapped { get; init; }
}
