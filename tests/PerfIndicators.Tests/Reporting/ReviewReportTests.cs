using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Reporting;

/// <summary>The JSON and HTML reports of a review: determinism, the JSON contract, the HTML's numbers and self-containment.</summary>
public class ReviewReportTests
{
    [Fact]
    public void Reports_are_byte_identical_whatever_the_parallelism_and_thread_timing()
    {
        var (json1, html1, _) = ReviewKit.Reports(new ReviewOptions { MaxDegreeOfParallelism = 1 });
        var (json4, html4, _) = ReviewKit.Reports(new ReviewOptions { MaxDegreeOfParallelism = 4 });

        // The same inputs, read by workers that finish in a scrambled order.
        var inputs = ProjectSources.FromPaths([ReviewKit.YearFolder]);
        var delays = new[] { 30, 0, 12, 3, 25, 1, 7, 18, 0, 9, 22, 2, 14, 5, 27, 4, 11, 16 };
        var scrambled = inputs.Sources.Select((s, i) => ProjectSources.Create(s.Name, () =>
        {
            Thread.Sleep(delays[i % delays.Length]);
            return s.Read();
        })).ToList();
        var (jsonScrambled, htmlScrambled, summary) = ReviewKit.Reports(new ReviewOptions { MaxDegreeOfParallelism = 3 }, new ReviewInputSet(scrambled, inputs.Skipped));

        json4.Should().Equal(json1);
        html4.Should().Equal(html1);
        jsonScrambled.Should().Equal(json1);
        htmlScrambled.Should().Equal(html1);
        summary.Inputs.Given.Should().Be(18);
    }

    [Fact]
    public void Json_lists_every_input_in_order_then_the_summary()
    {
        var (json, _, _) = ReviewKit.Reports();
        var root = ReviewKit.Parse(json);

        root.EnumerateObject().Select(p => p.Name).Should().Equal("review", "projects", "summary");
        var review = root.GetProperty("review");
        review.GetProperty("contract").GetString().Should().Be("perfind-review/1");
        review.GetProperty("policy").GetProperty("id").GetString().Should().Be("national");
        review.GetProperty("grades").EnumerateArray().Select(g => g.GetProperty("grade").GetString()).Should().Equal("优", "良", "中", "差");

        var projects = root.GetProperty("projects").EnumerateArray().ToList();
        projects.Select(p => p.GetProperty("index").GetInt32()).Should().Equal(Enumerable.Range(0, 18));
        projects.Count(p => p.GetProperty("status").GetString() == "scored").Should().Be(15);
        projects.Where(p => p.GetProperty("status").GetString() == "failed").Should().AllSatisfy(p => p.GetProperty("errors").GetArrayLength().Should().BePositive());

        var first = projects[0];
        first.GetProperty("name").GetString().Should().Be("综合业务工作经费");
        first.GetProperty("department").GetString().Should().Be("湖州市人民政府办公室");
        first.GetProperty("executionRatePercent").GetString().Should().Be("98.59%");
        first.GetProperty("executionRate").GetDecimal().Should().Be(0.9859m);
        var counted = first.GetProperty("indicators");
        (counted.GetProperty("scored").GetInt32() + counted.GetProperty("notApplicable").GetInt32() + counted.GetProperty("needsManualScoring").GetInt32())
            .Should().Be(counted.GetProperty("total").GetInt32());

        var summary = root.GetProperty("summary");
        var inputs = summary.GetProperty("inputs");
        (inputs.GetProperty("read").GetInt32() + inputs.GetProperty("failed").GetInt32()).Should().Be(inputs.GetProperty("given").GetInt32());
        summary.GetProperty("projects").GetInt32().Should().Be(15);
        summary.GetProperty("indicators").GetProperty("total").GetInt32().Should().Be(
            projects.Where(p => p.GetProperty("status").GetString() == "scored").Sum(p => p.GetProperty("indicators").GetProperty("total").GetInt32()));
        summary.GetProperty("grades").EnumerateArray().Sum(g => g.GetProperty("count").GetInt32()).Should().Be(15);
        summary.GetProperty("totals").GetProperty("mean").GetDecimal().Should().Be(
            decimal.Round(projects.Where(p => p.GetProperty("status").GetString() == "scored").Sum(p => p.GetProperty("total").GetDecimal()) / 15m, 2, MidpointRounding.AwayFromZero));
        summary.GetProperty("failures").GetProperty("count").GetInt32().Should().Be(3);
        summary.GetProperty("findings").GetProperty("missingDeviationReason").GetProperty("count").GetInt32().Should().Be(20);
        summary.GetProperty("departments")[0].GetProperty("units").GetArrayLength().Should().Be(2);
        summary.GetProperty("execution").GetProperty("lowest").GetProperty("items")[0].GetProperty("ratePercent").GetString().Should().Be("47.1%");
    }

