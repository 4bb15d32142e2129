using System.Collections.Immutable;

namespace PerfIndicators.Parsing;

/// <summary>
/// Parses blocks of table rows from the national 绩效目标表 template: <c>一级 | 二级 | 三级 | 指标值</c>, or with 指标值
/// split into <c>指标性质 | 指标值 | 度量单位</c>, separated by tabs, <c>|</c> or runs of spaces. Category cells appear
/// only on the first row of their group and are carried down.
/// </summary>
internal static class TableParser
{
    /// <summary>
    /// Whether <paramref name="text"/> looks like table rows rather than one indicator cell: a line of two or more tab- or
    /// <c>|</c>-separated cells; space-separated cells on two or more lines (or on one line that starts with a category cell and has
    /// no clause separators), so that a cell with stray runs of two spaces stays a cell; or two or more lines each framed by <c>|</c>.
    /// Lines with none of these may still be cells one per line: <see cref="IndicatorParser.ParseCell(string)"/> weighs that reading.
    /// </summary>
    public static bool LooksLikeTable(string text)
    {
        // No tab, no bar and no run of two spaces: every line is one cell, which no table is made of.
        if (text.AsSpan().IndexOfAny(CellSeparators) < 0 && !HasSpaceRun(text))
        {
            return false;
        }

        var spaceRows = 0;
        var lines = 0;
        var framed = 0;
        foreach (var (start, end) in Lines(text))
        {
            lines++;
            var cells = Cells(text, start, end, out var bySpaces);
            var filled = cells.Count(c => c.End > c.Start);
            if (!bySpaces && filled >= 2)
            {
                return true;
            }

            if (!bySpaces && filled == 1)
            {
                framed++;
            }

            if (filled < 3)
            {
                continue;
            }

            var line = text.AsSpan(start, end - start);
            var first = cells.First(c => c.End > c.Start);
            if (line.IndexOfAny(":：;；") < 0 && (CategoryLabels.ParseCategory(text.AsSpan(first.Start, first.End - first.Start)) is not null || ++spaceRows >= 2))
            {
                return true;
            }
        }

        return lines >= 2 && framed >= 2;
    }

    /// <summary>Parses every line of <paramref name="original"/>; each row is one indicator or a diagnostic.</summary>
    public static void Parse(string original, ImmutableArray<Indicator>.Builder indicators, DiagnosticBag bag)
    {
        var labels = Labels.None;
        var stream = new List<(int Start, int End, bool Framed)>();
        foreach (var (lineStart, lineEnd) in Lines(original))
        {
            var cells = Cells(original, lineStart, lineEnd, out var bySpaces);
            var filled = cells.Where(c => c.End > c.Start).ToList();
            if (filled.Count == 0)
            {
                continue;
            }

            if (filled.Count == 1 && !(cells.Count > 1 && original.AsSpan(lineStart, lineEnd - lineStart).Contains('\t')))
            {
                // A line of one cell: one cell of a layout that prints a cell per line, or a clause of its own.
                stream.Add((filled[0].Start, filled[0].End, !bySpaces));
                continue;
            }

            ReadStream(original, stream, ref labels, indicators, bag);
            if (IsHeader(original, filled))
            {
                bag.Add(DiagnosticCodes.HeaderRowSkipped, DiagnosticSeverity.Info, TextSpan.FromBounds(lineStart, lineEnd), Messages.HeaderRow);
                continue;
            }

            if (ClausesUnderHeader(original, filled) is { } clausesCell)
            {
                // 年度绩效目标(文字) | 主体班培训280人次;邀请…授课25人次;…: the goal text lists its own clauses.
                var (lineIndicators, _) = CellParser.Parse(original, clausesCell.Start, clausesCell.End - clausesCell.Start, bag, labels);
                indicators.AddRange(lineIndicators);
                continue;
            }

            if (RowReader.Read(original, cells, ref labels, bag, line: TextSpan.FromBounds(lineStart, lineEnd)) is { } indicator)
            {
                indicators.Add(indicator);
            }
        }

        ReadStream(original, stream, ref labels, indicators, bag);
    }

