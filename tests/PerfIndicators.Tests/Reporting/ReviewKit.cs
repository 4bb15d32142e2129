using System.Text;
using System.Text.Json;
using PerfIndicators.Scoring;

namespace PerfIndicators.Tests.Reporting;

/// <summary>
/// Helpers for the review tests. <c>TestData/Reporting/year-2023</c> holds 14 project files whose targets, names,
/// departments, units and budgets come from the seed documents 001 (湖州市人民政府办公室 2023 单位预算, 重点项目支出绩效明细表)
/// and 004 (广州市协作办公室 项目支出绩效目标表), with illustrative actuals, and four broken files (invalid JSON, a file
/// naming an unknown policy and carrying an unknown field, a non-project JSON, an empty file) and a README.txt.
/// </summary>
internal static class ReviewKit
{
    public static string YearFolder => Path.Combine(AppContext.BaseDirectory, "TestData", "Reporting", "year-2023");

    public static ReviewSummary Review(ReviewOptions? options = null, IReviewSink? sink = null) =>
        new Reviewer(ScoringPolicy.National, options).Run(ProjectSources.FromPaths([YearFolder]), sink);

    /// <summary>Runs the review of the year folder and returns the JSON and HTML reports as bytes.</summary>
    public static (byte[] Json, byte[] Html, ReviewSummary Summary) Reports(ReviewOptions? options = null, ReviewInputSet? inputs = null)
    {
        using var json = new MemoryStream();
        using var html = new MemoryStream();
        ReviewSummary summary;
        using (var jsonWriter = new ReviewJsonWriter(json))
        using (var htmlWriter = new ReviewHtmlWriter(html))
        {
            var reviewer = new Reviewer(ScoringPolicy.National, options);
            var tee = new TeeSink(jsonWriter, htmlWriter);
            summary = reviewer.Run(inputs ?? ProjectSources.FromPaths([YearFolder]), tee);
        }

        return (json.ToArray(), html.ToArray(), summary);
    }

    public static JsonElement Parse(byte[] json) => JsonDocument.Parse(json).RootElement;

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>Every project file of the year folder scored on its own, as <c>perfind score</c> would.</summary>
    public static List<SelfAssessment> ScoreEachAlone()
    {
        var evaluator = new Evaluator(ScoringPolicy.National);
        var list = new List<SelfAssessment>();
        foreach (var path in Directory.GetFiles(YearFolder, "*.json").OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (ScoringJson.ReadProject(text).Input is { } project)
            {
                list.Add(evaluator.Evaluate(project));
            }
        }

        return list;
    }

    public sealed class TeeSink(params IReviewSink[] sinks) : IReviewSink
    {
        public void Begin(ReviewHeader header)
        {
            foreach (var sink in sinks)
            {
                sink.Begin(header);
            }
        }

        public void Scored(ReviewedProject project, SelfAssessment assessment)
        {
            foreach (var sink in sinks)
            {
                sink.Scored(project, assessment);
            }
        }

        public void Failed(SourceFailure failure)
        {
            foreach (var sink in sinks)
            {
                sink.Failed(failure);
            }
        }

        public void Complete(ReviewSummary summary)
        {
            foreach (var sink in sinks)
            {
                sink.Complete(summary);
            }
        }
    }
}
