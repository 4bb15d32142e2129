using FluentAssertions;
using PerfIndicators.Scoring;
using PerfIndicators.Tests.Scoring;
using Xunit;

namespace PerfIndicators.Tests.SelfScoring;

/// <summary>
/// The small additions to the scoring library that templates need: the public points allocator and project-level
/// reading diagnostics. Indicators from the Huzhou 2023 seed (驻京联络处工作经费, 综合业务工作经费).
/// </summary>
public class ScoringAdditionsTests
{
    private static IndicatorInput[] Liaison(decimal? firstPoints = null) =>
    [
        ScoringKit.Row("亿元以上招商签约项目", IndicatorCategory.Output, "≥90个", "96个", firstPoints),
        ScoringKit.Row("编发招商招才简报信息", IndicatorCategory.Output, "≥40期", "42期", null),
        ScoringKit.Row("进高层次人才项目", IndicatorCategory.Output, "≥40个", "31个", null),
        ScoringKit.Row("市领导和部门对接待工作的满意率", IndicatorCategory.Satisfaction, "≥95%", "97%", null),
        ScoringKit.Row("开展招商引资推荐会", IndicatorCategory.Benefit, "有效扩大、增加", "达成", null),
    ];

    [Theory]
    [InlineData("national", null)]
    [InlineData("national", "20")]
    [InlineData("hubei", null)]
    public void The_allocator_gives_the_points_the_evaluator_uses(string policyId, string? firstPoints)
    {
        var policy = ScoringPolicy.Get(policyId);
        var indicators = Liaison(firstPoints is null ? null : decimal.Parse(firstPoints, System.Globalization.CultureInfo.InvariantCulture));

        var allocation = PointsAllocator.Allocate(policy, indicators);
        var assessment = new Evaluator(policy).Evaluate(new AssessmentInput("驻京联络处工作经费", indicators));

        allocation.Points.Should().Equal(assessment.Indicators.Select(i => i.Points));
        allocation.IsAllocated.Should().Equal(indicators.Select(i => i.Points is null));
        allocation.Findings.Should().BeSubsetOf(assessment.Findings);
    }

    [Fact]
    public void The_allocator_shares_each_level_equally_after_given_points()
    {
        var allocation = PointsAllocator.Allocate(ScoringPolicy.National, Liaison(20m));

        allocation.Points.Should().Equal(20m, 15m, 15m, 10m, 30m);
        var finding = allocation.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(DiagnosticCodes.PointsAllocated);
        finding.Message.Should().Be("4 个指标未填分值，已按评分办法分配：产出指标 2 个各 15（另有已填分值 20）、效益指标 1 个 30、满意度指标 1 个 10");
    }

    [Fact]
    public void Project_reading_diagnostics_come_first_among_the_findings_and_leave_the_fingerprint_alone()
    {
        var plain = new AssessmentInput("驻京联络处工作经费", Liaison()) { Budget = ScoringKit.Budget(189.5m, 163.33m) };
        var problem = new Diagnostic(FormatDiagnosticCodes.TemplateRowAdded, DiagnosticSeverity.Warning, DiagnosticLocation.InSheet("自评表", 13), "手工添加的行，未计分。");
        var withProblem = new AssessmentInput(plain.Name, plain.Indicators) { Budget = plain.Budget, Diagnostics = [problem] };

        var evaluator = new Evaluator();
        var before = evaluator.Evaluate(plain);
        var after = evaluator.Evaluate(withProblem);

        after.Findings[0].Should().Be(problem);
        after.Findings[0].Text.Should().Be("'自评表' 第13行: 手工添加的行，未计分。");
        after.Findings.Skip(1).Should().Equal(before.Findings);
        after.Fingerprint.Should().Be(before.Fingerprint);
        after.Total.Should().Be(before.Total);
    }

    [Fact]
    public void Every_template_code_is_in_the_pi5_range_unique_and_documented()
    {
        var fields = typeof(DiagnosticCodes).GetFields().Concat(typeof(FormatDiagnosticCodes).GetFields()).Where(f => ((string)f.GetValue(null)!).StartsWith("PI5", StringComparison.Ordinal)).ToList();
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot!, "docs", "self-scoring.md"));

        fields.Select(f => (string)f.GetValue(null)!).Should().OnlyHaveUniqueItems().And.HaveCountGreaterThan(25);
        foreach (var code in fields.Select(f => (string)f.GetValue(null)!))
        {
            docs.Should().Contain("| " + code + " |", "docs/self-scoring.md lists every code with its severity");
        }
    }
}
