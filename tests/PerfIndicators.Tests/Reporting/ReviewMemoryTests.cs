using System.Globalization;
using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;
using Xunit.Abstractions;

namespace PerfIndicators.Tests.Reporting;

/// <summary>
/// A review's memory does not grow with the number of projects: 20,000 small generated projects (targets from the seed
/// documents 001 and 004, actuals varied deterministically, 30 departments × 5 units each) are reviewed into both report
/// writers; the managed heap is measured with full collections at project 2,000, at project 20,000 and after the run.
/// Nothing is timed. The heap is the whole process's, so this runs alone, after the parallel tests.
/// </summary>
[Collection(MemoryMeasurement.Name)]
public class ReviewMemoryTests(ITestOutputHelper output)
{
    private const int Projects = 20_000;

    [Fact]
    public void Memory_stays_flat_over_twenty_thousand_projects()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var probe = new ProbeSink(measureAt: [2_000, Projects]);
        ReviewSummary summary;
        using (var json = new ReviewJsonWriter(Stream.Null, indented: false))
        using (var html = new ReviewHtmlWriter(Stream.Null))
        {
            summary = new Reviewer(ScoringPolicy.National, new ReviewOptions { MaxDegreeOfParallelism = 2 })
                .Run(Generate(), new ReviewKit.TeeSink(json, html, probe));
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(summary);
        var at2000 = probe.Measured[0];
        var atEnd = probe.Measured[1];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"heap before {before / 1024} KiB, at 2,000 {at2000 / 1024} KiB, at 20,000 {atEnd / 1024} KiB, after (summary kept) {after / 1024} KiB"));

        summary.Inputs.Read.Should().Be(Projects);
        summary.Indicators.Total.Should().Be(Projects * 6L);
        summary.Departments.Should().HaveCount(30);
        (atEnd - at2000).Should().BeLessThan(1024 * 1024, "18,000 more projects must not be retained (a row each would be several MiB)");
        (after - before).Should().BeLessThan(8 * 1024 * 1024, "the summary is bounded by departments, units, scatter cells and list limits");
    }

    /// <summary>
    /// Yields project sources lazily. 64 variants of a project are read from JSON once; each source gives a variant with
    /// its own department and unit (a new <see cref="AssessmentInput"/>), scored afresh by the reviewer.
    /// </summary>
    private static IEnumerable<IProjectSource> Generate()
    {
        string[] cities = ["湖州市", "广州市", "杭州市", "上海市普陀区", "廊坊市", "池州市"];
        string[] offices = ["人民政府办公室", "协作办公室", "财政局", "教育局", "卫生健康委员会"];
        var variants = Enumerable.Range(0, 64).Select(Variant).ToArray();
        for (var i = 0; i < Projects; i++)
        {
            var n = i;
            yield return ProjectSources.Create("generated/" + n.ToString("D5", CultureInfo.InvariantCulture) + ".json", () =>
            {
                var department = cities[n % 6] + offices[(n / 6) % 5];
                return InputReadResult.Read(variants[n % variants.Length] with { Department = department, Unit = department + "第" + (n % 5 + 1).ToString(CultureInfo.InvariantCulture) + "单位" });
            });
        }
    }

    private static AssessmentInput Variant(int n)
    {
        var spent = 60 + (n * 7 % 45);
        var reports = 300 + (n * 13 % 400);
        var json = "{\"name\":\"综合业务工作经费" + n.ToString(CultureInfo.InvariantCulture) + "\",\"fiscalYear\":2023,"
            + "\"budget\":{\"initial\":100,\"adjusted\":100,\"executed\":" + spent.ToString(CultureInfo.InvariantCulture) + "},\"indicators\":["
            + "{\"category\":\"产出指标\",\"subcategory\":\"数量指标\",\"name\":\"全年完成信息报送\",\"target\":\"≥600篇\",\"points\":20,\"actual\":\"" + reports.ToString(CultureInfo.InvariantCulture) + "篇\"},"
            + "{\"category\":\"产出指标\",\"subcategory\":\"数量指标\",\"name\":\"《湖州市人民政府公报》出刊\",\"target\":\"≥10期\",\"points\":15,\"actual\":\"" + (8 + (n % 5)).ToString(CultureInfo.InvariantCulture) + "期\"},"
            + "{\"category\":\"产出指标\",\"subcategory\":\"质量指标\",\"name\":\"政务公开目录更新率\",\"target\":\"=100%\",\"points\":15,\"actual\":\"" + (90 + (n % 11)).ToString(CultureInfo.InvariantCulture) + "%\"},"
            + "{\"category\":\"效益指标\",\"subcategory\":\"社会效益指标\",\"name\":\"项目惠及群众人数\",\"target\":\"≥1.4万人\",\"points\":20,\"actual\":\"" + (1 + (n % 9 * 0.1m)).ToString(CultureInfo.InvariantCulture) + "万人\"},"
            + "{\"category\":\"效益指标\",\"subcategory\":\"社会效益指标\",\"name\":\"社会影响力\",\"target\":\"社会影响力较好\",\"points\":10,\"actual\":\"" + (n % 3 == 0 ? "部分达成" : "达成") + "\"},"
            + "{\"category\":\"满意度指标\",\"subcategory\":\"服务对象满意度指标\",\"name\":\"参展商投诉率\",\"target\":\"低于10%\",\"points\":10,\"actual\":\"" + (n % 14).ToString(CultureInfo.InvariantCulture) + "%\"}]}";
        return ScoringJson.ReadProject(json).Input!;
    }

    /// <summary>Measures the heap (after a full collection) when given project counts have been received.</summary>
    private sealed class ProbeSink(int[] measureAt) : IReviewSink
    {
        private int received;

        public List<long> Measured { get; } = [];

        public void Begin(ReviewHeader header)
        {
        }

        public void Scored(ReviewedProject project, SelfAssessment assessment)
        {
            received++;
            if (measureAt.Contains(received))
            {
                Measured.Add(GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        public void Failed(SourceFailure failure) => received++;

        public void Complete(ReviewSummary summary)
        {
        }
    }
}

/// <summary>Tests that measure the process's heap: run with nothing else running.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    public const string Name = "Heap measurements (run alone)";
}
