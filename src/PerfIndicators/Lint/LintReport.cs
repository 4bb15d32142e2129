using System.Collections.Immutable;

namespace PerfIndicators.Lint;

/// <summary>The target review of one project: what was checked and every finding, in rule order then indicator order.</summary>
/// <param name="Project">The project's name.</param>
/// <param name="Department">Its department (主管部门 or 单位), if known.</param>
/// <param name="FiscalYear">Its budget year, if known.</param>
/// <param name="IndicatorCount">How many indicators it has.</param>
/// <param name="Findings">The findings.</param>
public sealed record LintReport(string Project, string? Department, int? FiscalYear, int IndicatorCount, ImmutableArray<LintFinding> Findings)
{
    /// <summary>How many findings have <paramref name="severity"/>.</summary>
    public int Count(DiagnosticSeverity severity) => Findings.Count(f => f.Diagnostic.Severity == severity);
}
