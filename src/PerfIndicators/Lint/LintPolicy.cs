using System.Collections.Concurrent;
using System.Collections.Immutable;
using PerfIndicators.Scoring;
using PerfIndicators.Scoring.Rules;

namespace PerfIndicators.Lint;

/// <summary>
/// A lint policy (绩效目标审核与运行监控要点): the rules of target review with their severities and sources, and the
/// thresholds of mid-year monitoring. The national set (<c>rules/lint/national.json</c>) is embedded; a province's
/// file <c>extends</c> it and switches rules off or changes their parameters. Immutable once loaded.
/// </summary>
public sealed class LintPolicy
{
    private static readonly ConcurrentDictionary<string, Lazy<LintPolicy?>> Embedded = new(StringComparer.Ordinal);

    internal LintPolicy(string id, string name, string jurisdiction, string version, string source, ImmutableArray<LintRule> rules, MonitoringThresholds monitoring)
    {
        Id = id;
        Name = name;
        Jurisdiction = jurisdiction;
        Version = version;
        Source = source;
        Rules = rules;
        Monitoring = monitoring;
    }

    /// <summary>The embedded national policy.</summary>
    /// <exception cref="InvalidOperationException">The assembly lacks it (a broken build).</exception>
    public static LintPolicy National => Get("national") ?? throw new InvalidOperationException("The embedded national lint policy is missing from the assembly.");

    /// <summary>The ids of the embedded lint policies.</summary>
    public static ImmutableArray<string> EmbeddedIds => LintPolicyReader.EmbeddedIds;

    /// <summary>The policy's id, e.g. <c>national</c>.</summary>
    public string Id { get; }

    /// <summary>Its Chinese name.</summary>
    public string Name { get; }

    /// <summary>The jurisdiction it applies to, e.g. 全国.</summary>
    public string Jurisdiction { get; }

    /// <summary>Its version, reported with every review.</summary>
    public string Version { get; }

    /// <summary>Where it was loaded from: a path or <c>embedded:&lt;id&gt;</c>.</summary>
    public string Source { get; }

    /// <summary>Every rule, on or off, in file order.</summary>
    public ImmutableArray<LintRule> Rules { get; }

    /// <summary>The thresholds of mid-year monitoring.</summary>
    public MonitoringThresholds Monitoring { get; }

    /// <summary>The rule <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">The policy has no such rule.</exception>
    public LintRule Rule(string id) => Rules.FirstOrDefault(r => r.Id == id) ?? throw new KeyNotFoundException("The lint policy has no rule \"" + id + "\".");

    /// <summary>Reads a lint policy from its JSON text (comments and trailing commas allowed).</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">A name for messages: the path.</param>
    /// <param name="findBase">Finds a policy named by <c>extends</c> before the embedded ones (a file beside this one), or <see langword="null"/>.</param>
    /// <exception cref="LintPolicyException">The file is not a valid lint policy.</exception>
    public static LintPolicy Parse(string json, string source = "inline", Func<string, PolicyText?>? findBase = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        return LintPolicyReader.Load(json, source, findBase);
    }

    /// <summary>The embedded lint policy <paramref name="id"/>, or <see langword="null"/> when there is none.</summary>
    public static LintPolicy? Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ScoringPolicy.IsValidId(id)
            ? Embedded.GetOrAdd(id, static key => new Lazy<LintPolicy?>(() => LintPolicyReader.ReadEmbedded(key) is { } json ? LintPolicyReader.Load(json, "embedded:" + key, null) : null)).Value
            : null;
    }

    /// <inheritdoc/>
    public override string ToString() => Id + " " + Version;
}
