using System.Text;
using FluentAssertions;
using PerfIndicators.Scoring;
using Xunit;

namespace PerfIndicators.Tests.SelfScoring;

/// <summary>
/// Hand edits of a filled template (驻京联络处工作经费, Huzhou 2023 seed) are detected and reported with sheet, row and
/// column, never guessed. The policy under test: an added row is reported and not scored; a deleted row is an error and
/// its indicator is scored as not reported; an edited locked cell is reported and the template's original is used; a form
/// from another project, damaged metadata or a missing metadata sheet is refused.
/// </summary>
public class TamperingTests
{
    private static readonly Lazy<SelfAssessment> Untouched = new(() => SelfScoringKit.Score(SelfScoringKit.ReadXlsx(RoundTripTests.FilledLiaisonXlsx())));

    private static FilledTemplate Edit(Func<XlsxFiller, XlsxFiller> edit)
    {
        using var fill = new XlsxFiller(RoundTripTests.FilledLiaisonXlsx());
        return SelfScoringKit.ReadXlsx(edit(fill).ToArray());
    }

    private static readonly Lazy<FilledTemplate> Baseline = new(() => SelfScoringKit.ReadXlsx(RoundTripTests.FilledLiaisonXlsx()));

    /// <summary>The diagnostics the edit added: those of the untouched filled template (PI5117, PI5118 on E10 and E12) are left out.</summary>
    private static IEnumerable<Diagnostic> New(FilledTemplate filled) =>
        filled.Diagnostics.Where(d => !Baseline.Value.Diagnostics.Any(b => b.Code == d.Code && b.Location.Row == d.Location.Row && b.Location.Column == d.Location.Column));

    private static Diagnostic Only(FilledTemplate filled, string code)
    {
        var found = New(filled).Should().ContainSingle().Subject;
        found.Code.Should().Be(code, found.ToString());
        return found;
    }

    [Fact]
    public void A_row_added_by_hand_is_reported_with_its_row_and_not_scored()
    {
        var filled = Edit(f => f.InsertRow(13).Text("A13", "产出指标").Text("B13", "数量指标").Text("C13", "走访在京企业").Text("D13", "≥20家").Number("F13", 5m).Text("E13", "25家"));

        var added = Only(filled, FormatDiagnosticCodes.TemplateRowAdded);
        added.Severity.Should().Be(DiagnosticSeverity.Warning);
        added.Location.Should().Be(DiagnosticLocation.InSheet("自评表", 13));
        added.Message.Should().Contain("走访在京企业");
        var scored = SelfScoringKit.Score(filled);
        scored.Indicators.Select(i => i.Name).Should().NotContain("走访在京企业");
        scored.Total.Should().Be(Untouched.Value.Total, "the rows below moved down by one and are still matched");
        scored.Findings.Should().Contain(f => f.Code == FormatDiagnosticCodes.TemplateRowAdded && f.Location.Indicator == null && f.Text.StartsWith("'自评表' 第13行", StringComparison.Ordinal));
    }

    [Fact]
    public void The_signature_line_completed_by_hand_is_part_of_the_form()
    {
        // Row 18 of the liaison form: 单位负责人 (A:B), 财务负责人 (C), 填报人 (D:E), 联系电话 (F:H), 填报日期 (I).
        var filled = Edit(f => f.Text("A18", "单位负责人：王某").Text("C18", "财务负责人：赵某").Text("D18", "填报人：李某")
            .Text("F18", "联系电话：0572-2398000").Text("I18", "填报日期：2024年1月10日"));

        New(filled).Should().BeEmpty();
        SelfScoringKit.Score(filled).Total.Should().Be(Untouched.Value.Total);
    }

    [Fact]
    public void A_form_without_the_signature_line_reads_as_before_and_text_beside_it_is_outside_the_form()
    {
        New(Edit(f => f.DeleteRow(18))).Should().BeEmpty("templates written before the signature line was added still read");

        var stray = Only(Edit(f => f.Text("G18", "王某")), FormatDiagnosticCodes.ContentOutsideForm);
        stray.Location.Should().Be(DiagnosticLocation.InSheet("自评表", 18, 7));
    }

