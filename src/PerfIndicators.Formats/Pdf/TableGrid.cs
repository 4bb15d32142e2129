namespace PerfIndicators.Formats.Pdf;

/// <summary>A table found on one page: its box, column boundaries, header labels and the text of every row band.</summary>
internal sealed class PageTable
{
    public required Box Box { get; init; }

    /// <summary>The x of every column boundary, left to right (one more than the columns).</summary>
    public required double[] Columns { get; init; }

    /// <summary>The labels of the first band read as a header: each column's lowest header cell.</summary>
    public required string[] HeaderLabels { get; init; }

    /// <summary>Every row band top to bottom (the first is the header when the table starts on this page), one text per column.</summary>
    public required List<string[]> Bands { get; init; }

    public required bool FromRules { get; init; }

    public int ColumnCount => Columns.Length - 1;
}

/// <summary>
/// Finds tables drawn with ruling lines (cell borders): connected horizontal and vertical segments form a grid; its
/// distinct vertical lines are the column boundaries, the horizontal lines crossing the whole table are the row
/// boundaries, and every word belongs to the cell its middle lies in. The header band keeps, for each column, only
/// its lowest cell, so a header over several rows (资金来源 above 财政拨款 above 一般公共预算) gives the labels of the
/// columns below it.
/// </summary>
internal static class TableGrid
{
    private const double Tolerance = 2.0;

    public static List<PageTable> Find(IReadOnlyList<Rule> rules, IReadOnlyList<PageWord> words, HashSet<PageWord> consumed)
    {
        var horizontal = Merge(rules.Where(r => r.Horizontal));
        var vertical = Merge(rules.Where(r => !r.Horizontal));
        var tables = new List<PageTable>();
        if (horizontal.Count < 2 || vertical.Count < 2)
        {
            return tables;
        }

        // Union-find over the segments: a horizontal and a vertical segment that cross or touch are one grid.
        var parent = Enumerable.Range(0, horizontal.Count + vertical.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var h = 0; h < horizontal.Count; h++)
        {
            var hr = horizontal[h];
            for (var v = 0; v < vertical.Count; v++)
            {
                var vr = vertical[v];
                if (vr.Position >= hr.From - Tolerance && vr.Position <= hr.To + Tolerance && hr.Position >= vr.From - Tolerance && hr.Position <= vr.To + Tolerance)
                {
                    var a = Find(h);
                    var b = Find(horizontal.Count + v);
                    if (a != b)
                    {
                        parent[a] = b;
                    }
                }
            }
        }

        var groups = new Dictionary<int, (List<Rule> H, List<Rule> V)>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = Find(i);
            if (!groups.TryGetValue(root, out var group))
            {
                group = ([], []);
                groups[root] = group;
            }

            if (i < horizontal.Count)
            {
                group.H.Add(horizontal[i]);
            }
            else
            {
                group.V.Add(vertical[i - horizontal.Count]);
            }
        }

