namespace PerfIndicators;

/// <summary>
/// One performance indicator (绩效指标, a 三级指标 row): its categories, its name exactly as written, its target
/// value (年度指标值), and where each part was found.
/// </summary>
/// <remarks>
/// When a document writes only the second-level label (数量指标:), <see cref="Category"/> is inferred from it and
/// <see cref="CategoryLabel"/> stays <see langword="null"/>, so what was written is never confused with what was inferred.
/// Spans point into the text given to the parser (or the document, for indicators read from a document).
/// </remarks>
public sealed record Indicator
{
    /// <summary>Creates an indicator.</summary>
    /// <param name="name">The third-level name (三级指标) exactly as written.</param>
    /// <param name="target">The parsed target.</param>
    /// <param name="span">The span of the whole clause.</param>
    public Indicator(string name, Target target, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(target);
        Name = name;
        Target = target;
        Span = span;
    }

    /// <summary>The first-level category (一级指标), written or inferred from the subcategory; <see langword="null"/> when unknown.</summary>
    public IndicatorCategory? Category { get; init; }

    /// <summary>The first-level label exactly as written (e.g. <c>产出指标</c>), or <see langword="null"/> when not written.</summary>
    public string? CategoryLabel { get; init; }

    /// <summary>The second-level category (二级指标), or <see langword="null"/> when not written.</summary>
    public IndicatorSubcategory? Subcategory { get; init; }

    /// <summary>The second-level label exactly as written (e.g. <c>数量指标</c>), or <see langword="null"/>.</summary>
    public string? SubcategoryLabel { get; init; }

    /// <summary>
    /// The indicator's name (三级指标) as written: the original characters (not normalized), trimmed of separators,
    /// without the white space that PDF extraction puts inside words (<c>参观人 次</c> → <c>参观人次</c>); a space
    /// between two Latin letters or digits is kept.
    /// </summary>
    public string Name { get; }

    /// <summary>The parsed target value (年度指标值).</summary>
    public Target Target { get; }

    /// <summary>The span of the whole clause (labels, name and target).</summary>
    public TextSpan Span { get; init; }

    /// <summary>The span of the name.</summary>
    public TextSpan NameSpan { get; init; }

    /// <summary>The span of the target text.</summary>
    public TextSpan TargetSpan { get; init; }

    /// <summary>Returns this indicator with every span moved right by <paramref name="offset"/>.</summary>
    /// <param name="offset">How far to move the spans.</param>
    public Indicator Shift(int offset) => offset == 0
        ? this
        : this with { Span = Span.Shift(offset), NameSpan = NameSpan.Shift(offset), TargetSpan = TargetSpan.Shift(offset) };
}
