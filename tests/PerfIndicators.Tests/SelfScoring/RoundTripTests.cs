using System.Text;
using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.SelfScoring;

/// <summary>
/// Template → filled in programmatically with what people really type → read back → scored, compared with golden files
/// reviewed by hand. The actuals are invented; the projects and targets are the Huzhou 2023 seed's.
/// </summary>
public class RoundTripTests
{
    /// <summary>
    /// 驻京联络处工作经费 (project 2) as xlsx: a plain number in a number cell (96 → 96个), text (42期), a formula with its saved
    /// result (=30+1 → 31), a date cell, 0.97 formatted as a percent, a qualitative row with the tier drop-down and a score,
    /// 全年执行数 typed as text, and a missing 偏差原因 on the partly met quantity.
    /// </summary>
    internal static byte[] FilledLiaisonXlsx()
    {
        using var fill = new XlsxFiller(SelfScoringKit.Xlsx(2));
        return fill
            .Number("D5", 163.33m, 49U).Text("D5", "163.33").Text("H5", "部分招商活动延至次年举办")
            .Number("E10", 96m)
            .Text("E11", "42期")
            .Formula("E12", "30+1", cachedNumber: 31m)
            .Date("E13", 2023, 12, 20)
            .Number("E14", 0.97m, 9U)
            .Text("E15", "举办招商推介会3场，签约意向项目12个").Text("I15", "部分达成年度指标并具有一定效果").Number("G15", 22m)
            .Text("H15", "推介会场次少于计划，明年增加异地推介")
            .ToArray();
    }

    /// <summary>
    /// 综合业务工作经费 (project 1) as CSV: 12 (a plain number: 12期), 1,234 with a thousands separator, a blank, 达到18个
    /// partly met without a reason, and 1 against =100% (a fraction read as 100%).
    /// </summary>
    internal static byte[] FilledGeneralCsv()
    {
        var grid = new SelfScoringKit.CsvGrid(SelfScoringKit.Csv(1));
        grid[14, 4].Should().Be("'=100%", "a target starting with = is written so that Excel shows it as text");
        return grid
            .Set(5, 4, "3.86").Set(5, 8, "结余用于次年")
            .Set(10, 5, "12")
            .Set(11, 5, "1,234")
            .Set(13, 5, "达到18个")
            .Set(14, 5, "1")
            .ToBytes();
    }

    [Fact]
    public void An_xlsx_template_filled_with_what_people_type_scores_as_reviewed()
    {
        var filled = SelfScoringKit.ReadXlsx(FilledLiaisonXlsx());

        filled.Input.Should().NotBeNull();
        SelfScoringKit.AssertGolden("roundtrip-liaison.xlsx.expected", SelfScoringKit.Dump(filled));
    }

    [Fact]
    public void A_csv_template_filled_in_a_text_editor_scores_as_reviewed()
    {
        var filled = SelfScoringKit.ReadCsv(FilledGeneralCsv(), "综合业务工作经费");

        filled.Input.Should().NotBeNull();
        SelfScoringKit.AssertGolden("roundtrip-general.csv.expected", SelfScoringKit.Dump(filled));
    }

    [Fact]
    public void The_awkward_inputs_are_read_as_meant()
    {
        var indicators = SelfScoringKit.ReadXlsx(FilledLiaisonXlsx()).Input!.Indicators;

        indicators.Select(i => i.Actual!.Text).Should().Equal("96个", "42期", "31个", "2023年12月20日", "97%", "举办招商推介会3场，签约意向项目12个");
        indicators[3].Actual!.Kind.Should().Be(ActualKind.Date);
        indicators[5].Actual!.Tier.Should().Be(AchievementTier.PartiallyAchieved);
        indicators[5].EvaluatorScore.Should().Be(22m);
        indicators.Select(i => i.Points).Should().AllSatisfy(p => p.Should().BeNull("allocated points are allocated again by the scoring policy"));
    }

