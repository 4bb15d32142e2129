using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace PerfIndicators.Tests.Corpus;

/// <summary>A hand label for a target (年度指标值) or an actual (实际完成值), as the corpus README defines the fields.</summary>
/// <param name="Kind"><c>quantitative</c>, <c>range</c>, <c>qualitative</c>, <c>deadline</c>, <c>period</c>, <c>rate_per_time</c>,
/// <c>unparseable</c>; for actuals also <c>date</c> and <c>empty</c>.</param>
/// <param name="Comparator"><c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>, <c>&gt;</c>, <c>&lt;</c>, <c>none</c> for a bare value, or <see langword="null"/>
/// (an actual's bare value also has <see langword="null"/>).</param>
/// <param name="Value">The number as written, without the multiplier.</param>
/// <param name="Multiplier">万 = 10000, 亿 = 1e8; <see langword="null"/> for an actual's bare number (read in the target's unit).</param>
/// <param name="Unit">The unit without the multiplier (<c>百分比</c> → <c>%</c>, a bare 万 on money → 元, a unit printed only in the name taken from it).</param>
/// <param name="Min">A range's lower bound.</param>
/// <param name="Max">A range's upper bound.</param>
/// <param name="Deadline">A deadline, or a period's end (last day of the month or year when only those are given).</param>
/// <param name="PeriodStart">A period's first day.</param>
/// <param name="Tier">For a qualitative actual, the tier the labeller read (<c>达成</c>) or <see langword="null"/>.</param>
/// <param name="Date">For a dated actual, the day.</param>
/// <param name="OcrSuspect">Whether the labeller marked the text as damaged by OCR.</param>
/// <param name="Grades">For a graded standard (优/良/中/差 in one cell), each grade's printed value.</param>
internal sealed record GoldValue(
    string Kind,
    string? Comparator,
    decimal? Value,
    decimal? Multiplier,
    string? Unit,
    decimal? Min,
    decimal? Max,
    LocalDate? Deadline,
    LocalDate? PeriodStart,
    string? Tier,
    LocalDate? Date,
    bool OcrSuspect,
    IReadOnlyList<(string Grade, string Value)> Grades)
{
    public static GoldValue? From(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new GoldValue(
            element.GetProperty("kind").GetString()!,
            Text(element, "comparator"),
            Number(element, "value"),
            Number(element, "multiplier"),
            Text(element, "unit"),
            Number(element, "min"),
            Number(element, "max"),
            Day(element, "deadline"),
            Day(element, "period_start"),
            Text(element, "tier"),
            Day(element, "date"),
            element.TryGetProperty("ocr_suspect", out var ocr) && ocr.ValueKind == JsonValueKind.True,
            element.TryGetProperty("grades", out var grades) && grades.ValueKind == JsonValueKind.Object
                ? [.. grades.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!))]
                : []);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    private static LocalDate? Day(JsonElement element, string name) =>
        Text(element, name) is { } text ? LocalDatePattern.Iso.Parse(text).Value : null;
}

/// <summary>One indicator clause of a 绩效目标表, labelled by hand (<c>targets-gold.jsonl</c>).</summary>
/// <param name="Line">The 1-based line in <c>targets-gold.jsonl</c>.</param>
/// <param name="Doc">The corpus document id.</param>
/// <param name="SourceUrl">The public page the document was copied from.</param>
/// <param name="Year">The document's budget year, when printed.</param>
/// <param name="Clause">The clause as cut from the printed block (cells separated by <c>|</c>, spaces or line breaks).</param>
/// <param name="Name">The 三级指标 name the labeller read.</param>
/// <param name="Gold">The label.</param>
/// <param name="Note">The labeller's note.</param>
internal sealed record TargetCase(int Line, string Doc, string SourceUrl, int? Year, string Clause, string? Name, GoldValue Gold, string? Note);

