namespace PerfIndicators;

/// <summary>The first-level indicator (一级指标).</summary>
public enum IndicatorCategory
{
    /// <summary>产出指标: outputs.</summary>
    Output = 1,

    /// <summary>效益指标: benefits.</summary>
    Benefit,

    /// <summary>满意度指标: satisfaction.</summary>
    Satisfaction,

    /// <summary>成本指标: costs, a first-level indicator since 财预〔2021〕101号 (earlier a second-level one under 产出).</summary>
    Cost,
}

/// <summary>The second-level indicator (二级指标).</summary>
public enum IndicatorSubcategory
{
    /// <summary>数量指标 (under 产出).</summary>
    Quantity = 1,

    /// <summary>质量指标 (under 产出).</summary>
    Quality,

    /// <summary>时效指标 (under 产出).</summary>
    Timeliness,

    /// <summary>成本指标 (under 产出 in the 2020 framework).</summary>
    Cost,

    /// <summary>经济效益指标 (under 效益).</summary>
    EconomicBenefit,

    /// <summary>社会效益指标 (under 效益).</summary>
    SocialBenefit,

    /// <summary>生态效益指标 (under 效益).</summary>
    EcologicalBenefit,

    /// <summary>可持续影响指标 (under 效益).</summary>
    SustainableImpact,

    /// <summary>服务对象满意度指标 (under 满意度).</summary>
    BeneficiarySatisfaction,

    /// <summary>经济成本指标 (under 成本).</summary>
    EconomicCost,

    /// <summary>社会成本指标 (under 成本).</summary>
    SocialCost,

    /// <summary>生态环境成本指标 (under 成本).</summary>
    EcologicalEnvironmentalCost,
}

/// <summary>The canonical Chinese labels of indicator categories, and recognition of the labels documents use.</summary>
public static class CategoryLabels
{
    private static readonly (string Label, IndicatorCategory Category)[] CategoryForms =
    [
        ("产出指标", IndicatorCategory.Output),
        ("效益指标", IndicatorCategory.Benefit),
        ("满意度指标", IndicatorCategory.Satisfaction),
        ("成本指标", IndicatorCategory.Cost),
        ("产出", IndicatorCategory.Output),
        ("效益", IndicatorCategory.Benefit),
        ("满意度", IndicatorCategory.Satisfaction),
        ("成本", IndicatorCategory.Cost),
    ];

    private static readonly (string Label, IndicatorSubcategory Subcategory)[] SubcategoryForms =
    [
        ("服务对象满意度指标", IndicatorSubcategory.BeneficiarySatisfaction),
        ("生态环境成本指标", IndicatorSubcategory.EcologicalEnvironmentalCost),
        ("可持续影响指标", IndicatorSubcategory.SustainableImpact),
        ("经济效益指标", IndicatorSubcategory.EconomicBenefit),
        ("社会效益指标", IndicatorSubcategory.SocialBenefit),
        ("生态效益指标", IndicatorSubcategory.EcologicalBenefit),
        ("经济成本指标", IndicatorSubcategory.EconomicCost),
        ("社会成本指标", IndicatorSubcategory.SocialCost),
        ("数量指标", IndicatorSubcategory.Quantity),
        ("质量指标", IndicatorSubcategory.Quality),
        ("时效指标", IndicatorSubcategory.Timeliness),
        ("服务对象满意度", IndicatorSubcategory.BeneficiarySatisfaction),
        ("生态环境成本", IndicatorSubcategory.EcologicalEnvironmentalCost),
        ("可持续影响", IndicatorSubcategory.SustainableImpact),
        ("经济效益", IndicatorSubcategory.EconomicBenefit),
        ("社会效益", IndicatorSubcategory.SocialBenefit),
        ("生态效益", IndicatorSubcategory.EcologicalBenefit),
        ("经济成本", IndicatorSubcategory.EconomicCost),
        ("社会成本", IndicatorSubcategory.SocialCost),
        ("数量", IndicatorSubcategory.Quantity),
        ("质量", IndicatorSubcategory.Quality),
        ("时效", IndicatorSubcategory.Timeliness),
    ];

    /// <summary>
    /// The labels read at the start of a text: short forms without 指标 (数量, 质量) are too common as words to be labels;
    /// 服务对象满意度, 社会效益 … are not.
    /// </summary>
    private static readonly Parsing.WordTable<IndicatorSubcategory> SubcategoryPrefixes =
        new([.. SubcategoryForms.Where(f => f.Label.EndsWith("指标", StringComparison.Ordinal) || f.Label.Length >= 4)]);

