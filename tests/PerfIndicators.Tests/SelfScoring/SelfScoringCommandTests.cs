using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Tests.Cli;
using PerfIndicators.Tests.Excel;
using Xunit;
using Xunit.Abstractions;

namespace PerfIndicators.Tests.SelfScoring;

/// <summary>
/// <c>perfind template</c> and <c>perfind score</c> on filled templates, run in-process, with files in a temp folder.
/// The source document is the Huzhou 2023 seed (<c>TestData/Documents/huzhou-2023.txt</c>, a copy of <c>shared/seeds/001_…</c>).
/// </summary>
public sealed class SelfScoringCommandTests : IDisposable
{
    private static readonly string Seed = Path.Combine(TestPaths.TestData("Documents"), "huzhou-2023.txt");

    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfind-selfscoring-" + Guid.NewGuid().ToString("N"));

    public SelfScoringCommandTests() => Directory.CreateDirectory(this.folder);

    public void Dispose() => Directory.Delete(this.folder, recursive: true);

    private string File(string name) => Path.Combine(this.folder, name);

    [Fact]
    public void Template_writes_an_xlsx_for_the_project_chosen_by_index()
    {
        var (exit, output, error) = CliRunner.Run("template", Seed, "--project", "2", "-o", File("联络处.xlsx"));

        exit.Should().Be(0, error);
        output.Should().BeEmpty();
        error.Should().Contain("已生成").And.Contain("驻京联络处工作经费").And.Contain("指标 6 个").And.Contain("PI3012");
        var filled = FilledTemplateReader.Read(File("联络处.xlsx"));
        filled.Diagnostics.Should().BeEmpty();
        filled.Template!.SourceName.Should().Be("huzhou-2023.txt#2");
        filled.Template.InitialBudget.Should().Be(189.5m);
    }

    [Fact]
    public void Template_writes_a_csv_with_a_byte_order_mark_and_the_metadata_lines()
    {
        var (exit, _, error) = CliRunner.Run("template", Seed, "--project", "数字政府建设专项", "-o", File("数字政府.csv"));

        exit.Should().Be(0, error);
        var bytes = System.IO.File.ReadAllBytes(File("数字政府.csv"));
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        Encoding.UTF8.GetString(bytes).Should().Contain("\r\n#! format=perfind.self-assessment-template/1\r\n").And.Contain("#! project=数字政府建设专项");
    }

    [Fact]
    public void Template_without_project_lists_every_candidate_and_exits_2()
    {
        var (exit, _, error) = CliRunner.Run("template", Seed, "-o", File("x.xlsx"));

        exit.Should().Be(2);
        error.Should().Contain("有 6 个项目").And.Contain("--project");
        error.Should().ContainAll("1. 综合业务工作经费  4 万元", "2. 驻京联络处工作经费  189.5 万元", "5. 驻京联络处工作经费  0.5 万元", "6. 信息化运维专项经费");
        System.IO.File.Exists(File("x.xlsx")).Should().BeFalse();
    }

    [Fact]
    public void An_ambiguous_project_name_lists_the_projects_of_that_name_with_their_indices()
    {
        var (exit, _, error) = CliRunner.Run("template", Seed, "--project", "综合业务工作经费", "-o", File("x.xlsx"));

        exit.Should().Be(2);
        error.Should().Contain("有 2 个项目名为“综合业务工作经费”，请用序号指定");
        error.Should().Contain("1. 综合业务工作经费  4 万元").And.Contain("4. 综合业务工作经费  74.2 万元").And.NotContain("2. 驻京联络处工作经费");
    }