        foreach (var (h, v) in groups.Values)
        {
            if (h.Count < 2 || v.Count < 2)
            {
                continue;
            }

            var table = Build(h, v, words, consumed);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    private static PageTable? Build(List<Rule> h, List<Rule> v, IReadOnlyList<PageWord> words, HashSet<PageWord> consumed)
    {
        var top = h.Max(r => r.Position);
        var bottom = h.Min(r => r.Position);
        var crossing = v.Where(r => Math.Min(r.To, top) - Math.Max(r.From, bottom) > Tolerance).ToList();
        var columns = Cluster(crossing.Select(r => r.Position));
        if (crossing.Count >= 2)
        {
            // A row split by a page break has no border at the break (Chromium): when most column lines run on past
            // the last horizontal line, the table ends (or starts) where they do.
            var bottoms = crossing.Select(r => r.From).OrderBy(y => y).ToList();
            var tops = crossing.Select(r => r.To).OrderByDescending(y => y).ToList();
            var lowest = bottoms[(bottoms.Count - 1) / 2];
            var highest = tops[(tops.Count - 1) / 2];
            if (lowest < bottom - Tolerance)
            {
                h.Add(new Rule(true, lowest, crossing.Min(r => r.Position), crossing.Max(r => r.Position)));
                bottom = lowest;
            }

            if (highest > top + Tolerance)
            {
                h.Add(new Rule(true, highest, crossing.Min(r => r.Position), crossing.Max(r => r.Position)));
                top = highest;
            }
        }

        if (columns.Count < 2 || top - bottom < 8)
        {
            return null;
        }

        var left = columns[0];
        var right = columns[^1];
        var width = right - left;
        if (width < 20)
        {
            return null;
        }

        // Row boundaries: horizontal lines across (nearly) the whole table.
        var rows = Cluster(h.Where(r => Math.Min(r.To, right) - Math.Max(r.From, left) >= 0.9 * width).Select(r => r.Position));
        rows.Add(top);
        rows.Add(bottom);
        rows = Cluster(rows);
        rows.Reverse(); // top to bottom
        if (rows.Count < 2)
        {
            return null;
        }

        var inside = words.Where(w => !consumed.Contains(w)
            && w.Box.CenterX >= left - 1 && w.Box.CenterX <= right + 1
            && w.Box.CenterY >= bottom - 1 && w.Box.CenterY <= top + 1).ToList();
        if (inside.Count == 0)
        {
            return null;
        }

        var ncols = columns.Count - 1;
        var cells = new List<PageWord>[rows.Count - 1, ncols];
        foreach (var word in inside)
        {
            var r = Band(rows, word.Box.CenterY);
            var c = Column(columns, word.Box.CenterX);
            (cells[r, c] ??= []).Add(word);
            consumed.Add(word);
        }

        var bands = new List<string[]>();
        for (var r = 0; r < rows.Count - 1; r++)
        {
            var band = new string[ncols];
            for (var c = 0; c < ncols; c++)
            {
                band[c] = cells[r, c] is { } list ? TextLines.Cell(list) : "";
            }

            bands.Add(band);
        }

        // Header labels: in the first band, each column's lowest cell (below the last partial line crossing the column).
        var labels = new string[ncols];
        var headerTop = rows[0];
        var headerBottom = rows[1];
        var partial = h.Where(r => r.Position < headerTop - Tolerance && r.Position > headerBottom + Tolerance).ToList();
        for (var c = 0; c < ncols; c++)
        {
            var center = (columns[c] + columns[c + 1]) / 2;
            var lowest = partial.Where(r => r.From <= center && r.To >= center).Select(r => (double?)r.Position).Min();
            var list = cells[0, c] ?? [];
            labels[c] = TextLines.Cell(lowest is { } y ? list.Where(w => w.Box.CenterY < y) : list);
        }

        return new PageTable
        {
            Box = new Box(left, bottom, right, top),
            Columns = [.. columns],
            HeaderLabels = labels,
            Bands = bands,
            FromRules = true,
        };
    }

    private static int Band(List<double> rows, double y)
    {
        for (var r = 0; r < rows.Count - 1; r++)
        {
            if (y >= rows[r + 1])
            {
                return r;
            }
        }

        return rows.Count - 2;
    }

    private static int Column(List<double> columns, double x)
    {
        for (var c = 0; c < columns.Count - 1; c++)
        {
            if (x <= columns[c + 1])
            {
                return c;
            }
        }

        return columns.Count - 2;
    }

    /// <summary>Sorted positions with those closer than the tolerance taken as one (their mean).</summary>
    private static List<double> Cluster(IEnumerable<double> positions)
    {
        var sorted = positions.OrderBy(p => p).ToList();
        var result = new List<double>();
        var start = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i == sorted.Count || sorted[i] - sorted[i - 1] > Tolerance)
            {
                result.Add(sorted.Skip(start).Take(i - start).Average());
                start = i;
            }
        }

        return result;
    }

    /// <summary>Collinear segments (positions within a point) that overlap or nearly touch, merged into one.</summary>
    private static List<Rule> Merge(IEnumerable<Rule> rules)
    {
        var sorted = rules.OrderBy(r => r.Position).ToList();
        var merged = new List<Rule>();
        var start = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i < sorted.Count && sorted[i].Position - sorted[start].Position <= 1.0)
            {
                continue;
            }

            var group = sorted.Skip(start).Take(i - start).OrderBy(r => r.From).ToList();
            var position = group.Average(r => r.Position);
            var from = group[0].From;
            var to = group[0].To;
            foreach (var rule in group.Skip(1))
            {
                if (rule.From <= to + Tolerance)
                {
                    to = Math.Max(to, rule.To);
                    continue;
                }

                merged.Add(new Rule(group[0].Horizontal, position, from, to));
                (from, to) = (rule.From, rule.To);
            }

            merged.Add(new Rule(group[0].Horizontal, position, from, to));
            start = i;
        }

        return merged;
    }
}