    [Fact]
    public void A_deleted_row_is_an_error_and_its_indicator_is_still_scored_as_not_reported()
    {
        var filled = Edit(f => f.DeleteRow(12));

        var deleted = Only(filled, FormatDiagnosticCodes.TemplateRowDeleted);
        deleted.Severity.Should().Be(DiagnosticSeverity.Error);
        deleted.Location.Should().Be(DiagnosticLocation.InSheet("自评表", 12));
        filled.Rows.Should().ContainSingle(r => r.Status == FilledRowStatus.Deleted).Which.Should().Be(new FilledRow(FilledRowStatus.Deleted, null, 12, "进高层次人才项目"));
        var scored = SelfScoringKit.Score(filled);
        var indicator = scored.Indicators.Single(i => i.Name == "进高层次人才项目");
        indicator.Outcome.Should().Be(IndicatorOutcome.NeedsManualScoring, "deleting a row must not drop a target from the assessment");
        scored.IsProvisional.Should().BeTrue();
        scored.Indicators.Single(i => i.Name == "完成年度目标").ActualText.Should().Be("2023年12月20日", "the rows below moved up and are still matched");
    }

    [Fact]
    public void A_renamed_sheet_is_found_by_its_content_and_reported()
    {
        var filled = Edit(f => f.RenameSheet("自评表", "Sheet1"));

        var renamed = Only(filled, FormatDiagnosticCodes.FormSheetRenamed);
        renamed.Location.Should().Be(DiagnosticLocation.InSheet("Sheet1"));
        renamed.Message.Should().Contain("自评表").And.Contain("Sheet1");
        SelfScoringKit.Score(filled).Total.Should().Be(Untouched.Value.Total);
    }

    [Fact]
    public void An_edited_target_is_reported_at_its_cell_and_the_templates_target_is_used()
    {
        var filled = Edit(f => f.Text("D10", "≥50个"));

        var edited = Only(filled, FormatDiagnosticCodes.LockedIndicatorCellEdited);
        edited.Location.Should().Be(DiagnosticLocation.InSheet("自评表", 10, 4));
        edited.Message.Should().Contain("≥50个").And.Contain("≥90个");
        filled.Rows.Single(r => r.TemplateRow == 10).Status.Should().Be(FilledRowStatus.Edited);
        var indicator = SelfScoringKit.Score(filled).Indicators[0];
        indicator.TargetText.Should().Be("≥90个");
        indicator.Explanation.Should().Contain("≥90个");
    }

    [Fact]
    public void Edited_points_are_reported_and_the_templates_points_are_used()
    {
        var filled = Edit(f => f.Number("F14", 20m));

        Only(filled, FormatDiagnosticCodes.LockedIndicatorCellEdited).Location.Should().Be(DiagnosticLocation.InSheet("自评表", 14, 6));
        SelfScoringKit.Score(filled).Indicators[4].Points.Should().Be(10m);
    }

    [Fact]
    public void A_form_showing_another_projects_indicators_is_refused()
    {
        var other = SelfScoringKit.Template(3);
        var filled = Edit(f =>
        {
            f.Text("B2", other.ProjectName);
            for (var i = 0; i < 6; i++)
            {
                var row = 10 + i;
                var source = other.Rows[Math.Min(i, other.Rows.Length - 1)];
                f.Text($"A{row}", source.CategoryLabel).Text($"B{row}", source.SubcategoryLabel).Text($"C{row}", source.Name + (i >= other.Rows.Length ? "（续）" : string.Empty)).Text($"D{row}", source.Target.Text);
            }

            return f;
        });

        var refused = Only(filled, FormatDiagnosticCodes.TemplateFromAnotherProject);
        refused.Severity.Should().Be(DiagnosticSeverity.Error);
        refused.Location.Should().Be(DiagnosticLocation.InSheet("自评表", 2, 2));
        refused.Message.Should().Contain("数字政府建设专项").And.Contain("驻京联络处工作经费");
        filled.Input.Should().BeNull();
    }

    [Fact]
    public void A_csv_grid_of_one_project_with_the_metadata_of_another_is_refused()
    {
        var liaison = Encoding.UTF8.GetString(SelfScoringKit.Csv(2));
        var digital = Encoding.UTF8.GetString(SelfScoringKit.Csv(3));
        var mixed = digital[..digital.IndexOf("\r\n# ", StringComparison.Ordinal)] + liaison[liaison.IndexOf("\r\n# ", StringComparison.Ordinal)..];

        var filled = SelfScoringKit.ReadCsv(Encoding.UTF8.GetBytes(mixed));

        filled.Diagnostics.Should().ContainSingle(d => d.Code == FormatDiagnosticCodes.TemplateFromAnotherProject)
            .Which.Location.Should().Be(DiagnosticLocation.InSheet("自评表", 2, 2));
        filled.Input.Should().BeNull();
    }

