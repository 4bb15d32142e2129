using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfIndicators.Formats.Html;
using PerfIndicators.Formats.Lint;
using PerfIndicators.Formats.Xlsx;
using PerfIndicators.Review;

namespace PerfIndicators.Formats.Store;

/// <summary>
/// The year-over-year comparison written out: JSON (the contract in <c>docs/store.md</c>), a self-contained HTML page (every
/// text escaped) and an xlsx workbook (one sheet per list). All three are written from the same rows.
/// </summary>
public static class ComparisonReports
{
    private static readonly ComparisonJsonContext Context = new(RelaxedJson.Options(indented: true));

    /// <summary>Writes the comparison as JSON.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="output">The stream written to (left open).</param>
    public static void WriteJson(YearComparison comparison, Stream output)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(output);
        JsonSerializer.Serialize(output, ComparisonJson.From(comparison), Context.ComparisonJson);
    }

    /// <summary>Writes the comparison as JSON text (for standard output).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="output">The writer written to.</param>
    public static void WriteJson(YearComparison comparison, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new PerfIndicators.Formats.Files.TextWriterStream(output);
        WriteJson(comparison, stream);
        output.WriteLine();
    }

    /// <summary>Writes the comparison as tab-separated tables with a <c>## title (count)</c> line each, for the console.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="output">The writer written to.</param>
    public static void WriteText(YearComparison comparison, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var (title, header, rows) in Tables(comparison))
        {
            output.WriteLine("## " + title + "（" + rows.Count.ToString(CultureInfo.InvariantCulture) + "）");
            if (rows.Count > 0)
            {
                output.WriteLine(string.Join("\t", header));
                foreach (var row in rows)
                {
                    output.WriteLine(string.Join("\t", row.Select(c => c is null ? "—" : Text(c).Replace('\t', ' ').ReplaceLineEndings(" "))));
                }
            }

            output.WriteLine();
        }
    }

    /// <summary>The page's templates (<c>Html/Templates/compare.html</c> and the shared table), text encoded as the other pages.</summary>
    internal static PageTemplates Templates { get; } = PageTemplates.Load(HtmlText.Escape, "labels.txt", "compare", "data-table");

    /// <summary>Writes the comparison as one self-contained HTML page.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="output">The stream written to (left open), UTF-8.</param>
    public static void WriteHtml(YearComparison comparison, Stream output)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(output);
        var values = new TemplateValues
        {
            ["title"] = Title(comparison),
            ["sections"] = Tables(comparison).Select(t =>
            {
                var table = DataTable.Values(t.Header, t.Rows, row => row.Select(Text), (row, c, _) => row[c] is decimal ? "n" : null);
                table["heading"] = t.Title + "（" + t.Rows.Count.ToString(CultureInfo.InvariantCulture) + "）";
                return table;
            }).ToList(),
        };
        using var html = new StringWriter(CultureInfo.InvariantCulture);
        Templates.Render("compare", html, values);
        output.Write(Encoding.UTF8.GetBytes(html.ToString()));
    }

    /// <summary>Writes the comparison as an xlsx workbook, one sheet per list.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="output">The stream written to (left open).</param>
    public static void WriteWorkbook(YearComparison comparison, Stream output)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(output);
        var workbook = new WorkbookBuilder { Title = Title(comparison) };
        foreach (var (title, header, rows) in Tables(comparison))
        {
            var sheet = workbook.AddSheet(title);
            for (var c = 0; c < header.Count; c++)
            {
                sheet.SetText(1, c + 1, header[c]);
            }

            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < rows[r].Count; c++)
                {
                    if (rows[r][c] is decimal number)
                    {
                        sheet.SetNumber(r + 2, c + 1, number);
                    }
                    else
                    {
                        sheet.SetText(r + 2, c + 1, Text(rows[r][c]));
                    }
                }
            }
        }

        workbook.WriteTo(output);
    }

    /// <summary>The report's lists as rows: (title, header, rows), the cells strings or decimals (null for none).</summary>
    internal static List<(string Title, IReadOnlyList<string> Header, List<List<object?>> Rows)> Tables(YearComparison c)
    {
        var was = c.PreviousYear.ToString(CultureInfo.InvariantCulture);
        var now = c.CurrentYear.ToString(CultureInfo.InvariantCulture);
        return
        [
            ("部门排名", ["主管部门", "项目数", was + " 平均分", now + " 平均分", "变化"],
                [.. c.Departments.Select(d => new List<object?> { d.Department, (decimal)d.Projects, d.PreviousMean, d.CurrentMean, d.Change })]),
            ("项目变化", ["项目", "项目编码", "实施单位", "匹配方式", was + " 总分", now + " 总分", "变化", was + " 等级", now + " 等级", "删除指标", "新增指标"],
                [.. c.Pairs.Select(p => new List<object?>
                {
                    p.Current.Project, p.Current.Code ?? p.Previous.Code, p.Current.Unit, RuleLabel(p.Rule),
                    p.Previous.IsAssessed ? p.Previous.Total : null, p.Current.IsAssessed ? p.Current.Total : null, p.TotalChange,
                    p.Previous.Grade, p.Current.Grade, string.Join("；", p.Dropped), string.Join("；", p.Added),
                })]),
            ("目标值低于上年实际完成值", ["项目", "指标", now + " 指标值", was + " 实际完成值"],
                [.. c.Pairs.SelectMany(p => p.LoweredTargets.Select(l => new List<object?> { p.Current.Project, l.Name, l.TargetText, l.PreviousActualText }))]),
            ("连续两年执行率低于" + DisplayRate(c.Options.LowExecutionBelow), ["项目", "主管部门", was + " 执行率", now + " 执行率"],
                [.. c.Pairs.Where(p => p.LowExecutionBothYears).Select(p => new List<object?> { p.Current.Project, p.Current.Department, DisplayRate(p.Previous.ExecutionRate), DisplayRate(p.Current.ExecutionRate) })]),
            ("仅" + was + "年有的项目", ["项目", "项目编码", "实施单位"],
                [.. c.OnlyPrevious.Select(a => new List<object?> { a.Project, a.Code, a.Unit })]),
            ("仅" + now + "年有的项目", ["项目", "项目编码", "实施单位"],
                [.. c.OnlyCurrent.Select(a => new List<object?> { a.Project, a.Code, a.Unit })]),
        ];
    }

    /// <summary>The rule as reports print it: <c>项目编码</c> or <c>项目名称+实施单位</c>.</summary>
    public static string RuleLabel(ProjectMatchRule rule) => rule == ProjectMatchRule.Code ? "项目编码" : "项目名称+实施单位";

    private static string Title(YearComparison c) =>
        c.PreviousYear.ToString(CultureInfo.InvariantCulture) + "—" + c.CurrentYear.ToString(CultureInfo.InvariantCulture) + " 年度绩效评价结果对比";

    private static string DisplayRate(decimal? rate) => rate is decimal r ? PerfIndicators.Scoring.DisplayText.Percent(r) : "—";

    private static string Text(object? cell) => cell switch
    {
        null => string.Empty,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };
}

