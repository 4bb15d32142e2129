namespace PerfIndicators.Documents;

/// <summary>
/// Reads a project table whose cells were broken over many lines and whose columns are separated only by spaces or
/// line breaks (Hangzhou's 项目支出预算表 and 项目支出绩效表). A row is: the unit name (over one or more lines), the
/// project name (over one or more lines) ending in the amount line, then the goal prose until the next unit name.
/// </summary>
internal static class BrokenLineTableReader
{
    private const int MaxUnitLines = 8;

    public static ReadTable Read(SourceText source, TableRegion region, AmountUnit unit, bool unitStated, IReadOnlyCollection<string> knownUnits, List<Diagnostic> diagnostics)
    {
        var pieces = new List<Piece>();
        for (var i = region.BodyStart; i < region.End; i++)
        {
            var line = source.Lines[i];
            if (line.IsBlank || region.RepeatedTitles.Contains(i) || LinePatterns.PageNumber().IsMatch(line.Text))
            {
                continue;
            }

            if (LinePatterns.Heading().IsMatch(line.Text) && pieces.Count > 0)
            {
                break;
            }

            var lead = line.Text.Length - line.Text.TrimStart().Length;
            pieces.Add(new Piece(i, line.Start + lead, line.Text.Trim()));
        }

        var units = knownUnits.Where(u => u.Length >= 2).Distinct(StringComparer.Ordinal).OrderByDescending(u => u.Length).ToList();
        var totalIndex = pieces.FindIndex(p => IsTotalLine(p.Text));
        var headerText = string.Concat(pieces.Take(totalIndex >= 0 ? totalIndex : 0).Select(p => NameText.Squeeze(p.Text)));
        var hasGoal = headerText.Contains("绩效目标", StringComparison.Ordinal);
        var hasIndicators = headerText.Contains("绩效指标", StringComparison.Ordinal);
        var hasUnitColumn = headerText.Contains("单位名称", StringComparison.Ordinal) || headerText.Contains("单位", StringComparison.Ordinal);
        var table = new ReadTable
        {
            Region = region,
            Layout = TableLayout.BrokenLines,
            Unit = unit,
            UnitStated = unitStated,
            HasGoalColumn = hasGoal,
            HasIndicatorColumn = hasIndicators,
        };

        int position;
        if (totalIndex >= 0)
        {
            var total = pieces[totalIndex];
            var match = LinePatterns.TrailingAmounts().Match(total.Text);
            var row = new TableRow { Kind = RowKind.Total, FirstLine = total.Line, LastLine = total.Line, SpanStart = total.Start, SpanEnd = total.Start + total.Text.Length };
            AddAmounts(row, match.Groups["amounts"].Value);
            table.Rows.Add(row);
            position = totalIndex + 1;
        }
        else
        {
            position = pieces.FindIndex(p => MatchUnit(pieces, pieces.IndexOf(p), units).Unit is not null);
            if (position < 0)
            {
                position = 0;
            }
        }

        var unassignedNoted = false;
        while (position < pieces.Count)
        {
            var rowStart = pieces[position];
            var (unitName, next, remainder) = MatchUnit(pieces, position, units);
            var diagnosticsOfRow = new List<Diagnostic>();
            if (unitName is not null)
            {
                position = next;
                if (remainder is { } rest)
                {
                    pieces.Insert(position, rest);
                }
            }
            else if (hasUnitColumn)
            {
                diagnosticsOfRow.Add(new Diagnostic(
                    DiagnosticCodes.RowStartGuessed,
                    DiagnosticSeverity.Warning,
                    new TextSpan(rowStart.Start, rowStart.Text.Length),
                    $"第 {rowStart.Line + 1} 行起的行没有以已知的单位名称开头，单位未能读出，项目名称可能含有单位名称 (row start not found by unit name)."));
            }

            CellText? name = null;
            string? amounts = null;
            Piece? amountPiece = null;
            while (position < pieces.Count)
            {
                var piece = pieces[position];
                var match = LinePatterns.TrailingAmounts().Match(piece.Text);
                position++;
                if (match.Success)
                {
                    amounts = match.Groups["amounts"].Value;
                    amountPiece = piece;
                    var text = match.Groups["text"].Value.Trim();
                    if (text.Length > 0)
                    {
                        Append(ref name, piece.Start + match.Groups["text"].Index + (match.Groups["text"].Value.Length - match.Groups["text"].Value.TrimStart().Length), text);
                    }

                    break;
                }

                Append(ref name, piece.Start, piece.Text);
            }

            if (amountPiece is null)
            {
                var last = pieces[^1];
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.UnreadableTableRow,
                    DiagnosticSeverity.Error,
                    TextSpan.FromBounds(rowStart.Start, last.Start + last.Text.Length),
                    $"第 {rowStart.Line + 1}–{last.Line + 1} 行的行没有金额，无法作为项目读出：{TabTableReader.Excerpt(name?.Text ?? rowStart.Text)} (row without an amount line)."));
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.DocumentTruncated,
                    DiagnosticSeverity.Warning,
                    new TextSpan(last.Start, last.Text.Length),
                    $"表格在第 {last.Line + 1} 行结束时最后一行不完整，文件可能被截断 (the table ends inside a row; the file may be truncated)."));
                break;
            }

            var row = new TableRow
            {
                Kind = RowKind.Data,
                FirstLine = rowStart.Line,
                LastLine = amountPiece.Value.Line,
                SpanStart = rowStart.Start,
                SpanEnd = amountPiece.Value.Start + amountPiece.Value.Text.Length,
            };
            row.Diagnostics.AddRange(diagnosticsOfRow);
            if (unitName is not null)
            {
                row.UnitName = new CellText(rowStart.Start, unitName);
            }

            if (name is not null)
            {
                row.Name = name;
            }

            AddAmounts(row, amounts!);
            if (row.Funding.Count > 0 && !unassignedNoted)
            {
                unassignedNoted = true;
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.FundingColumnsUnassigned,
                    DiagnosticSeverity.Info,
                    new TextSpan(amountPiece.Value.Start, amountPiece.Value.Text.Length),
                    $"表格“{region.Title}”的空单元格在提取中丢失，资金来源各列的金额按顺序保留，未对应到列 (funding amounts kept in order, columns unknown)."));
            }

            if (hasGoal || hasIndicators)
            {
                while (position < pieces.Count && MatchUnit(pieces, position, units).Unit is null)
                {
                    var piece = pieces[position++];
                    if (hasGoal)
                    {
                        row.AppendTo(ColumnRole.Goal, piece.Start, piece.Text);
                    }
                    else
                    {
                        row.AppendTo(ColumnRole.Indicators, piece.Start, piece.Text);
                    }

                    row.LastLine = piece.Line;
                    row.SpanEnd = piece.Start + piece.Text.Length;
                }
            }

            if (row.Name is null)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.UnreadableTableRow,
                    DiagnosticSeverity.Error,
                    row.Span,
                    $"第 {row.FirstLine + 1} 行的金额行前没有项目名称，无法作为项目读出 (row has no project name)."));
                diagnostics.AddRange(row.Diagnostics);
                continue;
            }

            if (row.LastLine > row.FirstLine)
            {
                row.Diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.RowContinued,
                    DiagnosticSeverity.Info,
                    row.Span,
                    $"第 {row.FirstLine + 1}–{row.LastLine + 1} 行是同一行表格（单元格跨行断开），已拼接 (cells broken over lines {row.FirstLine + 1}–{row.LastLine + 1} joined)."));
            }

            table.Rows.Add(row);
        }

        return table;
    }

    private static bool IsTotalLine(string text)
    {
        var match = LinePatterns.TrailingAmounts().Match(text);
        return match.Success && LinePatterns.IsTotalLabel(match.Groups["text"].Value);
    }

    private static void Append(ref CellText? cell, int start, string text)
    {
        if (cell is null)
        {
            cell = new CellText(start, text);
        }
        else
        {
            cell.Append(start, text);
        }
    }

    private static void AddAmounts(TableRow row, string amounts)
    {
        var values = amounts.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < values.Length; i++)
        {
            if (!AmountText.TryParse(values[i], out var value))
            {
                continue;
            }

            if (i == 0)
            {
                row.Total = value;
            }
            else
            {
                row.Funding.Add((FundingSource.Unassigned, null, value));
            }
        }
    }

    /// <summary>
    /// Whether the pieces from <paramref name="position"/> spell a known unit name (possibly over several lines, possibly
    /// followed by more text on its last line). Returns the unit, the position after it, and the rest of the last line.
    /// </summary>
    private static (string? Unit, int Next, Piece? Remainder) MatchUnit(List<Piece> pieces, int position, List<string> units)
    {
        if (units.Count == 0)
        {
            return (null, position, null);
        }

        var concat = "";
        for (var k = 0; k < MaxUnitLines && position + k < pieces.Count; k++)
        {
            var piece = pieces[position + k];
            var before = concat;
            concat += NameText.Squeeze(piece.Text);
            var exact = units.FirstOrDefault(u => u == concat);
            if (exact is not null)
            {
                return (exact, position + k + 1, null);
            }

            var longer = units.FirstOrDefault(u => concat.StartsWith(u, StringComparison.Ordinal));
            if (longer is not null)
            {
                var remainder = Remainder(piece, longer.Length - before.Length);
                return remainder.Text.Length == 0 ? (longer, position + k + 1, null) : (longer, position + k + 1, remainder);
            }

            if (!units.Any(u => u.StartsWith(concat, StringComparison.Ordinal)))
            {
                return (null, position, null);
            }
        }

        return (null, position, null);
    }

    /// <summary>The part of <paramref name="piece"/> after its first <paramref name="count"/> non-space characters.</summary>
    private static Piece Remainder(Piece piece, int count)
    {
        var index = 0;
        var seen = 0;
        while (index < piece.Text.Length && seen < count)
        {
            if (!char.IsWhiteSpace(piece.Text[index]))
            {
                seen++;
            }

            index++;
        }

        var rest = piece.Text[index..];
        var lead = rest.Length - rest.TrimStart().Length;
        return new Piece(piece.Line, piece.Start + index + lead, rest.Trim());
    }

    private readonly record struct Piece(int Line, int Start, string Text);
}
