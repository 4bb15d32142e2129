using System.Collections.Immutable;

namespace PerfIndicators.Documents;

/// <summary>
/// A budget disclosure document (单位预算 / 部门预算) read into structured form: its header, the tables found, the
/// projects with their indicators, the project budget rows, the check-sum findings and the diagnostics.
/// </summary>
/// <remarks>
/// Immutable. Every span (in diagnostics, indicators, projects) is an index into <see cref="Text"/>; use
/// <see cref="LineOf(int)"/> to turn one into a 1-based line number.
/// </remarks>
public sealed class BudgetDocument
{
    private readonly ImmutableArray<int> lineStarts;

    internal BudgetDocument(
        string text,
        ImmutableArray<int> lineStarts,
        string encodingName,
        DocumentHeader header,
        ImmutableArray<DocumentTable> tables,
        ImmutableArray<Project> projects,
        ImmutableArray<ProjectBudgetRow> budgetRows,
        ImmutableArray<DocumentCheck> checks,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        this.lineStarts = lineStarts;
        EncodingName = encodingName;
        Header = header;
        Tables = tables;
        Projects = projects;
        BudgetRows = budgetRows;
        Checks = checks;
        Diagnostics = diagnostics;
    }

    /// <summary>The decoded text of the document; all spans point into it.</summary>
    public string Text { get; }

    /// <summary>The encoding the text was decoded with (<c>utf-8</c>, <c>gb18030</c>, …).</summary>
    public string EncodingName { get; }

    /// <summary>The issuing unit, its code, the budget year and the title.</summary>
    public DocumentHeader Header { get; }

    /// <summary>Every table found (with its amount unit), in document order, including tables whose rows are not read.</summary>
    public ImmutableArray<DocumentTable> Tables { get; }

    /// <summary>Every project, in document order: each row of each project performance table and each project section.</summary>
    public ImmutableArray<Project> Projects { get; }

    /// <summary>The rows of the project budget table (项目支出预算表), when the document has one.</summary>
    public ImmutableArray<ProjectBudgetRow> BudgetRows { get; }

    /// <summary>The check sums and consistency checks with their results, in document order.</summary>
    public ImmutableArray<DocumentCheck> Checks { get; }

    /// <summary>Diagnostics about the document as a whole and rows that are not projects (project diagnostics are on each <see cref="Project"/>).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Every diagnostic, the document's and the projects', ordered by position.</summary>
    public IEnumerable<Diagnostic> AllDiagnostics =>
        Diagnostics.Concat(Projects.SelectMany(p => p.Diagnostics)).OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal);

    /// <summary>Whether any diagnostic (the document's or a project's) is an <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool HasErrors => AllDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The 1-based line number of the character at <paramref name="offset"/>.</summary>
    /// <param name="offset">An index into <see cref="Text"/>; values past the end give the last line.</param>
    public int LineOf(int offset) => LineIndex.LineOf(this.lineStarts, offset);
}
