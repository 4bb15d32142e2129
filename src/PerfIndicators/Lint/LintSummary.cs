using System.Collections.Immutable;

namespace PerfIndicators.Lint;

/// <summary>A review of many projects in numbers: how many have findings, findings by rule, projects by department.</summary>
/// <param name="Projects">Projects reviewed.</param>
/// <param name="ProjectsWithFindings">Projects with at least one finding.</param>
/// <param name="Findings">Findings in all.</param>
/// <param name="ByRule">Every enabled rule of the policy, in policy order, with its counts (zero included).</param>
/// <param name="ByDepartment">Departments in order of name; projects with no department under 未填写部门.</param>
public sealed record LintSummary(int Projects, int ProjectsWithFindings, int Findings, ImmutableArray<LintRuleCount> ByRule, ImmutableArray<LintDepartmentCount> ByDepartment)
{
    /// <summary>The label for projects whose department is not known.</summary>
    public const string NoDepartment = "（未填写部门）";

    /// <summary>Counts <paramref name="reports"/> under <paramref name="policy"/>.</summary>
    public static LintSummary Of(IEnumerable<LintReport> reports, LintPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(policy);
        var list = reports.ToList();
        var byRule = policy.Rules.Where(r => r.Enabled)
            .Select(r => new LintRuleCount(r, list.Sum(p => p.Findings.Count(f => f.Rule == r.Id)), list.Count(p => p.Findings.Any(f => f.Rule == r.Id))))
            .ToImmutableArray();
        var byDepartment = list.GroupBy(p => string.IsNullOrWhiteSpace(p.Department) ? NoDepartment : p.Department, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LintDepartmentCount(
                g.Key, g.Count(), g.Count(p => !p.Findings.IsEmpty), g.Sum(p => p.Count(DiagnosticSeverity.Error)), g.Sum(p => p.Count(DiagnosticSeverity.Warning)), g.Sum(p => p.Count(DiagnosticSeverity.Info))))
            .ToImmutableArray();
        return new LintSummary(list.Count, list.Count(p => !p.Findings.IsEmpty), list.Sum(p => p.Findings.Length), byRule, byDepartment);
    }
}

/// <summary>One rule's findings in a review.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Findings">Its findings.</param>
/// <param name="Projects">Projects with at least one of them.</param>
public sealed record LintRuleCount(LintRule Rule, int Findings, int Projects);

/// <summary>One department's projects in a review.</summary>
/// <param name="Department">The department, or <see cref="LintSummary.NoDepartment"/>.</param>
/// <param name="Projects">Its projects.</param>
/// <param name="ProjectsWithFindings">Those with findings.</param>
/// <param name="Errors">Findings of severity error.</param>
/// <param name="Warnings">Findings of severity warning.</param>
/// <param name="Infos">Findings of severity info.</param>
public sealed record LintDepartmentCount(string Department, int Projects, int ProjectsWithFindings, int Errors, int Warnings, int Infos);
