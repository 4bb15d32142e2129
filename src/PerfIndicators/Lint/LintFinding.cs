namespace PerfIndicators.Lint;

/// <summary>
/// One finding of target review: the rule that made it and its diagnostic, located at the indicator (by name) and the
/// span of the target text at fault — into the document's text for a budget document, into the target's own text otherwise.
/// </summary>
/// <param name="Rule">The rule's id (<see cref="LintRuleIds"/>).</param>
/// <param name="Basis">The regulation the rule follows, e.g. 财预〔2021〕101号.</param>
/// <param name="Diagnostic">Code, severity, location and message.</param>
/// <param name="IndicatorIndex">The indicator's position in the project (0-based), or <see langword="null"/> for a finding on the whole project.</param>
public sealed record LintFinding(string Rule, string Basis, Diagnostic Diagnostic, int? IndicatorIndex);