    [Theory]
    [InlineData("联络处", "相近的有", "驻京联络处工作经费")]
    [InlineData("不存在的项目", "可选的项目", "数字政府建设专项")]
    [InlineData("9", "序号应在 1 到 6 之间", "信息化运维专项经费")]
    [InlineData("0", "序号应在 1 到 6 之间", "综合业务工作经费")]
    public void A_project_that_is_not_there_is_a_usage_error_listing_candidates(string project, string message, string listed)
    {
        var (exit, _, error) = CliRunner.Run("template", Seed, "--project", project, "-o", File("x.xlsx"));

        exit.Should().Be(2);
        error.Should().Contain(message).And.Contain(listed);
    }

    [Fact]
    public void Template_refuses_other_output_types_and_missing_arguments()
    {
        CliRunner.Run("template", Seed, "--project", "2", "-o", File("x.txt")).ExitCode.Should().Be(2);
        CliRunner.Run("template", Seed, "--project", "2").ExitCode.Should().Be(2);
        CliRunner.Run("template", "-o", File("x.xlsx")).ExitCode.Should().Be(2);
        CliRunner.Run("template", File("missing.txt"), "-o", File("x.xlsx")).ExitCode.Should().Be(1);
        CliRunner.Run("template", Seed, "--project", "2", "--policy", "guangxi", "-o", File("x.xlsx")).ExitCode.Should().Be(1);
    }

    [Fact]
    public void Template_from_a_project_json_is_prefilled_and_scores_like_the_json()
    {
        var json = Scoring.ScoringKit.TestData("huzhou-liaison-2023.json");
        CliRunner.Run("template", json, "-o", File("json.xlsx")).ExitCode.Should().Be(0);

        var (exit, output, error) = CliRunner.Run("score", File("json.xlsx"), "--format", "json");
        var (_, direct, _) = CliRunner.Run("score", json, "--format", "json");

        exit.Should().Be(0, error);
        output.Should().Be(direct, "the same answers read back from the template are the same inputs");
        CliRunner.Run("score", json, "-o", File("json-scored.xlsx")).ExitCode.Should().Be(0);
        WorkbookReader.Read(File("json-scored.xlsx")).Workbook!.GetSheet("自评表")!.GetCell("G16")!.Number.Should().Be(87.25m);
    }

    [Fact]
    public void Template_allocates_points_by_the_chosen_policy()
    {
        CliRunner.Run("template", Seed, "--project", "2", "--policy", "hubei", "-o", File("hubei.xlsx")).ExitCode.Should().Be(0);

        var template = FilledTemplateReader.Read(File("hubei.xlsx")).Template!;
        template.PolicyId.Should().Be("hubei");
        template.BudgetPoints.Should().Be(20m);
    }

    [Fact]
    public void Score_prints_the_self_assessment_of_a_filled_xlsx()
    {
        System.IO.File.WriteAllBytes(File("filled.xlsx"), RoundTripTests.FilledLiaisonXlsx());

        var (exit, output, error) = CliRunner.Run("score", File("filled.xlsx"));

        exit.Should().Be(0, error);
        output.Should().StartWith("项目支出绩效自评表（2023年度）").And.Contain("87.81").And.Contain("PI3001").And.Contain("'自评表'!E10");
        error.Should().Contain("总分 87.81（良）");
    }

    [Fact]
    public void Score_writes_xlsx_markdown_json_and_html_files()
    {
        System.IO.File.WriteAllBytes(File("filled.csv"), RoundTripTests.FilledGeneralCsv());

        foreach (var name in new[] { "out.xlsx", "out.md", "out.json", "out.html" })
        {
            var (exit, output, error) = CliRunner.Run("score", File("filled.csv"), "-o", File(name));
            exit.Should().Be(0, error);
            output.Should().BeEmpty();
            error.Should().Contain("已写入 " + File(name));
        }

        WorkbookReader.Read(File("out.xlsx")).Workbook!.Sheets.Select(s => s.Name).Should().Equal("自评表", "评分说明", "_perfind");
        System.IO.File.ReadAllText(File("out.md")).Should().StartWith("## 项目支出绩效自评表（2023年度）");
        JsonDocument.Parse(System.IO.File.ReadAllText(File("out.json"))).RootElement.GetProperty("total").GetDecimal().Should().Be(82.22m);
        System.IO.File.ReadAllText(File("out.html")).Should().StartWith("<!DOCTYPE html>").And.Contain("综合业务工作经费");
        CliRunner.Run("score", File("filled.csv"), "-o", File("out.txt")).ExitCode.Should().Be(2);
    }

