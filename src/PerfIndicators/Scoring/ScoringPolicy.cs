using System.Collections.Immutable;
using System.Text;
using PerfIndicators.Scoring.Rules;

namespace PerfIndicators.Scoring;

/// <summary>
/// A scoring policy (评分办法) of a jurisdiction and years: its settings (<see cref="Parameters"/>) and its rules, read
/// from a policy file (<c>rules/*.json</c>) and compiled once. Immutable and thread-safe: load it once and score any
/// number of projects with an <see cref="Evaluator"/>.
/// </summary>
/// <remarks>
/// Every shipped policy (<c>national</c>, <c>national-linear</c>, <c>hubei</c>, <c>execution-caps</c>,
/// <c>national-integer</c>) is embedded in the assembly, so <see cref="Get(string, string?)"/> works with no files on
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

    /// <summary>Loads a policy file.</summary>
    /// <param name="path">The file's path. A base named by <c>extends</c> is looked for beside it, then among the embedded policies.</param>
    /// <exception cref="ScoringPolicyException">When the file is invalid.</exception>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    public static ScoringPolicy Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        return PolicyLoader.Load(File.ReadAllText(full, Encoding.UTF8), path, Path.GetDirectoryName(full));
    }

    /// <summary>Loads a policy from JSON text.</summary>
    /// <param name="json">The policy file's text.</param>
    /// <param name="source">A name for messages (e.g. the file name).</param>
    /// <param name="baseDirectory">Where to look for a base named by <c>extends</c> before the embedded policies, or <see langword="null"/>.</param>
    /// <exception cref="ScoringPolicyException">When the text is not a valid policy.</exception>
    public static ScoringPolicy Parse(string json, string source = "inline", string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        return PolicyLoader.Load(json, source, baseDirectory);
    }

    /// <summary>
    /// Finds a policy by id or path: a path to a <c>.json</c> file is loaded; an id is looked up as
    /// <c>&lt;rulesDirectory&gt;/&lt;id&gt;.json</c>, then among the embedded policies.
    /// </summary>
    /// <param name="idOrPath">A policy id (<c>hubei</c>) or a file path.</param>
    /// <param name="rulesDirectory">A directory of policy files to search first, or <see langword="null"/>.</param>
    /// <exception cref="ScoringPolicyException">When the file is invalid.</exception>
    /// <exception cref="KeyNotFoundException">When no policy has that id.</exception>
    public static ScoringPolicy Get(string idOrPath, string? rulesDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrPath);
        if (!IsValidId(idOrPath))
        {
            return Load(idOrPath);
        }

        if (rulesDirectory is not null)
        {
            var candidate = Path.Combine(rulesDirectory, idOrPath + ".json");
            if (File.Exists(candidate))
            {
                return Load(candidate);
            }
        }

        return FromEmbedded(idOrPath)
            ?? throw new KeyNotFoundException("No scoring policy has the id \"" + idOrPath + "\". Known: " + string.Join(", ", EmbeddedIds) + ".");
    }

    /// <summary>The embedded policies, plus those in <paramref name="rulesDirectory"/> (which win when ids clash), ordered by id.</summary>
    /// <param name="rulesDirectory">A directory of policy files, or <see langword="null"/>.</param>
    /// <exception cref="ScoringPolicyException">When a file is invalid.</exception>
    public static IReadOnlyList<ScoringPolicy> Available(string? rulesDirectory = null)
    {
        var policies = new SortedDictionary<string, ScoringPolicy>(StringComparer.Ordinal);
        foreach (var id in EmbeddedIds)
        {
            policies[id] = Get(id);
        }

        if (rulesDirectory is not null && Directory.Exists(rulesDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(rulesDirectory, "*.json").Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(file) == "policy.schema.json")
                {
                    continue;
                }

                var policy = Load(file);
                policies[policy.Id] = policy;
            }
        }

        return [.. policies.Values];
    }

    /// <summary>Whether <paramref name="text"/> has the form of a policy id (lower-case letters, digits, hyphens).</summary>
    internal static bool IsValidId(string text) =>
        text.Length is > 0 and <= 64 && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>The policy's workflows as RulesEngine objects, so RulesEngine itself can run them (used to check that both agree).</summary>
    internal IReadOnlyList<RulesEngine.Models.Workflow> ToRulesEngineWorkflows() =>
    [
        .. workflowDefinitions.Select(w => new RulesEngine.Models.Workflow
        {
            WorkflowName = w.WorkflowName,
            Rules = [.. (w.Rules ?? []).Where(r => r.Enabled ?? true).Select(r => new RulesEngine.Models.Rule
            {
                RuleName = r.RuleName,
                Expression = r.Expression,
                RuleExpressionType = RulesEngine.Models.RuleExpressionType.LambdaExpression,
                Actions = r.Actions?.OnSuccess is { } success
                    ? new RulesEngine.Models.RuleActions
                    {
                        OnSuccess = new RulesEngine.Models.ActionInfo
                        {
                            Name = success.Name,
                            Context = success.Context?.ToDictionary(kv => kv.Key == "expression" ? "Expression" : kv.Key, kv => (object)kv.Value),
                        },
                    }
                    : null,
            })],
        }),
    ];

    /// <summary>Returns <c>id version</c>.</summary>
    public override string ToString() => Id + " " + Version;

    private static ScoringPolicy? FromEmbedded(string id) =>
        Embedded.GetOrAdd(id, static key => new Lazy<ScoringPolicy?>(() => PolicyLoader.LoadEmbedded(key))).Value;
}
