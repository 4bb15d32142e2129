using System.Text.Json;

namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// Reads a policy file's JSON (after <c>extends</c> is resolved, as the canonical text its hash is taken of) into its
/// settings object. Property names are matched
/// case-insensitively (<c>RuleName</c> as well as <c>ruleName</c>), enums are read from their kebab-case names
/// (<c>half-up</c>; the member name in any case, <c>HalfUp</c>, also works), numbers must be JSON numbers. An unknown
/// member is refused with its path, and inside a rule with the rule's name, so a typo never leaves a default in force.
/// </summary>
/// <remarks>
/// Written by hand over <see cref="JsonElement"/>, without the serializer: the source-generated serializer's metadata for
/// these classes cost about 270 M instructions of just-in-time compilation at every start of the tool, and walking a
/// <c>JsonNode</c> tree builds a node per value; this reads the parsed document in place.
/// </remarks>
internal sealed class PolicyFileReader
{
    private static readonly string[] CategoryNames = ["output", "benefit", "satisfaction", "cost"];

    /// <summary>The values of <c>qualitative.hedges.*</c>: a tier, or <c>manual</c> for a person to score.</summary>
    private static readonly string[] HedgeTierNames = ["achieved", "partially-achieved", "not-achieved", "manual"];

    /// <summary>The values of <c>inferredDirection</c>.</summary>
    private static readonly string[] InferredDirectionNames = ["follow", "ignore"];
    private static readonly IndicatorCategory[] CategoryValues = [IndicatorCategory.Output, IndicatorCategory.Benefit, IndicatorCategory.Satisfaction, IndicatorCategory.Cost];

    private readonly string source;

    private PolicyFileReader(string source) => this.source = source;

    /// <summary>Reads <paramref name="root"/>, naming <paramref name="source"/> in every message.</summary>
    /// <exception cref="ScoringPolicyException">When a member is unknown or has the wrong kind of value.</exception>
    public static PolicyFileDto Read(JsonElement root, string source) => new PolicyFileReader(source).File(root);

    private PolicyFileDto File(JsonElement root)
    {
        var dto = new PolicyFileDto();
        foreach (var (name, value, path) in Members(root, "$", null, "$schema", "id", "name", "jurisdiction", "version", "description", "extends", "fiscalYears", "parameters", "workflows"))
        {
            switch (name)
            {
                case "$schema": dto.Schema = String(value, path, null); break;
                case "id": dto.Id = String(value, path, null); break;
                case "name": dto.Name = String(value, path, null); break;
                case "jurisdiction": dto.Jurisdiction = String(value, path, null); break;
                case "version": dto.Version = String(value, path, null); break;
                case "description": dto.Description = String(value, path, null); break;
                case "extends": String(value, path, null); break;
                case "fiscalYears": dto.FiscalYears = FiscalYears(value, path); break;
                case "parameters": dto.Parameters = Parameters(value, path); break;
                default: dto.Workflows = List(value, path, null, (item, itemPath) => Workflow(item, itemPath)); break;
            }
        }

        return dto;
    }

    private FiscalYearsDto? FiscalYears(JsonElement? node, string path)
    {
        if (Object(node, path, null) is not { } obj)
        {
            return null;
        }

        var dto = new FiscalYearsDto();
        foreach (var (name, value, member) in Members(obj, path, null, "from", "to"))
        {
            if (name == "from")
            {
                dto.From = Int(value, member);
            }
            else
            {
                dto.To = Int(value, member);
            }
        }

        return dto;
    }

