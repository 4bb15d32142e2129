using FluentAssertions;
using PerfIndicators.Documents;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Plain regression tests for what coverage-guided fuzzing found (the original inputs are in TestData/Hardening and are
/// replayed by <see cref="FuzzCorpusTests"/>). Each row is the smallest text that showed the bug.
/// </summary>
public sealed class FuzzFindingTests
{
    [Theory]
    // A 29-digit number in a tolerance band (得…分 or ±…%) overflowed decimal inside the scoring-rule grammar: PI1099.
    [InlineData("±10%以内得5分，±88888888888888888888888888888%以外不得分")]
    [InlineData("±10%以内得88888888888888888888888888888分，±20%以外不得分")]
    public void A_number_too_large_for_decimal_inside_a_scoring_rule_is_not_an_internal_error(string target)
    {
        var parsed = IndicatorParser.ParseTarget(target);

        parsed.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError);
        parsed.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.InvalidNumber, "the number cannot be kept exactly, which is an error, not a qualitative target");
        parsed.Value.Should().BeOfType<UnrecognizedTarget>();
        IndicatorParser.ParseCell("满意度指标:投诉率,年度指标值:" + target).Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError);
    }

    [Theory]
    // A 26-digit number with 万 or 亿 fits decimal as written but not once scaled: comparing the target with the actual (or
    // with a second value) in a table row multiplied them and threw OverflowException, reported as PI1099 (third fuzzing
    // round, rerun of the cell target; input in TestData/Hardening/cell). The row reads as it does with small numbers.
    [InlineData("产出指标\t数量指标\t资金总额\t22222222222222222222222222万\t22222222222222222222222222万元")]
    [InlineData("1、数量指标:资金总额\r22222222222222222222222222万\r22222222222222222222222222亿")]
    [InlineData("=02\r22222222222222222222222222万\r2023\r2022年")]
    public void A_number_that_overflows_once_scaled_by_wan_is_not_an_internal_error(string cell)
    {
        const string Large = "22222222222222222222222222";
        var parsed = IndicatorParser.ParseCell(cell);
        var small = IndicatorParser.ParseCell(cell.Replace(Large, "200", StringComparison.Ordinal));

        parsed.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError);
        parsed.Indicators.Select(i => i.Name.Replace(Large, "200", StringComparison.Ordinal) + "|" + i.Target.Text.Replace(Large, "200", StringComparison.Ordinal))
            .Should().Equal(small.Indicators.Select(i => i.Name + "|" + i.Target.Text), "the size of a number does not change how the row is read");
        parsed.Diagnostics.Select(d => d.Code).Should().Equal(small.Diagnostics.Select(d => d.Code));
    }

    [Theory]
    // The same numbers in a rate (万%), where lint compares the target with the policy's 0–100 % range.
    [InlineData("22222222222222222222222222万%")]
    [InlineData("≥22222222222222222222222222亿%")]
    public void A_rate_that_overflows_once_scaled_is_linted_without_an_exception(string target)
    {
        var parsed = IndicatorParser.ParseCell("1、数量指标:资金支付率,年度指标值:" + target);
        parsed.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError);

        var project = new AssessmentInput("资金支付", [IndicatorInput.FromText("资金支付率", target, category: "产出指标", subcategory: "数量指标")]);
        var report = new PerfIndicators.Lint.TargetLinter(PerfIndicators.Lint.LintPolicy.National).Lint(project);

        report.Findings.Should().Contain(f => f.Diagnostic.Message.Contains("超出", StringComparison.Ordinal), "a rate that large is out of range");
    }

    [Theory]
    // A cell of table rules or of a header alone gave no indicator and no diagnostic: the fuzzer's invariant "a non-blank cell
    // is never lost" after 2.3 million executions (second round; inputs in TestData/Hardening/cell). A reader of the
    // result could not tell such a cell from one that was never read.
    [InlineData("|\n|", DiagnosticCodes.EmptyCell)]
    [InlineData("\r|", DiagnosticCodes.EmptyCell)]
    [InlineData("|\n||", DiagnosticCodes.EmptyCell)]
    [InlineData("|\n|\n|\n|\n\v|\n|\n\u2002|||", DiagnosticCodes.EmptyCell)]
    [InlineData("指标值\r", DiagnosticCodes.HeaderRowSkipped)]
    [InlineData("年度指标值\n", DiagnosticCodes.HeaderRowSkipped)]
    public void A_cell_of_only_rules_or_a_header_says_so(string cell, string code)
    {
        var parsed = IndicatorParser.ParseCell(cell);

        parsed.Indicators.Should().BeEmpty();
        parsed.Diagnostics.Should().ContainSingle(d => d.Code == code);
        parsed.HasErrors.Should().BeFalse("nothing is wrong with the text; there is only no indicator in it");
    }

    [Theory]
    // A row with more cells than the header has columns: the message for the extra cell read the label of a column that
    // does not exist (null) and threw NullReferenceException out of BudgetDocumentReader.Read. (The fuzzer's inputs, in
    // TestData/Hardening/document, also reach the same message for text in a table without text columns.)
    [InlineData("123")]
    [InlineData("多出的文字")]
    public void A_row_with_more_cells_than_the_header_keeps_the_project_and_flags_the_extra_cell(string extra)
    {
        const string Head = "2023年重点项目支出绩效明细表\n\n单位：万元\n\n单位代码\t单位名称\t一级项目名称\t二级项目名称\t项目类别\t总计\t绩效指标\n";
        var text = Head + "302001\t湖州市人民政府办公室\t综合管理\t工作经费\t其他运转类\t4\t数量指标:出刊≥10期\t\t" + extra + "\n";

        var result = BudgetDocumentReader.ReadText(text);

        var document = result.GetDocumentOrThrow();
        document.Projects.Should().ContainSingle().Which.Indicators.Should().ContainSingle();
        if (extra == "123")
        {
            document.AllDiagnostics.Should().Contain(d => d.Code == DiagnosticCodes.MisplacedCell && d.Message.Contains("表头之外", StringComparison.Ordinal));
        }
    }

    [Theory]
    // A policy file with the same key twice made System.Text.Json's JsonObject throw ArgumentException out of
    // ScoringPolicy.Parse, which promises ScoringPolicyException and nothing else.
    [InlineData("""{ "id": "dup", "version": "1", "version": "2", "extends": "national" }""")]
    [InlineData("""{ "id": "dup", "extends": "national", "fiscalYears": { "from": 2020, "to": null, "to": 2030 } }""")]
    [InlineData("""{ "id": "dup", "extends": "national", "extends": "hubei" }""")]
    public void A_policy_with_a_duplicate_key_is_refused_with_a_policy_exception(string json)
    {
        var refused = FluentActions.Invoking(() => ScoringPolicy.Parse(json, "dup.json")).Should().Throw<ScoringPolicyException>().Which;

        refused.Message.Should().Contain("dup.json");
    }

    [Theory]
    // A workflow that is not an object (a number, a string) made the size check index into a JsonValue:
    // InvalidOperationException out of ScoringPolicy.Parse (policy fuzz target, second round; inputs in TestData/Hardening/policy).
    [InlineData("""{ "id": "bad", "extends": "national", "workflows": [2] }""")]
    [InlineData("""{ "id": "bad", "extends": "national", "workflows": ["subcategory", { "workflowName": "indicator", "rules": [] }] }""")]
    [InlineData("""{ "id": "bad", "workflows": [null, true] }""")]
    public void A_workflow_that_is_not_an_object_is_refused_with_a_policy_exception(string json)
    {
        var refused = FluentActions.Invoking(() => ScoringPolicy.Parse(json, "bad.json")).Should().Throw<ScoringPolicyException>().Which;

        refused.Message.Should().Contain("bad.json");
    }
}
