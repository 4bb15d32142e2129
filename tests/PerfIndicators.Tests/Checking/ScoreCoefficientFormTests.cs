using FluentAssertions;
using PerfIndicators.Checking;
using Xunit;

namespace PerfIndicators.Tests.Checking;

/// <summary>
/// 部门整体支出绩效自评表 printed with 得分系数(%) and 指标权重 instead of 得分 and 分值, and a 是否核心指标 column (issue 12):
/// the published score of a row is 得分系数 × 权重. The rows are the Huzhou 2023 liaison office's indicators as a
/// department prints them; 编发简报 scored at 80 % though its target was met, the rest at 100 %.
/// </summary>
public sealed class ScoreCoefficientFormTests
{
    private static readonly List<string[]> Cells =
    [
        ["2023年度部门整体支出绩效自评表"],
        ["部门名称：湖州市人民政府办公室"],
        ["一级指标", "二级指标", "三级指标", "是否核心指标", "年度指标值", "实际完成值", "指标权重", "得分系数(%)", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "亿元以上招商签约项目", "是", "≥90个", "96个", "30", "100", ""],
        ["产出指标", "数量指标", "编发招商招才简报信息", "否", "≥40期", "42期", "20", "80", ""],
        ["效益指标", "社会效益指标", "进高层次人才项目", "是", "≥40个", "40个", "30", "100", ""],
        ["满意度指标", "服务对象满意度指标", "市领导和部门对接待工作的满意率", "否", "≥95%", "97%", "20", "100", ""],
    ];

    [Fact]
    public void The_published_score_is_the_coefficient_times_the_weight_and_a_cut_on_a_met_target_is_a_finding()
    {
        var read = PublishedFormReader.Read(CorpusForms.Grid(Cells));

        var form = read.Forms.Should().ContainSingle().Which;
        form.HasScoreColumn.Should().BeTrue("得分系数 is the score, as a share of the weight");
        form.Indicators.Select(i => i.Points!.Value).Should().Equal(30m, 20m, 30m, 20m);
        form.Indicators.Select(i => i.Score!.Value).Should().Equal(30m, 16m, 30m, 20m);

        var result = FormRechecker.Recheck(form);

        var briefs = result.Indicators.Single(i => i.Published.Name == "编发招商招才简报信息");
        briefs.RecomputedScore.Should().Be(20m);
        briefs.Difference.Should().Be(-4m);
        briefs.Findings.Select(f => f.Code).Should().Contain(DiagnosticCodes.PartialMarksOnMetTarget);
        result.Indicators.Where(i => i.Published.Name != "编发招商招才简报信息").Should().OnlyContain(i => i.Difference == 0m);
    }

    [Theory]
    [InlineData("0.8", 16)]
    [InlineData("80%", 16)]
    [InlineData("100", 20)]
    public void A_coefficient_is_read_as_a_percentage_or_a_fraction(string coefficient, int score)
    {
        var cells = Cells.Select(r => (string[])r.Clone()).ToList();
        cells[4][7] = coefficient;

        var form = PublishedFormReader.Read(CorpusForms.Grid(cells)).Forms.Single();

        form.Indicators[1].Score!.Value.Should().Be(score);
    }
}
