using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Review;
using PerfIndicators.Scoring;
using PerfIndicators.Tests.Cli;
using PerfIndicators.Tests.SelfScoring;
using Xunit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>
/// Projects that cannot be assessed (issue 11, "scoring errors"): one without indicators scored 100 (优) from its budget
/// execution alone, and an unfilled template in a review folder scored 0 and graded 差 beside its filled copy. The templates are
/// the bundled samples (samples/huzhou-2023-liaison-template.xlsx, unfilled, and samples/huzhou-2023-liaison-selfscoring.csv, its
/// filled copy: Huzhou 2023 驻京联络处工作经费 from shared/seeds/001_bcddf65ccbf67a67.txt).
/// </summary>
public sealed class NotAssessedTests
{
    private const string NoIndicators = """
        {"name": "驻京联络处工作经费", "fiscalYear": 2023, "budget": {"adjusted": 189.5, "executed": 189.5}, "indicators": []}
        """;

    private static string Samples => Path.Combine(TestPaths.RepositoryRoot!, "samples");

    [Fact]
    public void A_project_without_indicators_gets_no_total_and_no_grade_from_its_budget_alone()
    {
        var assessment = new Evaluator().Evaluate(ScoringJson.ReadProject(NoIndicators).Input!);

        assessment.Status.Should().Be(AssessmentStatus.NoIndicators);
        assessment.IsAssessed.Should().BeFalse();
        assessment.Grade.Should().BeNull();
        assessment.Total.Should().Be(0m);
        assessment.IsProvisional.Should().BeFalse();
        assessment.BudgetExecution.Score.Should().Be(10m, "budget execution is still shown");
        assessment.Findings.Should().ContainSingle(f => f.Code == DiagnosticCodes.NotAssessable).Which.Severity.Should().Be(DiagnosticSeverity.Warning);
        assessment.Findings.Should().NotContain(f => f.Code == DiagnosticCodes.PointsDoNotSumTo100 || f.Code == DiagnosticCodes.ProvisionalTotal);
    }

    [Fact]
    public void Every_output_says_the_project_is_not_assessable()
    {
        var assessment = new Evaluator().Evaluate(ScoringJson.ReadProject(NoIndicators).Input!);

        var json = JsonDocument.Parse(ScoringJson.WriteAssessment(assessment)).RootElement;
        json.GetProperty("status").GetString().Should().Be("not-assessable");
        json.GetProperty("total").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("grade").ValueKind.Should().Be(JsonValueKind.Null);
        SelfAssessmentText.ToTable(assessment).Should().Contain("不可评价（没有绩效指标），不评分、不评等级").And.NotContain("等级：优");
        SelfAssessmentText.ToMarkdown(assessment).Should().Contain("| 总分 |").And.Contain("不可评价（没有绩效指标）").And.Contain("PI3030");
        SelfAssessmentHtml.ToHtml(assessment).Should().Contain("不可评价（没有绩效指标），不评分、不评等级");

        var (exit, _, error) = CliRunner.RunWithInput(NoIndicators, "score", "-", "--format", "json");
        exit.Should().Be(0, error);
        error.Should().Contain("perfind score: 不可评价（没有绩效指标），未评分");
    }

    [Fact]
    public void An_unfilled_template_is_not_reported_and_says_so_once()
    {
        var filled = FilledTemplateReader.Read(Path.Combine(Samples, "huzhou-2023-liaison-template.xlsx"));

        var assessment = SelfScoringKit.Score(filled);

        assessment.Status.Should().Be(AssessmentStatus.NotReported);
        assessment.Grade.Should().BeNull();
        assessment.Findings.Should().ContainSingle(f => f.Code == DiagnosticCodes.NotReported)
            .Which.Message.Should().StartWith("未填报：6 项指标均未填写实际完成值，也未填写全年执行数");
        assessment.Findings.Should().NotContain(f => f.Code == DiagnosticCodes.NeedsManualScoring || f.Code == DiagnosticCodes.ProvisionalTotal || f.Code == DiagnosticCodes.InvalidBudget);
        SelfAssessmentText.ToTable(assessment).Should().Contain("未填报，不评分、不评等级");
    }

