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

        // A key written twice is an error in the file (and JsonObject would throw ArgumentException on it), found by
        // JsonChecks: the parser's own check is generic code compiled just in time at every start of the tool.
        AllowDuplicateProperties = true,
    };

    /// <summary>The most workflows a policy may have, after <c>extends</c> (the shipped ones have 2).</summary>
    public const int MaxWorkflows = 256;

    /// <summary>The most rules a policy may have in all its workflows, after <c>extends</c> (the shipped ones have 27).</summary>
    public const int MaxRules = 4096;

    /// <summary>The ids of the policies embedded in the assembly.</summary>
    public static ImmutableArray<string> EmbeddedIds { get; } = EmbeddedIdsUnder(ResourcePrefix);

    /// <summary>The ids of the JSON resources named <c>&lt;prefix&gt;&lt;id&gt;.json</c> (scoring policies, lint policies).</summary>
    internal static ImmutableArray<string> EmbeddedIdsUnder(string prefix) =>
    [
        .. typeof(PolicyLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^".json".Length])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Reads the embedded policy <paramref name="id"/>, or returns <see langword="null"/> when there is none.</summary>
    public static string? ReadEmbedded(string id) => ReadEmbedded(ResourcePrefix, id);

    /// <summary>Reads the resource <c>&lt;prefix&gt;&lt;id&gt;.json</c>, or returns <see langword="null"/> when there is none.</summary>
    internal static string? ReadEmbedded(string prefix, string id)
    {
        using var stream = typeof(PolicyLoader).Assembly.GetManifestResourceStream(prefix + id + ".json");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Loads the embedded policy <paramref name="id"/>, or returns <see langword="null"/> when there is none.</summary>
    /// <remarks>Its rules are compiled into the assembly (<see cref="PrecompiledRules"/>); its settings are read from its JSON like any file's.</remarks>
    public static ScoringPolicy? LoadEmbedded(string id) =>
        ReadEmbedded(id) is { } json ? Load(json, "embedded:" + id, findBase: null) : null;

    /// <summary>Loads a policy from its JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">A name for messages: the path, or <c>embedded:&lt;id&gt;</c>.</param>
    /// <param name="findBase">Finds a base policy named by <c>extends</c> before the embedded ones, or <see langword="null"/>.</param>
    public static ScoringPolicy Load(string json, string source, Func<string, PolicyText?>? findBase) => Load(json, source, findBase, PrecompiledRuleSet.Library);

    /// <summary>Loads a policy from its JSON text, taking precompiled rules from <paramref name="precompiled"/>.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">A name for messages: the path, or <c>embedded:&lt;id&gt;</c>.</param>
    /// <param name="findBase">Finds a base policy named by <c>extends</c> before the embedded ones, or <see langword="null"/>.</param>
    /// <param name="precompiled">Where rules already compiled are looked up (<see cref="PrecompiledRuleSet.None"/> compiles every rule here).</param>
    public static ScoringPolicy Load(string json, string source, Func<string, PolicyText?>? findBase, PrecompiledRuleSet precompiled)
    {
        var (dto, hash) = Read(json, source, findBase);
        return Build(dto, source, hash, new RuleCompiler(precompiled));
    }

    /// <summary>Reads a policy file into its settings object (after <c>extends</c>) and its content hash, without checking the settings.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">A name for messages.</param>
    /// <param name="findBase">Finds a base policy named by <c>extends</c> before the embedded ones, or <see langword="null"/>.</param>
    public static (PolicyFileDto Dto, string Hash) Read(string json, string source, Func<string, PolicyText?>? findBase)
    {
        var merged = Resolve(json, source, findBase, ReadEmbedded, depth: 0, new HashSet<string>(StringComparer.Ordinal));
        CheckSize(merged, source);
        var canonical = Encoding.UTF8.GetBytes(merged.ToJsonString());
        var hash = Convert.ToHexStringLower(SHA256.HashData(canonical));
        using var document = JsonDocument.Parse(canonical);
        return (PolicyFileReader.Read(document.RootElement, source), hash);
    }

    /// <summary>Parses a policy-like file and resolves its <c>extends</c> chain into one object (shared with the lint policies).</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">A name for messages.</param>
    /// <param name="findBase">Finds a base named by <c>extends</c> before the embedded ones, or <see langword="null"/>.</param>
    /// <param name="readEmbedded">Reads an embedded base by id, or returns <see langword="null"/>.</param>
    internal static JsonObject Resolve(string json, string source, Func<string, PolicyText?>? findBase, Func<string, string?> readEmbedded) =>
        Resolve(json, source, findBase, readEmbedded, depth: 0, new HashSet<string>(StringComparer.Ordinal));

    private static JsonObject Resolve(string json, string source, Func<string, PolicyText?>? findBase, Func<string, string?> readEmbedded, int depth, HashSet<string> seen)
    {
        JsonElement root;
        try
        {
            // Not disposed: the JsonObject below reads from the document (as JsonNode.Parse's own does).
            root = JsonDocument.Parse(json, DocumentOptions).RootElement;
        }
        catch (JsonException e)
        {
            throw new ScoringPolicyException(source, null, null, "invalid JSON at line " + ((e.LineNumber ?? 0) + 1) + ", position " + ((e.BytePositionInLine ?? 0) + 1) + ": " + FirstSentence(e.Message), e);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ScoringPolicyException(source, null, null, "the file must hold one JSON object");
        }

        if (JsonChecks.Find(root) is { } flaw)
        {
            throw new ScoringPolicyException(source, null, null, flaw.DuplicateKey is { } duplicate
                ? "invalid JSON: the key \"" + duplicate + "\" is written twice in one object (" + flaw.Path + ")"
                : "invalid JSON: " + flaw.Path + " holds a lone surrogate escape such as \\ud800 (half a character)");
        }

        var obj = JsonObject.Create(root)!;
        CheckSize(obj, source);

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
        if (findBase?.Invoke(baseId) is { } found)
        {
            baseJson = found.Json;
            baseSource = found.Source;
        }

        baseJson ??= readEmbedded(baseId);
        if (baseJson is null)
        {
            throw new ScoringPolicyException(source, null, null, "\"extends\": no policy with id \"" + baseId + "\" was found");
        }

        var merged = Resolve(baseJson, baseSource, findBase, readEmbedded, depth + 1, seen);
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
                // One pass over each list: the base's workflows indexed by name once (a search per workflow was
                // quadratic: 80,000 workflows took 165 s).
                var byName = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < baseWorkflows.Count; i++)
                {
                    byName.TryAdd(WorkflowName(baseWorkflows[i]), i);
                }

                var overriding = workflows.ToList();
                workflows.Clear();
                foreach (var workflow in overriding)
                {
                    var name = WorkflowName(workflow);
                    if (byName.TryGetValue(name, out var index))
                    {
                        baseWorkflows[index] = workflow;
                    }
                    else
                    {
                        byName[name] = baseWorkflows.Count;
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

    /// <summary>A workflow's name for the merge; a workflow without one matches others without one, as before.</summary>
    private static string WorkflowName(JsonNode? workflow) => (workflow as JsonObject)?["workflowName"]?.ToString() ?? "\0";

    /// <summary>Refuses a policy with more workflows or rules than <see cref="MaxWorkflows"/> and <see cref="MaxRules"/>.</summary>
    private static void CheckSize(JsonObject policy, string source)
    {
        if (policy["workflows"] is not JsonArray workflows)
        {
            return;
        }

        if (workflows.Count > MaxWorkflows)
        {
            throw new ScoringPolicyException(source, null, null, "the policy has " + workflows.Count + " workflows; a policy may have at most " + MaxWorkflows);
        }

        var rules = workflows.Sum(w => w is JsonObject o && o["rules"] is JsonArray list ? list.Count : 0);
        if (rules > MaxRules)
        {
            throw new ScoringPolicyException(source, null, null, "the policy has " + rules + " rules; a policy may have at most " + MaxRules + " in all its workflows");
        }
    }

    private static ScoringPolicy Build(PolicyFileDto dto, string source, string hash, RuleCompiler compiler)
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
        foreach (var extra in workflows)
        {
            if (extra.WorkflowName is not (IndicatorWorkflow or BudgetWorkflow))
            {
                throw new ScoringPolicyException(source, null, null, "unknown workflow \"" + extra.WorkflowName + "\"; a policy has the workflows \"" + IndicatorWorkflow + "\" and \"" + BudgetWorkflow + "\"");
            }
        }

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

    // Plain loops rather than LINQ over value tuples and enums here: each such instantiation is compiled just in time at
    // every start of the tool (about 20 methods, measured with DOTNET_JitStdOutFile).
    private static PolicyParameters BuildParameters(ParametersDto dto, string source)
    {
        var weightsDto = dto.Weights ?? throw Missing(source, "parameters.weights");
        var execution = weightsDto.BudgetExecution ?? throw Missing(source, "parameters.weights.budgetExecution");
        var levelDtos = weightsDto.Levels ?? throw Missing(source, "parameters.weights.levels");
        var levels = new List<LevelWeight>();
        var sum = execution;
        for (var i = 0; i < levelDtos.Count; i++)
        {
            var level = levelDtos[i];
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
            sum += levels[^1].Points;
        }

        // The first category, in the order written, that more than one level names.
        var counts = new int[(int)IndicatorCategory.Cost + 1];
        foreach (var level in levels)
        {
            foreach (var category in level.Categories)
            {
                counts[(int)category]++;
            }
        }

        foreach (var level in levels)
        {
            foreach (var category in level.Categories)
            {
                if (counts[(int)category] > 1)
                {
                    throw Invalid(source, "parameters.weights.levels: the category " + category + " is in more than one level");
                }
            }
        }

        if (sum != 100m)
        {
            throw Invalid(source, "parameters.weights add up to " + sum + ", not 100");
        }

        var q = dto.Qualitative ?? throw Missing(source, "parameters.qualitative");
        var qualitative = new QualitativeParameters(
            Band(q.Achieved, "achieved", source),
            Band(q.PartiallyAchieved, "partiallyAchieved", source),
            Band(q.NotAchieved, "notAchieved", source),
            new ValueList<string>(q.AchievedWords ?? throw Missing(source, "parameters.qualitative.achievedWords")),
            Hedges(q.Hedges, source));

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
        var capDtos = dto.ExecutionCaps ?? throw Missing(source, "parameters.executionCaps");
        for (var i = 0; i < capDtos.Count; i++)
        {
            var cap = capDtos[i];
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
        var gradeDtos = dto.Grades ?? throw Missing(source, "parameters.grades");
        for (var i = 0; i < gradeDtos.Count; i++)
        {
            var grade = gradeDtos[i];
            grades.Add(new GradeCutoff(
                grade.Grade ?? throw Missing(source, "parameters.grades[" + i + "].grade"),
                grade.MinTotal ?? throw Missing(source, "parameters.grades[" + i + "].minTotal")));
        }

        var descending = grades.Count > 0;
        for (var i = 1; i < grades.Count; i++)
        {
            descending &= grades[i - 1].MinTotal > grades[i].MinTotal;
        }

        if (!descending)
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
            dto.PartialStep ?? throw Missing(source, "parameters.partialStep"),
            dto.InferredDirection ?? throw Missing(source, "parameters.inferredDirection"));
    }

    private static HedgeTiers Hedges(HedgesDto? dto, string source)
    {
        const string Path = "parameters.qualitative.hedges";
        if (dto is null)
        {
            throw Missing(source, Path);
        }

        return new HedgeTiers(
            Tier(dto.Basically ?? throw Missing(source, Path + ".basically")),
            Tier(dto.Mostly ?? throw Missing(source, Path + ".mostly")),
            Tier(dto.Partly ?? throw Missing(source, Path + ".partly")));

        static AchievementTier? Tier(string name) => name switch
        {
            "achieved" => AchievementTier.Achieved,
            "partially-achieved" => AchievementTier.PartiallyAchieved,
            "not-achieved" => AchievementTier.NotAchieved,
            _ => null,
        };
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
        WorkflowDto? workflow = null;
        foreach (var candidate in workflows)
        {
            if (candidate.WorkflowName == name)
            {
                workflow = workflow is null ? candidate : throw new ScoringPolicyException(source, null, null, "the workflow \"" + name + "\" appears twice");
            }
        }

        if (workflow is null)
        {
            throw new ScoringPolicyException(source, null, null, "the workflow \"" + name + "\" is missing");
        }

        RulesEngineFeatures.CheckWorkflow(workflow, source);
        var rules = new List<CompiledRule<TFacts>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var definitions = workflow.Rules ?? [];
        for (var i = 0; i < definitions.Count; i++)
        {
            var rule = definitions[i];
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

            var shape = RulesEngineFeatures.Shape(rule, where, source);
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

            var when = compiler.CompileCondition<TFacts>(shape, source, where, out var conditionPrecompiled);

            string? output = null;
            Func<TFacts, PolicyParameters, decimal>? score = null;
            var scorePrecompiled = true;
            var onSuccess = rule.Actions?.OnSuccess;
            if (disposition == RuleDisposition.Score)
            {
                if (onSuccess is null || onSuccess.Name != "OutputExpression")
                {
                    throw new ScoringPolicyException(source, where, null, onSuccess?.Name == "EvaluateRule"
                        ? "the EvaluateRule action (running another workflow's rule) is not supported: a scoring rule's actions.onSuccess is an \"OutputExpression\""
                        : "a scoring rule needs actions.onSuccess with name \"OutputExpression\"");
                }

                if (onSuccess.Context is null || onSuccess.Context.Count != 1 || !onSuccess.Context.TryGetValue("expression", out output))
                {
                    throw new ScoringPolicyException(source, where, null, "actions.onSuccess.context must hold exactly one \"expression\"");
                }

                score = compiler.CompileScore<TFacts>(shape, output, source, where, out scorePrecompiled);
            }
            else if (onSuccess is not null)
            {
                throw new ScoringPolicyException(source, where, null, "a manual or notApplicable rule has no score expression");
            }

            if (rule.Enabled ?? true)
            {
                rules.Add(new CompiledRule<TFacts>(ruleName, rules.Count, shape, when, output, score, disposition, explanation, conditionPrecompiled && scorePrecompiled));
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
