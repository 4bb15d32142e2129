using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PerfIndicators.Documents;
using PerfIndicators.Formats.Json.Contracts;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring.Rules;

namespace PerfIndicators.Formats.Json;

/// <summary>
/// The JSON contract of scoring (documented in <c>docs/scoring-json.md</c>): a project with its actuals in, a
/// self-assessment out. Target and actual are the texts as written; they are parsed with <see cref="IndicatorParser"/>.
/// Field names and value forms change only with a major version.
/// </summary>
public static class ScoringJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 };

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly FieldNames ProjectFields =
        new("name", "code", "department", "unit", "fiscalYear", "policy", "budget", "indicators", "$schema");

    private static readonly FieldNames BudgetFields = new("initial", "adjusted", "executed", "sources", "deviationReason", "unit", "rate");

    private static readonly string[] AmountFields = ["initial", "adjusted", "executed"];

    private static readonly FieldNames SourceFields = new("name", "initial", "adjusted", "executed");

    private static readonly FieldNames IndicatorFields =
        new("category", "subcategory", "name", "target", "points", "actual", "deviationReason", "notApplicable", "score");

    /// <summary>Reads a project (<c>{"name","policy","budget":{…},"indicators":[…]}</c>). Never throws for bad input: problems are listed in the result.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The project, or errors saying what is wrong and where.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="json"/> is null.</exception>
    public static InputReadResult ReadProject(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(() => JsonDocument.Parse(json, DocumentOptions));
    }

    /// <summary>
    /// Reads a project from UTF-8 bytes, as read from a file (a leading byte-order mark is skipped). The same as
    /// <see cref="ReadProject(string)"/> without decoding the file to UTF-16 first, which is what a review of many files
    /// wants; bytes that are not UTF-8 are reported as invalid JSON. The bytes must not change while this runs.
    /// </summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <returns>The project, or errors saying what is wrong and where.</returns>
    public static InputReadResult ReadProjectUtf8(ReadOnlyMemory<byte> utf8Json)
    {
        var bytes = utf8Json.Span.StartsWith(Utf8Bom) ? utf8Json[Utf8Bom.Length..] : utf8Json;
        return Read(() => JsonDocument.Parse(bytes, DocumentOptions));
    }

    private static InputReadResult Read(Func<JsonDocument> parse)
    {
        var problems = new JsonProblems();
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException e)
        {
            problems.Error(FormatDiagnosticCodes.InvalidJson, null, "JSON 格式错误，第 " + ((e.LineNumber ?? 0) + 1) + " 行第 " + ((e.BytePositionInLine ?? 0) + 1) + " 个字节附近 (invalid JSON)");
            return problems.Failed();
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Error(FormatDiagnosticCodes.JsonExpectedObject, "$", "应为对象 {\"name\", \"budget\", \"indicators\"} (expected an object)");
                return problems.Failed();
            }

            // A key written twice would let the later value silently replace the earlier, and a lone surrogate escape
            // makes reading the string throw: the file is refused before anything is read from it.
            if (JsonChecks.Find(root) is { } flaw)
            {
                problems.Error(FormatDiagnosticCodes.InvalidJson, flaw.Path, flaw.DuplicateKey is { } duplicate
                    ? "键「" + duplicate + "」在同一对象中出现两次 (duplicate key)"
                    : "字符串含不成对的代理项转义，如 \\ud800（半个字符）(lone surrogate escape)");
                return problems.Failed();
            }

            Unknown(root, ProjectFields, "$", problems);
            var name = Text(root, "name", "$", problems, required: true) ?? string.Empty;
            var indicators = new List<IndicatorInput>();
            if (root.TryGetProperty("indicators", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in list.EnumerateArray())
                {
                    if (ReadIndicator(item, IndicatorPaths.Of(index), problems) is { } indicator)
                    {
                        indicators.Add(indicator);
                    }

                    index++;
                }
            }
            else
            {
                problems.Error(FormatDiagnosticCodes.JsonMissingField, "$.indicators", "缺少指标数组 (missing the indicators array)");
            }

            BudgetInput? budget = null;
            var notes = new List<Diagnostic>();
            if (root.TryGetProperty("budget", out var budgetElement) && budgetElement.ValueKind != JsonValueKind.Null)
            {
                budget = ReadBudget(budgetElement, problems, notes);
            }

            var fiscalYear = Number(root, "fiscalYear", "$", problems);
            if (fiscalYear is decimal year && (year != decimal.Truncate(year) || year is < 1949 or > 2200))
            {
                problems.Error(FormatDiagnosticCodes.JsonInvalidValue, "$.fiscalYear", "应为年份，例如 2023 (expected a year)");
                fiscalYear = null;
            }

            if (problems.HasErrors)
            {
                return problems.Failed();
            }

            var project = new AssessmentInput(name, indicators)
            {
                Code = Text(root, "code", "$", problems),
                Department = Text(root, "department", "$", problems),
                Unit = Text(root, "unit", "$", problems),
                FiscalYear = fiscalYear is decimal y ? (int)y : null,
                Policy = Text(root, "policy", "$", problems),
                Budget = budget,
                Diagnostics = [.. notes],
            };
            return problems.HasErrors ? problems.Failed() : InputReadResult.Read(project, problems.All);
        }
    }

    /// <summary>Writes a self-assessment as JSON (the output contract).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text; Chinese is written as-is.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="assessment"/> is null.</exception>
    public static string WriteAssessment(SelfAssessment assessment, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ContractJsonContext.WriterOptions(indented)))
        {
            WriteAssessment(writer, assessment);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a self-assessment object to <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="assessment">The assessment.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static void WriteAssessment(Utf8JsonWriter writer, SelfAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(assessment);
        JsonSerializer.Serialize(writer, AssessmentDto.From(assessment), ContractJsonContext.Default.AssessmentDto);
    }

    /// <summary>The JSON name of an outcome: <c>met</c>, <c>partially-met</c>, <c>not-met</c>, <c>not-applicable</c>, <c>needs-manual-scoring</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    public static string OutcomeName(IndicatorOutcome outcome) => outcome switch
    {
        IndicatorOutcome.Met => "met",
        IndicatorOutcome.PartiallyMet => "partially-met",
        IndicatorOutcome.NotMet => "not-met",
        IndicatorOutcome.NotApplicable => "not-applicable",
        _ => "needs-manual-scoring",
    };

    /// <summary>The JSON names of the flags that are set, in a fixed order (<c>over-achievement</c>, <c>missing-deviation-reason</c> …).</summary>
    /// <param name="flags">The flags.</param>
    public static IEnumerable<string> FlagNames(IndicatorFlags flags)
    {
        foreach (var (flag, name) in FlagTable)
        {
            if ((flags & flag) == flag)
            {
                yield return name;
            }
        }
    }

    private static readonly (IndicatorFlags Flag, string Name)[] FlagTable =
    [
        .. Enum.GetValues<IndicatorFlags>()
            .Where(flag => flag != IndicatorFlags.None)
            .Select(flag => (flag, JsonNamingPolicy.KebabCaseLower.ConvertName(flag.ToString()))),
    ];

    private static IndicatorInput? ReadIndicator(JsonElement item, IndicatorPaths paths, JsonProblems problems)
    {
        var path = paths.Path;
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Error(FormatDiagnosticCodes.JsonExpectedObject, path, "应为对象 (expected an object)");
            return null;
        }

        Unknown(item, IndicatorFields, path, problems);
        var name = Text(item, "name", path, problems, required: true);
        var targetText = Text(item, "target", path, problems, required: true, allowNumber: true);
        if (name is null || targetText is null)
        {
            return null;
        }

        var actualText = Text(item, "actual", path, problems, allowNumber: true);
        var row = IndicatorRow.Read(
            name,
            targetText,
            actualText,
            Label<IndicatorCategory>(Text(item, "category", path, problems), static c => c.ToLabel()),
            Label<IndicatorSubcategory>(Text(item, "subcategory", path, problems), static s => s.ToLabel()),
            DiagnosticLocation.AtJsonPath(paths.Category),
            DiagnosticLocation.AtJsonPath(paths.Subcategory));
        var points = Number(item, "points", path, problems);
        if (points < 0m)
        {
            problems.Error(FormatDiagnosticCodes.JsonInvalidValue, path + ".points", "分值不能为负数 (points must not be negative)");
        }
        else if (points > Evaluator.MaxPoints)
        {
            problems.Error(FormatDiagnosticCodes.JsonInvalidValue, path + ".points", "分值不能超过 " + Evaluator.MaxPoints + " (points must not exceed " + Evaluator.MaxPoints + ")");
        }

        var evaluatorScore = Number(item, "score", path, problems);
        if (evaluatorScore is decimal given && Math.Abs(given) > Evaluator.MaxPoints)
        {
            problems.Error(FormatDiagnosticCodes.JsonInvalidValue, path + ".score", "评价人给分不能超过 " + Evaluator.MaxPoints + " (the score must not exceed " + Evaluator.MaxPoints + ")");
        }

        return row with
        {
            Points = points,
            DeviationReason = Text(item, "deviationReason", path, problems),
            NotApplicable = Boolean(item, "notApplicable", path, problems),
            EvaluatorScore = evaluatorScore,
        };
    }

    private static BudgetInput? ReadBudget(JsonElement element, JsonProblems problems, List<Diagnostic> notes)
    {
        const string Path = "$.budget";
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Error(FormatDiagnosticCodes.JsonExpectedObject, Path, "应为对象 {\"initial\", \"adjusted\", \"executed\"} (expected an object)");
            return null;
        }

        Unknown(element, BudgetFields, Path, problems);
        AmountUnit? unit = null;
        if (Text(element, "unit", Path, problems) is { } unitText)
        {
            unit = AmountUnits.FromLabel(unitText);
            if (unit is null)
            {
                problems.Error(FormatDiagnosticCodes.JsonInvalidValue, Path + ".unit", "金额单位应为 万元 或 元，实际为「" + unitText + "」(expected 万元 or 元)");
            }
        }

        var sourceElements = element.TryGetProperty("sources", out var list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : new List<JsonElement>();

        // Amounts printed with a unit are converted to the block's unit: the one stated, else the first one printed.
        var written = unit ?? sourceElements.Prepend(element).SelectMany(e => e.ValueKind == JsonValueKind.Object ? AmountFields.Select(f => WrittenUnit(e, f)) : []).FirstOrDefault(u => u is not null);
        var sources = ImmutableArray.CreateBuilder<FundingInput>();
        var index = 0;
        foreach (var source in sourceElements)
        {
            var path = Path + ".sources[" + index++ + "]";
            if (source.ValueKind != JsonValueKind.Object)
            {
                problems.Error(FormatDiagnosticCodes.JsonExpectedObject, path, "应为对象 (expected an object)");
                continue;
            }

            Unknown(source, SourceFields, path, problems);
            sources.Add(new FundingInput(
                Text(source, "name", path, problems) ?? string.Empty,
                Amount(source, "initial", path, written, problems, notes),
                Amount(source, "adjusted", path, written, problems, notes),
                Amount(source, "executed", path, written, problems, notes)));
        }

        return new BudgetInput
        {
            Initial = Amount(element, "initial", Path, written, problems, notes),
            Adjusted = Amount(element, "adjusted", Path, written, problems, notes),
            Executed = Amount(element, "executed", Path, written, problems, notes),
            DeviationReason = Text(element, "deviationReason", Path, problems),
            Sources = sources.ToImmutable(),
            Unit = written,
            Rate = Rate(element, Path, problems),
        };
    }

    /// <summary>The unit an amount field is printed with (<c>"4753.66万元"</c> → 万元), or <see langword="null"/>.</summary>
    private static AmountUnit? WrittenUnit(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && BudgetText.TryReadAmount(value.GetString()!, out _, out var yuan) && yuan is decimal factor
            ? BudgetText.UnitOf(factor)
            : null;

    /// <summary>
    /// An amount as printed: a JSON number, or text with thousands separators and a unit (<c>"387,664.62"</c>, <c>"4753.66万元"</c>,
    /// <c>"1.2亿"</c>), converted to <paramref name="unit"/> when printed in another (PI3027).
    /// </summary>
    private static decimal? Amount(JsonElement element, string name, string path, AmountUnit? unit, JsonProblems problems, List<Diagnostic> notes)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (text.Trim().Length == 0)
            {
                return null;
            }

            if (BudgetText.TryReadAmount(text, out var number, out var yuan))
            {
                if (yuan is not decimal factor || unit is not AmountUnit target || factor == target.YuanFactor())
                {
                    return number == 0m ? 0m : number;
                }

                if (BudgetText.Convert(number, factor, target) is decimal converted)
                {
                    notes.Add(new Diagnostic(
                        DiagnosticCodes.AmountConverted,
                        DiagnosticSeverity.Info,
                        DiagnosticLocation.AtJsonPath(path + "." + name),
                        "金额「" + text.Trim() + "」按项目金额单位" + target.Label() + "计为 " + BudgetText.Show(converted) + " (amount converted to the project's unit)"));
                    return converted;
                }
            }
        }

        return Number(element, name, path, problems);
    }

    /// <summary>执行率 as printed: <c>93%</c>, <c>"93"</c>, <c>0.93</c>, <c>1</c> (a bare number up to 1 is a fraction, a larger one percent points).</summary>
    private static decimal? Rate(JsonElement element, string path, JsonProblems problems)
    {
        if (!element.TryGetProperty("rate", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (text is not null && text.Trim().Length == 0)
        {
            return null;
        }

        if (text is not null && BudgetText.TryReadRate(text, out var fraction, out _))
        {
            return fraction;
        }

        problems.Error(FormatDiagnosticCodes.JsonInvalidValue, path + ".rate", "执行率应为 93%、93 或 0.93 这样的数，实际为 " + value.GetRawText() + " (expected a rate)");
        return null;
    }

    /// <summary>The JSON paths of indicator <c>i</c> and of its category and subcategory, made once for the first 256 indicators.</summary>
    private sealed record IndicatorPaths(string Path, string Category, string Subcategory)
    {
        private static readonly IndicatorPaths[] First = [.. Enumerable.Range(0, 256).Select(Make)];

        public static IndicatorPaths Of(int index) => (uint)index < (uint)First.Length ? First[index] : Make(index);

        private static IndicatorPaths Make(int index)
        {
            var path = "$.indicators[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            return new IndicatorPaths(path, path + ".category", path + ".subcategory");
        }
    }

    /// <summary>
    /// The field names an object may have. A key is compared as the file's UTF-8 with each name, without making a string of it
    /// (a review reads a hundred thousand projects); a key written with escapes is decoded first.
    /// </summary>
    private sealed class FieldNames(params string[] names)
    {
        private readonly byte[][] utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];

        public bool Has(JsonProperty property)
        {
            var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(property);
            if (raw.IndexOf((byte)'\\') >= 0)
            {
                return Array.IndexOf(names, property.Name) >= 0;
            }

            foreach (var name in utf8)
            {
                if (raw.SequenceEqual(name))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static void Unknown(JsonElement element, FieldNames known, string path, JsonProblems problems)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Has(property))
            {
                problems.Warning(FormatDiagnosticCodes.JsonUnknownField, path + "." + property.Name, "未知字段，已忽略 (unknown field, ignored)");
            }
        }
    }

    private static string? Text(JsonElement element, string name, string path, JsonProblems problems, bool required = false, bool allowNumber = false)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problems.Error(FormatDiagnosticCodes.JsonMissingField, path + "." + name, "缺少必填字段 (required)");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        if (allowNumber && value.ValueKind == JsonValueKind.Number)
        {
            return value.GetRawText();
        }

        problems.Error(FormatDiagnosticCodes.JsonInvalidValue, path + "." + name, "应为文字 (expected a string)");
        return null;
    }

    private static decimal? Number(JsonElement element, string name, string path, JsonProblems problems)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number == 0m ? 0m : number; // -0 is 0
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!.Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
            if (text.Length == 0)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
            {
                return number;
            }
        }

        problems.Error(FormatDiagnosticCodes.JsonInvalidValue, path + "." + name, "应为数字，实际为 " + value.GetRawText() + " (expected a number)");
        return null;
    }

    private static bool Boolean(JsonElement element, string name, string path, JsonProblems problems)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        problems.Error(FormatDiagnosticCodes.JsonInvalidValue, path + "." + name, "应为 true 或 false (expected a boolean)");
        return false;
    }

    /// <summary>A label as printed, or the canonical label of an enum name (<c>output</c>, <c>beneficiary-satisfaction</c>) the contract also accepts.</summary>
    private static string? Label<T>(string? text, Func<T, string> canonical)
        where T : struct, Enum =>
        text is not null && EnumName<T>(text.Trim()) is T value ? canonical(value) : text;

    private static T? EnumName<T>(string text)
        where T : struct, Enum =>
        Enum.TryParse<T>(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
}

/// <summary>The problems found reading a project JSON, each located by its JSON path.</summary>
internal sealed class JsonProblems
{
    private readonly List<Diagnostic> all = [];

    public bool HasErrors { get; private set; }

    public ImmutableArray<Diagnostic> All => [.. all];

    public void Error(string code, string? path, string message)
    {
        all.Add(new Diagnostic(code, DiagnosticSeverity.Error, path is null ? default(DiagnosticLocation) : DiagnosticLocation.AtJsonPath(path), message));
        HasErrors = true;
    }

    public void Warning(string code, string path, string message) =>
        all.Add(new Diagnostic(code, DiagnosticSeverity.Warning, DiagnosticLocation.AtJsonPath(path), message));

    public InputReadResult Failed() => InputReadResult.Failed(all);
}
