using System.Collections.Immutable;

namespace PerfIndicators.Parsing;

/// <summary>
/// Parses performance-indicator text from budget documents into typed values: a target value (年度指标值), one
/// indicator clause, a whole indicator cell or block of table rows, or a reported actual value (实际完成值).
/// </summary>
/// <remarks>
/// <para>No method throws for any input string: every problem is a <see cref="Diagnostic"/> in the result, with a
/// stable code and a span into the text given. Only a <see langword="null"/> argument throws.</para>
/// <para>All methods are thread-safe and keep no state between calls.</para>
/// </remarks>
public static class IndicatorParser
{
    /// <summary>The longest input read, in characters (4 Mi); the rest is reported with <see cref="DiagnosticCodes.InputTooLarge"/>.</summary>
    public const int MaxInputLength = 4 * 1024 * 1024;

    /// <summary>The most indicators one cell gives (<see cref="ParseCell(string)"/>); beyond it PI1041 and the rest is not read.</summary>
    public const int MaxIndicatorsPerCell = 10_000;

    /// <summary>The most diagnostics of one code listed for one text; the rest are counted in one PI1040.</summary>
    public const int MaxDiagnosticsPerCode = 100;

    /// <summary>
    /// The longest multi-line cell also read line by line (16 Ki characters, far more than any indicator block), to weigh rows whose
    /// cells single spaces separate against wrapped text; a longer text is read as one cell, so the cost stays linear.
    /// </summary>
    private const int MaxLinesReading = 16 * 1024;

    /// <summary>Parses a target value (年度指标值): <c>≥90%</c>, <c>不少于10个</c>, <c>合法合规</c>, <c>12月底前</c>, <c>满意度低于90%不得分…</c>.</summary>
    /// <param name="text">The target text.</param>
    /// <returns>The target (an <see cref="UnrecognizedTarget"/> with an error when not understood) and diagnostics.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is <see langword="null"/>.</exception>
    public static ParseResult<Target> ParseTarget(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bag = new DiagnosticBag();
        var input = Limit(text, bag);
        var target = Guard(input, bag, static (input, bag) =>
        {
            var compact = CompactText.Create(input);
            return TargetParser.Parse(compact, 0, compact.Length, bag);
        });
        return new ParseResult<Target>(text, target, bag.ToImmutableSorted());
    }

    /// <summary>
    /// Parses one indicator clause: <c>资金支付率≥90%</c>, <c>数量指标:援派丽水挂职干部数量≤10人</c>,
    /// <c>1、满意度指标:参展商投诉率,年度指标值:低于10%。</c>.
    /// </summary>
    /// <param name="clause">The clause text.</param>
    /// <returns>The indicator and diagnostics; <see cref="ParseResult{T}.Value"/> is <see langword="null"/> only for empty input.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="clause"/> is <see langword="null"/>.</exception>
    public static ParseResult<Indicator> ParseIndicator(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var bag = new DiagnosticBag();
        var input = Limit(clause, bag);
        var indicator = Guard(input, bag, static (input, bag) =>
        {
            if (TableParser.LooksLikeTable(input) || input.AsSpan().IndexOfAny('\n', '\r') >= 0)
            {
                // A row of cells (名称 | 值, 名称\n值): read as ParseCell reads it, so both give the same indicator.
                var row = new DiagnosticBag();
                if (ReadCell(input, row) is { Length: 1 } one)
                {
                    bag.AddRange(row);
                    return one[0];
                }
            }

            var compact = CompactText.Create(input);
            var (start, end) = TargetParser.Trim(compact.Text, 0, compact.Length);
            start = SkipClauseNumber(compact.Text, start, end);
            if (start >= end)
            {
                bag.Add(DiagnosticCodes.EmptyCell, DiagnosticSeverity.Info, new TextSpan(0, input.Length), Messages.EmptyCell);
                return null;
            }

            return ClauseParser.Parse(compact, start, end, Labels.None, bag, out _);
        });
        return new ParseResult<Indicator>(clause, indicator, bag.ToImmutableSorted());
    }

