using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Scoring;

/// <summary>The JSON contract: a project with texts as written in, the self-assessment out.</summary>
public class ScoringJsonTests
{
    [Fact]
    public void Reads_a_project_with_texts_as_written_and_parses_them()
    {
        var read = ScoringJson.ReadProject(File.ReadAllText(ScoringKit.TestData("huzhou-liaison-2023.json")));

        read.Errors.Should().BeEmpty();
        var project = read.Input!;
        project.Name.Should().Be("驻京联络处工作经费");
        project.FiscalYear.Should().Be(2023);
        project.Policy.Should().Be("national");
        project.Budget!.Executed.Should().Be(163.33m);
        project.Indicators.Should().HaveCount(6);
        project.Indicators[0].Target.Should().BeOfType<QuantitativeTarget>();
        project.Indicators[0].Category.Should().Be(IndicatorCategory.Output);
        project.Indicators[0].Subcategory.Should().Be(IndicatorSubcategory.Quantity);
        project.Indicators[4].EvaluatorScore.Should().Be(22m);
        project.Indicators[4].Actual!.Tier.Should().Be(AchievementTier.PartiallyAchieved);
    }

    [Fact]
    public void Writes_the_documented_assessment_shape()
    {
        var project = ScoringJson.ReadProject(File.ReadAllText(ScoringKit.TestData("huzhou-liaison-2023.json"))).Input!;
        var json = ScoringJson.WriteAssessment(new Evaluator().Evaluate(project));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        // 8.62 + 15 + 10 + 11.63 + 10 + 22 + 10
        root.GetProperty("total").GetDecimal().Should().Be(87.25m);
        root.GetProperty("grade").GetString().Should().Be("良");
        root.GetProperty("policy").GetProperty("id").GetString().Should().Be("national");
        root.GetProperty("policy").GetProperty("version").GetString().Should().Be("1.0.0");
        root.GetProperty("budgetExecution").GetProperty("rate").GetDecimal().Should().Be(0.8619m);
        root.GetProperty("budgetExecution").GetProperty("score").GetDecimal().Should().Be(8.62m);
        root.GetProperty("fingerprint").GetString().Should().StartWith("sha256:");
        root.GetProperty("findings").EnumerateArray().Should().Contain(f => f.GetProperty("code").GetString() == DiagnosticCodes.LowBudgetExecution);

        var indicator = root.GetProperty("indicators")[2];
        indicator.GetProperty("name").GetString().Should().Be("进高层次人才项目");
        indicator.GetProperty("points").GetDecimal().Should().Be(15m);
        indicator.GetProperty("score").GetDecimal().Should().Be(11.63m);
        indicator.GetProperty("outcome").GetString().Should().Be("partially-met");
        indicator.GetProperty("rule").GetString().Should().Be("higher-ratio");
        indicator.GetProperty("explanation").GetString().Should().Be("实际完成值 31个 ÷ 年度指标值 40个 × 分值 15 = 11.63");
        indicator.GetProperty("flags").GetArrayLength().Should().Be(0);
        json.Should().Contain("\"name\": \"驻京联络处工作经费\"", "Chinese is written as-is");
    }

    [Fact]
    public void Flags_and_outcomes_use_kebab_case_names()
    {
        ScoringJson.FlagNames(IndicatorFlags.OverAchievement | IndicatorFlags.MissingDeviationReason).Should().Equal("over-achievement", "missing-deviation-reason");
        ScoringJson.OutcomeName(IndicatorOutcome.NeedsManualScoring).Should().Be("needs-manual-scoring");
    }

    [Theory]
    [InlineData("{", "JSON 格式错误")]
    [InlineData("[]", "应为对象")]
    [InlineData("""{"indicators": []}""", "$.name: 缺少必填字段")]
    [InlineData("""{"name": "x"}""", "$.indicators: 缺少指标数组")]
    [InlineData("""{"name": "x", "indicators": [{"name": "a", "target": "≥90%", "points": "十分"}]}""", "$.indicators[0].points: 应为数字")]
    [InlineData("""{"name": "x", "indicators": [{"name": "a"}]}""", "$.indicators[0].target: 缺少必填字段")]
    public void Bad_input_is_reported_with_its_path_and_never_throws(string json, string error)
    {
        var read = ScoringJson.ReadProject(json);

        read.Input.Should().BeNull();
        read.Errors.Should().Contain(e => e.Text.Contains(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_fields_are_warnings_and_numbers_may_be_written_as_text()
    {
        var read = ScoringJson.ReadProject("""{"name": "x", "owner": "y", "budget": {"adjusted": "233,875.26", "executed": 1000}, "indicators": [{"name": "a", "target": "≥90%", "actual": 95, "points": "10"}]}""");

        read.Errors.Should().BeEmpty();
        read.Warnings.Should().ContainSingle().Which.Should().Match<Diagnostic>(w => w.Location.JsonPath == "$.owner" && w.Code == FormatDiagnosticCodes.JsonUnknownField);
        read.Input!.Budget!.Adjusted.Should().Be(233875.26m);
        read.Input.Indicators[0].Points.Should().Be(10m);
        read.Input.Indicators[0].Actual!.Text.Should().Be("95");
    }

    [Fact]
    public void Parser_diagnostics_on_targets_become_findings_of_their_indicator()
    {
        var project = ScoringJson.ReadProject("""{"name": "x", "indicators": [{"category": "产出指标", "name": "系统验收", "target": "2023年2月30日前", "points": 90, "actual": "2023年2月1日"}]}""").Input!;

        var assessment = new Evaluator().Evaluate(project);

        assessment.Findings.Should().Contain(f => f.Location.Indicator == "系统验收" && f.Code == DiagnosticCodes.InvalidDate);
        assessment.Findings.Should().Contain(f => f.Location.Indicator == "系统验收" && f.Code == DiagnosticCodes.UnscorableTarget);
        assessment.Indicators[0].Score.Should().BeNull();
    }
}
