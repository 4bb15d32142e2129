using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Tests.Cli;
using Xunit;

namespace PerfIndicators.Tests.Monitoring;

/// <summary><c>perfind monitor</c> on TestData/Monitoring/huzhou-liaison-2023-08.json (generated mid-year data for the 2023 project of TestData/Scoring).</summary>
public sealed class MonitorCommandTests : IDisposable
{
    private static readonly string Project = Path.Combine(TestPaths.TestData("Monitoring"), "huzhou-liaison-2023-08.json");

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("perfind-monitor-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Prints_the_monitoring_form_with_the_deciding_rule()
    {
        var (exit, output, error) = CliRunner.Run("monitor", Project, "--as-of", "2023-08-31");

        exit.Should().Be(0);
        output.Should().Contain("| 项目 | 年度目标 | 1–8月执行情况 | 全年预计完成情况 | 状态 | 偏差原因及纠偏措施 |");
        output.Should().Contain("- 序时进度：66.58%\n- 监控结论：黄灯（indicator-behind）");
        error.Should().Contain("黄灯（indicator-behind）");
    }

    [Fact]
    public void Writes_json_and_html()
    {
        var json = Path.Combine(folder.FullName, "监控.json");
        var html = Path.Combine(folder.FullName, "监控.html");

        CliRunner.Run("monitor", Project, "--as-of", "2023-08-31", "-o", json).ExitCode.Should().Be(0);
        CliRunner.Run("monitor", Project, "--as-of", "2023-08-31", "-o", html).ExitCode.Should().Be(0);

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        document.RootElement.GetProperty("status").GetString().Should().Be("yellow");
        document.RootElement.GetProperty("timeShare").GetDecimal().Should().Be(0.6658m);
        File.ReadAllText(html).Should().Contain("<th>1–8月执行情况</th>").And.Contain("<td class=\"yellow\">黄灯</td>");
    }

    [Fact]
    public void Writes_the_form_as_a_workbook()
    {
        var xlsx = Path.Combine(folder.FullName, "监控.xlsx");

        CliRunner.Run("monitor", Project, "--as-of", "2023-08-31", "-o", xlsx).ExitCode.Should().Be(0);

        var workbook = WorkbookReader.Read(xlsx).GetWorkbookOrThrow();
        workbook.Sheets.Select(s => s.Name).Should().Equal("绩效监控表", "监控发现");
        workbook.Sheets[0].Rows.Should().HaveCount(12, "a title, four facts, a header, the budget and five indicators");
        workbook.Sheets[1].Rows.Should().HaveCount(2, "a header and the one finding");
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("8月31日")]
    public void A_bad_date_is_a_usage_error(string date)
    {
        var (exit, _, error) = CliRunner.Run("monitor", Project, "--as-of", date);

        exit.Should().Be(2);
        error.Should().Contain("不是 yyyy-MM-dd 格式的日期");
    }
}
