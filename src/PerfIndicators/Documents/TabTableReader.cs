using System.Globalization;

namespace PerfIndicators.Documents;

/// <summary>
/// Reads a project table laid out one row per line with tab-separated cells (Huzhou's 重点项目支出绩效明细表 and
/// 项目支出预算表, Guangzhou's 项目支出绩效目标表). Columns come from the header labels; cells whose empty neighbours
/// were lost in extraction are placed by content; cells continued on later lines (page breaks) are joined.
/// </summary>
internal static class TabTableReader
{
    public static ReadTable Read(SourceText source, TableRegion region, AmountUnit unit, bool unitStated, List<Diagnostic> diagnostics)
    {
        var table = new ReadTable
        {
            Region = region,
            Layout = TableLayout.TabSeparated,
            Unit = unit,
            UnitStated = unitStated,
            HasGoalColumn = region.Columns.Any(c => c.Role == ColumnRole.Goal),
            HasIndicatorColumn = region.Columns.Any(c => c.Role == ColumnRole.Indicators),
        };
        var lines = source.Lines;
        var columns = region.Columns;
        var header = NameText.Squeeze(lines[region.HeaderIndex].Text);
        var title = region.Title is null ? null : NameText.Squeeze(region.Title);
        var context = new Context(columns);
        TableRow? last = null;
        string? group = null;
        for (var i = region.FirstLine + 1; i < region.HeaderIndex; i++)
        {
            var line = lines[i];
            if (!line.IsBlank && i != region.UnitIndex && !IsPageFurniture(line.Text) && !LinePatterns.PageNumber().IsMatch(line.Text))
            {
                diagnostics.Add(Skipped(line));
            }
        }

        for (var i = region.BodyStart; i < region.End; i++)
        {
            var line = lines[i];
            if (line.IsBlank || region.RepeatedTitles.Contains(i) || LinePatterns.PageNumber().IsMatch(line.Text))
            {
                continue;
            }

            var squeezed = NameText.Squeeze(line.Text);
            if (squeezed == header || squeezed == title || IsPageFurniture(line.Text))
            {
                continue;
            }

            var cells = Split(line);
            var filled = cells.Where(c => c.Text.Length > 0).ToList();
            if (filled.Count > 1 && filled.All(c => c.Text is "**" or "*" || int.TryParse(c.Text, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                continue;
            }

            if (!line.Text.Contains('\t', StringComparison.Ordinal))
            {
                if (LinePatterns.Heading().IsMatch(line.Text) || LinePatterns.IsTitleLike(line.Text))
                {
                    break;
                }

                if (context.LooksLikeDamagedRow(line.Text))
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticCodes.UnreadableTableRow,
                        DiagnosticSeverity.Error,
                        line.Span,
                        $"第 {line.Number} 行像是一行项目，但没有制表符分隔的单元格，无法读出各列：{Excerpt(line.Text)} (row could not be split into columns)."));
                    last = null;
                    continue;
                }

                if (last is null)
                {
                    diagnostics.Add(Skipped(line));
                    continue;
                }

                Continue(context, last, line, [new RawCell(line.Start, line.Text.Trim(), line.Start + (line.Text.Length - line.Text.TrimStart().Length))]);
                continue;
            }

            var first = filled.Count > 0 ? filled[0] : default;
            var isTotal = filled.Count > 0 && LinePatterns.IsTotalLabel(first.Text);
            var nameIndex = Array.FindIndex(columns, c => c.Role == ColumnRole.Name);
            var leadingEmpty = cells.Count > 0 && cells[0].Text.Length == 0;
            var hasNumber = filled.Any(c => AmountText.LooksNumeric(c.Text));
            var hasName = nameIndex >= 0 && nameIndex < cells.Count && cells[nameIndex].Text.Length > 0;
            if (!isTotal && leadingEmpty && !hasNumber && !hasName)
            {
                if (last is null)
                {
                    diagnostics.Add(Skipped(line));
                    continue;
                }

                Continue(context, last, line, filled);
                continue;
            }

            var row = ReadRow(context, line, cells, table.Unit);
            if (isTotal)
            {
                row.Kind = RowKind.Total;
                table.Rows.Add(row);
                last = null;
                continue;
            }

            if (row.Name is null || row.Name.Text.Length == 0)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.UnreadableTableRow,
                    DiagnosticSeverity.Error,
                    line.Span,
                    $"第 {line.Number} 行没有项目名称，无法作为项目读出：{Excerpt(line.Text)} (row has no project name)."));
                diagnostics.AddRange(row.Diagnostics);
                last = null;
                continue;
            }

            context.RememberFirstColumn(first.Text);
            if (!context.HasUnitColumns && context.HasTextColumns && row.Goal is null && row.Indicators is null)
            {
                row.Kind = RowKind.Subtotal;
                group = NameText.Clean(row.Name.Text, out var damaged);
                if (damaged)
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticCodes.NameCleaned,
                        DiagnosticSeverity.Info,
                        row.Name.Span,
                        $"第 {line.Number} 行单位名称“{Excerpt(row.Name.Text)}”含有提取留下的标记或符号，已去除为“{group}” (markup removed from the unit name)."));
                }
            }
            else
            {
                row.GroupUnit = group;
            }

            table.Rows.Add(row);
            last = row;
        }

        // A unit row must have project rows under it; one without (a row cut off, or with empty goal and indicator
        // cells) is a project row after all.
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Kind == RowKind.Subtotal && (r + 1 >= table.Rows.Count || table.Rows[r + 1].Kind != RowKind.Data))
            {
                row.Kind = RowKind.Data;
                row.GroupUnit = table.Rows.Take(r).LastOrDefault(x => x.Kind == RowKind.Subtotal) is { } previous ? NameText.Clean(previous.Name!.Text, out _) : null;
                for (var n = r + 1; n < table.Rows.Count && table.Rows[n].Kind == RowKind.Data; n++)
                {
                    table.Rows[n].GroupUnit = row.GroupUnit;
                }
            }
        }

        return table;
    }

    private static Diagnostic Skipped(SourceLine line) => new(
        DiagnosticCodes.LineSkipped,
        DiagnosticSeverity.Info,
        line.Span,
        $"第 {line.Number} 行不属于任何项目行，已跳过：{Excerpt(line.Text)} (line skipped).");

    private static bool IsPageFurniture(string text) =>
        !text.Contains('\t', StringComparison.Ordinal)
        && (LinePatterns.UnitLine().IsMatch(text) || LinePatterns.UnitCodeLine().IsMatch(text) || LinePatterns.LabelledUnit().IsMatch(text) && text.TrimStart().Length < 40);

    private static TableRow ReadRow(Context context, SourceLine line, List<RawCell> cells, AmountUnit unit)
    {
        var lead = line.Text.Length - line.Text.TrimStart().Length;
        var row = new TableRow { FirstLine = line.Index, LastLine = line.Index, SpanStart = line.Start + lead, SpanEnd = line.Start + line.Text.TrimEnd().Length };
        for (var k = 0; k < cells.Count; k++)
        {
            var cell = cells[k];
            if (cell.Text.Length == 0)
            {
                continue;
            }

            var column = k < context.Columns.Length ? context.Columns[k] : default;
            var numeric = AmountText.LooksNumeric(cell.Text);
            if (column.IsAmount && numeric)
            {
                if (!AmountText.TryParse(cell.Text, out var value))
                {
                    row.Diagnostics.Add(new Diagnostic(
                        DiagnosticCodes.InvalidAmount,
                        DiagnosticSeverity.Error,
                        cell.Span,
                        $"第 {line.Number} 行“{column.Label}”列的金额“{cell.Text}”不是有效数字，或大于可处理的 10²⁰ (amount is not a number, or beyond 10^20)."));
                }
                else if (column.Role == ColumnRole.Total)
                {
                    row.Total = value;
                }
                else
                {
                    row.Funding.Add((column.Source, column.Label, value));
                }

                continue;
            }

            if (numeric && column.Role is ColumnRole.Goal or ColumnRole.Indicators or ColumnRole.None)
            {
                row.Diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.MisplacedCell,
                    DiagnosticSeverity.Warning,
                    cell.Span,
                    $"第 {line.Number} 行第 {k + 1} 列（{(column.Label is { Length: > 0 } label ? label : "表头之外")}）是数字“{cell.Text}”，不属于该列；未计入金额 (a number in a text column; not counted)."));
                continue;
            }

            var role = column.Role;
            if (role is ColumnRole.Goal or ColumnRole.Indicators or ColumnRole.Total or ColumnRole.Funding or ColumnRole.None)
            {
                if (context.HasTextColumns)
                {
                    role = context.Classify(cell.Text);
                }
                else
                {
                    row.Diagnostics.Add(new Diagnostic(
                        DiagnosticCodes.MisplacedCell,
                        DiagnosticSeverity.Warning,
                        cell.Span,
                        $"第 {line.Number} 行第 {k + 1} 列（{(column.Label is { Length: > 0 } label ? label : "表头之外")}）的文字“{Excerpt(cell.Text)}”不属于该列 (text in an amount column)."));
                    continue;
                }
            }

            row.AppendTo(role, cell.Start, cell.Text);
        }

        if (row.Total is null && !row.Diagnostics.Any(d => d.Code == DiagnosticCodes.InvalidAmount) && context.Columns.Any(c => c.Role == ColumnRole.Total))
        {
            row.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.InvalidAmount,
                DiagnosticSeverity.Error,
                line.Span,
                $"第 {line.Number} 行没有金额（{context.Columns.First(c => c.Role == ColumnRole.Total).Label}列为空）(the row has no amount)."));
        }

        _ = unit;
        return row;
    }

    private static void Continue(Context context, TableRow row, SourceLine line, IEnumerable<RawCell> pieces)
    {
        foreach (var piece in pieces)
        {
            var role = context.ContinuationRole(row, piece.Text);
            row.AppendTo(role, piece.Start, piece.Text);
        }

        if (row.Kind == RowKind.Subtotal && (row.Goal is not null || row.Indicators is not null))
        {
            row.Kind = RowKind.Data;
        }

        row.LastLine = line.Index;
        row.SpanEnd = line.Start + line.Text.TrimEnd().Length;
        row.Diagnostics.Add(new Diagnostic(
            DiagnosticCodes.RowContinued,
            DiagnosticSeverity.Info,
            line.Span,
            $"第 {line.Number} 行是第 {row.FirstLine + 1} 行的续行（跨行或跨页断开），已接在其后 (line continues the row of line {row.FirstLine + 1})."));
    }

    private static List<RawCell> Split(SourceLine line)
    {
        var cells = new List<RawCell>();
        var start = 0;
        var text = line.Text;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\t')
            {
                var raw = text[start..i];
                var lead = raw.Length - raw.TrimStart().Length;
                cells.Add(new RawCell(line.Start + start, raw.Trim(), line.Start + start + lead));
                start = i + 1;
            }
        }

        return cells;
    }

    internal static string Excerpt(string text)
    {
        var trimmed = text.Trim().Replace('\t', ' ');
        return trimmed.Length <= 40 ? trimmed : trimmed[..40] + "…";
    }

    /// <summary>One cell of a line: the raw start, the trimmed text and where that text starts.</summary>
    private readonly record struct RawCell(int RawStart, string Text, int Start)
    {
        public TextSpan Span => new(Start, Text.Length);
    }

    private sealed class Context(Column[] columns)
    {
        private readonly HashSet<string> firstColumn = new(StringComparer.Ordinal);

        public Column[] Columns { get; } = columns;

        public bool HasUnitColumns { get; } = columns.Any(c => c.Role is ColumnRole.UnitCode or ColumnRole.UnitName);

        public bool HasTextColumns { get; } = columns.Any(c => c.IsText);

        private bool HasGoal { get; } = columns.Any(c => c.Role == ColumnRole.Goal);

        private bool HasIndicators { get; } = columns.Any(c => c.Role == ColumnRole.Indicators);

        private bool HasUnitCode { get; } = columns.Any(c => c.Role == ColumnRole.UnitCode);

        public void RememberFirstColumn(string text)
        {
            var squeezed = NameText.Squeeze(text);
            if (squeezed.Length >= 2)
            {
                firstColumn.Add(squeezed);
            }
        }

        /// <summary>Goal or indicators, by content, for a text cell whose column position was lost.</summary>
        public ColumnRole Classify(string text)
        {
            if (HasIndicators && (!HasGoal || LinePatterns.IndicatorCellStart().IsMatch(text)))
            {
                return ColumnRole.Indicators;
            }

            return HasGoal ? ColumnRole.Goal : ColumnRole.Indicators;
        }

        /// <summary>The cell a continuation piece belongs to.</summary>
        public ColumnRole ContinuationRole(TableRow row, string text)
        {
            if (!HasTextColumns)
            {
                return row.LastTextRole is ColumnRole.Name or ColumnRole.ParentName or ColumnRole.UnitName ? row.LastTextRole : ColumnRole.Name;
            }

            return row.LastTextRole switch
            {
                ColumnRole.Indicators => ColumnRole.Indicators,
                ColumnRole.Goal when HasIndicators && row.Indicators is null && LinePatterns.IndicatorCellStart().IsMatch(text) => ColumnRole.Indicators,
                ColumnRole.Goal => ColumnRole.Goal,
                _ => Classify(text),
            };
        }

        /// <summary>A line without tabs that starts like a row (a unit code, a known first cell) or holds several amounts.</summary>
        public bool LooksLikeDamagedRow(string text)
        {
            var trimmed = text.TrimStart();
            if (HasUnitCode && trimmed.Length > 7 && trimmed[..6].All(char.IsAsciiDigit) && char.IsWhiteSpace(trimmed[6]))
            {
                return true;
            }

            var squeezed = NameText.Squeeze(text);
            if (firstColumn.Any(v => squeezed.StartsWith(v, StringComparison.Ordinal) && squeezed.Length > v.Length))
            {
                var token = trimmed.Split([' ', '\u3000'], 2)[0];
                if (firstColumn.Contains(NameText.Squeeze(token)))
                {
                    return true;
                }
            }

            return LinePatterns.StandaloneNumber().Count(text) >= 2;
        }
    }
}
