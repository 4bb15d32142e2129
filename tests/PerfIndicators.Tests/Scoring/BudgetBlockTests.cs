using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Documents;
using PerfIndicators.Scoring;
using PerfIndicators.Tests.Corpus;
using PerfIndicators.Tests.SelfScoring;
using Xunit;
using Xunit.Abstractions;

namespace PerfIndicators.Tests.Scoring;

/// <summary>
/// Budget blocks as 自评表 print them (issue 11 §8): amounts with units and separators, 执行率 in any of the usual ways, read the
/// same from project JSON and from a filled template. The printed values are those of ../shared/corpus/selfeval-docs.jsonl
/// (copied in Corpus/Data): lingling-linye-zhengti-2021 (4753.66万元 / 3824.26万元, 执行率 printed 100%), yongde-minglang-2022
/// (387664.62 元), chizhou-tangxi-2022 (89.974), zhongjiang-shuili-2022 (100.00%), chengan-minzheng-gaoling-2020 (100.00),
/// hubei-district-jinbu-2020 (1).
/// </summary>
public sealed class BudgetBlockTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(null, "4753.66万元", "4753.66", "万元")]
    [InlineData(null, "387664.62", "387664.62", null)]
    [InlineData(null, "387,664.62", "387664.62", null)]
    [InlineData(null, "89.974", "89.974", null)]
    [InlineData("万元", "1.2亿", "12000", "万元")]
    [InlineData("万元", "1.2亿元", "12000", "万元")]
    [InlineData("元", "4753.66万元", "47536600", "元")]
    [InlineData("万元", "387,664.62元", "38.766462", "万元")]
    [InlineData("万元", "２８.８萬元", "28.8", "万元")]
    [InlineData("元", "￥90,000元", "90000", "元")]
    public void An_amount_as_printed_is_read_in_the_projects_unit(string? unit, string printed, string expected, string? expectedUnit)
    {
        var read = ScoringJson.ReadProject(Project(new { unit, adjusted = printed }));

        read.Errors.Should().BeEmpty();
        var budget = read.Input!.Budget!;
        budget.Adjusted.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        budget.Unit?.Label().Should().Be(expectedUnit);
    }

    [Fact]
    public void An_amount_in_another_unit_is_converted_and_said_so_at_its_json_path()
    {
        var read = ScoringJson.ReadProject(Project(new { adjusted = "4753.66万元", executed = "38,242,600元" }));

        var project = read.Input!;
        project.Budget!.Unit.Should().Be(AmountUnit.TenThousandYuan, "the first amount printed with a unit sets the block's unit");
        project.Budget.Executed.Should().Be(3824.26m);
        project.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.AmountConverted)
            .Which.Text.Should().Be("$.budget.executed: 金额「38,242,600元」按项目金额单位万元计为 3824.26 (amount converted to the project's unit)");
    }

    [Theory]
    [InlineData("93%")]
    [InlineData("93.00%")]
    [InlineData("93")]
    [InlineData("0.93")]
    [InlineData(0.93)]
    [InlineData(93)]
    public void The_execution_rate_is_read_as_printed(object printed)
    {
        var budget = ScoringJson.ReadProject(Project(new { adjusted = 100, rate = printed })).Input!.Budget!;

        budget.Rate.Should().Be(0.93m);
    }

    [Fact]
    public void A_printed_rate_that_differs_from_the_amounts_is_a_warning_and_the_amounts_decide()
    {
        // lingling-linye-zhengti-2021: 3824.26 ÷ 4753.66 ≈ 80.45% but the form prints 执行率 100%.
        var assessment = Evaluate(new { adjusted = "4753.66万元", executed = "3824.26万元", rate = "100%" });

        assessment.BudgetExecution.Rate.Should().BeApproximately(0.8045m, 0.0001m);
        assessment.BudgetExecution.Score.Should().Be(8.04m);
        assessment.Findings.Should().ContainSingle(f => f.Code == DiagnosticCodes.ExecutionRateMismatch)
            .Which.Message.Should().Contain("印出的执行率 100%").And.Contain("3824.26 ÷ 全年预算数 4753.66 = 80.45%");
    }

    [Fact]
    public void A_printed_rate_stands_in_for_a_missing_executed_amount()
    {
        var assessment = Evaluate(new { adjusted = "43.2", rate = "86%" });

        assessment.BudgetExecution.Executed.Should().Be(37.152m);
        assessment.BudgetExecution.Score.Should().Be(8.6m);
        assessment.Findings.Should().ContainSingle(f => f.Code == DiagnosticCodes.ExecutedFromRate).Which.Message.Should().Contain("86%");
    }

    [Theory]
    [InlineData("四千万")]
    [InlineData("4753.66美元")]
    public void An_amount_that_is_not_one_is_an_error_at_its_path(string printed)
    {
        var read = ScoringJson.ReadProject(Project(new { adjusted = printed }));

        read.Input.Should().BeNull();
        read.Errors.Should().ContainSingle().Which.Text.Should().StartWith("$.budget.adjusted: 应为数字");
    }

    [Fact]
    public void A_huge_amount_or_rate_text_is_refused_at_its_path_without_reading_it_all()
    {
        var huge = new string('9', 1_000_000) + "万元";

        var read = ScoringJson.ReadProject(Project(new { adjusted = huge, rate = huge }));

        read.Input.Should().BeNull();
        read.Errors.Select(e => e.Location.JsonPath).Should().BeEquivalentTo(["$.budget.adjusted", "$.budget.rate"]);
    }

    [Fact]
    public void A_filled_template_reads_amounts_as_printed_like_the_project_json()
    {
        // The seed template of Huzhou 2023 project 2 (驻京联络处工作经费, 万元): 全年预算数 and 全年执行数 typed as a budget block prints them.
        var csv = SelfScoringKit.Csv(2);
        var grid = new SelfScoringKit.CsvGrid(csv);
        var row = grid.RowOf("年度资金总额");
        grid.Set(row, 3, "189.5万元").Set(row, 4, "1,762,400元");

        var filled = SelfScoringKit.ReadCsv(grid.ToBytes());

        var budget = filled.Input!.Budget!;
        budget.Adjusted.Should().Be(189.5m);
        budget.Executed.Should().Be(176.24m);
        filled.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.AmountConverted)
            .Which.Location.Column.Should().Be(4);
        var json = ScoringJson.ReadProject(Project(new { unit = "万元", adjusted = "189.5万元", executed = "1,762,400元" })).Input!.Budget!;
        (json.Adjusted, json.Executed).Should().Be((budget.Adjusted, budget.Executed));
    }

    /// <summary>Every corpus budget block with both amounts printed is read; its printed 执行率, where there is one, agrees or is reported.</summary>
    [Fact]
    public void Every_corpus_budget_block_is_read_and_its_printed_rate_checked()
    {
        var read = 0;
        var reported = new List<string>();
        foreach (var doc in CorpusData.Docs.Where(d => d.BudgetFullYear is not null && d.Executed is not null))
        {
            var rate = doc.ExecRate?.Split('(')[0];
            var assessment = Evaluate(new { adjusted = doc.BudgetFullYear, executed = doc.Executed, rate });
            assessment.BudgetExecution.Rate.Should().NotBeNull(doc.Doc);
            read++;
            if (assessment.Findings.Any(f => f.Code == DiagnosticCodes.ExecutionRateMismatch))
            {
                reported.Add(doc.Doc);
            }

            if (doc.ExecPoints == 10m && doc.ExecScore is decimal published && assessment.BudgetExecution.Score is decimal ours)
            {
                output.WriteLine($"{doc.Doc}: {doc.BudgetFullYear} / {doc.Executed} rate {rate ?? "—"}: published {published}, ours {ours}");
            }
        }

        output.WriteLine($"{read} budget blocks read; printed rate differs in: {string.Join(", ", reported)}");
        read.Should().Be(20);
        reported.Should().Equal(["lingling-linye-zhengti-2021"], "only lingling prints 执行率 100% against 80.45% spent (jinzhai prints its 102.59% right)");
    }

    private static string Project(object budget) =>
        JsonSerializer.Serialize(new { name = "预算测试", fiscalYear = 2021, budget, indicators = new[] { new { category = "产出指标", name = "资金到位率", target = "100%", points = 90, actual = "100%" } } });

    private static SelfAssessment Evaluate(object budget)
    {
        var read = ScoringJson.ReadProject(Project(budget));
        read.Errors.Should().BeEmpty();
        return new Evaluator().Evaluate(read.Input!);
    }
}
