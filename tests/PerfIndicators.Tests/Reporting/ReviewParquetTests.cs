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