    [Fact]
    public void Json_can_carry_each_full_self_assessment()
    {
        using var stream = new MemoryStream();
        using (var writer = new ReviewJsonWriter(stream, indented: false, includeAssessments: true))
        {
            new Reviewer(ScoringPolicy.National).Run(ProjectSources.FromPaths([Path.Combine(ReviewKit.YearFolder, "002-huzhou-zhujing-lianluochu.json")]), writer);
        }

        var project = ReviewKit.Parse(stream.ToArray()).GetProperty("projects")[0];
        var assessment = project.GetProperty("assessment");
        assessment.GetProperty("total").GetDecimal().Should().Be(project.GetProperty("total").GetDecimal());
        assessment.GetProperty("indicators").GetArrayLength().Should().Be(6);
        assessment.GetProperty("fingerprint").GetString().Should().Be(project.GetProperty("fingerprint").GetString());
    }

    [Fact]
    public void Html_is_self_contained_and_its_numbers_are_the_json_numbers()
    {
        var (json, htmlBytes, _) = ReviewKit.Reports();
        var html = ReviewKit.Text(htmlBytes);
        var root = ReviewKit.Parse(json);

        html.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n");
        html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal)
            .Should().NotContainAny("http:", "https:", "//", "<link", "src=", "@import", "url(", "<iframe", "<img");
        foreach (var chart in new[] { "grades", "totals", "departments", "scatter", "execution" })
        {
            html.Should().Contain("data-chart=\"" + chart + "\"");
        }

        var rows = HtmlDom.Rows(html, "projects");
        var scored = root.GetProperty("projects").EnumerateArray().Where(p => p.GetProperty("status").GetString() == "scored").ToList();
        rows.Select(r => r.Index).Should().Equal(scored.Select(p => p.GetProperty("index").GetInt32()));
        HtmlDom.AssertRowsMatchJson(rows, root);
        HtmlDom.AssertSummaryMatchesJson(html, root);
    }

    [Fact]
    public void Html_escapes_what_the_input_says()
    {
        var project = """{"name": "<script>alert(1)</script>", "department": "A&B \"部\"", "indicators": [{"category": "产出指标", "name": "<b>x</b>", "target": "≥1个", "points": 90, "actual": "2个"}]}""";
        using var stream = new MemoryStream();
        using (var writer = new ReviewHtmlWriter(stream))
        {
            new Reviewer(ScoringPolicy.National).Run([ProjectSources.FromJson("<evil>.json", project)], writer);
        }

        var html = ReviewKit.Text(stream.ToArray());
        html.Should().NotContain("<script>alert").And.NotContain("<b>x</b>").And.NotContain("<evil>");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("A&amp;B &quot;部&quot;");
    }

    [Fact]
    public void A_review_where_nothing_could_be_read_still_gives_complete_reports()
    {
        var inputs = new ReviewInputSet([ProjectSources.FromJson("empty.json", ""), ProjectSources.FromJson("array.json", "[1, 2]")], []);

        var (json, htmlBytes, summary) = ReviewKit.Reports(inputs: inputs);

        summary.Inputs.Should().Be(new InputTally(2, 0, 2, 0, 0));
        summary.Totals.Mean.Should().BeNull();
        summary.Grades.Should().OnlyContain(g => g.Count == 0);
        var root = ReviewKit.Parse(json);
        root.GetProperty("summary").GetProperty("totals").GetProperty("mean").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("status").GetString()).Should().Equal("failed", "failed");
        var html = ReviewKit.Text(htmlBytes);
        html.Should().EndWith("</html>\n").And.Contain("data-kpi=\"mean\">—<");
        HtmlDom.Rows(html, "projects").Should().BeEmpty();
        HtmlDom.Rows(html, "failures").Select(r => r.Index).Should().Equal(0, 1);
    }
}