    private static readonly Parsing.WordTable<IndicatorCategory> CategoryPrefixes =
        new([.. CategoryForms.Where(f => f.Label.EndsWith("指标", StringComparison.Ordinal))]);

    /// <summary>The canonical label (产出指标 …) of a category.</summary>
    /// <param name="category">The category.</param>
    public static string ToLabel(this IndicatorCategory category) => category switch
    {
        IndicatorCategory.Output => "产出指标",
        IndicatorCategory.Benefit => "效益指标",
        IndicatorCategory.Satisfaction => "满意度指标",
        IndicatorCategory.Cost => "成本指标",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The canonical label (数量指标 …) of a subcategory.</summary>
    /// <param name="subcategory">The subcategory.</param>
    public static string ToLabel(this IndicatorSubcategory subcategory) => subcategory switch
    {
        IndicatorSubcategory.Quantity => "数量指标",
        IndicatorSubcategory.Quality => "质量指标",
        IndicatorSubcategory.Timeliness => "时效指标",
        IndicatorSubcategory.Cost => "成本指标",
        IndicatorSubcategory.EconomicBenefit => "经济效益指标",
        IndicatorSubcategory.SocialBenefit => "社会效益指标",
        IndicatorSubcategory.EcologicalBenefit => "生态效益指标",
        IndicatorSubcategory.SustainableImpact => "可持续影响指标",
        IndicatorSubcategory.BeneficiarySatisfaction => "服务对象满意度指标",
        IndicatorSubcategory.EconomicCost => "经济成本指标",
        IndicatorSubcategory.SocialCost => "社会成本指标",
        IndicatorSubcategory.EcologicalEnvironmentalCost => "生态环境成本指标",
        _ => throw new ArgumentOutOfRangeException(nameof(subcategory), subcategory, null),
    };

    /// <summary>The first-level category a subcategory belongs to (数量 → 产出, 社会效益 → 效益, 经济成本 → 成本 …).</summary>
    /// <param name="subcategory">The subcategory.</param>
    public static IndicatorCategory ParentCategory(this IndicatorSubcategory subcategory) => subcategory switch
    {
        IndicatorSubcategory.Quantity or IndicatorSubcategory.Quality or IndicatorSubcategory.Timeliness or IndicatorSubcategory.Cost => IndicatorCategory.Output,
        IndicatorSubcategory.EconomicBenefit or IndicatorSubcategory.SocialBenefit or IndicatorSubcategory.EcologicalBenefit or IndicatorSubcategory.SustainableImpact => IndicatorCategory.Benefit,
        IndicatorSubcategory.BeneficiarySatisfaction => IndicatorCategory.Satisfaction,
        _ => IndicatorCategory.Cost,
    };

    /// <summary>Recognizes a first-level label exactly (产出指标, 产出, 满意度指标 …).</summary>
    /// <param name="text">The label text, already trimmed.</param>
    /// <returns>The category, or <see langword="null"/>.</returns>
    public static IndicatorCategory? ParseCategory(ReadOnlySpan<char> text)
    {
        foreach (var (label, category) in CategoryForms)
        {
            if (text.SequenceEqual(label))
            {
                return category;
            }
        }

        return null;
    }

    /// <summary>Recognizes a second-level label exactly (数量指标, 社会效益指标, 服务对象满意度 …).</summary>
    /// <param name="text">The label text, already trimmed.</param>
    /// <returns>The subcategory, or <see langword="null"/>.</returns>
    public static IndicatorSubcategory? ParseSubcategory(ReadOnlySpan<char> text)
    {
        foreach (var (label, subcategory) in SubcategoryForms)
        {
            if (text.SequenceEqual(label))
            {
                return subcategory;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds the longest label at the start of <paramref name="text"/>, of either level: any label with the 指标 suffix,
    /// and the unambiguous second-level forms without it (服务对象满意度, 社会效益 …).
    /// </summary>
    /// <param name="text">Text that may start with a label.</param>
    /// <returns>The label's length and what it means, or <see langword="null"/>.</returns>
    internal static (int Length, IndicatorCategory? Category, IndicatorSubcategory? Subcategory)? MatchLabelPrefix(ReadOnlySpan<char> text)
    {
        if (SubcategoryPrefixes.TryMatch(text, out var subcategory, out var length))
        {
            return (length, null, subcategory);
        }

        return CategoryPrefixes.TryMatch(text, out var category, out length) ? (length, category, null) : null;
    }
}
