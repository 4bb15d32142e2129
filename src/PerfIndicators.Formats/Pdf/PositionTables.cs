using System.Collections.Immutable;
using PerfIndicators.Documents;

namespace PerfIndicators.Formats.Pdf;

/// <summary>
/// Finds project tables printed without ruling lines: a line whose wide-gap segments are a project table header
/// (项目名称 … 金额 …) gives the column boundaries (half-way between neighbouring labels); the header may wrap onto
/// the next lines; below it every line's words go to the column they stand in, and a line with an amount starts a new
/// row, the lines without one continuing it (cells are read top-aligned). The table ends at a wide vertical gap or a
/// line running across the columns (a paragraph).
/// </summary>
internal static class PositionTables
{
    public static (List<PageTable> Tables, HashSet<TextLine> Consumed) Find(List<TextLine> lines)
    {
        var tables = new List<PageTable>();
        var consumed = new HashSet<TextLine>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < lines.Count; i++)
        {
            var segments = TextLines.Segments(lines[i]);
            if (segments.Count < 3)
            {
                continue;
            }

            var labels = segments.Select(TextLines.Join).ToArray();
            if (!ProjectTableHeader.TryRecognize(labels, out var kinds))
            {
                continue;
            }

            var table = Read(lines, i, segments, kinds, consumed);
            tables.Add(table.Table);
            i = table.End - 1;
        }

