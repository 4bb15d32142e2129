using System.Collections.Immutable;
using PerfIndicators.Parsing;

namespace PerfIndicators.Formats.Templates;

/// <summary>
/// Writes a scored 项目支出绩效自评表 as an xlsx workbook: the form in the template's layout with 得分, 执行率, the budget
/// execution score, 总分 and 等级 filled in; a second sheet <c>评分说明</c> listing every item with its points, score,
/// deduction (扣分), the rule that decided and the explanation, then the findings, then the template problems with sheet,
/// row and column. Deterministic: the same assessment gives byte-identical files.
/// </summary>
public static class ScoredFormWriter
{
    private static readonly CellStyle Title = CellStyle.Default with { Bold = true };
    private static readonly CellStyle Wrapped = CellStyle.Body;
    private static readonly CellStyle Number = CellStyle.Body with { HorizontalAlignment = HorizontalAlignment.Right };
    private static readonly CellStyle Score = Number with { NumberFormat = "0.00" };
    private static readonly CellStyle Note = CellStyle.Default with { WrapText = true, VerticalAlignment = VerticalAlignment.Top };
    private static readonly decimal[] ExplanationWidths = [10m, 30m, 8m, 8m, 8m, 26m, 70m];

    /// <summary>The header row of the 评分说明 sheet's item table, repeated on every printed page.</summary>
    private const int ItemHeaderRow = 4;

    /// <summary>Writes the scored form.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="project">The project that was scored, for what the assessment does not keep (funding sources, 执行偏差原因); <see cref="FilledTemplate.Input"/> when <see langword="null"/>.</param>
    /// <param name="filled">The filled template the project was read from, for the goal, the amount unit and the template problems; or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="assessment"/> is null.</exception>
    public static byte[] ToXlsx(SelfAssessment assessment, AssessmentInput? project = null, FilledTemplate? filled = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        project ??= filled?.Input;
        var book = new WorkbookBuilder { Title = FormLabels.TitleOf(assessment.FiscalYear) + " — " + assessment.ProjectName };
        var content = Content(assessment, project, filled);
        FormWriter.Build(content, template: false).WriteTo(book.AddSheet(FormLabels.FormSheet), new TemplateLayout(content.Goal is not null, content.Rows.Length).HeaderRow, protect: false, book.Title);
        Explanations(book.AddSheet(FormLabels.ExplanationSheet), assessment, filled, book.Title);

        var metadata = new List<KeyValuePair<string, string>>
        {
            new("format", FormLabels.ScoredFormat),
            new("project", TemplateMetadata.Escape(assessment.ProjectName)),
            new("policy", assessment.PolicyId),
            new("policy.version", assessment.PolicyVersion),
            new("assessment.fingerprint", assessment.Fingerprint),
        };
        if (filled?.Template is { } template)
        {
            metadata.Add(new("template.fingerprint", template.Fingerprint));
            metadata.Add(new("source.fingerprint", template.SourceFingerprint));
        }

        book.AddMetadataSheet(metadata);
        return book.ToArray();
    }

