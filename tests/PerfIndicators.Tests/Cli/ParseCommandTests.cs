using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace PerfIndicators.Tests.Cli;

public class ParseCommandTests
{
    [Fact]
    public void Prints_a_table_of_the_indicators()
    {
        var (exit, output, _) = CliRunner.Run("parse", "数量指标: 资金支付率≥90%; 社会效益指标: 提升了认知度(影响力)定性发挥桥梁与纽带作用");

        exit.Should().Be(0);
        output.Should().Contain("资金支付率").And.Contain("≥90%").And.Contain("社会效益指标").And.Contain("定性：发挥桥梁与纽带作用");
    }

    [Fact]
    public void Prints_diagnostics_under_the_text_and_exits_1_on_errors()
    {
        var (exit, output, _) = CliRunner.Run("parse", "资金支付率≥abc");

        exit.Should().Be(1);
        output.Should().Contain("error PI1002");
        output.Should().Contain("^");
    }

    [Fact]
    public void Writes_one_json_line_per_input_line_in_the_documented_shape()
    {
        var input = "资金支付率≥90%\n1、满意度指标:参展商投诉率,年度指标值:低于10%。\n";
        var (exit, output, _) = CliRunner.RunWithInput(input, "parse", "--file", "-", "--json");

        exit.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);

        using var second = JsonDocument.Parse(lines[1]);
        var root = second.RootElement;
        root.GetProperty("input").GetString().Should().Be("1、满意度指标:参展商投诉率,年度指标值:低于10%。");
        var indicator = root.GetProperty("indicators")[0];
        indicator.GetProperty("category").GetString().Should().Be("满意度指标");
        indicator.GetProperty("subcategory").ValueKind.Should().Be(JsonValueKind.Null);
        indicator.GetProperty("name").GetString().Should().Be("参展商投诉率");
        var target = indicator.GetProperty("target");
        target.GetProperty("kind").GetString().Should().Be("quantitative");
        target.GetProperty("comparator").GetString().Should().Be("<");
        target.GetProperty("value").GetDecimal().Should().Be(10m);
        target.GetProperty("multiplier").GetDecimal().Should().Be(1m);
        target.GetProperty("unit").GetString().Should().Be("%");
        target.GetProperty("direction").GetString().Should().Be("lower");
        target.GetProperty("text").GetString().Should().Be("低于10%");
        foreach (var field in new[] { "min", "max", "deadline", "period", "per" })
        {
            target.GetProperty(field).ValueKind.Should().Be(JsonValueKind.Null, field);
        }

        var span = indicator.GetProperty("span");
        span.GetProperty("start").GetInt32().Should().Be(2);
        root.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Json_carries_deadlines_periods_rates_and_rules()
    {
        var input = "时效指标:完成年度目标定性2023年\n实施周期:2020年1月--2020年11月\n巡查频次:1次/月\n1、满意度指标:办公人员满意度,年度指标值:满意度指标低于90%不得分,大于等于90%得满分。\n";
        var (_, output, _) = CliRunner.RunWithInput(input, "parse", "--file", "-", "--json");
        var targets = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("indicators")[0].GetProperty("target"))
            .ToList();

        targets[0].GetProperty("kind").GetString().Should().Be("deadline");
        targets[0].GetProperty("deadline").GetString().Should().Be("2023");
        targets[1].GetProperty("kind").GetString().Should().Be("period");
        targets[1].GetProperty("period").GetProperty("start").GetString().Should().Be("2020-01-01");
        targets[1].GetProperty("period").GetProperty("end").GetString().Should().Be("2020-11-30");
        targets[2].GetProperty("kind").GetString().Should().Be("rate");
        targets[2].GetProperty("per").GetString().Should().Be("月");
        targets[3].GetProperty("kind").GetString().Should().Be("rule");
        targets[3].GetProperty("rule").GetProperty("form").GetString().Should().Be("step");
        targets[3].GetProperty("rule").GetProperty("steps").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void Whole_reads_the_file_as_one_cell()
    {
        var block = "产出指标\t数量指标\t年度申请就学补助户数\t>=101人/次\n\t质量指标\t逾期发放率\t>=100%\n";
        var (exit, output, _) = CliRunner.RunWithInput(block, "parse", "--file", "-", "--whole", "--json");

        exit.Should().Be(0);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        JsonDocument.Parse(output).RootElement.GetProperty("indicators").GetArrayLength().Should().Be(2);
    }

    [Theory]
    [InlineData]
    [InlineData("parse")]
    [InlineData("parse", "资金支付率≥90%", "--file", "x.txt")]
    [InlineData("parse", "--whole", "资金支付率≥90%")]
    [InlineData("parse", "--no-such-option")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);
        if (args.Length == 0)
        {
            // No command at all: System.CommandLine reports the missing command.
            exit.Should().NotBe(0);
            return;
        }

        exit.Should().Be(2);
        error.Should().NotBeEmpty();
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var (exit, _, error) = CliRunner.Run("parse", "--file", "/no/such/file.txt");
        exit.Should().Be(1);
        error.Should().Contain("/no/such/file.txt");
    }
}
