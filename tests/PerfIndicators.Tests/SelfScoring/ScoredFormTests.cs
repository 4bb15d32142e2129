using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.SelfScoring;

/// <summary>The outputs of a scored template: the xlsx form with its 评分说明 sheet, and the HTML page.</summary>
public class ScoredFormTests
{
    private static readonly Lazy<(FilledTemplate Filled, SelfAssessment Assessment, byte[] Xlsx)> Scored = new(() =>
    {
        using var fill = new XlsxFiller(RoundTripTests.FilledLiaisonXlsx());
        var filled = SelfScoringKit.ReadXlsx(fill.InsertRow(13).Text("C13", "走访在京企业").Text("D13", "≥20家").ToArray());
        var assessment = SelfScoringKit.Score(filled);
        return (filled, assessment, ScoredFormWriter.ToXlsx(assessment, filled: filled));
    });

    [Fact]
    public void The_scored_xlsx_is_the_form_with_results_and_a_sheet_explaining_every_point_as_reviewed()
    {
        var read = WorkbookReader.Read(new MemoryStream(Scored.Value.Xlsx));

        read.Diagnostics.Should().BeEmpty();
        var dump = new StringBuilder();
        foreach (var sheet in read.Workbook!.Sheets.Where(s => s.Visibility == SheetVisibility.Visible))
        {
            dump.Append("== ").Append(sheet.Name).Append(" ==\n");
            foreach (var row in sheet.Rows.Where(r => r.Cells.Any(c => c.Text.Length > 0)))
            {
                dump.Append(row.Number).Append(": ").AppendJoin(" | ", row.Cells.Where(c => c.Text.Length > 0).Select(c => c.ColumnName + "=" + c.Text.ReplaceLineEndings(" "))).Append('\n');
            }
        }

        SelfScoringKit.AssertGolden("scored-liaison.xlsx.expected", dump.ToString());
    }

    [Fact]
    public void The_scored_xlsx_has_the_numbers_in_the_form_cells()
    {
        var form = WorkbookReader.Read(new MemoryStream(Scored.Value.Xlsx)).Workbook!.GetSheet("自评表")!;
        var assessment = Scored.Value.Assessment;

        form.GetCell("G5")!.Number.Should().Be(8.62m);
        form.GetCell("F5")!.NumberFormat.Should().Be("0.00%");
        form.GetCell("F5")!.Number.Should().Be(0.8619m);
        form.GetCell("G12")!.Number.Should().Be(9.69m);
        form.GetText("I15").Should().Be("部分达成年度指标并具有一定效果");
        form.GetCell("G16")!.Number.Should().Be(assessment.Total);
        form.GetText("I16").Should().Be(assessment.Grade);
        form.IsProtected.Should().BeFalse("the scored form is a result, not a form to fill");
    }

    [Fact]
    public void The_scored_xlsx_is_valid_open_xml_deterministic_and_marked_as_a_result()
    {
        var (filled, assessment, xlsx) = Scored.Value;

        xlsx.Should().Equal(ScoredFormWriter.ToXlsx(assessment, filled: filled));
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        new OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
        var metadata = WorkbookReader.Read(new MemoryStream(xlsx)).Workbook!.ReadMetadata("_perfind")!;
        metadata["format"].Should().Be(FormLabels.ScoredFormat);
        metadata["assessment.fingerprint"].Should().Be(assessment.Fingerprint);
        metadata["template.fingerprint"].Should().Be(filled.Template!.Fingerprint);
    }

    [Fact]
    public void A_project_json_scores_to_an_xlsx_form_too()
    {
        var project = ScoringJson.ReadProject(File.ReadAllText(Scoring.ScoringKit.TestData("huzhou-liaison-2023.json"))).Input!;
        var assessment = new Evaluator(ScoringPolicy.National).Evaluate(project);

        var form = WorkbookReader.Read(new MemoryStream(ScoredFormWriter.ToXlsx(assessment, project))).Workbook!.GetSheet("自评表")!;

        form.GetText("B2").Should().Be("驻京联络处工作经费");
        form.GetText("H5").Should().Be("部分招商活动延至次年举办");
        form.GetCell("G16")!.Number.Should().Be(87.25m);
    }

    [Fact]
    public void The_html_page_is_self_contained_and_escapes_what_people_typed()
    {
        var project = new AssessmentInput("示例<项目>", [Scoring.ScoringKit.Row("满意率 & 投诉", IndicatorCategory.Satisfaction, "≥95%", "<b>90%</b>", 10m, "原因：\"样本少\"\n明年扩大")])
        {
            FiscalYear = 2023,
            Budget = Scoring.ScoringKit.Budget(100m, 90m),
        };
        var html = SelfAssessmentHtml.ToHtml(new Evaluator().Evaluate(project));

        html.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n");
        html.Should().Contain("<h1>项目支出绩效自评表（2023年度）</h1>").And.Contain("示例&lt;项目&gt;").And.Contain("满意率 &amp; 投诉");
        html.Should().Contain("原因：&quot;样本少&quot;<br>明年扩大");
        html.Should().NotContain("<b>90%</b>").And.NotContainAny("<script", "http://", "https://", "src=", "<link", "@import", "url(");
        html.Should().Contain("<th rowspan=\"3\">绩效指标</th>", "the 绩效指标 label spans the header, one indicator and one subtotal");
    }

    [Fact]
    public void The_html_page_lists_findings_including_template_problems()
    {
        var html = SelfAssessmentHtml.ToHtml(Scored.Value.Assessment);

        html.Should().Contain("PI5113").And.Contain("走访在京企业").And.Contain("PI3001");
        html.Should().Contain("<td class=\"n\">" + Scored.Value.Assessment.Total + "</td>");
    }
}

/// <summary>Filled templates as review inputs, through the review's own file expansion.</summary>
public sealed class FilledTemplateFormatTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfind-review-templates-" + Guid.NewGuid().ToString("N"));

    public FilledTemplateFormatTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_folder_of_filled_templates_reads_like_project_files()
    {
        File.WriteAllBytes(Path.Combine(folder, "1-联络处.xlsx"), RoundTripTests.FilledLiaisonXlsx());
        File.WriteAllBytes(Path.Combine(folder, "2-综合业务.csv"), RoundTripTests.FilledGeneralCsv());
        File.WriteAllText(Path.Combine(folder, "3-not-a-template.csv"), "一级指标,二级指标\r\n");
        var options = ProjectSourceOptions.Default with { Formats = [JsonProjectFormat.Instance, FilledTemplateFormat.Instance] };

        var results = ProjectSources.FromPaths([folder], options).Sources.Select(s => s.Read()).ToList();

        results.Should().HaveCount(3);
        results[0].Input!.Name.Should().Be("驻京联络处工作经费");
        results[1].Input!.Name.Should().Be("综合业务工作经费");
        new Evaluator().Evaluate(results[0].Input!).Total.Should().Be(SelfScoringKit.Score(SelfScoringKit.ReadXlsx(RoundTripTests.FilledLiaisonXlsx())).Total);
        results[2].Succeeded.Should().BeFalse();
        results[2].Errors.Should().ContainSingle().Which.Code.Should().Be("PI5101");
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read_too()
    {
        using var stream = new NonSeekable(RoundTripTests.FilledLiaisonXlsx());

        FilledTemplateFormat.Instance.Read(stream).Input!.Indicators.Should().HaveCount(6);
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
