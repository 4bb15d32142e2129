using System.Collections.Immutable;

namespace PerfIndicators.Parsing;

/// <summary>
/// Parses blocks of table rows from the national 绩效目标表 template: <c>一级 | 二级 | 三级 | 指标值</c>, or with 指标值
/// split into <c>指标性质 | 指标值 | 度量单位</c>, separated by tabs, <c>|</c> or runs of spaces. Category cells appear
/// only on the first row of their group and are carried down.
/// </summary>
internal static class TableParser
{
    private static readonly string[] HeaderWords = ["一级指标", "二级指标", "三级指标", "指标值", "年度指标值", "指标名称", "指标性质", "度量单位", "计量单位"];

    /// <summary>
    /// Whether <paramref name="text"/> looks like table rows rather than one indicator cell: a line of three or more
    /// tab- or <c>|</c>-separated cells, or space-separated cells on two or more lines (or on one line that starts with
    /// a category cell and has no clause separators), so that a cell with stray runs of two spaces stays a cell.
    /// </summary>
    public static bool LooksLikeTable(string text)
    {
        var spaceRows = 0;
        var lines = 0;
        foreach (var (start, end) in Lines(text))
        {
            lines++;
            var cells = Cells(text, start, end, out var bySpaces);
            if (cells.Count(c => c.End > c.Start) < 3)
            {
                continue;
            }

            if (!bySpaces)
            {
                return true;
            }

            var line = text.AsSpan(start, end - start);
            var first = cells.First(c => c.End > c.Start);
            if (line.IndexOfAny(":：;；") < 0 && (CategoryLabels.ParseCategory(text.AsSpan(first.Start, first.End - first.Start)) is not null || ++spaceRows >= 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses every line of <paramref name="original"/>; each row is one indicator or a diagnostic.</summary>
    public static void Parse(string original, ImmutableArray<Indicator>.Builder indicators, DiagnosticBag bag)
    {
        var labels = Labels.None;
        foreach (var (lineStart, lineEnd) in Lines(original))
        {
            var cells = Cells(original, lineStart, lineEnd, out _);
            var filled = cells.Where(c => c.End > c.Start).ToList();
            if (filled.Count == 0)
            {
                continue;
            }

            if (filled.Count == 1)
            {
                // A line that is not a table row: an indicator clause or cell of its own.
                var (lineIndicators, _) = CellParser.Parse(original, filled[0].Start, filled[0].End - filled[0].Start, bag);
                indicators.AddRange(lineIndicators);
                continue;
            }

            if (IsHeader(original, filled))
            {
                bag.Add(DiagnosticCodes.HeaderRowSkipped, DiagnosticSeverity.Info, TextSpan.FromBounds(lineStart, lineEnd), Messages.HeaderRow);
                continue;
            }

            ParseRow(original, cells, TextSpan.FromBounds(lineStart, lineEnd), ref labels, indicators, bag);
        }
    }

    private static void ParseRow(string original, List<(int Start, int End)> cells, TextSpan line, ref Labels labels, ImmutableArray<Indicator>.Builder indicators, DiagnosticBag bag)
    {
        var nameCell = -1;
        var rowHasCategory = false;
        for (var k = 0; k < cells.Count && nameCell < 0; k++)
        {
            var (start, end) = cells[k];
            if (end == start)
            {
                continue;
            }

            var compact = CompactText.Create(original, start, end - start);
            var written = compact.CleanSlice(0, compact.Length);
            var category = CategoryLabels.ParseCategory(compact.Text);
            if (category == IndicatorCategory.Cost && (rowHasCategory || k == 1) && labels.Category is IndicatorCategory.Output)
            {
                // 成本指标 in the 二级 column is the 2020 framework's second level under 产出.
                labels = labels with { Subcategory = IndicatorSubcategory.Cost, SubcategoryLabel = written };
            }
            else if (category is { } c)
            {
                labels = new Labels(c, written, null, null);
                rowHasCategory = true;
            }
            else if (CategoryLabels.ParseSubcategory(compact.Text) is { } subcategory)
            {
                labels = labels with
                {
                    Subcategory = subcategory,
                    SubcategoryLabel = written,
                    Category = labels.CategoryLabel is null ? subcategory.ParentCategory() : labels.Category,
                };
            }
            else
            {
                nameCell = k;
            }
        }

        if (nameCell < 0)
        {
            // A group row with only category cells: its labels carry down to the rows below.
            return;
        }

        var valueCells = cells.Skip(nameCell + 1).Where(c => c.End > c.Start).ToList();
        var rowSpan = TextSpan.FromBounds(cells.First(c => c.End > c.Start).Start, cells.Last(c => c.End > c.Start).End);
        var nameRange = cells[nameCell];
        var nameText = CompactText.Create(original, nameRange.Start, nameRange.End - nameRange.Start);
        if (valueCells.Count == 0)
        {
            // No value column: the name cell holds the whole clause (资金支付率≥90%).
            var clause = ClauseParser.Parse(nameText, 0, nameText.Length, labels, bag, out _);
            indicators.Add(clause with { Span = rowSpan });
            return;
        }

        if (valueCells.Count(c => TargetParser.ContainsDigit(original.AsSpan(c.Start, c.End - c.Start))) > 1)
        {
            // Two numbers in separate value cells (合计 | 1 | 2) fit neither 指标值 nor 指标性质 | 指标值 | 度量单位.
            bag.Add(DiagnosticCodes.UnreadableRow, DiagnosticSeverity.Warning, line, Messages.UnreadableRow(original.Substring(line.Start, line.Length).Trim()));
            return;
        }

        var valueStart = valueCells[0].Start;
        var valueEnd = valueCells[^1].End;
        var valueText = CompactText.Create(original, valueStart, valueEnd - valueStart, skipColumnBars: true);
        var name = nameText.CleanSlice(0, nameText.Length);
        var target = TargetParser.Parse(valueText, 0, valueText.Length, bag);
        target = ClauseParser.ApplyNameHints(valueText, name, target, 0, valueText.Length, bag);
        indicators.Add(new Indicator(name, target, rowSpan)
        {
            Category = labels.Category,
            CategoryLabel = labels.CategoryLabel,
            Subcategory = labels.Subcategory,
            SubcategoryLabel = labels.SubcategoryLabel,
            NameSpan = TextSpan.FromBounds(nameRange.Start, nameRange.End),
            TargetSpan = TextSpan.FromBounds(valueStart, valueEnd),
        });
    }

    private static bool IsHeader(string original, List<(int Start, int End)> cells)
    {
        var hits = 0;
        foreach (var (start, end) in cells)
        {
            var cell = original.AsSpan(start, end - start).Trim();
            foreach (var word in HeaderWords)
            {
                if (cell.SequenceEqual(word))
                {
                    hits++;
                    break;
                }
            }
        }

        return hits >= 2;
    }

    private static IEnumerable<(int Start, int End)> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r')
            {
                if (i > start)
                {
                    yield return (start, i);
                }

                start = i + 1;
            }
        }
    }

    /// <summary>
    /// The cells of a line, split on tabs, on <c>|</c>, or else on runs of two or more spaces. Tab and <c>|</c> rows keep
    /// their empty cells (as empty ranges), because position tells the 一级 column from the 二级 one.
    /// </summary>
    private static List<(int Start, int End)> Cells(string text, int start, int end, out bool bySpaces)
    {
        var line = text.AsSpan(start, end - start);
        var cells = new List<(int, int)>();
        var byTab = line.Contains('\t');
        var byBar = !byTab && (line.Contains('|') || line.Contains('｜'));
        bySpaces = !byTab && !byBar;
        if (byBar)
        {
            // A leading or trailing bar frames the row rather than starting an empty cell.
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && TextNormalizer.Map(trimmed[0]) == '|')
            {
                start += line.IndexOf(trimmed) + 1;
            }

            line = text.AsSpan(start, end - start).TrimEnd();
            if (line.Length > 0 && TextNormalizer.Map(line[^1]) == '|')
            {
                end = start + line.Length - 1;
            }
        }

        var cellStart = start;
        for (var i = start; i <= end; i++)
        {
            var boundary = i == end;
            var skip = 1;
            if (!boundary)
            {
                var c = TextNormalizer.Map(text[i]);
                if (byTab)
                {
                    boundary = text[i] == '\t';
                }
                else if (byBar)
                {
                    boundary = c == '|';
                }
                else if (c == ' ' && i + 1 < end && TextNormalizer.Map(text[i + 1]) == ' ')
                {
                    boundary = true;
                    while (i + skip < end && TextNormalizer.Map(text[i + skip]) == ' ')
                    {
                        skip++;
                    }
                }
            }

            if (boundary)
            {
                AddTrimmed(text, cellStart, i, cells, keepEmpty: !bySpaces);
                cellStart = i + skip;
                i += skip - 1;
            }
        }

        return cells;
    }

    private static void AddTrimmed(string text, int start, int end, List<(int, int)> cells, bool keepEmpty)
    {
        while (start < end && char.IsWhiteSpace(TextNormalizer.Map(text[start])))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(TextNormalizer.Map(text[end - 1])))
        {
            end--;
        }

        if (end > start)
        {
            cells.Add((start, end));
        }
        else if (keepEmpty)
        {
            cells.Add((start, start));
        }
    }
}