    /// <summary>
    /// Parses one indicator given as the cells of its row, as project files and spreadsheets hold them: the name (三级指标) and the
    /// target (年度指标值), with the category labels when known. The cells are read as the row
    /// <c>category \t subcategory \t name \t target</c> of a table, so the name's hints apply (<c>造林面积(亩)</c> with <c>80000</c>,
    /// <c>(≥**%)</c>, a bare 万 on a 成本) exactly as in <see cref="ParseCell(string)"/>.
    /// </summary>
    /// <param name="name">The name cell (三级指标).</param>
    /// <param name="target">The target cell (年度指标值); split cells (指标性质, 指标值, 度量单位) may be joined with spaces.</param>
    /// <param name="category">The 一级 label as written, or <see langword="null"/>.</param>
    /// <param name="subcategory">The 二级 label as written, or <see langword="null"/>.</param>
    /// <returns>The indicator and diagnostics; spans point into <see cref="ParseResult{T}.Input"/>, the row as read (cells joined by tabs).</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="name"/> or <paramref name="target"/> is <see langword="null"/>.</exception>
    public static ParseResult<Indicator> ParseIndicator(string name, string target, string? category = null, string? subcategory = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(target);
        var row = string.Join('\t', Cell(category), Cell(subcategory), Cell(name), Cell(target));
        var bag = new DiagnosticBag();
        var input = Limit(row, bag);
        var indicator = Guard(input, bag, static (input, bag) =>
        {
            var cells = new List<(int Start, int End)>(4);
            var start = 0;
            for (var i = 0; i <= input.Length; i++)
            {
                if (i == input.Length || input[i] == '\t')
                {
                    cells.Add((start, i));
                    start = i + 1;
                }
            }

            var labels = Labels.None;
            var read = RowReader.Read(input, cells, ref labels, bag);
            if (read is null && bag.Count == 0)
            {
                bag.Add(DiagnosticCodes.EmptyCell, DiagnosticSeverity.Info, new TextSpan(0, input.Length), Messages.EmptyCell);
            }

            return read;
        });
        return new ParseResult<Indicator>(row, indicator, bag.ToImmutableSorted());
    }

    /// <summary>A cell's text on one line of a row: tabs and line breaks become spaces, one for one, so spans still fit.</summary>
    private static string Cell(string? text) =>
        text is null ? string.Empty : text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>
    /// Parses a whole indicator cell — numbered (<c>1、…。2、…</c>), labelled (<c>数量指标: …; 社会效益指标: …</c>) — or a block of
    /// table rows (<c>一级 | 二级 | 三级 | 指标值</c>, tab-, <c>|</c>- or space-separated). Every clause comes out as an
    /// indicator or as a diagnostic.
    /// </summary>
    /// <param name="cell">The cell or block text.</param>
    /// <returns>The indicators in text order and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="cell"/> is <see langword="null"/>.</exception>
    public static CellParseResult ParseCell(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var bag = new DiagnosticBag();
        var input = Limit(cell, bag);
        var indicators = Guard(input, bag, static (input, bag) => new IndicatorList(Bound(ReadCell(input, bag), input, bag)));
        if (indicators is { Items.Length: 0 } && bag.Count == 0 && !string.IsNullOrWhiteSpace(input))
        {
            // Only table rules, separators or labels: no indicator, and the result says so rather than looking unread.
            bag.Add(DiagnosticCodes.EmptyCell, DiagnosticSeverity.Info, new TextSpan(0, input.Length), Messages.EmptyCell);
        }

        if (indicators is not null && bag.Contains(DiagnosticCodes.OcrRepaired))
        {
            TargetHints.FlagOcrSuspects(indicators.Items, bag);
        }

        return new CellParseResult(cell, indicators?.Items ?? [], bag.ToImmutableSorted());
    }

    /// <summary>Parses a reported actual value (实际完成值): <c>92%</c>, <c>12.3万人</c>, <c>部分达成</c>, <c>2023年11月20日</c>, <c>完成</c>.</summary>
    /// <param name="text">The actual value as entered.</param>
    /// <returns>The actual (text it could not read is kept as <see cref="ActualKind.Text"/>) and diagnostics.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is <see langword="null"/>.</exception>
    public static ParseResult<Actual> ParseActual(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bag = new DiagnosticBag();
        var input = Limit(text, bag);
        var actual = Guard(input, bag, static (input, bag) => ActualParser.Parse(CompactText.Create(input), bag));
        return new ParseResult<Actual>(text, actual, bag.ToImmutableSorted());
    }

    /// <summary>
    /// Parses an actual value (实际完成值) against the indicator it reports on. The same as <see cref="ParseActual(string)"/>,
    /// and besides: an actual that repeats the target's words is marked (<see cref="Actual.RepeatsTarget"/>), and OCR damage
    /// the indicator makes plain (<c>290%</c> for a 满意度 of <c>90%</c>: <c>≥</c> read as <c>2</c>) is read with a warning.
    /// </summary>
    /// <param name="text">The actual value as entered.</param>
    /// <param name="indicator">The indicator (its name and target) the value reports on.</param>
    /// <returns>The actual and diagnostics.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> or <paramref name="indicator"/> is <see langword="null"/>.</exception>
    public static ParseResult<Actual> ParseActual(string text, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(indicator);
        var bag = new DiagnosticBag();
        var input = Limit(text, bag);
        var actual = Guard(input, bag, indicator, static (input, bag, indicator) => ActualParser.Parse(CompactText.Create(input), bag, indicator));
        return new ParseResult<Actual>(text, actual, bag.ToImmutableSorted());
    }

