using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Core;

/// <summary>Behaviour of the public facade that every caller relies on: spans, diagnostics, no exceptions.</summary>
public class ParserFacadeTests
{
    [Fact]
    public void Spans_point_at_the_original_characters_despite_pdf_spaces()
    {
        // 广州市协作办公室 项目支出绩效目标表, 会展业务费 (seed 004): spaces from PDF line wraps inside words.
        const string cell = "2、产出指标:展览面积,年 度指标值:5万平方。";
        var indicator = IndicatorParser.ParseCell(cell).Indicators.Should().ContainSingle().Subject;

        indicator.Name.Should().Be("展览面积");
        cell.Substring(indicator.NameSpan.Start, indicator.NameSpan.Length).Should().Be("展览面积");
        cell.Substring(indicator.TargetSpan.Start, indicator.TargetSpan.Length).Should().Be("5万平方");
        indicator.Target.Should().BeOfType<QuantitativeTarget>().Which.Quantity.Unit.Canonical.Should().Be("平方米");
    }

    [Fact]
    public void Diagnostic_spans_point_into_the_cell()
    {
        const string cell = "数量指标: 资金支付率≥abc; 质量指标: 系统正常运行率≥98%";
        var result = IndicatorParser.ParseCell(cell);

        result.Indicators.Should().HaveCount(2);
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.NoTarget);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        cell.Substring(diagnostic.Span.Start, diagnostic.Span.Length).Should().Be("资金支付率≥abc");
        result.Indicators[1].Target.Should().BeOfType<QuantitativeTarget>().Which.Quantity.Value.Should().Be(98m);
    }

    [Theory]
    [InlineData("完成时间：2023/12/20前")]
    [InlineData("完成时间：2023-12-20前")]
    [InlineData("完成时间：2023.12.20前")]
    public void A_date_written_with_separators_is_the_whole_target_not_the_end_of_the_name(string cell)
    {
        // issue 11: `perfind parse "完成时间：2023/12/20前"` gave the name 完成时间：2023/12/ and the target 20前.
        var indicator = IndicatorParser.ParseCell(cell).Indicators.Should().ContainSingle().Subject;

        indicator.Name.Should().Be("完成时间");
        cell.Substring(indicator.TargetSpan.Start, indicator.TargetSpan.Length).Should().Be(cell[5..]);
        indicator.Target.Should().BeOfType<DeadlineTarget>().Which.Deadline.Should().Be(new PartialDate(2023, 12, 20));
        IndicatorParser.ParseIndicator(cell).Value!.Target.Should().Be(indicator.Target);
    }

    [Fact]
    public void Null_input_is_a_programmer_error()
    {
        var act = () => IndicatorParser.ParseCell(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(";;;")]
    [InlineData("。")]
    public void Empty_cells_say_so(string cell)
    {
        var result = IndicatorParser.ParseCell(cell);
        result.Indicators.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.EmptyCell);
        result.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void A_cell_split_by_a_page_break_is_joined_and_said_so()
    {
        // 广州市对口帮扶梅州指挥部工作经费 (seed 004): "…≧6%。7" then, after the page break, "、效益指标:…".
        const string cell = "6、产出指标:广梅产业共建园全口径税收增长率,年度指标值:≧6%。7\n\n\t\t\t\t\t、效益指标:宣传报道的次数,年度指标 值:大于6次。8、产出指标:项目验收合格 率,年度指标值:≧90%。";
        var result = IndicatorParser.ParseCell(cell);

        result.Indicators.Select(i => i.Name).Should().Equal("广梅产业共建园全口径税收增长率", "宣传报道的次数", "项目验收合格率");
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.PageBreakJoined);
    }

    [Fact]
    public void A_truncated_clause_is_an_error_not_a_guess()
    {
        // 广州市驻镇帮镇扶村资金 (seed 004): the cell ends in the middle of a repeated fragment.
        const string cell = "8、效益指标:广州市对口帮扶工作的社会影响力,年度指标值:广州市对口帮扶工作的社会影响力,年度指标值:广州市对口帮扶工作的社会影响力,年度指标";
        var result = IndicatorParser.ParseCell(cell);

        result.Indicators.Should().ContainSingle().Which.Target.Should().BeOfType<UnrecognizedTarget>();
        result.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.DuplicatedFragment, DiagnosticCodes.TruncatedClause);
        result.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void Results_shift_into_document_coordinates()
    {
        var result = IndicatorParser.ParseCell("资金支付率≥abc").Shift(100);
        result.Indicators[0].Span.Start.Should().Be(100);
        result.Diagnostics[0].Span.Start.Should().Be(100);
    }

    [Fact]
    public void Oversized_input_is_cut_with_an_error()
    {
        var text = new string('率', IndicatorParser.MaxInputLength + 10);
        var result = IndicatorParser.ParseTarget(text);
        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InputTooLarge && d.Span.Start == IndicatorParser.MaxInputLength);
    }

    [Fact]
    public void A_table_block_carries_category_cells_down_and_joins_split_value_columns()
    {
        // The national 绩效目标表 layout of indicator-text.md §2, with 指标值 split into 指标性质 | 指标值 | 度量单位.
        const string block = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t年度申请就学补助户数\t>=101人/次\n\t质量指标\t逾期发放率\t>=100%\n\t\t就学补助及时发放率\t≥\t100\t%";
        var result = IndicatorParser.ParseCell(block);

        result.Indicators.Should().HaveCount(3);
        result.Indicators.Should().OnlyContain(i => i.Category == IndicatorCategory.Output);
        result.Indicators.Select(i => i.Subcategory).Should().Equal(IndicatorSubcategory.Quantity, IndicatorSubcategory.Quality, IndicatorSubcategory.Quality);
        var last = result.Indicators[2];
        last.Name.Should().Be("就学补助及时发放率");
        last.Target.Should().BeOfType<QuantitativeTarget>().Which.Quantity.ToString().Should().Be("100%");
        var first = (QuantitativeTarget)result.Indicators[0].Target;
        first.Quantity.Unit.Text.Should().Be("人");
        first.Quantity.Per!.Text.Should().Be("次");
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.HeaderRowSkipped);
    }
}
