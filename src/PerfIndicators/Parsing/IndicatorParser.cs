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

    /// <summary>Parses a target value (年度指标值): <c>≥90%</c>, <c>不少于10个</c>, <c>合法合规</c>, <c>12月底前</c>, <c>满意度低于90%不得分…</c>.</summary>
    /// <param name="text">The target text.</param>
    /// <returns>The target (an <see cref="UnrecognizedTarget"/> with an error when not understood) and diagnostics.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is <see langword="null"/>.</exception>
    public static ParseResult<Target> ParseTarget(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bag = new DiagnosticBag();
        var input = Limit(text, bag);
        var target = Guard(input, bag, () =>
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
        var indicator = Guard(input, bag, () =>
        {
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
        var indicators = Guard(input, bag, () =>
        {
            var builder = ImmutableArray.CreateBuilder<Indicator>();
            if (TableParser.LooksLikeTable(input))
            {
                TableParser.Parse(input, builder, bag);
                return new IndicatorList(builder.ToImmutable());
            }

            var (list, _) = CellParser.Parse(input, 0, input.Length, bag);
            return new IndicatorList(list);
        });
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
        var actual = Guard(input, bag, () => ActualParser.Parse(CompactText.Create(input), bag));
        return new ParseResult<Actual>(text, actual, bag.ToImmutableSorted());
    }

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
    private static T? Guard<T>(string input, DiagnosticBag bag, Func<T?> parse)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            bag.Add(DiagnosticCodes.InternalError, DiagnosticSeverity.Error, new TextSpan(0, input.Length), Messages.InternalError(ex.GetType().Name));
            return null;
        }
    }

    private sealed record IndicatorList(ImmutableArray<Indicator> Items);
}
