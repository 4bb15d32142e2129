using System.Text;
using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Tests.Cli;
using Xunit;

namespace PerfIndicators.Tests.Documents;

/// <summary><c>perfind extract</c> run in-process: table and summary, the JSON contract, CSV, encodings and exit codes.</summary>
public sealed class ExtractCommandTests
{
    private static string Seed(string name) => DocumentTestData.PathOf(name + ".txt");

    [Fact]
    public void Table_form_lists_projects_on_stdout_and_a_summary_on_stderr()
    {
        var (exit, output, error) = CliRunner.Run("extract", Seed("huzhou-2023"));

        exit.Should().Be(0);
        output.Should().Contain("综合业务工作经费").And.Contain("74.2 万元").And.Contain("信息化运维专项经费");
        output.Should().Contain("《湖州市人民政府公报》出刊");
        error.Should().Contain("项目 6 个").And.Contain("指标 30 个").And.Contain("核对 7 项");
        error.Should().Contain(DiagnosticCodes.RepeatedProject);
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        var (exit, output, error) = CliRunner.Run("extract", Seed("huzhou-2022"), "--json");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var document = root.GetProperty("document");
        document.GetProperty("unit").GetString().Should().Be("湖州市人民政府区域合作交流办公室");
        document.GetProperty("unitCode").GetString().Should().Be("619001");
        document.GetProperty("year").GetInt32().Should().Be(2022);
        document.GetProperty("title").GetString().Should().Contain("2022年单位预算");

        var projects = root.GetProperty("projects");
        projects.GetArrayLength().Should().Be(3);
        var first = projects[0];
        foreach (var field in new[] { "name", "parentName", "category", "amount", "amountUnit", "goal", "period", "indicators", "diagnostics" })
        {
            first.TryGetProperty(field, out _).Should().BeTrue(field);
        }

        first.GetProperty("parentName").GetString().Should().Be("对口支援和区域合作交流");
        first.GetProperty("amount").GetDecimal().Should().Be(235m);
        first.GetProperty("amountUnit").GetString().Should().Be("万元");
        var indicator = first.GetProperty("indicators")[0];
        indicator.GetProperty("name").GetString().Should().Be("资金支付率");
        indicator.GetProperty("target").GetProperty("kind").GetString().Should().Be("quantitative");
        indicator.GetProperty("nameSpan").GetProperty("start").GetInt32()
            .Should().Be(DocumentTestData.Text("huzhou-2022").IndexOf("资金支付率≥90%", StringComparison.Ordinal), "spans are UTF-16 offsets into the document text");

        var finding = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("check").GetString() == "crossTable");
        finding.GetProperty("code").GetString().Should().Be(DiagnosticCodes.CrossTablePartialCoverage);
        finding.GetProperty("message").GetString().Should().Contain("965.04");
        finding.GetProperty("expected").GetDecimal().Should().Be(965.04m);
        finding.GetProperty("actual").GetDecimal().Should().Be(315m);
        root.GetProperty("diagnostics").ValueKind.Should().Be(JsonValueKind.Array);
        root.GetProperty("summary").GetProperty("indicators").GetInt32().Should().Be(7);
    }

    [Fact]
    public void Json_period_is_an_iso_date_range_for_shanghai_sections()
    {
        var (_, output, _) = CliRunner.Run("extract", Seed("shanghai-2022"), "--json");

        using var json = JsonDocument.Parse(output);
        var project = json.RootElement.GetProperty("projects")[1];
        project.GetProperty("period").GetProperty("start").GetString().Should().Be("2022-01-01");
        project.GetProperty("period").GetProperty("end").GetString().Should().Be("2022-12-31");
        project.GetProperty("budgetItems").GetArrayLength().Should().Be(5);
        project.GetProperty("indicators").GetArrayLength().Should().Be(0);
        project.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).Should().Contain(DiagnosticCodes.NoStructuredIndicators);
        json.RootElement.GetProperty("projects")[3].GetProperty("period").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Csv_has_one_line_per_indicator_and_one_per_project_without_indicators()
    {
        var (exit, output, _) = CliRunner.Run("extract", Seed("hangzhou-2024"), "--csv");
        var (_, huzhou, _) = CliRunner.Run("extract", Seed("huzhou-2022"), "--csv");

        exit.Should().Be(0);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("line,unit,unit_code,parent_name,name");
        lines.Should().HaveCount(1 + 3);
        huzhou.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + 7);
    }

    [Fact]
    public void Gbk_file_is_detected_and_explicit_encoding_is_accepted()
    {
        var path = Path.Combine(Path.GetTempPath(), $"perfind-gbk-{Guid.NewGuid():N}.txt");
        try
        {
            var gbk = PerfIndicators.Documents.BudgetDocumentReaderOptions.FindEncoding("gbk")!;
            File.WriteAllBytes(path, gbk.GetBytes(DocumentTestData.Text("huzhou-2022")));

            var detected = CliRunner.Run("extract", path);
            var given = CliRunner.Run("extract", path, "--encoding", "gbk");
            var wrong = CliRunner.Run("extract", path, "--encoding", "utf-8");

            detected.ExitCode.Should().Be(0);
            detected.Out.Should().Contain("山海协作挂职干部工作经费");
            given.ExitCode.Should().Be(0);
            given.Out.Should().Be(detected.Out);
            wrong.ExitCode.Should().Be(1);
            wrong.Error.Should().Contain("utf-8");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Binary_or_unrecognized_input_gets_a_clear_message_and_exit_1()
    {
        var binary = Path.Combine(Path.GetTempPath(), $"perfind-bin-{Guid.NewGuid():N}.dat");
        try
        {
            File.WriteAllBytes(binary, [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x80, 0x81]);

            var notText = CliRunner.Run("extract", binary);
            var notBudget = CliRunner.RunWithInput("这只是一段普通文字。", "extract", "-");
            var missing = CliRunner.Run("extract", binary + ".missing");

            notText.ExitCode.Should().Be(1);
            notText.Error.Should().Contain("无法读取").And.Contain("二进制");
            notBudget.ExitCode.Should().Be(1);
            notBudget.Error.Should().Contain("不是可识别的预算文件");
            missing.ExitCode.Should().Be(1);
            missing.Out.Should().BeEmpty();
        }
        finally
        {
            File.Delete(binary);
        }
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        var (exit, output, _) = CliRunner.RunWithInput(DocumentTestData.Text("huzhou-2022"), "extract", "-", "--json");

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("projects").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public void Parser_errors_in_the_document_give_exit_1_but_the_output_is_complete()
    {
        var (exit, output, error) = CliRunner.Run("extract", Seed("guangzhou"));

        exit.Should().Be(1);
        output.Should().Contain("广州市驻镇帮镇扶村资金").And.Contain("办公(业务)用房装修经费");
        error.Should().Contain("项目 27 个");
    }

    [Theory]
    [InlineData("--json", "--csv")]
    [InlineData("--encoding", "no-such-encoding")]
    public void Usage_errors_exit_2(string first, string second)
    {
        var (exit, output, error) = CliRunner.Run("extract", Seed("huzhou-2022"), first, second);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().NotBeEmpty();
    }

    [Fact]
    public void Missing_file_argument_is_a_usage_error()
    {
        CliRunner.Run("extract").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Output_is_utf8_text_without_escaped_chinese()
    {
        var (_, output, _) = CliRunner.Run("extract", Seed("hangzhou-2024"), "--json");

        output.Should().Contain("杭州市对口支援和区域合作局").And.NotContain("\\u");
        Encoding.UTF8.GetByteCount(output).Should().BeGreaterThan(output.Length);
    }
}
