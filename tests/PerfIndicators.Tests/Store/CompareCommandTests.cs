using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Formats.Store;
using PerfIndicators.Tests.Cli;
using Xunit;

namespace PerfIndicators.Tests.Store;

/// <summary><c>perfind review --store</c> and <c>perfind compare</c> on files, as a user runs them.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("perfind-compare-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Review_with_a_store_then_compare_reports_the_pair_and_rerunning_stores_nothing_new()
    {
        var db = Path.Combine(folder, "results.db");
        var sample = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot!, "samples", "huzhou-2023-liaison.json"));
        // The 2022 file: the sample (samples/huzhou-2023-liaison.json) a year earlier with a higher actual; in 2023 it is renamed with
        // markup in the name, so only the code matches it and the page must escape it.
        var lastYear = sample.Replace("\"fiscalYear\": 2023", "\"fiscalYear\": 2022").Replace("\"96个\"", "\"120个\"")
            .Replace("\"name\": \"驻京联络处工作经费\"", "\"name\": \"驻京联络处工作经费\", \"code\": \"330500-001\"");
        var thisYear = sample.Replace("\"name\": \"驻京联络处工作经费\"", "\"name\": \"<script>x</script>驻京联络处工作经费\", \"code\": \"330500-001\"");
        File.WriteAllText(Path.Combine(folder, "2022.json"), lastYear);
        File.WriteAllText(Path.Combine(folder, "2023.json"), thisYear);

        CliRunner.Run("review", Path.Combine(folder, "2022.json"), "-o", Path.Combine(folder, "r1.json"), "--store", db).ExitCode.Should().Be(0);
        CliRunner.Run("review", Path.Combine(folder, "2023.json"), "-o", Path.Combine(folder, "r2.json"), "--store", db).ExitCode.Should().Be(0);
        var again = CliRunner.Run("review", Path.Combine(folder, "2023.json"), "-o", Path.Combine(folder, "r2.json"), "--store", db);
        again.Error.Should().Contain("结果库新增 0 个、已有 1 个");

        var html = Path.Combine(folder, "compare.html");
        var (exit, output, error) = CliRunner.Run("compare", "--store", db, "2022", "2023", "--json", "-o", html);
        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var project = json.RootElement.GetProperty("projects").EnumerateArray().Should().ContainSingle().Subject;
        project.GetProperty("match").GetString().Should().Be("code");
        project.GetProperty("loweredTargets").EnumerateArray().Select(l => l.GetProperty("indicator").GetString()).Should().Contain("亿元以上招商签约项目");
        File.ReadAllText(html).Should().Contain("&lt;script&gt;x&lt;/script&gt;").And.NotContain("<script>x");

        var xlsx = Path.Combine(folder, "compare.xlsx");
        CliRunner.Run("compare", "--store", db, "2022", "2023", "-o", xlsx).ExitCode.Should().Be(0);
        new FileInfo(xlsx).Length.Should().BeGreaterThan(0);
        using (var store = ResultStore.Open(db))
        {
            store.Runs().Should().HaveCount(3);
        }
    }

    /// <summary>
    /// <c>--store</c> beside every kind of report: a folder of pages (<c>-o review/</c>, what a province's year needs) once wrote
    /// the pages and silently stored nothing.
    /// </summary>
    [Theory]
    [InlineData("review/")]
    [InlineData("review.html")]
    [InlineData("review.xlsx")]
    [InlineData("review.json")]
    [InlineData("-")]
    public void Every_report_kind_records_the_review_in_the_store(string report)
    {
        var db = Path.Combine(folder, "results.db");
        var sample = Path.Combine(TestPaths.RepositoryRoot!, "samples", "huzhou-2023-liaison.json");
        var output = report == "-" ? "-" : Path.Combine(folder, report);
        var (exit, _, error) = CliRunner.Run("review", sample, "-o", output, "--store", db);
        exit.Should().Be(0, error);
        error.Should().Contain("结果库新增 1 个、已有 0 个");
        using var store = ResultStore.Open(db);
        store.Runs().Should().ContainSingle().Which.Stored.Should().Be(1);
        store.Year(2023).Should().ContainSingle();
    }

    [Fact]
    public void A_missing_store_or_unknown_report_extension_is_an_error_not_a_crash()
    {
        CliRunner.Run("compare", "--store", Path.Combine(folder, "none.db"), "2022", "2023").ExitCode.Should().Be(1);
        CliRunner.Run("compare", "--store", Path.Combine(folder, "none.db"), "2022", "2023", "-o", Path.Combine(folder, "x.txt")).ExitCode.Should().Be(2);
    }
}