    private ParametersDto? Parameters(JsonElement? node, string path)
    {
        if (Object(node, path, null) is not { } obj)
        {
            return null;
        }

        var dto = new ParametersDto();
        foreach (var (name, value, member) in Members(
            obj, path, null, "weights", "qualitative", "overAchievement", "executionCaps", "executionReasonBelow", "rounding", "grades", "bareTarget",
            "lowerIsBetterFormula", "bareNumberOnPercent", "partialStep", "inferredDirection"))
        {
            switch (name)
            {
                case "weights": dto.Weights = Weights(value, member); break;
                case "qualitative": dto.Qualitative = Qualitative(value, member); break;
                case "overAchievement": dto.OverAchievement = OverAchievement(value, member); break;
                case "executionCaps": dto.ExecutionCaps = List(value, member, null, ExecutionCap); break;
                case "executionReasonBelow": dto.ExecutionReasonBelow = Decimal(value, member); break;
                case "rounding": dto.Rounding = Rounding(value, member); break;
                case "grades": dto.Grades = List(value, member, null, Grade); break;
                case "bareTarget":
                    dto.BareTarget = Choice(value, member, ["at-least", "exact"]) switch { null => null, 0 => BareTargetMeaning.AtLeast, _ => BareTargetMeaning.Exact };
                    break;
                case "lowerIsBetterFormula":
                    dto.LowerIsBetterFormula = Choice(value, member, ["ratio", "linear"]) switch { null => null, 0 => LowerIsBetterFormula.Ratio, _ => LowerIsBetterFormula.Linear };
                    break;
                case "bareNumberOnPercent":
                    dto.BareNumberOnPercent = Choice(value, member, ["infer", "mismatch"]) switch { null => null, 0 => BareNumberOnPercent.Infer, _ => BareNumberOnPercent.Mismatch };
                    break;
                case "inferredDirection":
                    dto.InferredDirection = Choice(value, member, InferredDirectionNames) switch { null => null, 0 => InferredDirection.Follow, _ => InferredDirection.Ignore };
                    break;
                default:
                    dto.PartialStep = Choice(value, member, ["counts", "ignored"]) switch { null => null, 0 => PartialStep.Counts, _ => PartialStep.Ignored };
                    break;
            }
        }

        return dto;
    }

    private WeightsDto? Weights(JsonElement? node, string path)
    {
        if (Object(node, path, null) is not { } obj)
        {
            return null;
        }

        var dto = new WeightsDto();
        foreach (var (name, value, member) in Members(obj, path, null, "budgetExecution", "levels"))
        {
            if (name == "budgetExecution")
            {
                dto.BudgetExecution = Decimal(value, member);
            }
            else
            {
                dto.Levels = List(value, member, null, Level);
            }
        }

        return dto;
    }

    private LevelDto Level(JsonElement? node, string path)
    {
        var obj = Required(Object(node, path, null), path);
        var dto = new LevelDto();
        foreach (var (name, value, member) in Members(obj, path, null, "name", "categories", "points", "whenEmptyMoveTo"))
        {
            switch (name)
            {
                case "name": dto.Name = String(value, member, null); break;
                case "categories": dto.Categories = List(value, member, null, Category); break;
                case "points": dto.Points = Decimal(value, member); break;
                default: dto.WhenEmptyMoveTo = List(value, member, null, Category); break;
            }
        }

        return dto;
    }

    private IndicatorCategory Category(JsonElement? node, string path) =>
        CategoryValues[Choice(node, path, CategoryNames) ?? throw Invalid(path, null, "expected a category (" + string.Join(", ", CategoryNames) + "), not null")];

    private QualitativeDto? Qualitative(JsonElement? node, string path)
    {
        if (Object(node, path, null) is not { } obj)
        {
            return null;
        }

        var dto = new QualitativeDto();
        foreach (var (name, value, member) in Members(obj, path, null, "achieved", "partiallyAchieved", "notAchieved", "achievedWords", "hedges"))
        {
            switch (name)
            {
                case "achieved": dto.Achieved = Band(value, member); break;
                case "partiallyAchieved": dto.PartiallyAchieved = Band(value, member); break;
                case "notAchieved": dto.NotAchieved = Band(value, member); break;
                case "hedges": dto.Hedges = Hedges(value, member); break;
                default: dto.AchievedWords = List(value, member, null, (item, itemPath) => Required(String(item, itemPath, null), itemPath)); break;
            }
        }

        return dto;
    }

    private HedgesDto? Hedges(JsonElement? node, string path)
    {
        if (Object(node, path, null) is not { } obj)
        {
            return null;
        }

        var dto = new HedgesDto();
        foreach (var (name, value, member) in Members(obj, path, null, "basically", "mostly", "partly"))
        {
            var tier = Choice(value, member, HedgeTierNames) is int index ? HedgeTierNames[index] : null;
            switch (name)
            {
                case "basically": dto.Basically = tier; break;
                case "mostly": dto.Mostly = tier; break;
                default: dto.Partly = tier; break;
            }
        }

        return dto;
    }

