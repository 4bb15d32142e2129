using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Parsing;

/// <summary>
/// Facts that hold for every real input in the case files and golden cells, whatever each case expects: spans point
/// at the text they describe, and every diagnostic is one the documentation describes.
/// </summary>
public sealed class CaseInputInvariantTests
{
    /// <summary>Every cell input: the cells.asv inputs and the golden seed cells.</summary>
    public static IEnumerable<object[]> CellInputs =>
        CaseFiles.Rows("cells.asv").Select(row => new object[] { "cells.asv:" + row[0], row[1] })
            .Concat(new[] { "000", "001", "004" }.SelectMany(seed =>
                File.ReadLines(Path.Combine(TestPaths.ParsingData, "Golden", seed + ".cells.txt"))
                    .Select((line, index) => (line, index))
                    .Where(l => !l.line.StartsWith('#') && l.line.Trim().Length > 0)
                    .Select(l => new object[] { $"{seed}.cells.txt:{l.index + 1}", l.line })));

    [Theory]
    [MemberData(nameof(CellInputs))]
    public void Name_and_target_spans_point_at_the_name_and_target_text(string source, string input)
    {
        var result = IndicatorParser.ParseCell(input);

        foreach (var indicator in result.Indicators)
        {
            Within(indicator.NameSpan, indicator.Span).Should().BeTrue("{0}: the name of {1} lies in its clause", source, indicator.Name);
            Within(indicator.TargetSpan, indicator.Span).Should().BeTrue("{0}: the target of {1} lies in its clause", source, indicator.Name);
            Compact(Slice(input, indicator.NameSpan)).Should().Be(Compact(indicator.Name), "{0}: NameSpan {1}", source, indicator.NameSpan);
            if (indicator.Target is not UnrecognizedTarget)
            {
                Compact(Slice(input, indicator.TargetSpan)).Should().Be(Compact(indicator.Target.Text), "{0}: TargetSpan {1}", source, indicator.TargetSpan);
            }
        }
    }

    [Theory]
    [MemberData(nameof(CellInputs))]
    public void Cells_report_only_documented_diagnostics_in_text_order(string source, string input)
    {
        var result = IndicatorParser.ParseCell(input);

        foreach (var diagnostic in result.Diagnostics)
        {
            DiagnosticFacts.ShouldBeDocumented(diagnostic, input);
        }

        result.Diagnostics.Select(d => d.Span.Start).Should().BeInAscendingOrder(source);
        result.Indicators.Select(i => i.Span.Start).Should().BeInAscendingOrder(source);
    }

    [Fact]
    public void Every_parsing_code_has_a_documented_severity()
    {
        var codes = typeof(DiagnosticCodes).GetFields()
            .Select(f => (string)f.GetValue(null)!)
            .Where(c => c.StartsWith("PI10", StringComparison.Ordinal))
            .ToList();

        codes.Should().HaveCountGreaterThan(30);
        DiagnosticFacts.Severity.Keys.Should().BeEquivalentTo(codes, "every PI10xx code is listed with its severity in DiagnosticFacts");
    }

    [Fact]
    public void Spans_keep_pointing_into_a_document_after_shifting()
    {
        const string cell = "数量指标: 资金支付率≥90%; 社会效益指标: 提升了认知度(影响力)定性发挥桥梁与纽带作用";
        var document = "绩效指标\t" + cell;
        var shifted = IndicatorParser.ParseCell(cell).Shift(5);

        shifted.Indicators.Select(i => document.Substring(i.NameSpan.Start, i.NameSpan.Length))
            .Should().Equal("资金支付率", "提升了认知度(影响力)");
    }

    [Fact]
    public void A_large_number_keeps_the_digits_as_written_without_pdf_spaces()
    {
        var target = IndicatorParser.ParseTarget("1, 068. 00万元").Value.Should().BeOfType<QuantitativeTarget>().Subject;

        target.Quantity.ValueText.Should().Be("1068.00");
        target.Quantity.MultiplierText.Should().Be("万");
        target.Quantity.Unit.Text.Should().Be("元");
    }

    [Fact]
    public void A_label_written_only_at_the_second_level_leaves_the_first_level_label_empty()
    {
        var indicator = IndicatorParser.ParseIndicator("数量指标: 资金支付率≥90%").Value!;

        indicator.CategoryLabel.Should().BeNull();
        indicator.SubcategoryLabel.Should().Be("数量指标");
        indicator.Category.Should().Be(IndicatorCategory.Output);
    }

    private static bool Within(TextSpan inner, TextSpan outer) => inner.Start >= outer.Start && inner.End <= outer.End;

    private static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    /// <summary>The parser drops white space that PDF extraction put inside words, so compare without any.</summary>
    // White space, and the | between split value columns (≤ | 500 | 元/人), are layout, not text.
    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('|' or '｜')));
}
