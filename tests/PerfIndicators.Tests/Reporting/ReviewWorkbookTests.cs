using FluentAssertions;
using PerfIndicators.Scoring;
using PerfIndicators.Tests.Cli;
using Xunit;

namespace PerfIndicators.Tests.Reporting;

/// <summary>The xlsx review (one sheet per view), read back with the spreadsheet layer's reader and compared with the JSON report.</summary>
public class ReviewWorkbookTests
{
    [Fact]
    public void Workbook_has_one_sheet_per_view_with_the_json_numbers()
    {
        var (xlsx, summary) = Write(parallelism: 2);
        var root = ReviewKit.Parse(ReviewKit.Reports().Json);

        var read = WorkbookReader.Read(new MemoryStream(xlsx));
        read.Success.Should().BeTrue(string.Join("\n", read.Diagnostics));
        var workbook = read.Workbook!;
        workbook.Sheets.Select(s => s.Name).Should().Equal("概况", "项目", "部门", "发现");

        var projects = workbook.GetSheet("项目")!;
        projects.GetText("B1").Should().Be("项目名称");
        projects.FrozenRows.Should().Be(1);
        var scored = root.GetProperty("projects").EnumerateArray().Where(p => p.GetProperty("status").GetString() == "scored").ToList();
        projects.Rows.Should().HaveCount(1 + scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var row = projects.GetRow(i + 2)!;
            row.GetCell(1)!.Number.Should().Be(scored[i].GetProperty("index").GetInt32() + 1);
            row.GetText(2).Should().Be(scored[i].GetProperty("name").GetString());
            row.GetCell(5)!.Number.Should().Be(scored[i].GetProperty("total").GetDecimal());
            row.GetText(6).Should().Be(scored[i].GetProperty("grade").GetString());
            var rate = scored[i].GetProperty("executionRate");
            row.GetCell(7)!.Number.Should().Be(rate.ValueKind == System.Text.Json.JsonValueKind.Null ? null : rate.GetDecimal());
            row.GetCell(9)!.Number.Should().Be(scored[i].GetProperty("pointsLost").GetDecimal());
        }

        var departments = workbook.GetSheet("部门")!;
        departments.GetText("E1").Should().Be("优");
        var guangzhou = departments.Rows.Single(r => r.GetText(1) == "广州市协作办公室" && r.GetText(2) == "（合计）");
        new[] { 5, 6, 7, 8 }.Select(c => guangzhou.GetCell(c)!.Number).Should().Equal(8m, 0m, 1m, 1m);
        guangzhou.GetCell(9)!.Number.Should().Be(summary.Departments[0].MeanTotal);
        departments.Rows.Should().HaveCount(1 + summary.Departments.Length + summary.Departments.Sum(d => d.Units.Length));

        var findings = workbook.GetSheet("发现")!;
        findings.Rows.Count(r => r.GetText(1) == "无法读取").Should().Be(3);
        findings.Rows.Count(r => r.GetText(1) == "缺少偏差原因").Should().Be(20);
        findings.Rows.Count(r => r.GetText(1) == "完成值远超指标值").Should().Be(11);
        findings.Rows.Count(r => r.GetText(1) == "需人工评分").Should().Be(2);
        findings.Rows.Count(r => r.GetText(1) == "得分最低").Should().Be(summary.Lowest.Length);
        findings.Rows.Should().Contain(r => r.GetText(1) == "不是输入" && r.GetText(11).EndsWith("README.txt", StringComparison.Ordinal));

        var overview = workbook.GetSheet("概况")!;
        overview.Rows.Single(r => r.GetText(1) == "输入文件").GetCell(2)!.Number.Should().Be(18);
        overview.Rows.Single(r => r.GetText(1) == "指标").GetText(3).Should().Be("= 已评分 67 + 不适用 1 + 需人工评分 2");
    }

    [Fact]
    public void Workbook_is_byte_identical_whatever_the_parallelism()
    {
        Write(parallelism: 1).Xlsx.Should().Equal(Write(parallelism: 4).Xlsx);
    }

    [Fact]
    public void Cli_writes_xlsx_to_a_file_but_not_to_standard_output()
    {
        var folder = Directory.CreateTempSubdirectory("perfind-review-xlsx-");
        try
        {
            var report = Path.Combine(folder.FullName, "review.xlsx");

            var (exit, _, error) = CliRunner.Run("review", ReviewKit.YearFolder, "-o", report);

            exit.Should().Be(1, error);
            WorkbookReader.Read(report).Workbook!.Sheets.Select(s => s.Name).Should().Equal("概况", "项目", "部门", "发现");
            var (stdoutExit, _, stdoutError) = CliRunner.Run("review", ReviewKit.YearFolder, "-o", "-", "--format", "xlsx");
            stdoutExit.Should().Be(2);
            stdoutError.Should().Contain("xlsx 报告不能写到标准输出");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (byte[] Xlsx, ReviewSummary Summary) Write(int parallelism)
    {
        using var stream = new MemoryStream();
        var summary = new Reviewer(ScoringPolicy.National, new ReviewOptions { MaxDegreeOfParallelism = parallelism })
            .Run(ProjectSources.FromPaths([ReviewKit.YearFolder]), new ReviewWorkbookWriter(stream));
        return (stream.ToArray(), summary);
    }
}
