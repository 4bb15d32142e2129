using System.Collections.Frozen;

namespace PerfIndicators.Lint;

/// <summary>
/// The rules the linter knows: each id with its code and the parameters a policy must give it. A policy can switch a
/// rule off, change its severity and parameters, never add code: an id not listed here is an error in the file.
/// </summary>
internal static class LintRuleCatalog
{
    /// <summary>A rule's code and its parameters: names of numbers and of word lists.</summary>
    public sealed record Entry(string Code, string[] Numbers, string[] Lists);

    /// <summary>Every rule id the linter implements.</summary>
    public static readonly FrozenDictionary<string, Entry> Rules = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        [LintRuleIds.OutputSubcategories] = new(DiagnosticCodes.LintOutputSubcategoryMissing, [], ["required"]),
        [LintRuleIds.BenefitPresent] = new(DiagnosticCodes.LintBenefitMissing, [], []),
        [LintRuleIds.SatisfactionPresent] = new(DiagnosticCodes.LintSatisfactionMissing, [], []),
        [LintRuleIds.CostPresent] = new(DiagnosticCodes.LintCostMissing, [], []),
        [LintRuleIds.OnlyQualitative] = new(DiagnosticCodes.LintOnlyQualitative, [], []),
        [LintRuleIds.VagueTarget] = new(DiagnosticCodes.LintVagueTarget, [], ["words", "bareWords"]),
        [LintRuleIds.QuantitativeNameQualitativeValue] = new(DiagnosticCodes.LintQuantitativeNameQualitativeValue, [], ["nameEndings"]),
        [LintRuleIds.MissingUnit] = new(DiagnosticCodes.LintMissingUnit, [], ["unitlessNameEndings"]),
        [LintRuleIds.InconsistentUnit] = new(DiagnosticCodes.LintInconsistentUnit, [], ["percentNameEndings"]),
        [LintRuleIds.RateOutOfRange] = new(DiagnosticCodes.LintRateOutOfRange, ["minimum", "maximum"], ["exemptNameWords"]),
        [LintRuleIds.SatisfactionBelow] = new(DiagnosticCodes.LintSatisfactionBelowMinimum, ["minimum"], []),
        [LintRuleIds.DeadlineOutsideYear] = new(DiagnosticCodes.LintDeadlineOutsideYear, [], []),
        [LintRuleIds.TargetRestatesName] = new(DiagnosticCodes.LintTargetRestatesName, [], []),
        [LintRuleIds.DuplicateIndicator] = new(DiagnosticCodes.LintDuplicateIndicator, [], []),
        [LintRuleIds.BelowPrevious] = new(DiagnosticCodes.LintBelowPrevious, [], []),
        [LintRuleIds.CostAboveBudget] = new(DiagnosticCodes.LintCostAboveBudget, [], []),
        [LintRuleIds.IndicatorsWithoutAmount] = new(DiagnosticCodes.LintIndicatorsWithoutAmount, [], []),
        [LintRuleIds.AmountWithoutIndicators] = new(DiagnosticCodes.LintAmountWithoutIndicators, [], []),
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
