using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FluentAssertions;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.SelfScoring;

/// <summary>Templates made from the Huzhou 2023 seed (see <see cref="SelfScoringKit"/>): layout, locking, drop-downs, metadata, points.</summary>
public class TemplateTests
{
    private static readonly Lazy<Workbook> Liaison = new(() =>
    {
        var read = WorkbookReader.Read(new MemoryStream(SelfScoringKit.Xlsx(2)));
        read.Diagnostics.Should().BeEmpty();
        return read.Workbook!;
    });

    private static Worksheet Form => Liaison.Value.GetSheet(FormLabels.FormSheet)!;

    [Fact]
    public void The_csv_template_of_the_liaison_office_project_is_the_reviewed_form()
    {
        var csv = SelfScoringKit.Csv(2);

        csv.Take(3).Should().Equal(Encoding.UTF8.GetPreamble(), "Excel on Chinese Windows needs the byte-order mark");
        SelfScoringKit.AssertGolden("huzhou-2023-liaison.template.csv.expected", Encoding.UTF8.GetString(csv, 3, csv.Length - 3).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_xlsx_form_has_the_project_header_budget_block_and_indicator_rows_of_the_national_layout()
    {
        Form.GetText("A1").Should().Be("项目支出绩效自评表（2023年度）");
        (Form.GetText("A2"), Form.GetText("B2")).Should().Be(("项目名称", "驻京联络处工作经费"));
        (Form.GetText("A3"), Form.GetText("B3"), Form.GetText("E3"), Form.GetText("F3")).Should().Be(("主管部门", "湖州市人民政府办公室", "实施单位", "湖州市人民政府办公室"));
        Enumerable.Range(1, 8).Select(c => Form.GetCell(4, c)!.Text).Should().Equal("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "执行偏差原因");
        (Form.GetCell("B5")!.Number, Form.GetCell("C5")!.Number, Form.GetCell("E5")!.Number).Should().Be((189.5m, 189.5m, 10m));
        Form.GetText("D5").Should().BeEmpty("全年执行数 is for the project manager");
        Enumerable.Range(1, 9).Select(c => Form.GetCell(9, c)!.Text).Should().Equal(FormLabels.IndicatorHeaders);
        Enumerable.Range(10, 6).Select(r => (Form.GetText($"C{r}"), Form.GetText($"D{r}"), Form.GetCell($"F{r}")!.Number)).Should().Equal(
            ("亿元以上招商签约项目", "≥90个", 12.5m),
            ("编发招商招才简报信息", "≥40期", 12.5m),
            ("进高层次人才项目", "≥40个", 12.5m),
            ("完成年度目标", "2023年", 12.5m),
            ("市领导和部门对接待工作的满意率", "≥95%", 10m),
            ("开展招商引资推荐会,扩大招商引资范围,提升湖州知名度", "有效扩大、增加", 30m));
        (Form.GetText("A16"), Form.GetCell("F16")!.Number, Form.GetText("H16")).Should().Be(("总分", 100m, "等级"));
        Form.GetText("A17").Should().StartWith("填写说明");
        Form.FrozenRows.Should().Be(9);
    }

    [Fact]
    public void Only_the_fill_in_cells_are_unlocked_and_the_sheet_is_protected()
    {
        Form.IsProtected.Should().BeTrue();
        var unlocked = Form.Rows.SelectMany(r => r.Cells).Where(c => !c.IsLocked).Select(c => c.Reference).ToHashSet();

        string[] expected =
        [
            "C5", "D5", "H5", "I5", "B6", "C6", "D6", "B7", "C7", "D7", "B8", "C8", "D8",
            "E10", "H10", "E11", "H11", "E12", "H12", "E13", "H13", "E14", "H14",
            "E15", "G15", "H15", "I15",
        ];
        unlocked.Should().BeEquivalentTo(expected, "targets, names, points, labels and results stay locked; the qualitative row takes a tier and a score");
        Form.GetCell("D10")!.IsLocked.Should().BeTrue();
        Form.GetCell("F10")!.IsLocked.Should().BeTrue();
        Form.GetCell("G10")!.IsLocked.Should().BeTrue("得分 of a quantitative row is computed");
        Form.GetCell("I10")!.IsLocked.Should().BeTrue("a tier only applies to qualitative rows");
    }

    [Fact]
    public void The_qualitative_row_offers_the_three_tiers_in_a_drop_down()
    {
        var validation = Form.GetValidations(CellAddress.Parse("I15")).Should().ContainSingle().Subject;

        validation.Type.Should().Be(DataValidationType.List);
        validation.ListItems.Should().Equal("达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差");
        Form.GetValidations(CellAddress.Parse("I14")).Should().BeEmpty();
        Form.GetValidations(CellAddress.Parse("G15")).Should().ContainSingle().Which.Formula2.Should().Be("30", "a manual score lies between 0 and the points");
    }

    [Fact]
    public void A_very_hidden_metadata_sheet_holds_the_version_the_source_and_a_key_per_row()
    {
        Liaison.Value.GetSheet("_perfind")!.Visibility.Should().Be(SheetVisibility.VeryHidden);
        var metadata = Liaison.Value.ReadMetadata("_perfind")!;
        var template = SelfScoringKit.Template(2);

        metadata["format"].Should().Be("perfind.self-assessment-template/1");
        metadata["project"].Should().Be("驻京联络处工作经费");
        metadata["source"].Should().Be("001_bcddf65ccbf67a67.txt#2");
        metadata["source.fingerprint"].Should().Be(template.SourceFingerprint).And.StartWith("sha256:");
        metadata["fingerprint"].Should().Be(template.Fingerprint);
        metadata["row.12"].Should().Be(template.Rows[2].Key + "|Output|Quantity|进高层次人才项目|≥40个|12.5|allocated|quantitative");
        metadata["row.15"].Should().Contain("开展招商引资推荐会\\c扩大招商引资范围\\c提升湖州知名度", "commas are escaped so that a CSV line stays one field");
        template.Rows.Select(r => r.Key).Should().OnlyHaveUniqueItems().And.AllSatisfy(k => k.Should().MatchRegex("^[0-9a-f]{16}$"));
    }

    [Fact]
    public void The_written_package_is_valid_open_xml_and_deterministic()
    {
        var first = SelfScoringKit.Xlsx(2);

        first.Should().Equal(SelfScoringKit.Xlsx(2));
        using var document = SpreadsheetDocument.Open(new MemoryStream(first), false);
        new OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
    }

    [Fact]
    public void Missing_points_are_allocated_by_the_chosen_policy()
    {
        var national = SelfScoringKit.Template(2);
        var hubei = SelfScoringKit.Template(2, "hubei");

        national.Rows.Select(r => r.Points).Should().Equal(12.5m, 12.5m, 12.5m, 12.5m, 10m, 30m);
        national.Rows.Should().OnlyContain(r => r.PointsAllocated);
        national.BudgetPoints.Should().Be(10m);
        national.Notes.Should().ContainSingle(n => n.Code == DiagnosticCodes.PointsAllocated);
        hubei.BudgetPoints.Should().Be(20m);
        hubei.Rows.Sum(r => r.Points).Should().Be(80m);
        hubei.Fingerprint.Should().NotBe(national.Fingerprint);
        hubei.SourceFingerprint.Should().Be(national.SourceFingerprint, "the source fingerprint names the project, whatever the policy");
    }

    [Fact]
    public void The_two_projects_listed_under_one_name_get_different_source_fingerprints()
    {
        var document = SelfScoringKit.Document;
        document.Projects[1].Name.Should().Be(document.Projects[4].Name);

        SelfScoringKit.Template(2).SourceFingerprint.Should().NotBe(SelfScoringKit.Template(5).SourceFingerprint, "189.5 万元 and 0.5 万元 are different projects");
    }

    [Fact]
    public void A_project_json_template_keeps_given_points_and_prefills_the_answers()
    {
        var project = ScoringJson.ReadProject(File.ReadAllText(Scoring.ScoringKit.TestData("huzhou-liaison-2023.json"))).Input!;

        var template = SelfAssessmentTemplate.FromInput(project, ScoringPolicy.National, "huzhou-liaison-2023.json");

        template.Rows.Select(r => (r.Points, r.PointsAllocated)).Should().Equal((15m, false), (10m, false), (15m, false), (10m, false), (30m, false), (10m, false));
        template.Rows[2].PrefilledActual.Should().Be("31个");
        template.Rows[2].PrefilledDeviationReason.Should().Be("受人才政策调整影响，部分项目推迟签约");
        template.Rows[4].PrefilledScore.Should().Be(22m);
        (template.InitialBudget, template.AdjustedBudget, template.ExecutedBudget).Should().Be((189.5m, 189.5m, 163.33m));
        template.Notes.Should().BeEmpty();
    }

    [Fact]
    public void A_target_that_reads_right_only_with_its_name_keeps_its_text_and_is_read_back_with_the_name()
    {
        var indicator = IndicatorParser.ParseCell("数量指标:人员到位率(%)≥95").Indicators.Single();
        indicator.Target.Text.Should().Be("≥95", "the % comes from the name (PI1011)");
        var project = new AssessmentInput("人员经费", [new IndicatorInput(indicator.Name, indicator.Target) { Category = IndicatorCategory.Output }]);

        var template = SelfAssessmentTemplate.FromInput(project, ScoringPolicy.National);
        var read = SelfScoringKit.ReadCsv(TemplateWriter.ToCsv(template)).Template!;

        template.Rows.Single().Target.Text.Should().Be("≥95", "every input reads a target with its name, as the template does");
        template.Notes.Should().NotContain(n => n.Code == DiagnosticCodes.TemplateTargetRewritten);
        read.Rows.Single().Target.Should().BeOfType<QuantitativeTarget>().Which.Quantity.Unit.Canonical.Should().Be("%");
    }

    [Fact]
    public void A_target_whose_text_does_not_say_its_value_is_written_in_canonical_form()
    {
        var parsed = (QuantitativeTarget)IndicatorParser.ParseTarget("≥95%").Value!;
        var target = new QuantitativeTarget("九成五以上", parsed.Comparator, parsed.Quantity, parsed.Direction);
        var project = new AssessmentInput("人员经费", [new IndicatorInput("人员到位率", target) { Category = IndicatorCategory.Output }]);

        var template = SelfAssessmentTemplate.FromInput(project, ScoringPolicy.National);

        template.Rows.Single().Target.Text.Should().Be("≥95%");
        template.Notes.Should().Contain(n => n.Code == DiagnosticCodes.TemplateTargetRewritten && n.Location.Indicator == "人员到位率");
    }

    [Fact]
    public void A_target_that_cannot_be_understood_stays_with_its_score_cell_open()
    {
        var project = new AssessmentInput("示例", [new IndicatorInput("工作成效", new UnrecognizedTarget("见附件")) { Category = IndicatorCategory.Benefit }]);

        var template = SelfAssessmentTemplate.FromInput(project, ScoringPolicy.National);

        template.Notes.Should().Contain(n => n.Code == DiagnosticCodes.TemplateTargetNotUnderstood && n.Severity == DiagnosticSeverity.Warning);
        template.Rows.Single().TakesManualScore.Should().BeTrue();
        template.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void A_project_without_indicators_gives_no_template()
    {
        var template = SelfAssessmentTemplate.FromInput(new AssessmentInput("空项目", []), ScoringPolicy.National);

        template.HasErrors.Should().BeTrue();
        template.Notes.Should().ContainSingle(n => n.Code == DiagnosticCodes.TemplateWithoutIndicators);
    }

    public static TheoryData<string> Seeds => new(Documents.DocumentTestData.Seeds);

    /// <summary>
    /// Every project with indicators of every seed document (Huzhou 2022 and 2023, Guangzhou with its 年度总体目标 and
    /// damaged cells; Hangzhou and Shanghai have none) makes a template that reads back with no diagnostic, every row
    /// matched, and targets that parse to the same meaning as in the document.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_project_makes_a_template_that_reads_back_clean(string seed)
    {
        var document = Documents.DocumentTestData.Read(seed);
        foreach (var (project, index) in document.Projects.Select((p, i) => (p, i + 1)).Where(p => p.p.HasStructuredIndicators))
        {
            var template = SelfAssessmentTemplate.FromDocument(document, project, ScoringPolicy.National, seed + "#" + index);
            template.HasErrors.Should().BeFalse();
            foreach (var filled in new[] { SelfScoringKit.ReadXlsx(TemplateWriter.ToXlsx(template)), SelfScoringKit.ReadCsv(TemplateWriter.ToCsv(template)) })
            {
                filled.Diagnostics.Should().BeEmpty("{0} project {1} {2}", seed, index, project.Name);
                filled.Rows.Should().HaveCount(project.Indicators.Length).And.OnlyContain(r => r.Status == FilledRowStatus.Matched);
                filled.Template!.Fingerprint.Should().Be(template.Fingerprint);
                filled.Template.Goal.Should().Be(project.Goal);
                filled.Input!.Indicators.Select(i => (i.Target.Kind, TargetFormatter.Format(i.Target)))
                    .Should().Equal(project.Indicators.Select(i => (i.Target.Kind, TargetFormatter.Format(i.Target))));
            }
        }
    }
}