    private TierBandDto? Band(JsonElement? node, string path)
    {
        if (Object(node, path, null) is not { } obj)
        {
            return null;
        }

        var dto = new TierBandDto();
        foreach (var (name, value, member) in Members(obj, path, null, "from", "to", "default"))
        {
            switch (name)
            {
                case "from": dto.From = Decimal(value, member); break;
                case "to": dto.To = Decimal(value, member); break;
                default: dto.Default = Decimal(value, member); break;
            }
        }

        return dto;
    }

    private OverAchievementDto? OverAchievement(JsonElement? node, string path)
    {
        if (Object(node, path, null) is not { } obj)
        {
            return null;
        }

        var dto = new OverAchievementDto();
        foreach (var (name, value, member) in Members(obj, path, null, "threshold", "action", "deductPoints"))
        {
            switch (name)
            {
                case "threshold": dto.Threshold = Decimal(value, member); break;
                case "action": dto.Action = Choice(value, member, ["flag", "deduct"]) switch { null => null, 0 => OverAchievementAction.Flag, _ => OverAchievementAction.Deduct }; break;
                default: dto.DeductPoints = Decimal(value, member); break;
            }
        }

        return dto;
    }

    private ExecutionCapDto ExecutionCap(JsonElement? node, string path)
    {
        var obj = Required(Object(node, path, null), path);
        var dto = new ExecutionCapDto();
        foreach (var (name, value, member) in Members(obj, path, null, "rateBelow", "maxTotal"))
        {
            if (name == "rateBelow")
            {
                dto.RateBelow = Decimal(value, member);
            }
            else
            {
                dto.MaxTotal = Decimal(value, member);
            }
        }

        return dto;
    }

    private RoundingDto? Rounding(JsonElement? node, string path)
    {
        if (Object(node, path, null) is not { } obj)
        {
            return null;
        }

        var dto = new RoundingDto();
        foreach (var (name, value, member) in Members(obj, path, null, "mode", "decimals"))
        {
            if (name == "mode")
            {
                dto.Mode = Choice(value, member, ["half-up", "truncate"]) switch { null => null, 0 => RoundingMode.HalfUp, _ => RoundingMode.Truncate };
            }
            else
            {
                dto.Decimals = Int(value, member);
            }
        }

        return dto;
    }

    private GradeDto Grade(JsonElement? node, string path)
    {
        var obj = Required(Object(node, path, null), path);
        var dto = new GradeDto();
        foreach (var (name, value, member) in Members(obj, path, null, "grade", "minTotal"))
        {
            if (name == "grade")
            {
                dto.Grade = String(value, member, null);
            }
            else
            {
                dto.MinTotal = Decimal(value, member);
            }
        }

        return dto;
    }

    private WorkflowDto Workflow(JsonElement? node, string path)
    {
        var obj = Required(Object(node, path, null), path);
        var dto = new WorkflowDto();
        foreach (var (name, value, member) in Members(
            obj, path, null, "workflowName", "description", "rules", "ruleExpressionType", "globalParams", "workflowsToInject", "workflowRulesToInject"))
        {
            switch (name)
            {
                case "workflowName": dto.WorkflowName = String(value, member, null); break;
                case "description": dto.Description = String(value, member, null); break;
                case "ruleExpressionType": dto.RuleExpressionType = String(value, member, null); break;
                case "globalParams": dto.GlobalParams = List(value, member, null, (item, itemPath) => ScopedParam(item, itemPath, null)); break;
                case "workflowsToInject":
                case "workflowRulesToInject":
                    dto.WorkflowsToInject = List(value, member, null, (item, itemPath) => String(item, itemPath, null) ?? string.Empty);
                    break;
            }
        }

        // The rules last: their messages name the workflow.
        if (Find(obj, "rules") is { } rules)
        {
            dto.Rules = List(rules, path + ".rules", null, (item, itemPath) => Rule(item, itemPath, dto.WorkflowName ?? "?"));
        }

        return dto;
    }

