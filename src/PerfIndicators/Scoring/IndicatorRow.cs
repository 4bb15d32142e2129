using System.Collections.Immutable;
using PerfIndicators.Parsing;

namespace PerfIndicators.Scoring;

/// <summary>
/// Reads one indicator row of a scoring input from its cells as printed — the 一级 and 二级 labels, the name, the target and
/// the actual — the same way for every input: a project JSON, the library (<see cref="IndicatorInput.FromText"/>), a filled
/// template. Labels go through <see cref="PrintedLabel"/> (<c>产出指标(50分)</c>, <c>產出指標</c>, <c>(30分)</c>); the target
/// through <see cref="IndicatorParser.ParseIndicator(string, string, string?, string?)"/> (so the name's hints apply); the actual
/// through <see cref="IndicatorParser.ParseActual(string, Indicator)"/> against that indicator.
/// </summary>
internal static class IndicatorRow
{
    /// <summary>Words of a name that tell its 一级指标 when no label does, each with the category it tells, in the order tried.</summary>
    private static readonly (string Word, IndicatorCategory Category)[] NameWords =
    [
        ("满意", IndicatorCategory.Satisfaction),
        ("成本", IndicatorCategory.Cost),
        ("效益", IndicatorCategory.Benefit), ("效果", IndicatorCategory.Benefit), ("影响", IndicatorCategory.Benefit),
        ("增收", IndicatorCategory.Benefit), ("收入", IndicatorCategory.Benefit), ("带动", IndicatorCategory.Benefit),
        ("及时", IndicatorCategory.Output), ("时效", IndicatorCategory.Output), ("完成时间", IndicatorCategory.Output),
        ("进度", IndicatorCategory.Output), ("数量", IndicatorCategory.Output), ("质量", IndicatorCategory.Output),
        ("合格率", IndicatorCategory.Output), ("完成率", IndicatorCategory.Output), ("验收", IndicatorCategory.Output),
    ];

    /// <summary>Reads a row; never throws for any text.</summary>
    /// <param name="name">三级指标 as printed.</param>
    /// <param name="target">年度指标值 as printed (split cells joined with spaces).</param>
    /// <param name="actual">实际完成值 as printed, or <see langword="null"/> when nothing was reported.</param>
    /// <param name="category">The 一级 label as printed, or <see langword="null"/>.</param>
    /// <param name="subcategory">The 二级 label as printed, or <see langword="null"/>.</param>
    /// <param name="categoryLocation">Where a problem with the 一级 label is reported (a JSON path), or the default.</param>
    /// <param name="subcategoryLocation">Where a problem with the 二级 label is reported, or the default.</param>
    public static IndicatorInput Read(
        string name,
        string target,
        string? actual,
        string? category,
        string? subcategory,
        DiagnosticLocation categoryLocation = default,
        DiagnosticLocation subcategoryLocation = default)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var first = Label(category);
        var second = Label(subcategory);

        // Only labels the framework knows go to the parser: an unknown one would be read as a cell of the row (a name).
        var parsed = IndicatorParser.ParseIndicator(name, target, Usable(first), Usable(second));
        diagnostics.AddRange(parsed.Diagnostics);
        var indicator = parsed.Value;
        var parsedTarget = indicator?.Target ?? new UnrecognizedTarget(target);
        var subcategoryRead = indicator?.Subcategory ?? (second is { IsRecognized: true } ? second.Subcategory : null) ?? (first is { IsRecognized: true } ? first.Subcategory : null);
        var resolved = first is { IsRecognized: true } ? first.Category : null;
        string? how = null;
        if (resolved is null && second is { IsRecognized: true, Category: { } fromSecond })
        {
            resolved = fromSecond;
            how = "按二级指标「" + second.Text.Trim() + "」归入" + fromSecond.ToLabel();
        }

        resolved ??= indicator?.Category;
        var printedCategory = first is not null && first.Text.Trim().Length > 0;
        if (resolved is null && (printedCategory || (second is not null && second.Text.Trim().Length > 0)) && FromName(name) is { } fromName)
        {
            resolved = fromName;
            how = "按指标名称「" + name.Trim() + "」归入" + fromName.ToLabel();
        }

        if (printedCategory && first is { IsRecognized: false })
        {
            var text = first.Text.Trim();
            if (first.IsOnlyPoints)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.CategoryInferred,
                    resolved is null ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info,
                    categoryLocation,
                    "一级指标只印有分值「" + text + "」，" + (how ?? "无法判断所属一级指标") + " (the 一级 label was cut to its points; category inferred)"));
            }
            else
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.UnknownLabel,
                    DiagnosticSeverity.Warning,
                    categoryLocation,
                    "无法识别一级指标「" + text + "」，" + (how ?? "未能归入产出/效益/满意度/成本指标") + " (unknown 一级 label; category inferred)"));
            }
        }

        if (second is { IsRecognized: false, IsOnlyPoints: false } && second.Text.Trim().Length > 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.UnknownLabel,
                DiagnosticSeverity.Warning,
                subcategoryLocation,
                "无法识别二级指标「" + second.Text.Trim() + "」，已忽略 (unknown 二级 label, ignored)"));
        }

        Actual? read = null;
        if (actual is not null)
        {
            var against = indicator ?? new Indicator(name, parsedTarget, default);
            var parsedActual = IndicatorParser.ParseActual(actual, against);
            diagnostics.AddRange(parsedActual.Diagnostics);
            read = parsedActual.Value ?? new Actual(actual, ActualKind.Text);
        }

        return new IndicatorInput(name, parsedTarget)
        {
            Category = resolved,
            Subcategory = subcategoryRead,
            CategoryLabel = category,
            SubcategoryLabel = subcategory,
            Actual = read,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    /// <summary>The 一级指标 a name tells (满意度 → 满意度指标, 成本 → 成本指标 …), or <see langword="null"/>.</summary>
    internal static IndicatorCategory? FromName(string name)
    {
        var text = Simplified.Of(TextNormalizer.Normalize(name));
        foreach (var (word, category) in NameWords)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return category;
            }
        }

        return null;
    }

    private static PrintedLabel? Label(string? text) => text is null ? null : PrintedLabel.Read(text);

    private static string? Usable(PrintedLabel? label) => label is { IsRecognized: true } or { IsOnlyPoints: true } ? label.Text : null;
}
