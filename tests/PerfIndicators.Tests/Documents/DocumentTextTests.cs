using FluentAssertions;
using PerfIndicators.Documents;
using Xunit;

namespace PerfIndicators.Tests.Documents;

/// <summary>The small text helpers the readers are built on.</summary>
public sealed class DocumentTextTests
{
    [Theory]
    [InlineData("235", "235")]
    [InlineData("1, 068. 00", "1068.00")]
    [InlineData("233, 875. 26", "233875.26")]
    [InlineData("85,794,954", "85794954")]
    [InlineData("４,２３１.００", "4231.00")]
    [InlineData("0. 36", "0.36")]
    public void Amounts_as_pdf_extraction_leaves_them_parse_exactly(string cell, string expected)
    {
        AmountText.TryParse(cell, out var value).Should().BeTrue();
        value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Theory]
    [InlineData("1,0,68")]
    [InlineData("12.3.4")]
    [InlineData("二百")]
    public void Malformed_amounts_do_not_parse(string cell) => AmountText.TryParse(cell, out _).Should().BeFalse();

    [Theory]
    [InlineData("乡村振兴驻镇帮镇扶村工作 经费", "乡村振兴驻镇帮镇扶村工作经费", false)]
    [InlineData("<sup>-</sup> 州市国内合作服务中心", "州市国内合作服务中心", true)]
    [InlineData("市协作办2023-2024年信息系 充运行维护服务项目(2023)", "市协作办2023-2024年信息系充运行维护服务项目(2023)", false)]
    [InlineData("G60 Science Park", "G60 Science Park", false)]
    public void Names_lose_extraction_spaces_and_markup(string raw, string expected, bool damaged)
    {
        NameText.Clean(raw, out var wasDamaged).Should().Be(expected);
        wasDamaged.Should().Be(damaged);
    }

    [Fact]
    public void A_cell_in_pieces_maps_spans_back_to_each_piece()
    {
        var cell = new CellText(100, "。7");
        cell.Append(250, "、效益指标");

        cell.Text.Should().Be("。7、效益指标");
        cell.Map(new TextSpan(0, 2)).Should().Be(new TextSpan(100, 2));
        cell.Map(new TextSpan(3, 4)).Should().Be(new TextSpan(251, 4));
        cell.Map(new TextSpan(1, 3)).Should().Be(TextSpan.FromBounds(101, 252));
    }

    [Theory]
    [InlineData("2022 年市级单位项目支出预算表", true)]
    [InlineData("## 项目支出绩效目标表(含转移支付项目)", true)]
    [InlineData("表 11： 2024 年市级部门项目支出绩效表", true)]
    [InlineData("湖州市 2022 年市级单位预算", false)]
    [InlineData("详见单位的项目绩效目标表。", false)]
    public void Table_titles_are_recognized(string line, bool expected) => LinePatterns.IsTitleLike(line).Should().Be(expected);

    [Theory]
    [InlineData("2022 年重点项目支出绩效明细表", TableKind.ProjectPerformance)]
    [InlineData("项目支出绩效目标表(含转移支付项目)", TableKind.ProjectPerformance)]
    [InlineData("表 10： 2024 年市级部门项目支出预算表", TableKind.ProjectBudget)]
    [InlineData("2022年部门收入预算总表", TableKind.Other)]
    public void Table_kind_comes_from_the_title(string title, TableKind kind) => TableLocator.KindFromTitle(title).Should().Be(kind);
}