    /// <summary>Reads a rule, or a child rule of a nested one; <paramref name="parent"/> is the workflow or the parent rule, for messages.</summary>
    private RuleDto Rule(JsonElement? node, string path, string parent)
    {
        var obj = Required(Object(node, path, null), path);
        var ruleName = Find(obj, "ruleName") is { ValueKind: JsonValueKind.String } named ? named.GetString() : null;
        var rule = parent + "/" + (string.IsNullOrWhiteSpace(ruleName) ? "#" + (Index(path) + 1) : ruleName);
        var dto = new RuleDto();
        foreach (var (name, value, member) in Members(
            obj, path, rule, "ruleName", "expression", "ruleExpressionType", "enabled", "localParams", "operator", "rules", "successEvent", "errorMessage",
            "workflowsToInject", "actions", "properties"))
        {
            switch (name)
            {
                case "ruleName": dto.RuleName = String(value, member, rule); break;
                case "expression": dto.Expression = String(value, member, rule); break;
                case "ruleExpressionType": dto.RuleExpressionType = String(value, member, rule); break;
                case "enabled": dto.Enabled = Bool(value, member, rule); break;
                case "localParams": dto.LocalParams = List(value, member, rule, (item, itemPath) => ScopedParam(item, itemPath, rule)); break;
                case "operator": dto.Operator = String(value, member, rule); break;
                case "rules": dto.Rules = List(value, member, rule, (item, itemPath) => Rule(item, itemPath, rule)); break;
                case "successEvent": dto.SuccessEvent = String(value, member, rule); break;
                case "errorMessage": dto.ErrorMessage = String(value, member, rule); break;
                case "workflowsToInject": dto.WorkflowsToInject = List(value, member, rule, (item, itemPath) => String(item, itemPath, rule) ?? string.Empty); break;
                case "actions": dto.Actions = Actions(value, member, rule); break;
                default: dto.Properties = Properties(value, member, rule); break;
            }
        }

        return dto;
    }

    private ScopedParamDto ScopedParam(JsonElement? node, string path, string? rule)
    {
        var obj = Required(Object(node, path, rule), path, rule);
        var dto = new ScopedParamDto();
        foreach (var (name, value, member) in Members(obj, path, rule, "name", "expression"))
        {
            if (name == "name")
            {
                dto.Name = String(value, member, rule);
            }
            else
            {
                dto.Expression = String(value, member, rule);
            }
        }

        return dto;
    }

    private RuleActionsDto? Actions(JsonElement? node, string path, string rule)
    {
        if (Object(node, path, rule) is not { } obj)
        {
            return null;
        }

        var dto = new RuleActionsDto();
        foreach (var (name, value, member) in Members(obj, path, rule, "onSuccess", "onFailure"))
        {
            if (name == "onSuccess")
            {
                dto.OnSuccess = Action(value, member, rule);
            }
            else
            {
                dto.OnFailure = Action(value, member, rule);
            }
        }

        return dto;
    }

    private ActionInfoDto? Action(JsonElement? node, string path, string rule)
    {
        if (Object(node, path, rule) is not { } obj)
        {
            return null;
        }

        var dto = new ActionInfoDto();
        foreach (var (name, value, member) in Members(obj, path, rule, "name", "context"))
        {
            if (name == "name")
            {
                dto.Name = String(value, member, rule);
                continue;
            }

            if (Object(value, member, rule) is not { } context)
            {
                continue;
            }

            // The context's keys are RulesEngine's, matched as written.
            dto.Context = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in context.EnumerateObject())
            {
                dto.Context[item.Name] = Required(String(item.Value, member + "." + item.Name, rule), member + "." + item.Name, rule);
            }
        }