        return (tables, consumed);
    }

    private static (PageTable Table, int End) Read(List<TextLine> lines, int headerIndex, List<List<PageWord>> segments, ImmutableArray<ProjectTableColumnKind> kinds, HashSet<TextLine> consumed)
    {
        var n = segments.Count;
        var bounds = Boundaries(lines, headerIndex, segments);
        var header = segments.Select(s => new List<PageWord>(s)).ToArray();
        var box = lines[headerIndex].Box;
        consumed.Add(lines[headerIndex]);
        var size = lines[headerIndex].Size;
        var index = headerIndex + 1;

        // The header's wrapped second (and third) lines: no numbers, close below.
        for (var extra = 0; extra < 2 && index < lines.Count; extra++)
        {
            var line = lines[index];
            if (box.Bottom - line.Box.Top > 0.8 * size || line.Words.Any(w => LooksNumeric(w.Text)))
            {
                break;
            }

            foreach (var word in line.Words)
            {
                header[Column(bounds, word.Box.CenterX)].Add(word);
            }

            box = box.Union(line.Box);
            consumed.Add(line);
            index++;
        }

        var rows = new List<List<PageWord>[]>();
        var previousBottom = box.Bottom;
        for (; index < lines.Count; index++)
        {
            var line = lines[index];
            if (previousBottom - line.Box.Top > 2.0 * Math.Max(size, line.Size) || CrossesColumns(line, bounds))
            {
                break;
            }

            var cells = new List<PageWord>[n];
            foreach (var word in line.Words)
            {
                (cells[Column(bounds, word.Box.CenterX)] ??= []).Add(word);
            }

            var startsRow = Enumerable.Range(0, n).Any(c => kinds[c] == ProjectTableColumnKind.Amount && cells[c] is { } words && words.All(w => LooksNumeric(w.Text)));
            if (startsRow || rows.Count == 0)
            {
                rows.Add(new List<PageWord>[n]);
            }

            var row = rows[^1];
            for (var c = 0; c < n; c++)
            {
                if (cells[c] is { } words)
                {
                    (row[c] ??= []).AddRange(words);
                }
            }

            box = box.Union(line.Box);
            previousBottom = line.Box.Bottom;
            consumed.Add(line);
        }

        var columns = new double[n + 1];
        columns[0] = box.Left;
        columns[n] = box.Right;
        for (var k = 1; k < n; k++)
        {
            columns[k] = bounds[k];
        }

        var labels = header.Select(TextLines.Cell).ToArray();
        var bands = new List<string[]> { labels };
        bands.AddRange(rows.Select(r => r.Select(c => c is null ? "" : TextLines.Cell(c)).ToArray()));
        return (new PageTable { Box = box, Columns = columns, HeaderLabels = labels, Bands = bands, FromRules = false }, index);
    }

    /// <summary>
    /// The column boundaries under a header: the white-space gaps that run down through the lines below it (labels are
    /// often centred while the cells are left- or right-aligned, so half-way between labels is a poor boundary), each
    /// gap taken between the coverage of two different labels; half-way between the labels where no gap separates them.
    /// </summary>
    private static double[] Boundaries(List<TextLine> lines, int headerIndex, List<List<PageWord>> segments)
    {
        var n = segments.Count;
        var header = lines[headerIndex];
        var span = header.Box.Width;
        var intervals = segments.Select(s => (Left: s[0].Box.Left, Right: s[^1].Box.Right)).ToList();
        var previousBottom = header.Box.Bottom;
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (previousBottom - line.Box.Top > 2.5 * Math.Max(header.Size, line.Size) || line.Words.Any(w => w.Box.Width > 0.5 * span))
            {
                break;
            }

            intervals.AddRange(line.Words.Select(w => (w.Box.Left, w.Box.Right)));
            previousBottom = line.Box.Bottom;
        }

        var clusters = new List<(double Left, double Right)>();
        foreach (var (left, right) in intervals.OrderBy(x => x.Left))
        {
            if (clusters.Count > 0 && left <= clusters[^1].Right + 3)
            {
                clusters[^1] = (clusters[^1].Left, Math.Max(clusters[^1].Right, right));
            }
            else
            {
                clusters.Add((left, right));
            }
        }

        int LabelOf((double Left, double Right) cluster)
        {
            var best = 0;
            var bestScore = double.NegativeInfinity;
            for (var k = 0; k < n; k++)
            {
                var overlap = Math.Min(cluster.Right, intervals[k].Right) - Math.Max(cluster.Left, intervals[k].Left);
                var score = overlap > 0 ? overlap : -Math.Abs((cluster.Left + cluster.Right) / 2 - (intervals[k].Left + intervals[k].Right) / 2) - 1e6;
                if (score > bestScore)
                {
                    (best, bestScore) = (k, score);
                }
            }

            return best;
        }

        var bounds = new double[n + 1];
        bounds[0] = double.NegativeInfinity;
        bounds[n] = double.PositiveInfinity;
        for (var k = 1; k < n; k++)
        {
            bounds[k] = (segments[k - 1][^1].Box.Right + segments[k][0].Box.Left) / 2;
        }

        for (var c = 0; c + 1 < clusters.Count; c++)
        {
            var a = LabelOf(clusters[c]);
            var b = LabelOf(clusters[c + 1]);
            if (b == a + 1)
            {
                bounds[b] = (clusters[c].Right + clusters[c + 1].Left) / 2;
            }
        }

        for (var k = 2; k < n; k++)
        {
            bounds[k] = Math.Max(bounds[k], bounds[k - 1]);
        }

        return bounds;
    }

    /// <summary>Whether one word of the line spans two column boundaries or more: prose across the page, not a row.</summary>
    private static bool CrossesColumns(TextLine line, double[] bounds)
    {
        foreach (var word in line.Words)
        {
            var crossed = 0;
            for (var k = 1; k < bounds.Length - 1; k++)
            {
                if (bounds[k] > word.Box.Left && bounds[k] < word.Box.Right)
                {
                    crossed++;
                }
            }

            if (crossed >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static int Column(double[] bounds, double x)
    {
        for (var c = 0; c < bounds.Length - 1; c++)
        {
            if (x <= bounds[c + 1])
            {
                return c;
            }
        }

        return bounds.Length - 2;
    }

    private static bool LooksNumeric(string text) =>
        text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '-');
}
