using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// Reads a policy file: JSON with comments allowed, <c>extends</c> resolved (a variant names its base and overrides
/// settings), every setting checked, every rule compiled. Any problem throws <see cref="ScoringPolicyException"/>.
/// </summary>
internal static class PolicyLoader
{
    /// <summary>The workflow that scores indicators.</summary>
    public const string IndicatorWorkflow = "indicator";

    /// <summary>The workflow that scores budget execution.</summary>
    public const string BudgetWorkflow = "budget-execution";

    private const string ResourcePrefix = "PerfIndicators.Rules.";
    private const int MaxExtendsDepth = 8;

    /// <summary>Placeholders an indicator rule's explanation may use.</summary>
    public static readonly FrozenSet<string> IndicatorPlaceholders = new[]
    {
        "A", "B", "W", "score", "ratio", "target", "actual", "min", "max", "tier", "share", "evaluatorScore", "rule", "detail", "daysLate",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Placeholders a budget rule's explanation may use.</summary>
    public static readonly FrozenSet<string> BudgetPlaceholders = new[]
    {
        "R", "W", "score", "initial", "adjusted", "executed",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 32,

        // A key written twice is an error in the file (and JsonObject would throw ArgumentException on it).
        AllowDuplicateProperties = false,
    };

    /// <summary>The ids of the policies embedded in the assembly.</summary>
    public static ImmutableArray<string> EmbeddedIds { get; } =
    [
        .. typeof(PolicyLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".json".Length])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Reads the embedded policy <paramref name="id"/>, or returns <see langword="null"/> when there is none.</summary>
    public static string? ReadEmbedded(string id)
    {
        using var stream = typeof(PolicyLoader).Assembly.GetManifestResourceStream(ResourcePrefix + id + ".json");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Loads the embedded policy <paramref name="id"/>, from its precompiled form when its files are unchanged, or returns <see langword="null"/> when there is none.</summary>
    public static ScoringPolicy? LoadEmbedded(string id)
    {
        var json = ReadEmbedded(id);
        if (json is null)
        {
            return null;
        }

        var source = "embedded:" + id;
        return PrecompiledPolicies.Find(id) is { } ready && ready.IsCurrent(ReadEmbedded)
            ? Build(ready.Create(), source, ready.ContentHash)
            : Load(json, source, directory: null);
    }

    /// <summary>Loads a policy from its JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">A name for messages: the path, or <c>embedded:&lt;id&gt;</c>.</param>
    /// <param name="directory">Where to look for a base policy named by <c>extends</c> before the embedded ones.</param>
    public static ScoringPolicy Load(string json, string source, string? directory)
    {
        var (dto, hash) = Read(json, source, directory);
        return Build(dto, source, hash);
    }

    /// <summary>Reads a policy file into its settings object (after <c>extends</c>) and its content hash, without checking the settings.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">A name for messages.</param>
    /// <param name="directory">Where to look for a base policy named by <c>extends</c> before the embedded ones.</param>
    public static (PolicyFileDto Dto, string Hash) Read(string json, string source, string? directory)
    {
        var merged = Resolve(json, source, directory, depth: 0, new HashSet<string>(StringComparer.Ordinal));
        PolicyFileDto dto;
        try
        {
            dto = merged.Deserialize(PolicyJsonContext.Default.PolicyFileDto)
                ?? throw new ScoringPolicyException(source, null, null, "the file is empty");
        }
        catch (JsonException e)
        {
            throw new ScoringPolicyException(source, null, null, "unknown or invalid setting at " + (e.Path ?? "$") + ": " + FirstSentence(e.Message), e);
        }

        var canonical = merged.ToJsonString();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        return (dto, hash);
    }

    private static JsonObject Resolve(string json, string source, string? directory, int depth, HashSet<string> seen)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new ScoringPolicyException(source, null, null, "invalid JSON at line " + ((e.LineNumber ?? 0) + 1) + ", position " + ((e.BytePositionInLine ?? 0) + 1) + ": " + FirstSentence(e.Message), e);
        }

        if (node is not JsonObject obj)
        {
            throw new ScoringPolicyException(source, null, null, "the file must hold one JSON object");
        }

        if (!obj.TryGetPropertyValue("extends", out var extendsNode) || extendsNode is null)
        {
            return obj;
        }

        var baseId = extendsNode.GetValueKind() == JsonValueKind.String ? extendsNode.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(baseId) || !ScoringPolicy.IsValidId(baseId))
        {
            throw new ScoringPolicyException(source, null, null, "\"extends\" must name a policy id such as \"national\"");
        }

        if (depth >= MaxExtendsDepth || !seen.Add(baseId))
        {
            throw new ScoringPolicyException(source, null, null, "\"extends\": \"" + baseId + "\" forms a cycle or is nested too deeply");
        }

