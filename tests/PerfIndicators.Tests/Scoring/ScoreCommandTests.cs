using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Tests.Cli;
using Xunit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>
/// <c>perfind score</c> and <c>perfind policies</c>, run in-process. The project files in TestData/Scoring hold
/// indicators of 湖州市人民政府办公室 2023 (seed 001, 驻京联络处工作经费) and 广州市协作办公室 (seed 004, 会议培训费, 会展业务费)
/// with invented actuals.
/// </summary>
public class ScoreCommandTests
{
    [Fact]
    public void Score_prints_the_self_assessment_form_in_the_national_layout()
    {
        var (exit, output, error) = CliRunner.Run("score", ScoringKit.TestData("huzhou-liaison-2023.json"));

        exit.Should().Be(0, error);
        output.Should().StartWith("项目支出绩效自评表（2023年度）");
        output.Should().ContainAll("项目名称", "驻京联络处工作经费", "年初预算数", "全年预算数", "全年执行数", "执行率", "86.19%");
        output.Should().ContainAll("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        output.Should().Contain("实际完成值 31个 ÷ 年度指标值 40个 × 分值 15 = 11.63");
        output.Should().Contain("87.25").And.Contain("等级：良");
        error.Should().Contain("总分 87.25（良）");
    }

    [Fact]
    public void Score_writes_json_and_markdown_on_request()
    {
        var (jsonExit, json, _) = CliRunner.Run("score", ScoringKit.TestData("huzhou-liaison-2023.json"), "--format", "json");
        var (markdownExit, markdown, _) = CliRunner.Run("score", ScoringKit.TestData("huzhou-liaison-2023.json"), "--format", "markdown");

        jsonExit.Should().Be(0);
        JsonDocument.Parse(json).RootElement.GetProperty("total").GetDecimal().Should().Be(87.25m);
        markdownExit.Should().Be(0);
        markdown.Should().StartWith("## 项目支出绩效自评表").And.Contain("| 一级指标 | 二级指标 | 三级指标 |");
    }

    [Fact]
    public void Score_takes_the_policy_from_the_option_over_the_project_file()
    {
        var (exit, json, _) = CliRunner.Run("score", ScoringKit.TestData("huzhou-liaison-2023.json"), "--policy", "hubei", "--format", "json");

        exit.Should().Be(0);
        var root = JsonDocument.Parse(json).RootElement;
        root.GetProperty("policy").GetProperty("id").GetString().Should().Be("hubei");
        root.GetProperty("budgetExecution").GetProperty("points").GetDecimal().Should().Be(20m);
    }

    [Fact]
    public void Score_reads_standard_input_and_allocates_missing_points()
    {
        var input = File.ReadAllText(ScoringKit.TestData("guangzhou-training-2023.json"));

        var (exit, json, error) = CliRunner.RunWithInput(input, "score", "-", "--format", "json");

        exit.Should().Be(0, error);
        var root = JsonDocument.Parse(json).RootElement;
        var indicators = root.GetProperty("indicators");

        // 产出 50 over six indicators and 满意度 10; with no 效益 indicator its 30 points stay out and the total is rescaled.
        indicators.EnumerateArray().Select(i => i.GetProperty("points").GetDecimal()).Should().Equal(8.33m, 8.33m, 8.33m, 8.33m, 8.33m, 10m, 8.35m);
        root.GetProperty("applicablePoints").GetDecimal().Should().Be(70m);
        root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).Should().Contain(["PI3012", "PI3013"]);
        indicators[3].GetProperty("flags").EnumerateArray().Select(f => f.GetString()).Should().Contain("unit-assumed");
    }

    [Fact]
    public void Score_exits_1_when_an_indicator_cannot_be_scored()
    {
        var (exit, output, error) = CliRunner.Run("score", ScoringKit.TestData("unit-mismatch.json"));

        exit.Should().Be(1);
        output.Should().Contain("PI3004").And.Contain("参展商投诉率");
        error.Should().Contain("1 条错误");
    }

    [Fact]
    public void Score_exits_1_for_a_missing_file_or_invalid_project()
    {
        CliRunner.Run("score", "/nonexistent/project.json").ExitCode.Should().Be(1);

        var (exit, _, error) = CliRunner.RunWithInput("""{"indicators": []}""", "score", "-");
        exit.Should().Be(1);
        error.Should().Contain("$.name");
    }

    [Fact]
    public void Score_exits_1_for_an_unknown_policy_and_2_for_a_bad_format()
    {
        var (unknownExit, _, unknownError) = CliRunner.Run("score", ScoringKit.TestData("huzhou-liaison-2023.json"), "--policy", "guangxi");
        unknownExit.Should().Be(1);
        unknownError.Should().Contain("guangxi");

        CliRunner.Run("score", ScoringKit.TestData("huzhou-liaison-2023.json"), "--format", "xlsx").ExitCode.Should().Be(2);
        CliRunner.Run("score").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Policies_lists_every_policy_with_jurisdiction_years_and_version()
    {
        var (exit, output, _) = CliRunner.Run("policies");

        exit.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("id").And.ContainAll("名称", "适用地区", "年度", "版本");
        lines.Should().HaveCount(6);
        lines.Should().Contain(l => l.StartsWith("hubei", StringComparison.Ordinal) && l.Contains("湖北省", StringComparison.Ordinal) && l.Contains("2020–", StringComparison.Ordinal) && l.Contains("1.0.0", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("national ", StringComparison.Ordinal) && l.Contains("全国", StringComparison.Ordinal));
    }
}
