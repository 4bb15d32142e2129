using System.Collections.Immutable;
using PerfIndicators.Documents;
using PerfIndicators.Scoring;

namespace PerfIndicators.Lint;

/// <summary>A project as the linter sees it, from a budget document or a scoring input: one shape for both.</summary>
internal sealed record LintSubject(string Name, string? Department, int? FiscalYear, decimal? BudgetYuan, int? Line, ImmutableArray<LintItem> Indicators)
{
    /// <summary>The project's prose goal (绩效目标), if the document gives one.</summary>
    public string? Goal { get; init; }

    public static LintSubject From(BudgetDocument document, Project project) => new(
        project.Name,
        document.Header.Unit ?? project.Unit,
        document.Header.Year,
        project.Amount?.InYuan,
        project.Line,
        [.. (project.Indicators.IsDefault ? [] : project.Indicators).Select(i => new LintItem(
            i.Name, i.Category ?? i.Subcategory?.ParentCategory(), i.Subcategory, i.Target, i.TargetSpan.Length > 0 || i.TargetSpan.Start > 0 ? i.TargetSpan.Start : null, null))])
    {
        Goal = project.Goal,
    };

    public static LintSubject From(AssessmentInput input) => new(
        input.Name,
        input.Department ?? input.Unit,
        input.FiscalYear,
        input.Budget is { } budget && (budget.Adjusted ?? budget.Initial) is { } amount ? amount * (budget.Unit ?? AmountUnit.TenThousandYuan).YuanFactor() : null,
        null,
        [.. input.Indicators.Select(i => new LintItem(i.Name, i.Category ?? i.Subcategory?.ParentCategory(), i.Subcategory, i.Target, null, i.Actual))]);
}

/// <summary>One indicator as the linter sees it.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Category">Its 一级指标, from the label or the 二级指标.</param>
/// <param name="Subcategory">Its 二级指标.</param>
/// <param name="Target">The parsed target.</param>
/// <param name="TargetOffset">Where the target's text starts in the document, or <see langword="null"/> (spans are then into the target's text).</param>
/// <param name="Actual">Its actual, for a previous year's project.</param>
internal sealed record LintItem(string Name, IndicatorCategory? Category, IndicatorSubcategory? Subcategory, Target Target, int? TargetOffset, Actual? Actual)
{
    public bool IsCost => Category == IndicatorCategory.Cost
        || Subcategory is IndicatorSubcategory.Cost or IndicatorSubcategory.EconomicCost or IndicatorSubcategory.SocialCost or IndicatorSubcategory.EcologicalEnvironmentalCost;

    public bool IsSatisfaction => Category == IndicatorCategory.Satisfaction || Subcategory == IndicatorSubcategory.BeneficiarySatisfaction;

    public bool IsQualitative => Target.Kind is TargetKind.Qualitative or TargetKind.Unrecognized;

    /// <summary>The target's number with its comparator's direction: the value to reach (the top grade, a range's far end).</summary>
    public (Quantity Quantity, Direction Direction)? Value => Target switch
    {
        QuantitativeTarget q => (q.Quantity, q.Direction),
        RateTarget r => (r.Quantity, r.Direction),
        RangeTarget range => (range.Max, Direction.HigherIsBetter),
        GradedTarget graded => (graded.Top.Threshold, graded.Direction),
        _ => null,
    };
}