    /// <summary>
    /// Reads a cell: rows of a table (tabs, bars, runs of spaces), or lines that may be wrapped text or rows whose cells single spaces
    /// separate (the reading that understands more is taken, the text as one cell on a tie), or one cell of clauses.
    /// </summary>
    private static ImmutableArray<Indicator> ReadCell(string input, DiagnosticBag bag)
    {
        var builder = ImmutableArray.CreateBuilder<Indicator>();
        if (TableParser.LooksLikeTable(input))
        {
            TableParser.Parse(input, builder, bag);
            return builder.ToImmutable();
        }

        if (input.Length <= MaxLinesReading && input.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            var joined = new DiagnosticBag();
            var (whole, _) = CellParser.Parse(input, 0, input.Length, joined);
            var rows = new DiagnosticBag();
            TableParser.Parse(input, builder, rows);
            if (Understood(builder, rows) > Understood(whole, joined))
            {
                bag.AddRange(rows);
                return builder.ToImmutable();
            }

            bag.AddRange(joined);
            return whole;
        }

        var (list, _) = CellParser.Parse(input, 0, input.Length, bag);
        return list;
    }

    /// <summary>Keeps the first <see cref="MaxIndicatorsPerCell"/> indicators and the diagnostics up to where the next begins (PI1041).</summary>
    private static ImmutableArray<Indicator> Bound(ImmutableArray<Indicator> indicators, string input, DiagnosticBag bag)
    {
        if (indicators.Length <= MaxIndicatorsPerCell)
        {
            return indicators;
        }

        var cut = indicators[MaxIndicatorsPerCell].Span.Start;
        bag.RemoveFrom(cut);
        bag.Add(DiagnosticCodes.TooManyIndicators, DiagnosticSeverity.Error, TextSpan.FromBounds(cut, input.Length), Messages.TooManyIndicators(MaxIndicatorsPerCell));
        return indicators[..MaxIndicatorsPerCell];
    }

    /// <summary>How much a reading understood: indicators with a target, less the errors it reported.</summary>
    /// <remarks>Values recognised as having no name (PI1038) count as understood: that reading explained them.</remarks>
    private static int Understood(IEnumerable<Indicator> indicators, DiagnosticBag diagnostics) =>
        indicators.Count(i => i.Target is not UnrecognizedTarget) + diagnostics.CountOf(DiagnosticCodes.ValuesWithoutName) - diagnostics.ErrorCount;

    private static int SkipClauseNumber(string s, int start, int end)
    {
        var p = start;
        while (p < end && p - start < 3 && Lexicon.IsDigit(s[p]))
        {
            p++;
        }

        return p > start && p < end && s[p] == '、' ? p + 1 : start;
    }

    private static string Limit(string text, DiagnosticBag bag)
    {
        if (text.Length <= MaxInputLength)
        {
            return text;
        }

        bag.Add(DiagnosticCodes.InputTooLarge, DiagnosticSeverity.Error, TextSpan.FromBounds(MaxInputLength, text.Length), Messages.InputTooLarge(MaxInputLength));
        return text[..MaxInputLength];
    }

    /// <summary>
    /// The last line of defence for "nothing throws": an unexpected exception becomes an error diagnostic (PI1099)
    /// instead of reaching the caller. Tests and fuzzing assert that PI1099 never appears.
    /// </summary>
    /// <summary>Runs <paramref name="parse"/> on the input; an exception becomes PI1099 instead of escaping. The parse is a static lambda: no closure per call.</summary>
    private static T? Guard<T>(string input, DiagnosticBag bag, Func<string, DiagnosticBag, T?> parse)
        where T : class =>
        Guard(input, bag, parse, static (input, bag, parse) => parse(input, bag));

    private static T? Guard<TState, T>(string input, DiagnosticBag bag, TState state, Func<string, DiagnosticBag, TState, T?> parse)
        where T : class
    {
        try
        {
            return parse(input, bag, state);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            bag.Add(DiagnosticCodes.InternalError, DiagnosticSeverity.Error, new TextSpan(0, input.Length), Messages.InternalError(ex.GetType().Name));
            return null;
        }
    }

    private sealed record IndicatorList(ImmutableArray<Indicator> Items);
}