    private static FormContent Content(SelfAssessment assessment, AssessmentInput? project, FilledTemplate? filled)
    {
        var rows = assessment.Indicators.Select(i =>
        {
            var qualitative = IndicatorParser.ParseTarget(i.TargetText).Value?.Kind == TargetKind.Qualitative;
            return new FormRowContent(i.Category?.ToLabel() ?? string.Empty, i.Subcategory?.ToLabel() ?? string.Empty, i.Name, i.TargetText, i.Points, qualitative, false)
            {
                Actual = i.ActualText,
                Reason = i.DeviationReason,
                Tier = qualitative ? TierOf(i.Outcome) : null,
                Score = i.Score,
                ScoreText = i.Outcome == IndicatorOutcome.NotApplicable ? "不适用" : i.Score is null ? "待评" : null,
            };
        });

        var budget = assessment.BudgetExecution;
        var sources = FormLabels.SourceLabels.Select(label =>
        {
            var source = project?.Budget?.Sources.FirstOrDefault(s => label.EndsWith(s.Name, StringComparison.Ordinal) && s.Name.Length > 0);
            return (source?.Initial, source?.Adjusted, source?.Executed);
        });
        return new FormContent(assessment.ProjectName, [.. rows])
        {
            FiscalYear = assessment.FiscalYear,
            Department = assessment.Department,
            Unit = assessment.Unit,
            AmountUnit = filled?.Template?.AmountUnit,
            Goal = filled?.Template?.Goal,
            GoalActual = filled?.GoalActual,
            Initial = budget.Initial,
            Adjusted = budget.Adjusted,
            Executed = budget.Executed,
            BudgetReason = project?.Budget?.DeviationReason,
            Sources = [.. sources],
            BudgetPoints = budget.Points,
            Rate = budget.Rate,
            BudgetScore = budget.IsApplicable ? budget.Score : null,
            BudgetScoreText = !budget.IsApplicable ? "不适用" : budget.Score is null ? "待评" : null,
            Total = assessment.IsAssessed ? assessment.Total : null,
            TotalText = assessment.IsAssessed ? null : "—",
            Grade = assessment.IsAssessed ? assessment.Grade + (assessment.IsProvisional ? "（暂定）" : string.Empty) : assessment.Status.ToLabel(),
        };
    }

    private static string? TierOf(IndicatorOutcome outcome) => outcome switch
    {
        IndicatorOutcome.Met => FormLabels.Tiers[0],
        IndicatorOutcome.PartiallyMet => FormLabels.Tiers[1],
        IndicatorOutcome.NotMet => FormLabels.Tiers[2],
        _ => null,
    };