    [Fact]
    public void A_project_json_goes_through_a_template_unchanged()
    {
        var project = ScoringJson.ReadProject(File.ReadAllText(Scoring.ScoringKit.TestData("huzhou-liaison-2023.json"))).Input!;
        var direct = new Evaluator(ScoringPolicy.National).Evaluate(project);
        var template = SelfAssessmentTemplate.FromInput(project, ScoringPolicy.National, "huzhou-liaison-2023.json");

        foreach (var filled in new[] { SelfScoringKit.ReadXlsx(TemplateWriter.ToXlsx(template)), SelfScoringKit.ReadCsv(TemplateWriter.ToCsv(template)) })
        {
            filled.Diagnostics.Should().BeEmpty();
            var scored = SelfScoringKit.Score(filled);
            scored.Total.Should().Be(87.25m);
            scored.Fingerprint.Should().Be(direct.Fingerprint, "the same answers read back from the form are the same inputs");
            scored.Findings.Should().Equal(direct.Findings);
        }
    }

    [Fact]
    public void A_csv_saved_again_by_excel_on_chinese_windows_reads_the_same()
    {
        var original = SelfScoringKit.ReadCsv(FilledGeneralCsv());
        var text = Encoding.UTF8.GetString(new SelfScoringKit.CsvGrid(FilledGeneralCsv()).ToBytes(padToWidth: true)).TrimStart('\uFEFF');
        var gbk = CodePagesEncoding().GetBytes(text);

        var resaved = SelfScoringKit.ReadCsv(gbk);

        resaved.Diagnostics.Select(d => d.Code).Should().Equal(original.Diagnostics.Select(d => d.Code).Prepend(FormatDiagnosticCodes.CsvEncodingGuessed));
        SelfScoringKit.Score(resaved).Fingerprint.Should().Be(SelfScoringKit.Score(original).Fingerprint);
    }

    [Fact]
    public void A_metadata_line_split_at_its_commas_by_a_spreadsheet_program_is_joined_again()
    {
        var csv = Encoding.UTF8.GetString(SelfScoringKit.Csv(2));
        var split = csv.Replace("开展招商引资推荐会\\c扩大招商引资范围\\c提升湖州知名度", "开展招商引资推荐会\\c,扩大招商引资范围\\c,提升湖州知名度", StringComparison.Ordinal);

        SelfScoringKit.ReadCsv(Encoding.UTF8.GetBytes(split)).Diagnostics.Should().ContainSingle()
            .Which.Code.Should().Be(DiagnosticCodes.TemplateMetadataDamaged, "a comma inside a value is never written, so one found there is an edit");
        SelfScoringKit.ReadCsv(Encoding.UTF8.GetBytes(csv.Replace("\r\n#!", ",,,\r\n#!", StringComparison.Ordinal))).Diagnostics.Should().BeEmpty("padding commas are dropped");
    }

    [Fact]
    public void Every_non_blank_row_of_the_indicator_table_is_accounted_for()
    {
        using var fill = new XlsxFiller(SelfScoringKit.Xlsx(2));
        var bytes = fill.InsertRow(12).Text("A12", "产出指标").Text("C12", "新增走访企业").Text("D12", "≥10家").Number("F12", 5m).Text("E12", "12家").ToArray();

        var filled = SelfScoringKit.ReadXlsx(bytes);
        var sheet = WorkbookReader.Read(new MemoryStream(bytes)).Workbook!.GetSheet("自评表")!;
        var tableRows = sheet.Rows.Where(r => r.Number is > 9 and < 17 && r.Cells.Any(c => c.Text.Length > 0)).Select(r => r.Number);

        filled.Rows.Where(r => r.SheetRow is not null).Select(r => r.SheetRow!.Value).Should().BeEquivalentTo(tableRows);
        filled.Rows.Should().ContainSingle(r => r.Status == FilledRowStatus.Added).Which.SheetRow.Should().Be(12);
        SelfScoringKit.Score(filled).Indicators.Should().HaveCount(6, "the added row is reported, not scored");
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