        string? baseJson = null;
        string baseSource = "embedded:" + baseId;
        var baseDirectory = directory;
        if (directory is not null)
        {
            var candidate = Path.Combine(directory, baseId + ".json");
            if (File.Exists(candidate))
            {
                baseJson = File.ReadAllText(candidate, Encoding.UTF8);
                baseSource = candidate;
            }
        }

        baseJson ??= ReadEmbedded(baseId);
        if (baseJson is null)
        {
            throw new ScoringPolicyException(source, null, null, "\"extends\": no policy with id \"" + baseId + "\" was found");
        }

        var merged = Resolve(baseJson, baseSource, baseDirectory, depth + 1, seen);
        obj.Remove("extends");
        Merge(merged, obj);
        return merged;
    }

    /// <summary>Merges <paramref name="overrides"/> into <paramref name="target"/>: objects key by key, workflows by name, everything else replaced.</summary>
    private static void Merge(JsonObject target, JsonObject overrides)
    {
        foreach (var (key, value) in overrides.ToList())
        {
            overrides.Remove(key);
            if (value is JsonObject child && target[key] is JsonObject existing)
            {
                Merge(existing, child);
            }
            else if (key == "workflows" && value is JsonArray workflows && target[key] is JsonArray baseWorkflows)
            {
                foreach (var workflow in workflows.ToList())
                {
                    workflows.Remove(workflow);
                    var name = workflow?["workflowName"]?.ToString();
                    var index = baseWorkflows.ToList().FindIndex(w => w?["workflowName"]?.ToString() == name);
                    if (index >= 0)
                    {
                        baseWorkflows[index] = workflow;
                    }
                    else
                    {
                        baseWorkflows.Add(workflow);
                    }
                }
            }
            else
            {
                target[key] = value;
            }
        }
    }

    private static ScoringPolicy Build(PolicyFileDto dto, string source, string hash)
    {
        string Required(string? value, string name) =>
            string.IsNullOrWhiteSpace(value) ? throw Missing(source, name) : value;

        var id = Required(dto.Id, "id");
        if (!ScoringPolicy.IsValidId(id))
        {
            throw new ScoringPolicyException(source, null, null, "the id \"" + id + "\" must be lower-case letters, digits and hyphens");
        }

        var fiscal = dto.FiscalYears ?? throw Missing(source, "fiscalYears");
        var from = fiscal.From ?? throw Missing(source, "fiscalYears.from");
        if (fiscal.To is int to && to < from)
        {
            throw new ScoringPolicyException(source, null, null, "fiscalYears.to is before fiscalYears.from");
        }

        var parameters = BuildParameters(dto.Parameters ?? throw Missing(source, "parameters"), source);
        var workflows = dto.Workflows ?? throw Missing(source, "workflows");
        foreach (var extra in workflows.Where(w => w.WorkflowName is not (IndicatorWorkflow or BudgetWorkflow)))
        {
            throw new ScoringPolicyException(source, null, null, "unknown workflow \"" + extra.WorkflowName + "\"; a policy has the workflows \"" + IndicatorWorkflow + "\" and \"" + BudgetWorkflow + "\"");
        }

        var compiler = new RuleCompiler();
        var indicator = CompileWorkflow<IndicatorFacts>(workflows, IndicatorWorkflow, IndicatorPlaceholders, compiler, source);
        var budget = CompileWorkflow<BudgetFacts>(workflows, BudgetWorkflow, BudgetPlaceholders, compiler, source);

        return new ScoringPolicy(
            id,
            Required(dto.Name, "name"),
            Required(dto.Jurisdiction, "jurisdiction"),
            Required(dto.Version, "version"),
            dto.Description,
            from,
            fiscal.To,
            parameters,
            indicator,
            budget,
            workflows,
            source,
            hash);
    }

    private static PolicyParameters BuildParameters(ParametersDto dto, string source)
    {
        var weightsDto = dto.Weights ?? throw Missing(source, "parameters.weights");
        var execution = weightsDto.BudgetExecution ?? throw Missing(source, "parameters.weights.budgetExecution");
        var levelDtos = weightsDto.Levels ?? throw Missing(source, "parameters.weights.levels");
        var levels = new List<LevelWeight>();
        foreach (var (level, i) in levelDtos.Select((l, i) => (l, i)))
        {
            var path = "parameters.weights.levels[" + i + "]";
            var categories = level.Categories ?? throw Missing(source, path + ".categories");
            if (categories.Count == 0)
            {
                throw Invalid(source, path + ".categories must name at least one category");
            }

            levels.Add(new LevelWeight(
                level.Name ?? throw Missing(source, path + ".name"),
                new ValueList<IndicatorCategory>(categories),
                NonNegative(level.Points ?? throw Missing(source, path + ".points"), path + ".points", source),
                new ValueList<IndicatorCategory>(level.WhenEmptyMoveTo ?? [])));
        }

        var duplicated = levels.SelectMany(l => l.Categories).GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (duplicated is not null)
        {
            throw Invalid(source, "parameters.weights.levels: the category " + duplicated.Key + " is in more than one level");
        }

        var sum = execution + levels.Sum(l => l.Points);
        if (sum != 100m)
        {
            throw Invalid(source, "parameters.weights add up to " + sum + ", not 100");
        }

        var q = dto.Qualitative ?? throw Missing(source, "parameters.qualitative");
        var qualitative = new QualitativeParameters(
            Band(q.Achieved, "achieved", source),
            Band(q.PartiallyAchieved, "partiallyAchieved", source),
            Band(q.NotAchieved, "notAchieved", source),
            new ValueList<string>(q.AchievedWords ?? throw Missing(source, "parameters.qualitative.achievedWords")));

        var over = dto.OverAchievement ?? throw Missing(source, "parameters.overAchievement");
        var overAchievement = new OverAchievementParameters(
            over.Threshold ?? throw Missing(source, "parameters.overAchievement.threshold"),
            over.Action ?? throw Missing(source, "parameters.overAchievement.action"),
            NonNegative(over.DeductPoints ?? 0m, "parameters.overAchievement.deductPoints", source));
        if (overAchievement.Threshold <= 1m)
        {
            throw Invalid(source, "parameters.overAchievement.threshold must be above 1 (1.2 means 20% over the target)");
        }

        if (overAchievement.Action == OverAchievementAction.Deduct && overAchievement.DeductPoints <= 0m)
        {
            throw Invalid(source, "parameters.overAchievement.deductPoints must be positive when the action is deduct");
        }

        var caps = ImmutableArray.CreateBuilder<ExecutionCap>();
        foreach (var (cap, i) in (dto.ExecutionCaps ?? throw Missing(source, "parameters.executionCaps")).Select((c, i) => (c, i)))
        {
            var path = "parameters.executionCaps[" + i + "]";
            var rate = cap.RateBelow ?? throw Missing(source, path + ".rateBelow");
            var max = cap.MaxTotal ?? throw Missing(source, path + ".maxTotal");
            if (rate is <= 0m or > 1m || max is < 0m or > 100m)
            {
                throw Invalid(source, path + ": rateBelow must be in (0, 1] and maxTotal in [0, 100]");
            }

            caps.Add(new ExecutionCap(rate, max));
        }

        var roundingDto = dto.Rounding ?? throw Missing(source, "parameters.rounding");
        var decimals = roundingDto.Decimals ?? throw Missing(source, "parameters.rounding.decimals");
        if (decimals is < 0 or > 4)
        {
            throw Invalid(source, "parameters.rounding.decimals must be 0 to 4");
        }

        var rounding = new ScoreRounding(roundingDto.Mode ?? throw Missing(source, "parameters.rounding.mode"), decimals);

        var grades = ImmutableArray.CreateBuilder<GradeCutoff>();
        foreach (var (grade, i) in (dto.Grades ?? throw Missing(source, "parameters.grades")).Select((g, i) => (g, i)))
        {
            grades.Add(new GradeCutoff(
                grade.Grade ?? throw Missing(source, "parameters.grades[" + i + "].grade"),
                grade.MinTotal ?? throw Missing(source, "parameters.grades[" + i + "].minTotal")));
        }

        if (grades.Count == 0 || grades.Zip(grades.Skip(1)).Any(pair => pair.First.MinTotal <= pair.Second.MinTotal))
        {
            throw Invalid(source, "parameters.grades must list at least one grade, highest cut-off first");
        }

        var reasonBelow = dto.ExecutionReasonBelow ?? throw Missing(source, "parameters.executionReasonBelow");
        if (reasonBelow is < 0m or > 1m)
        {
            throw Invalid(source, "parameters.executionReasonBelow is a fraction in [0, 1] (0.9 for 90%)");
        }

        return new PolicyParameters(
            new PolicyWeights(execution, new ValueList<LevelWeight>(levels)),
            qualitative,
            overAchievement,
            caps.ToImmutable(),
            reasonBelow,
            rounding,
            grades.ToImmutable(),
            dto.BareTarget ?? throw Missing(source, "parameters.bareTarget"),
            dto.LowerIsBetterFormula ?? throw Missing(source, "parameters.lowerIsBetterFormula"),
            dto.BareNumberOnPercent ?? throw Missing(source, "parameters.bareNumberOnPercent"),
            dto.PartialStep ?? throw Missing(source, "parameters.partialStep"));
    }

    private static TierBand Band(TierBandDto? dto, string name, string source)
    {
        var path = "parameters.qualitative." + name;
        if (dto is null)
        {
            throw Missing(source, path);
        }

        var band = new TierBand(
            dto.From ?? throw Missing(source, path + ".from"),
            dto.To ?? throw Missing(source, path + ".to"),
            dto.Default ?? throw Missing(source, path + ".default"));
        if (band.From < 0m || band.To > 1m || band.From >= band.To || !band.Contains(band.Default))
        {
            throw Invalid(source, path + " must have 0 ≤ from < to ≤ 1 and a default inside [from, to)");
        }

        return band;
    }

    private static CompiledWorkflow<TFacts> CompileWorkflow<TFacts>(
        List<WorkflowDto> workflows, string name, FrozenSet<string> placeholders, RuleCompiler compiler, string source)
    {
        var matches = workflows.Where(w => w.WorkflowName == name).ToList();
        if (matches.Count != 1)
        {
            throw new ScoringPolicyException(source, null, null, matches.Count == 0 ? "the workflow \"" + name + "\" is missing" : "the workflow \"" + name + "\" appears twice");
        }

        var rules = new List<CompiledRule<TFacts>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rule, i) in (matches[0].Rules ?? []).Select((r, i) => (r, i)))
        {
            var ruleName = rule.RuleName;
            var where = name + "/" + (ruleName ?? "#" + (i + 1));
            if (string.IsNullOrWhiteSpace(ruleName))
            {
                throw new ScoringPolicyException(source, where, null, "the rule has no ruleName");
            }

            if (!names.Add(ruleName))
            {
                throw new ScoringPolicyException(source, where, null, "another rule in the workflow has the same name");
            }

            if (rule.RuleExpressionType is not (null or "LambdaExpression"))
            {
                throw new ScoringPolicyException(source, where, null, "ruleExpressionType must be LambdaExpression");
            }

            if (rule.Actions?.OnFailure is not null)
            {
                throw new ScoringPolicyException(source, where, null, "onFailure actions are not supported: a rule that does not hold simply passes to the next one");
            }

            var properties = rule.Properties ?? throw new ScoringPolicyException(source, where, null, "the rule has no properties.explanation");
            var explanationText = properties.Explanation ?? throw new ScoringPolicyException(source, where, null, "the rule has no properties.explanation");
            var explanation = ExplanationTemplate.Parse(explanationText, placeholders, out var templateError);
            if (templateError is not null)
            {
                throw new ScoringPolicyException(source, where, explanationText, "the explanation is invalid: " + templateError);
            }

            var disposition = (properties.Manual ?? false, properties.NotApplicable ?? false) switch
            {
                (true, true) => throw new ScoringPolicyException(source, where, null, "a rule cannot be both manual and notApplicable"),
                (true, false) => RuleDisposition.Manual,
                (false, true) => RuleDisposition.NotApplicable,
                _ => RuleDisposition.Score,
            };

            var condition = rule.Expression ?? throw new ScoringPolicyException(source, where, null, "the rule has no expression");
            var when = compiler.Compile<TFacts, bool>(condition, source, where);

            string? output = null;
            Func<TFacts, PolicyParameters, decimal>? score = null;
            var onSuccess = rule.Actions?.OnSuccess;
            if (disposition == RuleDisposition.Score)
            {
                if (onSuccess is null || onSuccess.Name != "OutputExpression")
                {
                    throw new ScoringPolicyException(source, where, null, "a scoring rule needs actions.onSuccess with name \"OutputExpression\"");
                }

                if (onSuccess.Context is null || onSuccess.Context.Count != 1 || !onSuccess.Context.TryGetValue("expression", out output))
                {
                    throw new ScoringPolicyException(source, where, null, "actions.onSuccess.context must hold exactly one \"expression\"");
                }

                score = compiler.Compile<TFacts, decimal>(output, source, where);
            }
            else if (onSuccess is not null)
            {
                throw new ScoringPolicyException(source, where, null, "a manual or notApplicable rule has no score expression");
            }

            if (rule.Enabled ?? true)
            {
                rules.Add(new CompiledRule<TFacts>(ruleName, rules.Count, condition, when, output, score, disposition, explanation));
            }
        }

        if (rules.Count == 0)
        {
            throw new ScoringPolicyException(source, name, null, "the workflow has no enabled rule");
        }

        return new CompiledWorkflow<TFacts>(name, [.. rules]);
    }

    private static decimal NonNegative(decimal value, string path, string source) =>
        value < 0m ? throw Invalid(source, path + " must not be negative") : value;

    private static ScoringPolicyException Missing(string source, string setting) =>
        new(source, null, null, "the setting " + setting + " is missing");

    private static ScoringPolicyException Invalid(string source, string problem) => new(source, null, null, problem);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
