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
    public void Amounts_are_printed_in_the_budget_s_own_unit()
    {
        // A budget given in 元 was labelled 万元 on the form.
        var inYuan = Path.Combine(folder.FullName, "元.json");
        File.WriteAllText(inYuan, File.ReadAllText(Project).Replace("\"budget\": { \"initial\": 189.5, \"adjusted\": 189.5, \"executed\": 120.6 }", "\"budget\": { \"unit\": \"元\", \"initial\": 1895000, \"adjusted\": 1895000, \"executed\": 1206000 }", StringComparison.Ordinal));

        var yuan = CliRunner.Run("monitor", inYuan, "--as-of", "2023-08-31");
        var tenThousand = CliRunner.Run("monitor", Project, "--as-of", "2023-08-31");

        yuan.Out.Should().Contain("| 预算执行 | 1895000 元 | 1206000 元（63.64%） |");
        tenThousand.Out.Should().Contain("| 预算执行 | 189.5 万元 | 120.6 万元（63.64%） |");
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

    /// <summary>
    /// A department's folder made from the test project (TestData/Monitoring/folder-2023-08): the project as filed
    /// (yellow); behind on money (executed 60 of 189.5: 31.66 %, 34.91 points behind, red); on track in another department
    /// (executed 130 and 28 of the 40 talent projects); a broken file; a note that is not a project.
    /// </summary>
    private static readonly string Folder = Path.Combine(TestPaths.TestData("Monitoring"), "folder-2023-08");

    [Fact]
    public void A_folder_gives_a_summary_worst_first_and_a_broken_file_is_listed_not_fatal()
    {
        var (exit, output, error) = CliRunner.Run("monitor", Folder, "--as-of", "2023-08-31");

        exit.Should().Be(1, "a file could not be read");
        output.Should().Contain("# 绩效运行监控汇总（截至 2023-08-31）");
        output.Should().Contain("项目 3 个：红灯 1、黄灯 1、绿灯 1；");
        output.Should().Contain("| 湖州市人民政府办公室 | 2 | 1 | 1 | 0 |").And.Contain("| 湖州市发展和改革委员会 | 1 | 0 | 0 | 1 |");
        output.Should().Contain("| execution-behind | 1 |").And.Contain("| indicator-behind | 1 |").And.Contain("| on-track | 1 |");
        var projects = output.Split('\n').Where(l => l.Contains("联络处工作经费", StringComparison.Ordinal)).ToList();
        projects.Should().HaveCount(3);
        projects[0].Should().Contain("驻沪联络处工作经费").And.Contain("| 红灯 | execution-behind | 66.58% | 31.66% | 34.91 |");
        projects[1].Should().Contain("驻京联络处工作经费").And.Contain("黄灯");
        projects[2].Should().Contain("驻深联络处工作经费").And.Contain("绿灯");
        output.Should().Contain("d-broken.json").And.NotContain("说明.txt");
        error.Should().Contain("3 个项目：红灯 1、黄灯 1、绿灯 1；1 个文件未能读取");
    }

    [Fact]
    public void A_folder_summary_is_written_as_json_html_and_a_workbook_with_the_same_counts()
    {
        var path = Folder;
        var json = Path.Combine(folder.FullName, "汇总.json");
        var html = Path.Combine(folder.FullName, "汇总.html");
        var xlsx = Path.Combine(folder.FullName, "汇总.xlsx");

        foreach (var output in new[] { json, html, xlsx })
        {
            CliRunner.Run("monitor", path, "--as-of", "2023-08-31", "-o", output).ExitCode.Should().Be(1, output);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var root = document.RootElement;
        root.GetProperty("projects").GetInt32().Should().Be(3);
        root.GetProperty("status").GetProperty("red").GetInt32().Should().Be(1);
        root.GetProperty("reports")[0].GetProperty("report").GetProperty("decidingRule").GetString().Should().Be("execution-behind");
        root.GetProperty("failed").EnumerateArray().Select(f => Path.GetFileName(f.GetProperty("source").GetString())).Should().Equal("d-broken.json");
        var page = File.ReadAllText(html);
        page.Should().Contain("<td class=\"red\">红灯</td>").And.Contain("td.red,td.yellow,td.green{white-space:nowrap}");
        var workbook = WorkbookReader.Read(xlsx).GetWorkbookOrThrow();
        workbook.Sheets.Select(s => s.Name).Should().Equal("按部门", "按判定规则", "项目", "未能读取");
        workbook.Sheets[2].Rows.Should().HaveCount(4, "a header and three projects");
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