    [Fact]
    public void A_project_json_with_nothing_reported_is_not_reported_like_the_template()
    {
        var read = ScoringJson.ReadProject("""
            {"name": "x", "budget": {"adjusted": 100}, "indicators": [{"category": "产出指标", "name": "资金到位率", "target": "100%", "points": 90}]}
            """);

        new Evaluator().Evaluate(read.Input!).Status.Should().Be(AssessmentStatus.NotReported);
    }

    [Fact]
    public void In_a_review_an_unfilled_template_beside_its_filled_copy_counts_as_not_reported_and_is_listed()
    {
        var unfilled = Path.Combine(Samples, "huzhou-2023-liaison-template.xlsx");
        var filled = Path.Combine(Samples, "huzhou-2023-liaison-selfscoring.csv");

        var (exit, output, error) = CliRunner.Run("review", filled, unfilled, "-o", "-");

        exit.Should().Be(0, error);
        var root = JsonDocument.Parse(output).RootElement;
        var projects = root.GetProperty("projects");
        projects[0].GetProperty("status").GetString().Should().Be("scored");
        projects[0].GetProperty("grade").GetString().Should().Be("良");
        projects[1].GetProperty("status").GetString().Should().Be("not-reported");
        projects[1].GetProperty("total").ValueKind.Should().Be(JsonValueKind.Null);
        projects[1].GetProperty("grade").ValueKind.Should().Be(JsonValueKind.Null);
        var summary = root.GetProperty("summary");
        var inputs = summary.GetProperty("inputs");
        (inputs.GetProperty("read").GetInt32(), inputs.GetProperty("assessed").GetInt32(), inputs.GetProperty("notReported").GetInt32()).Should().Be((2, 1, 1));
        summary.GetProperty("projects").GetInt32().Should().Be(1);
        summary.GetProperty("grades").EnumerateArray().Sum(g => g.GetProperty("count").GetInt32()).Should().Be(1, "the unfilled template is in no grade");
        summary.GetProperty("grades").EnumerateArray().Single(g => g.GetProperty("grade").GetString() == "差").GetProperty("count").GetInt32().Should().Be(0);
        summary.GetProperty("notReported").GetProperty("items")[0].GetProperty("source").GetString().Should().EndWith("huzhou-2023-liaison-template.xlsx");
        error.Should().Contain("未填报 ").And.Contain("huzhou-2023-liaison-template.xlsx：「驻京联络处工作经费」不计分");
        error.Should().Contain("项目 1 个（未填报 1 个，无法读取 0 个，共 2 个文件）");
    }

    [Fact]
    public void The_html_and_xlsx_reviews_list_and_count_the_unfilled_template()
    {
        var inputs = ProjectSources.FromPaths([Path.Combine(Samples, "huzhou-2023-liaison-selfscoring.csv"), Path.Combine(Samples, "huzhou-2023-liaison-template.xlsx")], FilledTemplateFormat.ReviewSources);
        using var html = new MemoryStream();
        using var xlsx = new MemoryStream();
        ReviewSummary summary;
        using (var htmlWriter = new ReviewHtmlWriter(html))
        {
            summary = new Reviewer(ScoringPolicy.National).Run(inputs, htmlWriter);
        }

        new Reviewer(ScoringPolicy.National).Run(
            ProjectSources.FromPaths([Path.Combine(Samples, "huzhou-2023-liaison-selfscoring.csv"), Path.Combine(Samples, "huzhou-2023-liaison-template.xlsx")], FilledTemplateFormat.ReviewSources),
            new ReviewWorkbookWriter(xlsx));

        summary.Inputs.Should().Be(new InputTally(2, 2, 0, 1, 0));
        summary.NotReported.Items.Should().ContainSingle().Which.Status.Should().Be(AssessmentStatus.NotReported);
        summary.Totals.Count.Should().Be(1);
        var page = System.Text.Encoding.UTF8.GetString(html.ToArray());
        page.Should().Contain("<section id=\"not-reported-section\"").And.Contain("data-count=\"not-reported\">1<").And.Contain("data-kpi=\"not-reported\">1<");
        var book = WorkbookReader.Read(new MemoryStream(xlsx.ToArray())).Workbook!;
        book.Sheets[0].Rows.Should().Contain(r => r.GetText(1) == "未填报" && r.GetText(2) == "1");
        book.Sheets[1].Rows.Should().Contain(r => r.GetText(6) == "未填报");
    }
}