        return dto;
    }

    private RulePropertiesDto? Properties(JsonElement? node, string path, string rule)
    {
        if (Object(node, path, rule) is not { } obj)
        {
            return null;
        }

        var dto = new RulePropertiesDto();
        foreach (var (name, value, member) in Members(obj, path, rule, "explanation", "manual", "notApplicable"))
        {
            switch (name)
            {
                case "explanation": dto.Explanation = String(value, member, rule); break;
                case "manual": dto.Manual = Bool(value, member, rule); break;
                default: dto.NotApplicable = Bool(value, member, rule); break;
            }
        }

        return dto;
    }

    /// <summary>The members of <paramref name="obj"/> under their canonical names; an unknown or repeated one is refused.</summary>
    private List<Member> Members(JsonElement obj, string path, string? rule, params string[] names)
    {
        var found = new List<Member>();
        var seen = new bool[names.Length];
        foreach (var property in obj.EnumerateObject())
        {
            var key = property.Name;
            var index = Array.FindIndex(names, n => string.Equals(n, key, StringComparison.OrdinalIgnoreCase));
            var member = path + "." + key;
            if (index < 0)
            {
                throw rule is null
                    ? Invalid(member, null, "there is no such setting")
                    : new ScoringPolicyException(source, rule, null, "unknown setting \"" + key + "\" at " + member + "; a rule has " + string.Join(", ", names));
            }

            if (seen[index])
            {
                throw Invalid(member, rule, "the setting " + names[index] + " is given twice");
            }

            seen[index] = true;
            found.Add(new Member(names[index], property.Value, member));
        }

        return found;
    }

    /// <summary>A member of a JSON object under its canonical name, with its path for messages.</summary>
    private sealed record Member(string Name, JsonElement? Value, string Path);

    private static JsonElement? Find(JsonElement obj, string name)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static int Index(string path)
    {
        var open = path.LastIndexOf('[');
        return open >= 0 && int.TryParse(path.AsSpan(open + 1, path.Length - open - 2), out var index) ? index : 0;
    }

    /// <summary>The element, or <see langword="null"/> for JSON's null (which, as for the serializer, leaves a setting unset).</summary>
    private static JsonElement? Value(JsonElement? node) => node is { ValueKind: not JsonValueKind.Null } value ? value : null;

    private JsonElement? Object(JsonElement? node, string path, string? rule) =>
        Value(node) is not { } value ? null : value.ValueKind == JsonValueKind.Object ? value : throw Invalid(path, rule, "expected an object");

    private List<T>? List<T>(JsonElement? node, string path, string? rule, Func<JsonElement?, string, T> item)
    {
        if (Value(node) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(path, rule, "expected an array");
        }

        var list = new List<T>(value.GetArrayLength());
        var i = 0;
        foreach (var element in value.EnumerateArray())
        {
            list.Add(item(element, path + "[" + i++ + "]"));
        }

        return list;
    }

    private string? String(JsonElement? node, string path, string? rule) =>
        Value(node) is not { } value ? null : value.ValueKind == JsonValueKind.String ? value.GetString() : throw Invalid(path, rule, "expected a string");

    private bool? Bool(JsonElement? node, string path, string? rule) =>
        Value(node) is not { } value ? null : value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid(path, rule, "expected true or false"),
        };

    private decimal? Decimal(JsonElement? node, string path) =>
        Value(node) is not { } value ? null : value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
            ? number
            : throw Invalid(path, null, "expected a number");

    private int? Int(JsonElement? node, string path) =>
        Value(node) is not { } value ? null : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw Invalid(path, null, "expected a whole number");

    /// <summary>The index of the kebab-case name <paramref name="node"/> holds, or <see langword="null"/> for a JSON null.</summary>
    private int? Choice(JsonElement? node, string path, string[] names)
    {
        if (Value(node) is not { } value)
        {
            return null;
        }

        var text = (value.ValueKind == JsonValueKind.String ? value.GetString() : null)?.Trim();
        for (var i = 0; i < names.Length && text is not null; i++)
        {
            // The kebab-case name as written, or the enum member's name in any case (half-up, HalfUp, halfup).
            if (text == names[i] || string.Equals(text, names[i].Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw Invalid(path, null, "expected one of " + string.Join(", ", names));
    }

    private T Required<T>(T? value, string path, string? rule = null)
        where T : class =>
        value ?? throw Invalid(path, rule, "must not be null");

    private JsonElement Required(JsonElement? value, string path, string? rule = null) =>
        value ?? throw Invalid(path, rule, "must not be null");

    private ScoringPolicyException Invalid(string path, string? rule, string problem) =>
        new(source, rule, null, "unknown or invalid setting at " + path + ": " + problem);
}
