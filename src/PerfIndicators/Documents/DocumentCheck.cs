using System.Collections.Immutable;

namespace PerfIndicators.Documents;

/// <summary>What a <see cref="DocumentCheck"/> checked.</summary>
public enum CheckKind
{
    /// <summary>The rows of a table against its 合计 (total) row.</summary>
    TableTotal = 0,

    /// <summary>The rows under a subtotal row (e.g. a unit's row in Guangzhou's table) against that subtotal.</summary>
    Subtotal,

    /// <summary>A row's funding columns against its 总计.</summary>
    RowFunding,

    /// <summary>A project's 年度预算安排 breakdown (其中：…) against its total.</summary>
    Breakdown,

    /// <summary>The performance table against the 项目支出预算表 (project budget table).</summary>
    CrossTable,

    /// <summary>A project listed more than once in one table.</summary>
    RepeatedProject,
}

/// <summary>The result of a check.</summary>
public enum CheckOutcome
{
    /// <summary>The numbers agree.</summary>
    Match = 0,

    /// <summary>The numbers disagree.</summary>
    Mismatch,

    /// <summary>The performance rows cover only part of the budget amount (not an error: not every project publishes targets).</summary>
    PartialCoverage,

    /// <summary>One side of the comparison is missing (a budget project without performance rows, or the reverse).</summary>
    Missing,

    /// <summary>The check could not be made (e.g. the table has no 合计 row).</summary>
    NotChecked,

    /// <summary>Something to look at that is not a sum (a repeated project).</summary>
    Flagged,
}

/// <summary>
/// The result of a check sum or consistency check on a document, with the numbers: never an exception, never silence.
/// What the check found is reported as its <see cref="Diagnostic"/> (located at the check's first line); a mismatch is
/// the document's problem, not the reader's.
/// </summary>
/// <param name="Check">What was checked.</param>
/// <param name="Outcome">The result.</param>
/// <param name="Subject">What was checked, in words (a table title, a project name).</param>
/// <param name="Expected">The amount stated (the 合计, the subtotal, the budget table's amount), or <see langword="null"/>.</param>
/// <param name="Actual">The amount found by adding up, or <see langword="null"/>.</param>
/// <param name="AmountUnit">The unit of <paramref name="Expected"/> and <paramref name="Actual"/>, or <see langword="null"/>.</param>
/// <param name="Lines">The 1-based lines involved, in order.</param>
/// <param name="Diagnostic">The report: the stable code (<c>PI21xx</c>, see <see cref="DiagnosticCodes"/>), its severity (matches are <see cref="DiagnosticSeverity.Info"/>) and a clear message in Chinese with the numbers.</param>
public sealed record DocumentCheck(
    CheckKind Check,
    CheckOutcome Outcome,
    string Subject,
    decimal? Expected,
    decimal? Actual,
    AmountUnit? AmountUnit,
    ImmutableArray<int> Lines,
    Diagnostic Diagnostic)
{
    /// <summary><see cref="Actual"/> minus <see cref="Expected"/>, when both are known.</summary>
    public decimal? Difference => Expected is { } e && Actual is { } a ? a - e : null;

    /// <summary>Formats the check as its diagnostic: <c>warning PI2101 L489: message</c>.</summary>
    public override string ToString() => Diagnostic.ToString();

    /// <summary>A check whose diagnostic is located at its first line.</summary>
    internal static DocumentCheck Of(
        string code, DiagnosticSeverity severity, CheckKind check, CheckOutcome outcome, string subject,
        decimal? expected, decimal? actual, AmountUnit? unit, ImmutableArray<int> lines, string message) =>
        new(check, outcome, subject, expected, actual, unit, lines,
            new Diagnostic(code, severity, lines.IsDefaultOrEmpty ? default : DiagnosticLocation.AtLine(lines[0]), message));
}
