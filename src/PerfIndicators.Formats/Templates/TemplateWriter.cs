using System.Collections.Immutable;

namespace PerfIndicators.Formats.Templates;

/// <summary>
/// Writes a <see cref="SelfAssessmentTemplate"/> as an xlsx workbook or a CSV file with the same rows and columns.
/// </summary>
/// <remarks>
/// <para>xlsx: the form sheet <c>自评表</c> with every cell locked under sheet protection (no password) except the
/// fill-in cells (yellow): 全年预算数, 全年执行数, 执行偏差原因, the funding-source figures, 实际完成值, 偏差原因分析及改进措施,
/// the 评价等级 drop-down of qualitative rows, and 得分 where a person's score is taken. A very hidden sheet <c>_perfind</c>
/// holds the metadata: format, project, policy, source fingerprint, one key per indicator row and a fingerprint of it all.</para>
/// <para>CSV: UTF-8 with a byte-order mark, CRLF, the same grid (merged cells empty but the first), then a comment line
/// and one <c>#! key=value</c> line per metadata entry. Fields starting with <c>= + - @</c> get a leading <c>'</c> so that
/// Excel shows them as text (the reader removes it).</para>
/// <para>Output is deterministic: the same template gives byte-identical files.</para>
/// </remarks>
public static class TemplateWriter
{
    /// <summary>Writes the template as an xlsx workbook.</summary>
    /// <param name="template">The template.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="template"/> is null.</exception>
    public static byte[] ToXlsx(SelfAssessmentTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var book = new WorkbookBuilder { Title = FormLabels.TitleOf(template.FiscalYear) + " — " + template.ProjectName };
        var sheet = book.AddSheet(FormLabels.FormSheet);
        Grid(template).WriteTo(sheet, template.Layout.HeaderRow, protect: true, book.Title);
        book.AddMetadataSheet(template.MetadataEntries());
        return book.ToArray();
    }

    /// <summary>Writes the template as CSV (UTF-8 with BOM): the form's grid, then the <c>#!</c> metadata lines.</summary>
    /// <param name="template">The template.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="template"/> is null.</exception>
    public static byte[] ToCsv(SelfAssessmentTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var records = new List<string[]>(Grid(template).ToRecords())
        {
            new[] { FormLabels.CsvCommentPrefix + " 以下以 #! 开头的行是 perfind 模板信息，用于核对模板是否被改动，请勿修改或删除。" },
        };
        foreach (var (key, value) in template.MetadataEntries())
        {
            records.Add([FormLabels.CsvMetadataPrefix + " " + key + "=" + value]);
        }

        return CsvWriter.ToArray(records, new CsvWriteOptions { NeutralizeFormulas = true });
    }

    /// <summary>Writes the template to <paramref name="path"/>: CSV when the name ends in <c>.csv</c>, else xlsx.</summary>
    /// <param name="template">The template.</param>
    /// <param name="path">The file to write (replaced if it exists).</param>
    /// <exception cref="ArgumentNullException">When <paramref name="template"/> is null.</exception>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is empty.</exception>
    public static void Save(SelfAssessmentTemplate template, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        File.WriteAllBytes(path, path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ToCsv(template) : ToXlsx(template));
    }

    private static FormGrid Grid(SelfAssessmentTemplate template)
    {
        var rows = template.Rows.Select(r => new FormRowContent(r.CategoryLabel, r.SubcategoryLabel, r.Name, r.Target.Text, r.Points, r.TakesTier, r.TakesManualScore)
        {
            Actual = r.PrefilledActual,
            Reason = r.PrefilledDeviationReason,
            Score = r.PrefilledScore,
        });
        var content = new FormContent(template.ProjectName, [.. rows])
        {
            FiscalYear = template.FiscalYear,
            Department = template.Department,
            Unit = template.Unit,
            AmountUnit = template.AmountUnit,
            Goal = template.Goal,
            Initial = template.InitialBudget,
            Adjusted = template.AdjustedBudget,
            Executed = template.ExecutedBudget,
            BudgetReason = template.BudgetDeviationReason,
            BudgetPoints = template.BudgetPoints,
        };
        return FormWriter.Build(content, template: true);
    }
}
