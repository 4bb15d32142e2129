using FluentAssertions;
using PerfIndicators.Documents;
using PerfIndicators.Tests.Cli;
using PerfIndicators.Tests.Documents;
using PerfIndicators.Tests.Pdf;
using Xunit;

namespace PerfIndicators.Tests.Workbooks;

/// <summary>
/// The 目标表 layout is the core's, read from tab-separated text (cells copied out of a spreadsheet read the same), and the
/// commands that take a budget document take a 目标表 workbook.
/// </summary>
public sealed class TargetFormTextTests
{
    [Fact]
    public void Forms_pasted_as_tab_separated_text_read_as_the_workbook()
    {
        var workbook = WorkbookTestData.Document("national.xlsx");
        var pasted = BudgetDocumentReader.ReadText(workbook.Text).GetDocumentOrThrow();
        ExtractProjection.Of(pasted).Should().Equal(ExtractProjection.Of(workbook));
        pasted.Tables.Select(t => t.Layout).Should().OnlyContain(l => l == TableLayout.Form);
    }

    [Fact]
    public void A_form_with_a_split_header_and_no_merges_reads_its_three_value_cells_as_one_target()
    {
        // 永德 明朗中学 (corpus yongde-minglang-2022): 学生受资助人数 | ≧ | 735 | 人次.
        const string Text = "项目支出绩效目标表\n项目名称\t义务教育营养改善计划专项资金\n项目资金（元）\t年度资金总额\t387664.62\n"
            + "一级指标\t二级指标\t三级指标\t指标值\t\t\n\t\t\t指标性质\t指标值\t度量单位\n产出指标\t数量指标\t学生受资助人数\t≧\t735\t人次\n\t质量指标\t营养改善计划覆盖率\t≧\t100\t%\n";
        var project = BudgetDocumentReader.ReadText(Text).GetDocumentOrThrow().Projects.Should().ContainSingle().Subject;
        project.Amount.Should().Be(new Amount(387664.62m, AmountUnit.Yuan));
        project.Indicators.Select(i => (i.Category, i.Name, ExtractProjection.Target(i.Target))).Should().Equal(
            (IndicatorCategory.Output, "学生受资助人数", "quantitative >= 735人次"),
            (IndicatorCategory.Output, "营养改善计划覆盖率", "quantitative >= 100%"));
    }

    [Fact]
    public void Budget_documents_without_forms_read_as_before()
    {
        foreach (var seed in DocumentTestData.Seeds)
        {
            DocumentTestData.Read(seed).Tables.Should().NotContain(t => t.Layout == TableLayout.Form, seed);
        }
    }

    [Fact]
    public void Perfind_template_makes_a_template_from_a_form_of_a_workbook()
    {
        var output = Path.Combine(Path.GetTempPath(), "perfind-form-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var (exit, _, error) = CliRunner.Run("template", WorkbookTestData.PathOf("national.xls"), "--project", "驻京联络处工作经费", "-o", output);
            exit.Should().Be(0, error);
            error.Should().Contain("指标 6 个");
            File.ReadAllText(output).Should().Contain("亿元以上招商签约项目");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void A_review_takes_each_project_of_a_form_workbook_as_an_input_and_a_filled_template_as_one()
    {
        var template = Path.Combine(Path.GetTempPath(), "perfind-form-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            CliRunner.Run("template", WorkbookTestData.PathOf("split.xlsx"), "--project", "1", "-o", template).ExitCode.Should().Be(0);
            var options = Formats.Templates.FilledTemplateFormat.ReviewSources with { ReadsDocuments = true };
            var inputs = Formats.Files.ProjectSources.FromPaths([WorkbookTestData.PathOf("national.xls"), WorkbookTestData.PathOf("truncated.xls"), template], options);
            inputs.Sources.Select(s => Path.GetFileName(s.Name)).Should().Equal(
                "national.xls#1 驻京联络处工作经费", "national.xls#2 数字政府建设专项", "national.xls#3 合作交流工作业务费", "national.xls#4 委托业务项目",
                "truncated.xls", Path.GetFileName(template));
            var first = inputs.Sources[0].Read().Input!;
            first.Name.Should().Be("驻京联络处工作经费");
            first.Indicators.Should().HaveCount(6);
            inputs.Sources[4].Read().Errors.Should().ContainSingle(e => e.Code == Formats.FormatDiagnosticCodes.XlsDamaged);
            inputs.Sources[5].Read().Input.Should().NotBeNull("a filled template stays a template");

            var (exit, _, error) = CliRunner.Run("review", WorkbookTestData.PathOf("split.xls"), "-o", "-");
            exit.Should().Be(0, error);
            // A 目标表 holds targets and no actuals: each of its projects is an input, counted as not reported (未填报).
            error.Should().Contain("未填报 2 个").And.Contain("共 2 个文件");
        }
        finally
        {
            File.Delete(template);
        }
    }
}
