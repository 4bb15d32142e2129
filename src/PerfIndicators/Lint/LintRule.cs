using System.Collections.Immutable;

namespace PerfIndicators.Lint;

/// <summary>
/// One rule of a lint policy (绩效目标审核要点): its stable id and code, the severity it reports with, whether it is
/// on, the regulation it comes from and its parameters. Equality is by value; parameters compare by reference.
/// </summary>
/// <param name="Id">The rule's id in the policy file, e.g. <c>vague-target</c>.</param>
/// <param name="Code">The diagnostic code it reports (PI90xx), fixed per id.</param>
/// <param name="Severity">The severity of its findings.</param>
/// <param name="Enabled">Whether the rule runs.</param>
/// <param name="Source">The regulation it follows, e.g. 财预〔2021〕101号.</param>
/// <param name="Description">What it checks, in Chinese.</param>
public sealed record LintRule(string Id, string Code, DiagnosticSeverity Severity, bool Enabled, string Source, string Description)
{
    /// <summary>The rule's number parameters (e.g. <c>minimum</c>), by name.</summary>
    public ImmutableDictionary<string, decimal> Numbers { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    /// <summary>The rule's word-list parameters (e.g. <c>words</c>), by name.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Lists { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>The number parameter <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The rule has no such parameter (the policy loader checks every rule has its own).</exception>
    public decimal Number(string name) => Numbers[name];

    /// <summary>The list parameter <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The rule has no such parameter.</exception>
    public ImmutableArray<string> List(string name) => Lists[name];
}
