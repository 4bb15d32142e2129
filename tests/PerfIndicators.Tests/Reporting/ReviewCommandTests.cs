using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Tests.Cli;
using Xunit;

namespace PerfIndicators.Tests.Reporting;

/// <summary><c>perfind review</c>, run in-process over the year folder (see <see cref="ReviewKit"/>).</summary>
public class ReviewCommandTests
{
    [Fact]
    public void Review_writes_an_html_report_and_exits_1_because_some_files_could_not_be_read()
    {
        var folder = Directory.CreateTempSubdirectory("perfind-review-cli-");
        try
        {
            var report = Path.Combine(folder.FullName, "report.html");

            var (exit, output, error) = CliRunner.Run("review", ReviewKit.YearFolder, "-o", report, "--parallel", "2");

            exit.Should().Be(1, error);
            output.Should().BeEmpty();
            File.ReadAllText(report).Should().StartWith("<!DOCTYPE html>").And.Contain("data-chart=\"grades\"");
            Directory.GetFiles(folder.FullName).Should().Equal([report], "the partial file was moved into place");
            error.Should().Contain("跳过 ").And.Contain("README.txt");
            error.Should().Contain("无法读取 ").And.Contain("903-empty.json：文件为空");
            error.Should().Contain("项目 15 个（无法读取 3 个，共 18 个文件），指标 70 个；优 11、良 1、中 2、差 1");
            error.Should().NotContain("\u001b[", "no progress bar or colours when output is redirected");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Review_writes_json_to_standard_output_and_exits_0_when_everything_was_read()
    {
        var files = new[] { "001-huzhou-zonghe-yewu.json", "103-guangzhou-duikou-bangfu.json" }.Select(f => Path.Combine(ReviewKit.YearFolder, f)).ToArray();

        var (exit, output, error) = CliRunner.Run(["review", .. files, "-o", "-", "--lowest", "1"]);

        exit.Should().Be(0, error);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("summary").GetProperty("inputs").GetProperty("given").GetInt32().Should().Be(2);
        root.GetProperty("summary").GetProperty("lowestProjects").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("name").GetString().Should().Be("对口帮扶工作经费");
        root.GetProperty("projects")[0].GetProperty("name").GetString().Should().Be("综合业务工作经费");
        error.Should().Contain("项目 2 个（无法读取 0 个，共 2 个文件）");
    }

    [Fact]
    public void Review_scores_filled_self_assessment_templates_beside_project_json()
    {
        // The bundled filled template (samples/, Huzhou 2023 驻京联络处工作经费, illustrative actuals) next to a project JSON.
        var template = Path.Combine(TestPaths.RepositoryRoot!, "samples", "huzhou-2023-liaison-selfscoring.csv");
        var json = Path.Combine(ReviewKit.YearFolder, "001-huzhou-zonghe-yewu.json");

        var (exit, output, error) = CliRunner.Run("review", template, json, "-o", "-");

        exit.Should().Be(0, error);
        var projects = JsonDocument.Parse(output).RootElement.GetProperty("projects");
        projects.GetArrayLength().Should().Be(2);
        projects[0].GetProperty("status").GetString().Should().Be("scored");
        projects[0].GetProperty("name").GetString().Should().Be("驻京联络处工作经费");
        projects[0].GetProperty("total").GetDecimal().Should().Be(87.49m, "the same total perfind score gives for this template");
        projects[1].GetProperty("name").GetString().Should().Be("综合业务工作经费");
    }

    [Fact]
    public void Review_json_report_is_the_library_json_report()
    {
        var folder = Directory.CreateTempSubdirectory("perfind-review-cli-");
        try
        {
            var report = Path.Combine(folder.FullName, "review.json");

            var (exit, _, error) = CliRunner.Run("review", ReviewKit.YearFolder, "-o", report, "--policy", "national");

            exit.Should().Be(1, error);
            var inputs = ProjectSources.FromPaths([ReviewKit.YearFolder], PerfIndicators.Formats.Templates.FilledTemplateFormat.ReviewSources);
            var viaLibrary = ReviewKit.Text(ReviewKit.Reports(inputs: inputs).Json);
            File.ReadAllText(report).Replace(ReviewKit.YearFolder, "<folder>", StringComparison.Ordinal)
                .Should().Be(viaLibrary.Replace(ReviewKit.YearFolder, "<folder>", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("report.docx")]
    [InlineData("report")]
    public void Review_refuses_an_output_whose_format_it_cannot_tell(string name)
    {
        var (exit, _, error) = CliRunner.Run("review", ReviewKit.YearFolder, "-o", Path.Combine(Path.GetTempPath(), name));

        exit.Should().Be(2);
        error.Should().Contain("无法从").And.Contain("判断报告格式");
    }

    [Fact]
    public void Review_needs_an_output_and_at_least_one_input()
    {
        CliRunner.Run("review", ReviewKit.YearFolder).ExitCode.Should().Be(2);
        CliRunner.Run("review", "-o", "x.json").ExitCode.Should().Be(2);
        CliRunner.Run("review", ReviewKit.YearFolder, "-o", "-", "--parallel", "0").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Review_reports_an_unknown_policy_as_an_input_error()
    {
        var (exit, output, error) = CliRunner.Run("review", ReviewKit.YearFolder, "-o", "-", "--policy", "no-such-policy");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("没有 id 为「no-such-policy」的评分办法 (no such policy)");
    }

    [Fact]
    public void Review_of_nothing_readable_is_an_input_error()
    {
        var empty = Directory.CreateTempSubdirectory("perfind-review-empty-");
        try
        {
            var (exit, _, error) = CliRunner.Run("review", empty.FullName, "-o", "-");

            exit.Should().Be(1);
            error.Should().Contain("没有项目文件").And.Contain("没有可评分的项目文件");
        }
        finally
        {
            empty.Delete();
        }
    }
}