    [Fact]
    public void Score_exits_1_when_a_template_row_was_deleted_and_still_prints_the_form()
    {
        using var fill = new XlsxFiller(RoundTripTests.FilledLiaisonXlsx());
        System.IO.File.WriteAllBytes(File("deleted.xlsx"), fill.DeleteRow(12).ToArray());

        var (exit, output, error) = CliRunner.Run("score", File("deleted.xlsx"));

        exit.Should().Be(1);
        output.Should().Contain("PI5112").And.Contain("进高层次人才项目").And.Contain("（暂定）");
        error.Should().Contain("1 条错误");
    }

    [Fact]
    public void Score_refuses_a_template_whose_metadata_sheet_was_deleted()
    {
        using var fill = new XlsxFiller(RoundTripTests.FilledLiaisonXlsx());
        System.IO.File.WriteAllBytes(File("no-metadata.xlsx"), fill.DeleteSheet("_perfind").ToArray());

        var (exit, output, error) = CliRunner.Run("score", File("no-metadata.xlsx"));

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("error PI5101").And.Contain("无法评分");
    }

    [Fact]
    public void Score_under_another_policy_says_so()
    {
        System.IO.File.WriteAllBytes(File("filled.xlsx"), RoundTripTests.FilledLiaisonXlsx());

        var (exit, output, _) = CliRunner.Run("score", File("filled.xlsx"), "--policy", "hubei");

        exit.Should().Be(0);
        output.Should().Contain("PI5123").And.Contain("hubei");
    }
}

/// <summary>Hostile files given to <c>perfind score</c>: each a clear message and exit code 1, within seconds.</summary>
public sealed class SelfScoringHostileFileTests(HostileFiles files, ITestOutputHelper log) : IClassFixture<HostileFiles>
{
    private (int Exit, string Out, string Error) Score(string path, string name, long maxAllocatedBytes = 8_000_000)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = CliRunner.Run("score", path);
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        log.WriteLine($"{name}: exit {result.ExitCode} in {clock.ElapsedMilliseconds} ms, {allocated:N0} bytes allocated\n{result.Error}");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "a hostile file is refused quickly");
        allocated.Should().BeLessThan(maxAllocatedBytes, "memory stays bounded");
        return result;
    }

    [Fact]
    public void A_text_file_named_xlsx_is_not_a_workbook()
    {
        var path = Path.Combine(files.Folder, "notes.xlsx");
        System.IO.File.WriteAllText(path, "一级指标,二级指标\n产出指标,数量指标\n");

        var (exit, output, error) = Score(path, "not an xlsx");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("error PI4001").And.Contain("无法评分");
    }

    [Fact]
    public void An_empty_workbook_is_not_a_template()
    {
        var path = Path.Combine(files.Folder, "empty.xlsx");
        System.IO.File.WriteAllBytes(path, SdkWorkbooks.Build(_ => { }));

        var (exit, _, error) = Score(path, "empty workbook");

        exit.Should().Be(1);
        error.Should().Contain("warning PI4014").And.Contain("error PI5101");
    }

    [Fact]
    public void A_workbook_with_100000_rows_stops_at_the_row_limit()
    {
        var (exit, output, error) = Score(files.ManyRowsPath, "100,000 rows", maxAllocatedBytes: 120_000_000);

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("error PI4010").And.Contain("'项目清单'");
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        var (exit, output, error) = Score(files.ZipBombPath, "zip bomb");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("error PI4007");
    }
}