/// <summary>One row of a published 自评表 (<c>selfeval-rows.jsonl</c>) with its labels (<c>rows-gold.jsonl</c>, same line).</summary>
/// <param name="Line">The 1-based line in both files.</param>
/// <param name="Doc">The corpus document id.</param>
/// <param name="SourceUrl">The public page the document was copied from.</param>
/// <param name="Year">The document's budget year, when printed.</param>
/// <param name="Level1">The 一级 label as printed (filled down from merged cells), or <see langword="null"/>.</param>
/// <param name="Level2">The 二级 label as printed, or <see langword="null"/>.</param>
/// <param name="Name">The 三级指标 cell.</param>
/// <param name="TargetText">The 年度指标值 cell (split cells joined with single spaces).</param>
/// <param name="ActualText">The 实际完成值 cell.</param>
/// <param name="Target">The target label.</param>
/// <param name="Actual">The actual label, or <see langword="null"/> when the row has none.</param>
/// <param name="Note">The labeller's note.</param>
/// <param name="Points">分值 as printed, or <see langword="null"/>.</param>
/// <param name="Score">得分 as published, or <see langword="null"/>.</param>
/// <param name="FormulaClass"><c>full_met</c>, <c>proportional</c>, <c>manual</c> (hand-entered) or <c>unscored</c>.</param>
/// <param name="FormulaAlt">The labeller's note on another formula the score would match, or <see langword="null"/>.</param>
internal sealed record RowCase(
    int Line, string Doc, string SourceUrl, int? Year, string? Level1, string? Level2, string Name, string TargetText, string? ActualText, GoldValue Target, GoldValue? Actual, string? Note,
    decimal? Points = null, decimal? Score = null, string FormulaClass = "unscored", string? FormulaAlt = null)
{
    /// <summary>
    /// The row as the 年度指标值 column of the self-evaluation prints it: <c>level1 \t level2 \t name \t target</c> (the form of the
    /// <c>selfeval_target_column</c> blocks in <c>targets-raw.jsonl</c>). A label the labeller supplied (marked <c>(inferred)</c>) was
    /// not printed and is left empty.
    /// </summary>
    public string TableRow => $"{Printed(Level1)}\t{Printed(Level2)}\t{Name}\t{TargetText}";

    private static string Printed(string? label) =>
        label is null || label.Contains("(inferred)", StringComparison.Ordinal) ? string.Empty : label;
}

/// <summary>One published self-evaluation's budget block and totals (<c>selfeval-docs.jsonl</c>), every value as printed.</summary>
/// <param name="Line">The 1-based line in <c>selfeval-docs.jsonl</c>.</param>
/// <param name="Doc">The corpus document id (the <c>doc</c> of its rows in <c>selfeval-rows.jsonl</c>).</param>
/// <param name="SourceUrl">The public page, or <see langword="null"/> when the labeller found none.</param>
/// <param name="Year">The budget year, when printed.</param>
/// <param name="BudgetFullYear">全年预算数 as printed (<c>4753.66万元</c>, <c>387664.62</c>), or <see langword="null"/>.</param>
/// <param name="Executed">全年执行数 as printed, or <see langword="null"/>.</param>
/// <param name="ExecPoints">The points of budget execution, or <see langword="null"/>.</param>
/// <param name="ExecRate">执行率 as printed (<c>100%</c>, <c>100.00</c>, <c>1(printed '1')</c>), or <see langword="null"/>.</param>
/// <param name="ExecScore">The published execution score, or <see langword="null"/>.</param>
/// <param name="TotalScore">The published 总分, or <see langword="null"/>.</param>
/// <param name="Quirks">The labeller's notes on the layout.</param>
internal sealed record DocCase(
    int Line, string Doc, string? SourceUrl, int? Year, string? BudgetFullYear, string? Executed, decimal? ExecPoints, string? ExecRate, decimal? ExecScore, decimal? TotalScore, string Quirks);