    /// <summary>Reads the cells of single-cell lines in order: labels, then a name and its value, and so on.</summary>
    private static void ReadStream(string original, List<(int Start, int End, bool Framed)> stream, ref Labels labels, ImmutableArray<Indicator>.Builder indicators, DiagnosticBag bag)
    {
        for (var i = 0; i < stream.Count; i++)
        {
            var cell = stream[i];
            var compact = Compact(original, cell);
            if (compact.Length == 0)
            {
                continue;
            }

            if (LabelCell.IsHeader(compact))
            {
                bag.Add(DiagnosticCodes.HeaderRowSkipped, DiagnosticSeverity.Info, TextSpan.FromBounds(cell.Start, cell.End), Messages.HeaderRow);
                continue;
            }

            // A label, possibly printed one character per line (产\n出\n指\n标, 服务对象\n满意度\n指标); a short one (满意度) right
            // before a value is a name.
            if (JoinedLabel(original, stream, i) is var (count, label) && count > 0
                && !(count == 1 && !compact.EndsWith("指标", StringComparison.Ordinal) && i + 1 < stream.Count && IsDefiniteValueLine(original, stream[i + 1])))
            {
                ApplyLabel(original, stream, i, count, label, ref labels);
                i += count - 1;
                continue;
            }

            if (IsStandardWord(compact))
            {
                bag.Add(DiagnosticCodes.CellLeftOut, DiagnosticSeverity.Info, TextSpan.FromBounds(cell.Start, cell.End), Messages.CellLeftOut(compact));
                continue;
            }

            // A name and its value: explicit cells (framed by |) pair when the next is a value or this one is no clause of its own.
            var hasNext = i + 1 < stream.Count && !IsStructural(Compact(original, stream[i + 1]));
            if (hasNext && ((cell.Framed && IsDefiniteValueLine(original, stream[i + 1]))
                || ((cell.Framed || IsValueLine(original, stream[i + 1])) && !IsWholeClause(original, cell))))
            {
                var row = new List<(int Start, int End)> { (cell.Start, cell.End), (stream[i + 1].Start, stream[i + 1].End) };
                if (RowReader.Read(original, row, ref labels, bag) is { } indicator)
                {
                    indicators.Add(indicator);
                }

                i++;
                continue;
            }

            if (LabelCell.IsHeaderLine(compact))
            {
                bag.Add(DiagnosticCodes.HeaderRowSkipped, DiagnosticSeverity.Info, TextSpan.FromBounds(cell.Start, cell.End), Messages.HeaderRow);
                continue;
            }

            var (lineIndicators, _) = CellParser.Parse(original, cell.Start, cell.End - cell.Start, bag, labels);
            indicators.AddRange(lineIndicators);
            if (lineIndicators.Length > 0)
            {
                // Labels written on the line (数量指标 对符合…扶助 63人) carry down to the lines below.
                var last = lineIndicators[^1];
                labels = new Labels(last.Category, last.CategoryLabel, last.Subcategory, last.SubcategoryLabel);
            }
        }

        stream.Clear();
    }

    private static (int Count, LabelCell.Label Label)? JoinedLabel(string original, List<(int Start, int End, bool Framed)> stream, int i)
    {
        var joined = string.Empty;
        (int, LabelCell.Label)? best = null;
        for (var k = i; k < stream.Count && k - i < 6; k++)
        {
            joined += Compact(original, stream[k]);
            if (joined.Length > 16)
            {
                break;
            }

            if (LabelCell.Read(joined, out var known) is { } label && (known || k == i))
            {
                best = (k - i + 1, label);
            }
        }

        return best;
    }