internal sealed record ComparisonJson(
    int PreviousYear, int CurrentYear, decimal LowExecutionBelow, IReadOnlyList<DepartmentChangeJson> Departments, IReadOnlyList<ProjectChangeJson> Projects,
    IReadOnlyList<ProjectRefJson> OnlyPrevious, IReadOnlyList<ProjectRefJson> OnlyCurrent)
{
    public static ComparisonJson From(YearComparison c) => new(
        c.PreviousYear, c.CurrentYear, c.Options.LowExecutionBelow,
        [.. c.Departments.Select(d => new DepartmentChangeJson(d.Department, d.Projects, d.PreviousMean, d.CurrentMean, d.Change))],
        [.. c.Pairs.Select(p => new ProjectChangeJson(
            p.Current.Project, p.Current.Code ?? p.Previous.Code, p.Current.Department, p.Current.Unit, p.Rule == ProjectMatchRule.Code ? "code" : "name-and-unit",
            p.Previous.IsAssessed ? p.Previous.Total : null, p.Current.IsAssessed ? p.Current.Total : null, p.TotalChange, p.Previous.Grade, p.Current.Grade, p.GradeChanged,
            p.Dropped, p.Added, [.. p.LoweredTargets.Select(l => new LoweredTargetJson(l.Name, l.TargetText, l.PreviousActualText, l.Target, l.PreviousActual, l.Unit))],
            p.Previous.ExecutionRate, p.Current.ExecutionRate, p.LowExecutionBothYears))],
        [.. c.OnlyPrevious.Select(ProjectRefJson.From)],
        [.. c.OnlyCurrent.Select(ProjectRefJson.From)]);
}

internal sealed record DepartmentChangeJson(string Department, int Projects, decimal PreviousMean, decimal CurrentMean, decimal Change);

internal sealed record ProjectChangeJson(
    string Project, string? Code, string? Department, string? Unit, string Match, decimal? PreviousTotal, decimal? CurrentTotal, decimal? TotalChange,
    string? PreviousGrade, string? CurrentGrade, bool GradeChanged, IReadOnlyList<string> Dropped, IReadOnlyList<string> Added,
    IReadOnlyList<LoweredTargetJson> LoweredTargets, decimal? PreviousExecutionRate, decimal? CurrentExecutionRate, bool LowExecutionBothYears);

internal sealed record LoweredTargetJson(string Indicator, string Target, string PreviousActual, decimal TargetValue, decimal PreviousActualValue, string? Unit);

internal sealed record ProjectRefJson(string Project, string? Code, string? Department, string? Unit, int FiscalYear)
{
    public static ProjectRefJson From(YearAssessment a) => new(a.Project, a.Code, a.Department, a.Unit, a.FiscalYear);
}

[JsonSerializable(typeof(ComparisonJson))]
internal sealed partial class ComparisonJsonContext : JsonSerializerContext;
