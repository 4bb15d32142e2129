using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfIndicators.Lint;

namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// Reads a lint policy file (<c>rules/lint/*.json</c>): <c>extends</c> resolved as for scoring policies (objects merged
/// key by key, so a province's <c>"rules": { "cost-present": { "enabled": false } }</c> changes one setting), then every
/// rule and setting checked against <see cref="LintRuleCatalog"/>. Any problem throws <see cref="LintPolicyException"/>.
/// </summary>
internal static class LintPolicyReader
{
    private const string ResourcePrefix = "PerfIndicators.LintRules.";

    private static readonly string[] TopLevelKeys = ["$schema", "id", "name", "jurisdiction", "version", "rules", "monitoring"];
    private static readonly string[] RuleKeys = ["code", "severity", "enabled", "source", "description", "parameters"];
    private static readonly string[] MonitoringKeys = ["source", "yellowGap", "redGap", "aheadGap", "deadlineWarningDays", "cumulativeSubcategories"];

    /// <summary>The ids of the embedded lint policies.</summary>
    public static ImmutableArray<string> EmbeddedIds { get; } = PolicyLoader.EmbeddedIdsUnder(ResourcePrefix);

    /// <summary>The embedded lint policy <paramref name="id"/>'s text, or <see langword="null"/>.</summary>
    public static string? ReadEmbedded(string id) => PolicyLoader.ReadEmbedded(ResourcePrefix, id);

    /// <summary>Loads a lint policy from <paramref name="json"/>.</summary>
    public static LintPolicy Load(string json, string source, Func<string, PolicyText?>? findBase)
    {
        JsonObject root;
        try
        {
            root = PolicyLoader.Resolve(json, source, findBase, ReadEmbedded);
        }
        catch (ScoringPolicyException e)
        {
            throw new LintPolicyException(e.PolicySource, null, e.Problem, e);
        }

        CheckKeys(root, TopLevelKeys, source, null, "$");
        var id = RequiredString(root, "id", source, null);
        if (!ScoringPolicy.IsValidId(id))
        {
            throw new LintPolicyException(source, null, "\"id\" must be lower-case letters, digits and hyphens");
        }

        if (root["rules"] is not JsonObject rulesNode)
        {
            throw new LintPolicyException(source, null, "\"rules\" must be an object of rules by id");
        }

        var rules = ImmutableArray.CreateBuilder<LintRule>();
        foreach (var (ruleId, node) in rulesNode)
        {
            rules.Add(ReadRule(ruleId, node, source));
        }

        foreach (var known in LintRuleCatalog.Rules.Keys.Where(k => rules.All(r => r.Id != k)).Order(StringComparer.Ordinal))
        {
            throw new LintPolicyException(source, known, "the rule is missing (switch it off with \"enabled\": false instead)");
        }

        return new LintPolicy(
            id,
            RequiredString(root, "name", source, null),
            RequiredString(root, "jurisdiction", source, null),
            RequiredString(root, "version", source, null),
            source,
            rules.ToImmutable(),
            ReadMonitoring(root["monitoring"], source));
    }

    private static LintRule ReadRule(string id, JsonNode? node, string source)
    {
        if (!LintRuleCatalog.Rules.TryGetValue(id, out var entry))
        {
            throw new LintPolicyException(source, id, "no such rule; known: " + string.Join(", ", LintRuleCatalog.Rules.Keys.Order(StringComparer.Ordinal)));
        }

        if (node is not JsonObject rule)
        {
            throw new LintPolicyException(source, id, "a rule must be an object");
        }

        CheckKeys(rule, RuleKeys, source, id, "$.rules." + id);
        var code = RequiredString(rule, "code", source, id);
        if (code != entry.Code)
        {
            throw new LintPolicyException(source, id, "the code is " + entry.Code + ", not " + code + " (codes are stable)");
        }

        var severity = RequiredString(rule, "severity", source, id) switch
        {
            "info" => DiagnosticSeverity.Info,
            "warning" => DiagnosticSeverity.Warning,
            "error" => DiagnosticSeverity.Error,
            _ => throw new LintPolicyException(source, id, "\"severity\" must be info, warning or error"),
        };
        var enabled = rule["enabled"] is { } enabledNode && enabledNode.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? enabledNode.GetValue<bool>()
            : throw new LintPolicyException(source, id, "\"enabled\" must be true or false");

        var parameters = rule["parameters"] as JsonObject;
        if (rule["parameters"] is not null && parameters is null)
        {
            throw new LintPolicyException(source, id, "\"parameters\" must be an object");
        }

        parameters ??= [];
        CheckKeys(parameters, [.. entry.Numbers, .. entry.Lists], source, id, "$.rules." + id + ".parameters");
        var numbers = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (var name in entry.Numbers)
        {
            numbers[name] = Number(parameters[name], source, id, name);
        }

        var lists = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var name in entry.Lists)
        {
            lists[name] = Words(parameters[name], source, id, name);
        }

