using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Hostile indicator text: a single 1 MB cell of each pathological shape (repeated separators, clause numbers, labels,
/// dates, ranges, rules …) parses with bounded allocation, no internal error, and work that grows linearly with the input.
/// Bounds are on bytes allocated by the test's own thread, so other tests running at the same time do not disturb them.
/// </summary>
public sealed class HostileTextTests
{
    private const int OneMiB = 1 << 20;

    public static TheoryData<string, string> Shapes => new()
    {
        { "semicolons", ";" },
        { "full stops", "。" },
        { "clause numbers", "1、" },
        { "clause numbers after full stops", "1、资金支付率,年度指标值:≥90%。" },
        { "value markers", "年度指标值:" },
        { "labels", "数量指标:" },
        { "labelled clauses", "数量指标:资金支付率≥90%;" },
        { "table rows", "产出指标\t数量指标\t培训人次\t≥400人次\n" },
        { "dates", "2023年12月" },
        { "ranges", "1-" },
        { "rules", "90%以上得10分，每降5%扣1分，" },
        { "tolerance bands", "±10%以内得5分，" },
        { "comparators", "≥" },
        { "digits", "9" },
        { "parentheses", "(" },
        { "pipes", "|" },
        { "tabs", "\t" },
        { "page breaks", "\n、" },
        { "qualitative markers", "定性" },
        { "Chinese text", "资金" },
        { "lone surrogates", "\uD800a\uDC00" },
        { "NUL and replacement characters", "\0\uFFFD" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Parsing_a_cell_grows_linearly_with_the_input(string shape, string unit)
    {
        // Four times the text may cost about four times the allocation; a quadratic step would cost sixteen times.
        var small = Measure.Run(() => IndicatorParser.ParseCell(Repeat(unit, 32 * 1024)));
        var large = Measure.Run(() => IndicatorParser.ParseCell(Repeat(unit, 128 * 1024)));

        large.AllocatedBytes.Should().BeLessThan(Math.Max(8 * small.AllocatedBytes, 4 * Measure.MiB), "{0}: 32 Ki chars {1}, 128 Ki chars {2}", shape, small, large);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_single_1_MB_cell_of_any_shape_parses_within_bounds(string shape, string unit)
    {
        var text = Repeat(unit, OneMiB);

        var measured = Measure.Run(() => IndicatorParser.ParseCell(text));

        var result = measured.Result;
        result.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError, shape);
        (result.Indicators.Length + result.Diagnostics.Length).Should().BePositive("a 1 MB cell of {0} is not silently dropped", shape);
        result.Indicators.Should().NotContain(i => i.Span.Start < 0 || i.Span.End > text.Length);
        measured.AllocatedBytes.Should().BeLessThan(512 * Measure.MiB, "{0}: {1}", shape, measured);
        measured.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "{0} typically takes under 3 s: {1}", shape, measured);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_single_1_MB_cell_gives_a_bounded_result_whatever_its_shape(string shape, string unit)
    {
        // Issue 17, finding 10: a 1 MB cell of 产出指标: wrote 152 MB of JSON (200,000 empty indicators, 400,000 diagnostics).
        var result = IndicatorParser.ParseCell(Repeat(unit, OneMiB));

        result.Indicators.Length.Should().BeLessThanOrEqualTo(IndicatorParser.MaxIndicatorsPerCell, shape);
        result.Diagnostics.GroupBy(d => d.Code).Where(g => g.Count() > IndicatorParser.MaxDiagnosticsPerCode && g.Key != DiagnosticCodes.DiagnosticsOmitted)
            .Should().BeEmpty("{0} lists at most {1} diagnostics of one code", shape, IndicatorParser.MaxDiagnosticsPerCode);
    }

    [Fact]
    public void A_cell_of_200000_labels_stops_at_the_indicator_limit_and_counts_what_it_did_not_list()
    {
        var text = Repeat("产出指标:", 200_000 * 5);

        var result = IndicatorParser.ParseCell(text);

        result.Indicators.Should().HaveCount(IndicatorParser.MaxIndicatorsPerCell);
        var cut = result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.TooManyIndicators).Which;
        cut.Severity.Should().Be(DiagnosticSeverity.Error);
        cut.Span.Start.Should().Be(IndicatorParser.MaxIndicatorsPerCell * 5, "the cut is where indicator 10,001 starts");
        cut.Span.End.Should().Be(text.Length);
        result.Diagnostics.Should().NotContain(d => d.Code != DiagnosticCodes.TooManyIndicators && d.Span.Start > cut.Span.Start);
        var omitted = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DiagnosticsOmitted).ToList();
        omitted.Should().HaveCount(2, "PI1002 and PI1007 each repeat past the limit");
        omitted.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Info);
        omitted.Should().Contain(d => d.Message.Contains("PI1002", StringComparison.Ordinal) && d.Message.Contains("9,900", StringComparison.Ordinal));
        result.Diagnostics.Count(d => d.Code == DiagnosticCodes.NoTarget).Should().Be(IndicatorParser.MaxDiagnosticsPerCode);
    }

    [Fact]
    public void Ten_thousand_value_markers_in_one_clause_keep_one_target_and_report_the_repetition()
    {
        var text = "1、满意度指标:投诉率," + string.Concat(Enumerable.Repeat("年度指标值:", 10_000)) + "低于10%。";

        var measured = Measure.Run(() => IndicatorParser.ParseCell(text));

        var indicator = measured.Result.Indicators.Should().ContainSingle().Subject;
        indicator.Name.Should().Be("投诉率");
        indicator.Target.Should().BeOfType<QuantitativeTarget>().Which.Quantity.Value.Should().Be(10m);
        measured.Result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.DuplicatedFragment);
        measured.AllocatedBytes.Should().BeLessThan(32 * Measure.MiB, measured.ToString());
    }

    [Fact]
    public void Ten_thousand_numbered_clauses_each_come_out()
    {
        var text = string.Concat(Enumerable.Range(1, 10_000).Select(i => i % 100 + "、产出指标:资金支付率,年度指标值:≥90%。"));

        var result = IndicatorParser.ParseCell(text);

        result.Indicators.Length.Should().Be(10_000);
        result.Diagnostics.Should().NotContain(d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Text_longer_than_the_parser_reads_is_cut_with_an_error_not_read_whole()
    {
        var text = Repeat(";", IndicatorParser.MaxInputLength + 1000);

        var result = IndicatorParser.ParseCell(text);

        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InputTooLarge && d.Span.Start == IndicatorParser.MaxInputLength);
        IndicatorParser.ParseTarget(text).Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InputTooLarge);
        IndicatorParser.ParseActual(text).Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InputTooLarge);
    }

    [Theory]
    [InlineData("\uD800")]
    [InlineData("≥9\uDC000%")]
    [InlineData("资金支付率≥\uFFFD90%")]
    [InlineData("\u202E≥90%\u202C")]
    [InlineData("≥90%\u0000\u0000")]
    [InlineData("\uFEFF数量指标:资金支付率≥90%")]
    public void Broken_unicode_in_a_target_or_actual_gives_a_result_never_an_internal_error(string text)
    {
        foreach (var diagnostics in new[]
        {
            IndicatorParser.ParseCell(text).Diagnostics, IndicatorParser.ParseTarget(text).Diagnostics,
            IndicatorParser.ParseActual(text).Diagnostics, IndicatorParser.ParseIndicator(text).Diagnostics,
        })
        {
            diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError);
            diagnostics.Should().NotContain(d => d.Span.Start < 0 || d.Span.End > text.Length);
        }
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new System.Text.StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
