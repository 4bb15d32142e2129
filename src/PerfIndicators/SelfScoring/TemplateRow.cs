namespace PerfIndicators.SelfScoring;

/// <summary>
/// One indicator row of a self-assessment template: what the template fills in and locks (一级/二级/三级指标,
/// 年度指标值, 分值), its key, and, for a template made from a project JSON that already has them, the prefilled
/// answers. Immutable.
/// </summary>
public sealed record TemplateRow
{
    internal TemplateRow(int rowNumber, IndicatorCategory? category, IndicatorSubcategory? subcategory, string name, Target target, decimal points, bool pointsAllocated)
    {
        RowNumber = rowNumber;
        Category = category;
        Subcategory = subcategory;
        Name = name;
        Target = target;
        Points = points / 1.000000000000000000000000000000000m;
        PointsAllocated = pointsAllocated;
        Key = TemplateMetadata.RowKey(CategoryLabel, SubcategoryLabel, name, target.Text, Points);
    }

    /// <summary>The 1-based sheet row (CSV: record) where the template puts this indicator.</summary>
    public int RowNumber { get; }

    /// <summary>一级指标, or <see langword="null"/> when the source gives none.</summary>
    public IndicatorCategory? Category { get; }

    /// <summary>二级指标, or <see langword="null"/>.</summary>
    public IndicatorSubcategory? Subcategory { get; }

    /// <summary>The 一级指标 text the form shows (empty when unknown).</summary>
    public string CategoryLabel => Category?.ToLabel() ?? string.Empty;

    /// <summary>The 二级指标 text the form shows (empty when unknown).</summary>
    public string SubcategoryLabel => Subcategory?.ToLabel() ?? string.Empty;

    /// <summary>三级指标: the indicator's name.</summary>
    public string Name { get; }

    /// <summary>年度指标值: the parsed target; <see cref="Target.Text"/> is what the form shows.</summary>
    public Target Target { get; }

    /// <summary>分值: as given by the source, or as allocated by the template's policy.</summary>
    public decimal Points { get; }

    /// <summary>Whether <see cref="Points"/> was allocated by the policy (the source gave none).</summary>
    public bool PointsAllocated { get; }

    /// <summary>
    /// The row key: 16 hex digits of SHA-256 over the locked texts and points. The template's metadata keeps it, so an
    /// edited, added or deleted row is found when the filled template is read.
    /// </summary>
    public string Key { get; }

    /// <summary>Whether the row is qualitative (定性) and offers the 评价等级 drop-down of the three tiers.</summary>
    public bool TakesTier => Target.Kind == TargetKind.Qualitative;

    /// <summary>
    /// Whether the 得分 cell is left open for a person's score: qualitative rows (a point inside the tier's band),
    /// targets that could not be understood, and targets whose own rule says 酌情扣分 (discretionary).
    /// </summary>
    public bool TakesManualScore => Target.Kind is TargetKind.Qualitative or TargetKind.Unrecognized
        || (Target is RuleTarget { Rule: DiscretionaryRule });

    /// <summary>实际完成值 filled in by the template (from a project JSON that has it), or <see langword="null"/>.</summary>
    public string? PrefilledActual { get; init; }

    /// <summary>偏差原因分析及改进措施 filled in by the template, or <see langword="null"/>.</summary>
    public string? PrefilledDeviationReason { get; init; }

    /// <summary>A manual 得分 filled in by the template (only where <see cref="TakesManualScore"/>), or <see langword="null"/>.</summary>
    public decimal? PrefilledScore { get; init; }
}
