using System.Collections.Immutable;

namespace PerfIndicators.Formats.Templates;

/// <summary>What became of one row of the indicator table of a filled template.</summary>
public enum FilledRowStatus
{
    /// <summary>The row is the template's row, unchanged in its locked cells.</summary>
    Matched = 0,

    /// <summary>The row is a template row whose locked cells were edited (PI5111); it is scored with the template's original values.</summary>
    Edited,

    /// <summary>The row was added by hand (PI5113); it is not scored.</summary>
    Added,

    /// <summary>The template row was deleted (PI5112); its indicator is scored as not reported.</summary>
    Deleted,
}

/// <summary>One row of the indicator table as read back: where it is, which template row it is, and what became of it.</summary>
/// <param name="Status">What became of the row.</param>
/// <param name="SheetRow">The 1-based row in the file, or <see langword="null"/> for a deleted row.</param>
/// <param name="TemplateRow">The row number the template gave the indicator, or <see langword="null"/> for an added row.</param>
/// <param name="Name">三级指标: the template's name, or for an added row the name as typed.</param>
public sealed record FilledRow(FilledRowStatus Status, int? SheetRow, int? TemplateRow, string Name);

/// <summary>
/// A filled-in self-assessment template as read back by <see cref="FilledTemplateReader"/>: the original template (from
/// its metadata), the project with the answers ready to score, every problem found with its sheet, row and column, and
/// what became of every row. Immutable.
/// </summary>
public sealed class FilledTemplate
{
    internal FilledTemplate(
        SelfAssessmentTemplate? template,
        AssessmentInput? project,
        ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<FilledRow> rows,
        string? formSheet,
        string? goalActual)
    {
        Template = template;
        Input = project;
        Diagnostics = diagnostics;
        Rows = rows;
        FormSheet = formSheet;
        GoalActual = goalActual;
    }

    /// <summary>The template as it was made (rebuilt from the file's metadata), or <see langword="null"/> when the metadata is missing or cannot be trusted.</summary>
    public SelfAssessmentTemplate? Template { get; }

    /// <summary>
    /// The project to score: the template's indicators with their original targets and points, and the answers read
    /// from the form. Template problems are in <see cref="AssessmentInput.Diagnostics"/> and the indicators' diagnostics,
    /// so they become findings of the assessment. <see langword="null"/> when nothing can be scored (see <see cref="Diagnostics"/>).
    /// </summary>
    public AssessmentInput? Input { get; }

    /// <summary>Every problem, with sheet, row and column: the file's (PI4xxx), the template's (PI5xxx) and the answers' (PI1xxx).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Every non-blank row of the indicator table and every deleted template row, with what became of it.</summary>
    public ImmutableArray<FilledRow> Rows { get; }

    /// <summary>The name of the sheet the form was read from, or <see langword="null"/>.</summary>
    public string? FormSheet { get; }

    /// <summary>年度总体目标的实际完成情况 as filled in, or <see langword="null"/>.</summary>
    public string? GoalActual { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// The project to score under <paramref name="policy"/>: <see cref="Input"/> with its policy set, and a PI5123
    /// warning first among its diagnostics when the policy is not the one the template was made with.
    /// </summary>
    /// <param name="policy">The scoring policy.</param>
    /// <returns>The project, or <see langword="null"/> when nothing can be scored.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="policy"/> is null.</exception>
    public AssessmentInput? InputFor(ScoringPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (Input is null || Template is null)
        {
            return null;
        }

        if (string.Equals(policy.Id, Template.PolicyId, StringComparison.Ordinal))
        {
            return Input;
        }

        var warning = new Diagnostic(
            FormatDiagnosticCodes.PolicyDiffersFromTemplate, DiagnosticSeverity.Warning, default(DiagnosticLocation), FilledFormMessages.PolicyDiffers(Template.PolicyId, policy.Id));
        return new AssessmentInput(Input.Name, Input.Indicators)
        {
            Department = Input.Department,
            Unit = Input.Unit,
            FiscalYear = Input.FiscalYear,
            Policy = policy.Id,
            Budget = Input.Budget,
            Diagnostics = Input.Diagnostics.Insert(0, warning),
        };
    }
}