        return new LintRule(id, code, severity, enabled, RequiredString(rule, "source", source, id), RequiredString(rule, "description", source, id))
        {
            Numbers = numbers.ToImmutable(),
            Lists = lists.ToImmutable(),
        };
    }

    private static MonitoringThresholds ReadMonitoring(JsonNode? node, string source)
    {
        const string Rule = "monitoring";
        if (node is not JsonObject monitoring)
        {
            throw new LintPolicyException(source, null, "\"monitoring\" must be an object of thresholds");
        }

        CheckKeys(monitoring, MonitoringKeys, source, Rule, "$.monitoring");
        var yellow = Number(monitoring["yellowGap"], source, Rule, "yellowGap");
        var red = Number(monitoring["redGap"], source, Rule, "redGap");
        if (yellow < 0m || red < yellow)
        {
            throw new LintPolicyException(source, Rule, "need 0 ≤ yellowGap ≤ redGap");
        }

        var days = Number(monitoring["deadlineWarningDays"], source, Rule, "deadlineWarningDays");
        if (days < 0m || days > 366m || days != decimal.Truncate(days))
        {
            throw new LintPolicyException(source, Rule, "\"deadlineWarningDays\" must be a whole number of days from 0 to 366");
        }

        var subcategories = Words(monitoring["cumulativeSubcategories"], source, Rule, "cumulativeSubcategories")
            .Select(w => Enum.TryParse<IndicatorSubcategory>(w, ignoreCase: true, out var s) && char.IsLower(w[0]) && !int.TryParse(w, out _)
                ? s
                : throw new LintPolicyException(source, Rule, "\"" + w + "\" is not a 二级指标 such as quantity, quality, timeliness"))
            .ToImmutableArray();
        return new MonitoringThresholds(yellow, red, Number(monitoring["aheadGap"], source, Rule, "aheadGap"), (int)days, subcategories, RequiredString(monitoring, "source", source, Rule));
    }

    private static void CheckKeys(JsonObject obj, string[] allowed, string source, string? rule, string path)
    {
        foreach (var (key, _) in obj)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                throw new LintPolicyException(source, rule, "unknown setting at " + path + "." + key);
            }
        }
    }

    private static string RequiredString(JsonObject obj, string key, string source, string? rule) =>
        obj[key] is { } node && node.GetValueKind() == JsonValueKind.String && node.GetValue<string>() is { Length: > 0 } text
            ? text
            : throw new LintPolicyException(source, rule, "\"" + key + "\" must be a non-empty string");

    private static decimal Number(JsonNode? node, string source, string rule, string name)
    {
        if (node is null || node.GetValueKind() != JsonValueKind.Number)
        {
            throw new LintPolicyException(source, rule, "the parameter \"" + name + "\" must be a number");
        }

        return decimal.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new LintPolicyException(source, rule, "the parameter \"" + name + "\" is out of range");
    }

    private static ImmutableArray<string> Words(JsonNode? node, string source, string rule, string name) =>
        node is JsonArray array && array.All(w => w is not null && w.GetValueKind() == JsonValueKind.String && w.GetValue<string>().Length > 0)
            ? [.. array.Select(w => w!.GetValue<string>())]
            : throw new LintPolicyException(source, rule, "the parameter \"" + name + "\" must be a list of non-empty strings");
}