/// <summary>
/// The development corpus (copied from <c>shared/corpus/</c> into <c>Corpus/Data/</c>; see its README): real 绩效目标表 and
/// 自评表 rows from 20+ provinces, each naming the document and the public page it came from.
/// </summary>
internal static class CorpusData
{
    public static string Folder => Path.Combine(TestPaths.ProjectFolder, "Corpus", "Data");

    public static IReadOnlyList<TargetCase> Targets { get; } = LoadTargets();

    public static IReadOnlyList<RowCase> Rows { get; } = LoadRows();

    public static IReadOnlyList<DocCase> Docs { get; } =
        [.. Lines("selfeval-docs.jsonl").Select((x, i) => new DocCase(
            i + 1,
            x.GetProperty("doc").GetString()!,
            Text(x, "source_url"),
            YearOf(x),
            Text(x, "budget_full_year"),
            Text(x, "executed"),
            Number(x, "exec_points"),
            Text(x, "exec_rate"),
            Number(x, "exec_score"),
            Number(x, "total_score"),
            Text(x, "quirks") ?? string.Empty))];

    /// <summary>Every printed block of <c>targets-raw.jsonl</c>: document, source, year, origin and the raw text.</summary>
    public static IReadOnlyList<(string Doc, string SourceUrl, int? Year, string Origin, string Raw)> Blocks { get; } =
        [.. Lines("targets-raw.jsonl").Select(x => (
            x.GetProperty("doc").GetString()!,
            x.GetProperty("source_url").GetString()!,
            YearOf(x),
            x.GetProperty("origin").GetString()!,
            x.GetProperty("raw").GetString()!))];

    private static IEnumerable<JsonElement> Lines(string file) =>
        File.ReadLines(Path.Combine(Folder, file)).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone());

    private static int? YearOf(JsonElement element) =>
        element.TryGetProperty("year", out var year) && year.ValueKind == JsonValueKind.String
        && year.GetString() is { Length: >= 4 } text && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            ? y
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    private static List<TargetCase> LoadTargets()
    {
        var sources = new Dictionary<string, (string Url, int? Year)>(StringComparer.Ordinal);
        foreach (var block in Lines("targets-raw.jsonl"))
        {
            sources.TryAdd(block.GetProperty("doc").GetString()!, (block.GetProperty("source_url").GetString()!, YearOf(block)));
        }

        return [.. Lines("targets-gold.jsonl").Select((x, i) =>
        {
            var doc = x.GetProperty("doc").GetString()!;
            var (url, year) = sources[doc];
            return new TargetCase(i + 1, doc, url, year, Text(x, "clause") ?? string.Empty, Text(x, "name"), GoldValue.From(x)!, Text(x, "note"));
        })];
    }

    private static List<RowCase> LoadRows()
    {
        var rows = Lines("selfeval-rows.jsonl").ToList();
        var gold = Lines("rows-gold.jsonl").ToList();
        var cases = new List<RowCase>();
        foreach (var label in gold)
        {
            var line = label.GetProperty("line").GetInt32();
            var row = rows[line - 1];
            if (row.GetProperty("doc").GetString() != label.GetProperty("doc").GetString())
            {
                throw new InvalidDataException($"rows-gold.jsonl line {line} names another document than selfeval-rows.jsonl line {line}.");
            }

            cases.Add(new RowCase(
                line,
                row.GetProperty("doc").GetString()!,
                row.GetProperty("source_url").GetString()!,
                YearOf(row),
                Text(row, "level1"),
                Text(row, "level2"),
                Text(row, "name") ?? string.Empty,
                Text(row, "target_text") ?? string.Empty,
                Text(row, "actual_text"),
                GoldValue.From(label.GetProperty("target"))!,
                label.TryGetProperty("actual", out var actual) ? GoldValue.From(actual) : null,
                Text(label, "note"),
                Number(row, "points"),
                Number(row, "score"),
                Text(label, "formula_class") ?? "unscored",
                Text(label, "formula_alt")));
        }

        return cases;
    }
}