    private static void ApplyLabel(string original, List<(int Start, int End, bool Framed)> stream, int i, int count, LabelCell.Label label, ref Labels labels)
    {
        var written = string.Concat(Enumerable.Range(i, count).Select(k => original[stream[k].Start..stream[k].End].Trim()));
        if (label.Category is IndicatorCategory.Cost && labels.Category is IndicatorCategory.Output && labels.Subcategory is not null)
        {
            labels = labels with { Subcategory = IndicatorSubcategory.Cost, SubcategoryLabel = written };
        }
        else if (label.Category is { } category)
        {
            labels = new Labels(category, written, null, null);
        }
        else if (label.Subcategory is { } subcategory)
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
            labels = Labels.None;
        }
    }

    /// <summary>A label, a header word or a 绩效标准 word: a cell that is no indicator's name or value.</summary>
    private static bool IsStructural(string compact) =>
        compact.Length == 0 || LabelCell.IsHeader(compact) || LabelCell.IsHeaderLine(compact) || LabelCell.Read(compact, out _) is not null || IsStandardWord(compact);

    private static bool IsStandardWord(string compact) =>
        Simplified.Of(compact) is "计划标准" or "历史标准" or "行业标准" or "其他标准" or "计划标准值" or "历史标准值" or "行业标准值";

    /// <summary>Whether a line is a clause by itself (资金支付率≥90%;): it parses to indicators without an error.</summary>
    private static bool IsWholeClause(string original, (int Start, int End, bool Framed) cell)
    {
        var trial = new DiagnosticBag();
        var (found, _) = CellParser.Parse(original, cell.Start, cell.End - cell.Start, trial, Labels.None);

        // A split guessed from the words (…巩固提高情况 → 提高情况) does not make a line a clause when a value line may follow.
        return found.Length > 0 && !trial.HasErrors && !trial.Contains(DiagnosticCodes.TargetInName) && !trial.Contains(DiagnosticCodes.RunTogetherSplit);
    }

    /// <summary>Whether a line can be the value cell after a name line: a value, or a short phrase without spaces or sentence stops.</summary>
    private static bool IsValueLine(string original, (int Start, int End, bool Framed) cell)
    {
        var (from, to) = TrimWhite(original, cell.Start, cell.End);
        var line = original.AsSpan(from, to - from);
        var compact = Compact(original, cell);
        if (compact.Length == 0 || IsStructural(compact))
        {
            return false;
        }

        var trial = new DiagnosticBag();
        var text = CompactText.Create(original, from, to - from, skipColumnBars: true);
        var target = TargetParser.Parse(text, 0, text.Length, trial);
        return target switch
        {
            QuantitativeTarget q => q.Context is null,
            RangeTarget or DeadlineTarget or PeriodTarget or RateTarget or GradedTarget => true,
            QualitativeTarget => cell.Framed || (compact.Length <= 16 && line.IndexOfAny(" \t\u3000") < 0 && compact.AsSpan().IndexOfAny("。;") < 0
                && !QualitativeWords.IsMetricName(compact)),
            _ => false,
        };
    }

    /// <summary>Whether a line is a value on its own: a quantity, date, period, rate or graded standard, not a phrase.</summary>
    private static bool IsDefiniteValueLine(string original, (int Start, int End, bool Framed) cell)
    {
        var (from, to) = TrimWhite(original, cell.Start, cell.End);
        if (to <= from)
        {
            return false;
        }

        var text = CompactText.Create(original, from, to - from, skipColumnBars: true);
        var target = TargetParser.Parse(text, 0, text.Length, new DiagnosticBag());
        return target is QuantitativeTarget { Context: null } or RangeTarget or DeadlineTarget or PeriodTarget or RateTarget or GradedTarget;
    }

    private static string Compact(string original, (int Start, int End, bool Framed) cell)
    {
        var text = original.AsSpan(cell.Start, cell.End - cell.Start);
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            var m = TextNormalizer.Map(c);
            if (!char.IsWhiteSpace(m) && m != '|')
            {
                builder.Append(m);
            }
        }

        return builder.ToString();
    }

    private static (int Start, int End) TrimWhite(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(TextNormalizer.Map(text[start])) || TextNormalizer.Map(text[start]) == '|'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(TextNormalizer.Map(text[end - 1])) || TextNormalizer.Map(text[end - 1]) == '|'))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>A row of header or label cells and one cell of clauses separated by ; (the 年度绩效目标 text of a 目标表), or <see langword="null"/>.</summary>
    private static (int Start, int End)? ClausesUnderHeader(string original, List<(int Start, int End)> cells)
    {
        (int Start, int End)? text = null;
        foreach (var (start, end) in cells)
        {
            var cell = CompactText.Create(original, start, end - start, skipColumnBars: true).Text;
            if (LabelCell.IsHeader(cell) || cell.StartsWith("年度绩效目标", StringComparison.Ordinal) || cell.StartsWith("年度总体目标", StringComparison.Ordinal))
            {
                continue;
            }

            if (text is not null || cell.AsSpan().TrimEnd("。;").IndexOfAny(";；") < 0)
            {
                return null;
            }

            text = (start, end);
        }

        return text;
    }

    private static bool IsHeader(string original, List<(int Start, int End)> cells)
    {
        var hits = 0;
        foreach (var (start, end) in cells)
        {
            var cell = CompactText.Create(original, start, end - start, skipColumnBars: true);
            if (LabelCell.IsHeader(cell.Text))
            {
                hits++;
            }
        }

        return hits >= 2;
    }

    private static readonly System.Buffers.SearchValues<char> CellSeparators = System.Buffers.SearchValues.Create("\t|｜");

    /// <summary>Whether two spaces (of any width) stand together in <paramref name="text"/>: the separator of cells split by spaces.</summary>
    private static bool HasSpaceRun(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (TextNormalizer.Map(text[i]) == ' ' && TextNormalizer.Map(text[i - 1]) == ' ')
            {
                return true;
            }
        }

        return false;
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