    [Fact]
    public void A_renamed_project_with_its_own_rows_is_an_edited_cell_not_another_project()
    {
        var filled = Edit(f => f.Text("B2", "驻京联络处工作经费（2023年）"));

        Only(filled, FormatDiagnosticCodes.LockedHeaderCellEdited).Location.Should().Be(DiagnosticLocation.InSheet("自评表", 2, 2));
        filled.Input!.Name.Should().Be("驻京联络处工作经费");
    }

    [Fact]
    public void A_deleted_metadata_sheet_means_nothing_is_scored()
    {
        var filled = Edit(f => f.DeleteSheet("_perfind"));

        filled.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.NotATemplate && d.Severity == DiagnosticSeverity.Error);
        filled.Input.Should().BeNull();
        filled.Template.Should().BeNull();
    }

    [Fact]
    public void Edited_metadata_is_detected_by_its_fingerprint()
    {
        var filled = Edit(f => f.Sheet("_perfind").Text("B9", "20"));

        filled.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.TemplateMetadataDamaged && d.Location.Sheet == "_perfind");
        filled.Input.Should().BeNull();
    }

    [Fact]
    public void Edited_csv_metadata_and_an_unknown_format_version_are_refused()
    {
        var csv = Encoding.UTF8.GetString(SelfScoringKit.Csv(2));

        SelfScoringKit.ReadCsv(Encoding.UTF8.GetBytes(csv.Replace("进高层次人才项目|≥40个", "进高层次人才项目|≥30个", StringComparison.Ordinal))).Diagnostics
            .Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.TemplateMetadataDamaged);
        SelfScoringKit.ReadCsv(Encoding.UTF8.GetBytes(csv.Replace("self-assessment-template/1", "self-assessment-template/9", StringComparison.Ordinal))).Diagnostics
            .Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.UnsupportedTemplateVersion);
    }

    [Fact]
    public void Removed_protection_is_noted_and_every_locked_cell_still_checked()
    {
        var filled = Edit(f => f.Unprotect());

        Only(filled, FormatDiagnosticCodes.ProtectionRemoved).Severity.Should().Be(DiagnosticSeverity.Info);
        SelfScoringKit.Score(filled).Total.Should().Be(Untouched.Value.Total);
    }

    [Fact]
    public void Sorted_rows_are_matched_by_their_keys()
    {
        var filled = Edit(f => f.SwapRows(10, 11));

        New(filled).Should().Contain(d => d.Code == FormatDiagnosticCodes.TemplateRowsReordered).And.OnlyContain(d => d.Severity == DiagnosticSeverity.Info, "the unit notes follow the moved cells");
        var scored = SelfScoringKit.Score(filled);
        scored.Total.Should().Be(Untouched.Value.Total);
        scored.Indicators[0].ActualText.Should().Be("96个");
    }

    [Fact]
    public void Changed_indicator_columns_are_refused()
    {
        var filled = Edit(f => f.Text("D9", "指标值"));

        var changed = Only(filled, FormatDiagnosticCodes.FormLayoutChanged);
        changed.Location.Should().Be(DiagnosticLocation.InSheet("自评表", 9, 4));
        filled.Input.Should().BeNull();
    }

    [Fact]
    public void Unusable_fill_in_values_are_read_as_blank_with_a_warning()
    {
        var filled = Edit(f => f.Formula("E10", "SUM(X1:X9)").Error("E11", "#DIV/0!").Text("D5", "约160万"));

        var codes = New(filled).Select(d => (d.Code, d.Location.ToString())).ToList();
        codes.Should().Contain((FormatDiagnosticCodes.UnusableCellValue, "'自评表'!E10"))
            .And.Contain((FormatDiagnosticCodes.UnusableCellValue, "'自评表'!E11"))
            .And.Contain((FormatDiagnosticCodes.NumberExpected, "'自评表'!D5"));
        filled.Input!.Indicators[0].Actual.Should().BeNull();
        filled.Input.Budget!.Executed.Should().BeNull();
    }

    [Fact]
    public void Tiers_are_checked_against_the_row_and_the_three_choices()
    {
        var filled = Edit(f => f.Text("I10", "达成年度指标").Text("I15", "很好"));

        filled.Diagnostics.Where(d => d.Code == FormatDiagnosticCodes.InvalidTier).Select(d => d.Location.ToString()).Should().Equal("'自评表'!I10", "'自评表'!I15");
        filled.Input!.Indicators[5].Actual!.Kind.Should().Be(ActualKind.Text, "without a valid tier the 实际完成值 text is what is judged");
    }

    [Fact]
    public void A_tier_that_disagrees_with_the_written_actual_wins_and_is_noted()
    {
        var filled = Edit(f => f.Text("E15", "未达成").Text("I15", "达成年度指标"));

        Only(filled, FormatDiagnosticCodes.TierDisagreesWithActual).Location.Should().Be(DiagnosticLocation.InSheet("自评表", 15, 9));
        filled.Input!.Indicators[5].Actual!.Tier.Should().Be(AchievementTier.Achieved);
    }

    [Fact]
    public void Notes_beside_or_below_the_form_and_filled_result_cells_are_ignored_and_reported()
    {
        var filled = Edit(f => f.Unprotect().Text("J10", "已核实").Text("A20", "备注：数据来自台账").Number("G10", 12.5m).Number("G16", 100m));

        var found = filled.Diagnostics.Where(d => d.Code is FormatDiagnosticCodes.ContentOutsideForm or FormatDiagnosticCodes.OutputCellFilled).Select(d => (d.Code, d.Location.ToString()));
        found.Should().BeEquivalentTo(
        [
            (FormatDiagnosticCodes.ContentOutsideForm, "'自评表'!J10"),
            (FormatDiagnosticCodes.ContentOutsideForm, "'自评表'!A20"),
            (FormatDiagnosticCodes.OutputCellFilled, "'自评表'!G10"),
            (FormatDiagnosticCodes.OutputCellFilled, "'自评表'!G16"),
        ]);
        SelfScoringKit.Score(filled).Total.Should().Be(Untouched.Value.Total);
    }

    [Fact]
    public void An_edited_department_is_reported_and_the_templates_value_kept()
    {
        var filled = Edit(f => f.Text("B3", "湖州市发展和改革委员会"));

        Only(filled, FormatDiagnosticCodes.LockedHeaderCellEdited).Location.Should().Be(DiagnosticLocation.InSheet("自评表", 3, 2));
        filled.Input!.Department.Should().Be("湖州市人民政府办公室");
    }

    [Fact]
    public void Scoring_under_another_policy_than_the_templates_is_noted_first()
    {
        var filled = SelfScoringKit.ReadXlsx(RoundTripTests.FilledLiaisonXlsx());

        var project = filled.InputFor(ScoringPolicy.Get("hubei"))!;

        project.Diagnostics[0].Code.Should().Be(FormatDiagnosticCodes.PolicyDiffersFromTemplate);
        var scored = new Evaluator(ScoringPolicy.Get("hubei")).Evaluate(project);
        scored.Findings[0].Code.Should().Be(FormatDiagnosticCodes.PolicyDiffersFromTemplate);
        scored.BudgetExecution.Points.Should().Be(20m);
        filled.InputFor(ScoringPolicy.National).Should().BeSameAs(filled.Input);
    }

    [Fact]
    public void A_scored_form_or_an_unrelated_workbook_is_not_taken_for_a_template()
    {
        var filled = SelfScoringKit.ReadXlsx(RoundTripTests.FilledLiaisonXlsx());
        var scoredForm = ScoredFormWriter.ToXlsx(SelfScoringKit.Score(filled), filled: filled);
        var unrelated = Excel.SdkWorkbooks.Build(data => data.Append(Excel.SdkWorkbooks.Row(1, Excel.SdkWorkbooks.Inline("A1", "项目清单"))));

        SelfScoringKit.ReadXlsx(scoredForm).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ScoredFormNotTemplate);
        SelfScoringKit.ReadXlsx(unrelated).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.NotATemplate);
        SelfScoringKit.ReadCsv(Encoding.UTF8.GetBytes("一级指标,二级指标,三级指标\r\n产出指标,数量指标,培训人次\r\n")).Diagnostics
            .Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.NotATemplate);
    }

    [Fact]
    public void In_a_csv_template_edits_and_deletions_are_found_the_same_way()
    {
        var grid = new SelfScoringKit.CsvGrid(RoundTripTests.FilledGeneralCsv());
        var bytes = grid.Set(10, 4, "≥5期").Delete(12).ToBytes();

        var filled = SelfScoringKit.ReadCsv(bytes);

        filled.Diagnostics.Where(d => d.Code != FormatDiagnosticCodes.ActualUnitFromTarget).Select(d => (d.Code, d.Location.ToString())).Should().Equal(
            (FormatDiagnosticCodes.LockedIndicatorCellEdited, "'自评表'!D10"),
            (FormatDiagnosticCodes.TemplateRowDeleted, "'自评表' 第12行"));
        filled.Input!.Indicators[0].Target.Text.Should().Be("≥10期");
    }
}
