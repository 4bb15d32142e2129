using System.Collections.Immutable;
using PerfIndicators.Scoring.Rules;

namespace PerfIndicators.Scoring;

/// <summary>
/// A scoring policy (评分办法) of a jurisdiction and years: its settings (<see cref="Parameters"/>) and its rules, read
/// from a policy file (<c>rules/*.json</c>) and compiled once. Immutable and thread-safe: load it once and score any
/// number of projects with an <see cref="Evaluator"/>.
/// </summary>
/// <remarks>
/// Every shipped policy (<c>national</c>, <c>national-linear</c>, <c>hubei</c>, <c>execution-caps</c>,
/// <c>national-integer</c>) is embedded in the assembly, so <see cref="Get(string)"/> works with no files on
/// disk. Loading checks every setting and compiles every rule; a broken file throws <see cref="ScoringPolicyException"/>
/// naming the file, the rule and the expression.
/// </remarks>
public sealed class ScoringPolicy
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<ScoringPolicy?>> Embedded = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<WorkflowDto> workflowDefinitions;

    internal ScoringPolicy(
        string id,
        string name,
        string jurisdiction,
        string version,
        string? description,
        int firstFiscalYear,
        int? lastFiscalYear,
        PolicyParameters parameters,
        CompiledWorkflow<IndicatorFacts> indicatorWorkflow,
        CompiledWorkflow<BudgetFacts> budgetWorkflow,
        IReadOnlyList<WorkflowDto> workflowDefinitions,
        string source,
        string contentHash)
    {
        Id = id;
        Name = name;
        Jurisdiction = jurisdiction;
        Version = version;
        Description = description;
        FirstFiscalYear = firstFiscalYear;
        LastFiscalYear = lastFiscalYear;
        Parameters = parameters;
        IndicatorWorkflow = indicatorWorkflow;
        BudgetWorkflow = budgetWorkflow;
        this.workflowDefinitions = workflowDefinitions;
        Source = source;
        ContentHash = contentHash;
    }

    /// <summary>The national policy (财预〔2020〕10号 defaults), embedded in the assembly.</summary>
    public static ScoringPolicy National => FromEmbedded("national")
        ?? throw new InvalidOperationException("The embedded national policy is missing from the assembly.");

    /// <summary>The ids of the policies embedded in the assembly, in order.</summary>
    public static ImmutableArray<string> EmbeddedIds => PolicyLoader.EmbeddedIds;

    /// <summary>The policy's id (<c>national</c>, <c>hubei</c> …): lower-case letters, digits and hyphens.</summary>
    public string Id { get; }

    /// <summary>The policy's name in Chinese, e.g. <c>全国通用（财预〔2020〕10号）</c>.</summary>
    public string Name { get; }

    /// <summary>The jurisdiction (适用地区), e.g. <c>全国</c>, <c>湖北省</c>.</summary>
    public string Jurisdiction { get; }

    /// <summary>The policy's version; it is reported with every assessment.</summary>
    public string Version { get; }

    /// <summary>A description of the policy and its sources, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>The first fiscal year the policy applies to.</summary>
    public int FirstFiscalYear { get; }

    /// <summary>The last fiscal year the policy applies to, or <see langword="null"/> when still in force.</summary>
    public int? LastFiscalYear { get; }

    /// <summary>The settings: weights, bands, thresholds, rounding, grades …</summary>
    public PolicyParameters Parameters { get; }

    /// <summary>Where the policy was read from: a file path, or <c>embedded:&lt;id&gt;</c>.</summary>
    public string Source { get; }

    /// <summary>The SHA-256 (hex) of the policy as resolved (after <c>extends</c>), part of every assessment's fingerprint.</summary>
    public string ContentHash { get; }

    /// <summary>The rule ids of the <c>indicator</c> workflow, in the order they are tried.</summary>
    public ImmutableArray<string> IndicatorRuleIds => [.. IndicatorWorkflow.Rules.Select(r => r.Name)];

    /// <summary>The rule ids of the <c>budget-execution</c> workflow, in the order they are tried.</summary>
    public ImmutableArray<string> BudgetRuleIds => [.. BudgetWorkflow.Rules.Select(r => r.Name)];

    /// <summary>The fiscal years as printed: <c>2020–</c> or <c>2021–2023</c>.</summary>
    public string FiscalYearsText => FirstFiscalYear + "–" + (LastFiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);

    internal CompiledWorkflow<IndicatorFacts> IndicatorWorkflow { get; }

    internal CompiledWorkflow<BudgetFacts> BudgetWorkflow { get; }

    /// <summary>Whether the policy is in force for <paramref name="fiscalYear"/>.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    public bool AppliesTo(int fiscalYear) => fiscalYear >= FirstFiscalYear && (LastFiscalYear is null || fiscalYear <= LastFiscalYear);

    /// <summary>Loads a policy from JSON text.</summary>
    /// <param name="json">The policy file's text.</param>
    /// <param name="source">A name for messages (e.g. the file name).</param>
    /// <param name="findBase">
    /// Finds a base policy named by <c>extends</c> (given its id) before the embedded policies are searched, or
    /// <see langword="null"/> to search only those. Reading policy files from a folder is the format adapters' work
    /// (<c>PerfIndicators.Formats.Files.PolicyFiles</c>).
    /// </param>
    /// <exception cref="ScoringPolicyException">When the text is not a valid policy.</exception>
    public static ScoringPolicy Parse(string json, string source = "inline", Func<string, PolicyText?>? findBase = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        return PolicyLoader.Load(json, source, findBase);
    }

    /// <summary>Finds an embedded policy by its id (<c>national</c>, <c>hubei</c> …; see <see cref="EmbeddedIds"/>).</summary>
    /// <param name="id">A policy id.</param>
    /// <exception cref="KeyNotFoundException">When no embedded policy has that id.</exception>
    public static ScoringPolicy Get(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return (IsValidId(id) ? FromEmbedded(id) : null)
            ?? throw new KeyNotFoundException("No scoring policy has the id \"" + id + "\". Known: " + string.Join(", ", EmbeddedIds) + ".");
    }

    /// <summary>The embedded policies, ordered by id.</summary>
    public static IReadOnlyList<ScoringPolicy> Available() => [.. EmbeddedIds.Order(StringComparer.Ordinal).Select(Get)];

    /// <summary>Whether <paramref name="text"/> has the form of a policy id: 1 to 64 lower-case letters, digits and hyphens.</summary>
    /// <param name="text">The text.</param>
    public static bool IsValidId(string text) =>
        text.Length is > 0 and <= 64 && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>The policy's workflows as RulesEngine objects, so RulesEngine itself can run them (used to check that both agree).</summary>
    internal IReadOnlyList<RulesEngine.Models.Workflow> ToRulesEngineWorkflows() => RulesEngineFeatures.ToRulesEngine(workflowDefinitions);

    /// <summary>Returns <c>id version</c>.</summary>
    public override string ToString() => Id + " " + Version;

    private static ScoringPolicy? FromEmbedded(string id) =>
        Embedded.GetOrAdd(id, static key => new Lazy<ScoringPolicy?>(() => PolicyLoader.LoadEmbedded(key))).Value;
}