    private static void Explanations(SheetBuilder sheet, SelfAssessment assessment, FilledTemplate? filled, string footer)
    {
        var row = 1;
        sheet.SetText(row++, 1, "评分说明：" + assessment.ProjectName, Title);
        row++;

        sheet.SetText(row++, 1, "一、评分明细（每项的分值、得分、扣分、依据的规则和计算过程）", Title);
        Header(sheet, row++, "序号", "项目", "分值", "得分", "扣分", "规则", "说明");
        var budget = assessment.BudgetExecution;
        Item(sheet, row++, "1", "预算执行率", budget.Points, budget.IsApplicable ? budget.Score : null, budget.IsApplicable ? null : "不适用", budget.RuleId, budget.Explanation);
        var number = 2;
        foreach (var indicator in assessment.Indicators)
        {
            var status = indicator.Outcome == IndicatorOutcome.NotApplicable ? "不适用" : indicator.Score is null ? "待评" : null;
            Item(sheet, row++, (number++).ToString(System.Globalization.CultureInfo.InvariantCulture), indicator.Name, indicator.Points, indicator.Score, status, indicator.RuleId, indicator.Explanation);
        }

        sheet.SetText(row, 2, "总分", CellStyle.Header).SetNumber(row, 3, 100m, Number);
        if (assessment.IsAssessed)
        {
            sheet.SetNumber(row, 4, assessment.Total, Score)
                .SetText(row, 6, "等级", CellStyle.Header).SetText(row, 7, assessment.Grade + (assessment.IsProvisional ? "（暂定：尚有项目需人工评分）" : string.Empty), Wrapped);
        }
        else
        {
            sheet.SetText(row, 4, "—", Wrapped).SetText(row, 6, "等级", CellStyle.Header).SetText(row, 7, assessment.Status.ToLabel() + "，不评分、不评等级", Wrapped);
        }

        row += 2;

        var template = filled?.Template is not null;
        var findings = assessment.Findings.Where(f => !template || !(f.Code.StartsWith("PI4", StringComparison.Ordinal) || f.Code.StartsWith("PI5", StringComparison.Ordinal))).ToList();
        sheet.SetText(row++, 1, "二、发现的问题（缺少偏差原因、完成值远超指标值、单位不符、需人工评分等）", Title);
        if (findings.Count == 0)
        {
            sheet.SetText(row++, 1, "无");
        }
        else
        {
            // The indicator's name takes the wide column B, as 项目 does in the table above, so that it prints legibly.
            Header(sheet, row, "代码", "指标", "级别", "说明");
            sheet.Merge(CellAddress.Create(row, 4) + ":" + CellAddress.Create(row, 7), style: CellStyle.Header);
            row++;
            foreach (var finding in findings)
            {
                sheet.SetText(row, 1, finding.Code, Wrapped).SetText(row, 2, finding.Location.Indicator ?? "—", Wrapped)
                    .SetText(row, 3, finding.Severity.ToChineseLabel(), Wrapped).SetText(row, 4, finding.Text, Wrapped);
                sheet.Merge(CellAddress.Create(row, 4) + ":" + CellAddress.Create(row, 7));
                row++;
            }
        }

        if (filled is not null)
        {
            row++;
            sheet.SetText(row++, 1, "三、模板检查（行的增删、锁定单元格的改动、填写内容的读取）", Title);
            if (filled.Diagnostics.IsEmpty)
            {
                sheet.SetText(row++, 1, "无：表格与模板一致");
            }
            else
            {
                Header(sheet, row, "代码", "工作表", "级别", "行", "列", "说明");
                sheet.Merge(CellAddress.Create(row, 6) + ":" + CellAddress.Create(row, 7), style: CellStyle.Header);
                row++;
                foreach (var diagnostic in filled.Diagnostics)
                {
                    var location = diagnostic.Location;
                    sheet.SetText(row, 1, diagnostic.Code, Wrapped).SetText(row, 2, location.Sheet ?? "—", Wrapped)
                        .SetText(row, 3, diagnostic.Severity.ToChineseLabel(), Wrapped)
                        .SetText(row, 4, location.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—", Wrapped)
                        .SetText(row, 5, location.Column is int column and >= 1 and <= CellAddress.MaxColumn ? CellAddress.ColumnNameOf(column) : "—", Wrapped)
                        .SetText(row, 6, diagnostic.Message, Wrapped);
                    sheet.Merge(CellAddress.Create(row, 6) + ":" + CellAddress.Create(row, 7));
                    row++;
                }
            }
        }

        row++;
        Line(sheet, row++, "评分办法：" + assessment.PolicyName + "（" + assessment.PolicyId + " " + assessment.PolicyVersion + "）");
        Line(sheet, row++, "输入指纹：" + assessment.Fingerprint);
        if (filled?.Template is { } made)
        {
            Line(sheet, row++, "模板指纹：" + made.Fingerprint + "（来源 " + made.SourceName + "，来源指纹 " + made.SourceFingerprint + "）");
        }

        for (var i = 0; i < ExplanationWidths.Length; i++)
        {
            sheet.SetColumnWidth(i + 1, ExplanationWidths[i]);
        }

        sheet.FitRowsToContent().SetPrint(PrintSetup.Form.RepeatingRows(ItemHeaderRow) with
        {
            PrintArea = new CellRange(new CellAddress(1, 1), new CellAddress(row - 1, ExplanationWidths.Length)),
            FooterLeft = footer + " — " + FormLabels.ExplanationSheet,
        });
    }

    /// <summary>A line of text across the sheet's printed width, wrapped so that a long fingerprint is not cut at the page edge.</summary>
    private static void Line(SheetBuilder sheet, int row, string text) =>
        sheet.Merge(CellAddress.Create(row, 1) + ":" + CellAddress.Create(row, ExplanationWidths.Length), text, Note);

    private static void Header(SheetBuilder sheet, int row, params string[] labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            sheet.SetText(row, i + 1, labels[i], CellStyle.Header);
        }
    }

    private static void Item(SheetBuilder sheet, int row, string number, string name, decimal points, decimal? score, string? status, string? rule, string explanation)
    {
        sheet.SetText(row, 1, number, Wrapped).SetText(row, 2, name, Wrapped).SetNumber(row, 3, points, Number);
        if (score is decimal s)
        {
            sheet.SetNumber(row, 4, s, Score).SetNumber(row, 5, points - s, Score);
        }
        else
        {
            sheet.SetText(row, 4, status ?? "—", Wrapped).SetText(row, 5, "—", Wrapped);
        }

        sheet.SetText(row, 6, rule ?? "—", Wrapped).SetText(row, 7, explanation, Wrapped);
    }
}
