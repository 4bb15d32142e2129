using DuckDB.NET.Data;
using FluentAssertions;
using PerfIndicators.Formats.Parquet;
using PerfIndicators.Generator;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Reporting;

/// <summary>
/// The Parquet review read back by another engine (DuckDB, as a warehouse would): one row per indicator, and its sums
/// and counts are the review's own. Inputs: the year-2023 test folder (seed documents 001 and 004) and a generated year.
/// </summary>
public sealed class ReviewParquetTests
{
    [Fact]
    public void DuckDB_reads_the_test_year_and_its_counts_and_totals_are_the_reviews()
    {
        var path = Path.Combine(Path.GetTempPath(), "perfind-" + Guid.NewGuid().ToString("N") + ".parquet");
        try
        {
            ReviewSummary summary;
            using (var file = File.Create(path))
            using (var parquet = new ReviewParquetWriter(file))
            {
                summary = ReviewKit.Review(sink: parquet);
            }

            Check(path, summary);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_generated_year_over_several_row_groups_sums_to_the_review()
    {
        const int Projects = 12_000;
        var year = new SyntheticYear(new YearOptions(Projects, Seed: 41));
        var path = Path.Combine(Path.GetTempPath(), "perfind-" + Guid.NewGuid().ToString("N") + ".parquet");
        try
        {
            ReviewSummary summary;
            using (var file = File.Create(path))
            using (var parquet = new ReviewParquetWriter(file))
            {
                summary = new Reviewer(ScoringPolicy.National, new ReviewOptions { MaxDegreeOfParallelism = 2 })
                    .Run(Enumerable.Range(0, Projects).Select(n => ProjectSources.FromJson(year.Project(n).FileName, ProjectJson.ToText(year.Project(n)))), parquet);
            }

            summary.Indicators.Total.Should().BeGreaterThan(ReviewParquetWriter.RowGroupSize, "the file has more than one row group");
            Check(path, summary);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_project_code_is_a_column_so_a_warehouse_joins_years_by_it()
    {
        var project = File.ReadAllText(Path.Combine(TestPaths.TestData("Scoring"), "huzhou-liaison-2023.json"));
        var coded = project.Replace("\"name\": \"驻京联络处工作经费\",", "\"name\": \"驻京联络处工作经费\", \"code\": \"330500-0001\",", StringComparison.Ordinal);
        coded.Should().NotBe(project);
        var path = Path.Combine(Path.GetTempPath(), "perfind-" + Guid.NewGuid().ToString("N") + ".parquet");
        try
        {
            using (var file = File.Create(path))
            using (var parquet = new ReviewParquetWriter(file))
            {
                new Reviewer(ScoringPolicy.National).Run([ProjectSources.FromJson("coded.json", coded), ProjectSources.FromJson("plain.json", project)], parquet);
            }

            using var connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT source, count(*), min(project_code) FROM read_parquet('" + path.Replace("'", "''", StringComparison.Ordinal) + "') GROUP BY source ORDER BY source";
            using var reader = command.ExecuteReader();
            var rows = new List<(string Source, long Rows, string? Code)>();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }

            rows.Should().Equal(("coded.json", 6L, "330500-0001"), ("plain.json", 6L, null));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Check(string path, ReviewSummary summary)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var table = "read_parquet('" + path.Replace("'", "''", StringComparison.Ordinal) + "')";
        object? Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql.Replace("{T}", table, StringComparison.Ordinal);
            return command.ExecuteScalar();
        }

        long Count(string where) => Convert.ToInt64(Scalar("SELECT count(*) FROM {T} WHERE status = 'scored'" + where), System.Globalization.CultureInfo.InvariantCulture);

        var t = summary.Indicators;
        Count(string.Empty).Should().Be(t.Total);
        Count(" AND outcome = 'met'").Should().Be(t.Met);
        Count(" AND outcome = 'partially-met'").Should().Be(t.PartiallyMet);
        Count(" AND outcome = 'not-met'").Should().Be(t.NotMet);
        Count(" AND outcome = 'not-applicable'").Should().Be(t.NotApplicable);
        Count(" AND outcome = 'needs-manual-scoring'").Should().Be(t.NeedsManualScoring);
        Convert.ToInt64(Scalar("SELECT count(DISTINCT input_index) FROM {T} WHERE status = 'scored'"), System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(summary.Totals.Count);

        // Project totals: one per project, their mean is the review's (rounded half-up to 2 decimals as it is).
        var sumOfTotals = (decimal)Scalar("SELECT sum(project_total) FROM (SELECT DISTINCT input_index, project_total FROM {T} WHERE status = 'scored')")!;
        decimal.Round(sumOfTotals / summary.Totals.Count, 2, MidpointRounding.AwayFromZero).Should().Be(summary.Totals.Mean);
        ((decimal)Scalar("SELECT min(project_total) FROM {T} WHERE status = 'scored'")!).Should().Be(summary.Totals.Min);
        ((decimal)Scalar("SELECT max(project_total) FROM {T} WHERE status = 'scored'")!).Should().Be(summary.Totals.Max);

        // Points lost on indicators: Σ (分值 − 得分) over applicable indicators (a manual one loses all its points for now).
        var lost = (decimal)Scalar("SELECT sum(points - coalesce(score, 0)) FROM {T} WHERE status = 'scored' AND outcome <> 'not-applicable'")!;
        lost.Should().Be(summary.LossByCategory.Where(c => c.Category != "预算执行率").Sum(c => c.Lost));
        var points = (decimal)Scalar("SELECT sum(points) FROM {T} WHERE status = 'scored' AND outcome <> 'not-applicable'")!;
        points.Should().Be(summary.LossByCategory.Where(c => c.Category != "预算执行率").Sum(c => c.Points));
    }
}
