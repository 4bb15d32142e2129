using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace PerfIndicators.Formats.Pdf;

/// <summary>
/// Turns a PdfPig page into what the layout analysis needs: words built from the letters in drawing order (a space
/// glyph between two words is remembered, a letter drawn twice for fake bold is dropped), and the horizontal and
/// vertical line segments drawn (stroked lines, rectangle edges, thin filled rectangles), all in the page's displayed
/// orientation.
/// </summary>
internal static class PageReader
{
    private const double ThinRectangle = 2.5;
    private const double ShortestRule = 3;

    public static PageContent Read(Page page, int maxRules)
    {
        var rotation = ((page.Rotation.Value % 360) + 360) % 360;
        var (width, height) = rotation is 90 or 270 ? (page.Height, page.Width) : (page.Width, page.Height);
        var transform = new Transform(rotation, page.Width, page.Height);
        var words = ReadWords(page.Letters, transform, out var radicals);
        var rules = new List<Rule>();
        var ignored = false;
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsFilled && !path.IsStroked))
            {
                continue;
            }

            AddRules(path, transform, rules);
            if (rules.Count > maxRules)
            {
                rules.Clear();
                ignored = true;
                break;
            }
        }

        return new PageContent(page.Number, width, height, words, rules, ignored, page.NumberOfImages) { RadicalsMapped = radicals };
    }

    private static List<PageWord> ReadWords(IReadOnlyList<Letter> letters, Transform transform, out int radicals)
    {
        radicals = 0;
        var words = new List<PageWord>();
        var text = new System.Text.StringBuilder();
        Box current = default;
        double size = 0;
        var open = false;
        var spaceBefore = false;
        var pendingSpace = false;
        var recent = new (string Value, double X, double Y)[3];
        var recentCount = 0;
        var recentNext = 0;

        void Close()
        {
            if (open)
            {
                words.Add(new PageWord(text.ToString(), current, spaceBefore));
                text.Clear();
                open = false;
            }
        }

        foreach (var letter in letters)
        {
            var value = letter.Value;
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (CjkRadicals.Has(value))
            {
                value = CjkRadicals.Apply(value);
                radicals++;
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                Close();
                pendingSpace = true;
                continue;
            }

            var start = transform.Apply(letter.StartBaseLine);
            var end = transform.Apply(letter.EndBaseLine);
            var letterSize = letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);
            Box box;
            if (Math.Abs(end.Y - start.Y) <= 0.2 * letterSize && end.X >= start.X - 0.01)
            {
                var right = Math.Max(end.X, start.X + 0.3 * letterSize);
                box = new Box(start.X, start.Y - 0.2 * letterSize, right, start.Y + 0.8 * letterSize);
            }
            else
            {
                // Rotated or vertical text: the letter's own box, as a word of its own.
                var g = letter.BoundingBox;
                var a = transform.Apply(g.BottomLeft);
                var b = transform.Apply(g.TopRight);
                var c = transform.Apply(g.TopLeft);
                var d = transform.Apply(g.BottomRight);
                box = new Box(Math.Min(Math.Min(a.X, b.X), Math.Min(c.X, d.X)), Math.Min(Math.Min(a.Y, b.Y), Math.Min(c.Y, d.Y)), Math.Max(Math.Max(a.X, b.X), Math.Max(c.X, d.X)), Math.Max(Math.Max(a.Y, b.Y), Math.Max(c.Y, d.Y)));
                Close();
                words.Add(new PageWord(value, box, pendingSpace));
                pendingSpace = false;
                continue;
            }

            // A letter drawn again at (almost) the same place is fake bold or a shadow: drawn once.
            var duplicate = false;
            for (var i = 0; i < recentCount; i++)
            {
                var r = recent[i];
                if (r.Value == value && Math.Abs(r.X - box.Left) < 0.3 * letterSize && Math.Abs(r.Y - box.Bottom) < 0.3 * letterSize)
                {
                    duplicate = true;
                    break;
                }
            }

            recent[recentNext] = (value, box.Left, box.Bottom);
            recentNext = (recentNext + 1) % recent.Length;
            recentCount = Math.Min(recentCount + 1, recent.Length);
            if (duplicate)
            {
                continue;
            }

            if (open && !pendingSpace && Math.Abs(box.Bottom - current.Bottom) <= 0.25 * Math.Max(size, letterSize)
                && box.Left - current.Right <= 0.35 * Math.Max(size, letterSize) && box.Left - current.Right >= -0.5 * letterSize)
            {
                text.Append(value);
                current = current.Union(box);
                size = Math.Max(size, letterSize);
                continue;
            }

            Close();
            open = true;
            spaceBefore = pendingSpace;
            pendingSpace = false;
            text.Append(value);
            current = box;
            size = letterSize;
        }

        Close();
        return words;
    }

    private static void AddRules(PdfPath path, Transform transform, List<Rule> rules)
    {
        foreach (var subpath in path)
        {
            if (path.IsFilled && subpath.GetBoundingRectangle() is { } bounds)
            {
                var a = transform.Apply(bounds.BottomLeft);
                var b = transform.Apply(bounds.TopRight);
                var box = Box.FromCorners(a.X, a.Y, b.X, b.Y);
                if (box.Height <= ThinRectangle && box.Width >= ShortestRule)
                {
                    rules.Add(new Rule(true, box.CenterY, box.Left, box.Right));
                    continue;
                }

                if (box.Width <= ThinRectangle && box.Height >= ShortestRule)
                {
                    rules.Add(new Rule(false, box.CenterX, box.Bottom, box.Top));
                    continue;
                }

                if (!path.IsStroked)
                {
                    continue;
                }
            }

            if (!path.IsStroked)
            {
                continue;
            }

            PdfPoint? first = null;
            PdfPoint? last = null;
            foreach (var command in subpath.Commands)
            {
                switch (command)
                {
                    case PdfSubpath.Move move:
                        first = move.Location;
                        last = move.Location;
                        break;
                    case PdfSubpath.Line line:
                        AddSegment(transform.Apply(line.From), transform.Apply(line.To), rules);
                        first ??= line.From;
                        last = line.To;
                        break;
                    case PdfSubpath.Close when first is { } f && last is { } l:
                        AddSegment(transform.Apply(l), transform.Apply(f), rules);
                        last = f;
                        break;
                    default:
                        last = null;
                        break;
                }
            }
        }
    }

    private static void AddSegment(PdfPoint from, PdfPoint to, List<Rule> rules)
    {
        var dx = Math.Abs(to.X - from.X);
        var dy = Math.Abs(to.Y - from.Y);
        if (dy <= 0.5 && dx >= ShortestRule)
        {
            rules.Add(new Rule(true, (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (dx <= 0.5 && dy >= ShortestRule)
        {
            rules.Add(new Rule(false, (from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }

    /// <summary>Maps user space to the displayed page (the page's /Rotate applied clockwise).</summary>
    private readonly record struct Transform(int Rotation, double Width, double Height)
    {
        public PdfPoint Apply(PdfPoint p) => Rotation switch
        {
            90 => new PdfPoint(p.Y, Width - p.X),
            180 => new PdfPoint(Width - p.X, Height - p.Y),
            270 => new PdfPoint(Height - p.Y, p.X),
            _ => p,
        };
    }
}
