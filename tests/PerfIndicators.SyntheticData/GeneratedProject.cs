using System.Collections.Immutable;

namespace PerfIndicators.Generator;

/// <summary>What the generator meant an indicator's actual to be, so a test can check that the engine agrees.</summary>
public enum IndicatorIntent
{
    /// <summary>The target is reached (full points; a qualitative 达成).</summary>
    Met = 0,

    /// <summary>Partly reached: a ratio score below the points (a qualitative 部分达成).</summary>
    Partial,

    /// <summary>Reached and far above the target (at least 1.3 × a higher-is-better target): flagged as over-achievement.</summary>
    OverAchieved,

    /// <summary>Missed with nothing to show: a zero target exceeded, a rule's threshold missed, a qualitative 未达成.</summary>
    NotMet,

    /// <summary>A word (完成) reported against a quantitative target: needs a manual score.</summary>
    TextActual,

    /// <summary>No actual reported: needs a manual score.</summary>
    Blank,

    /// <summary>A deadline missed: needs a manual score under the national policy.</summary>
    Late,

    /// <summary>Marked 不适用.</summary>
    NotApplicable,

    /// <summary>A target damaged by extraction that cannot be understood: needs a manual score and is an error finding (PI3017).</summary>
    UnrecognizedTarget,
}

/// <summary>What the generator meant a project's budget execution to be.</summary>
public enum BudgetIntent
{
    /// <summary>Executed at 90% or more of the full-year budget, at most all of it.</summary>
    Normal = 0,

    /// <summary>Below 90% (PI3006), with or without a reason.</summary>
    Low,

    /// <summary>Spent beyond the full-year budget (PI3022).</summary>
    Overspent,

    /// <summary>A zero budget: execution not applicable (PI3007).</summary>
    Zero,
}

/// <summary>One generated indicator row: the JSON fields and what was meant.</summary>
/// <param name="Category">一级指标 as written in the JSON.</param>
/// <param name="Subcategory">二级指标 as written, or <see langword="null"/>.</param>
/// <param name="Name">三级指标.</param>
/// <param name="Target">年度指标值 as written.</param>
/// <param name="Points">分值, or <see langword="null"/> when the project leaves allocation to the policy.</param>
/// <param name="Actual">实际完成值 as written; <see langword="null"/> when the field is left out.</param>
/// <param name="DeviationReason">偏差原因, or <see langword="null"/>.</param>
/// <param name="EvaluatorScore">An evaluator's score, or <see langword="null"/>.</param>
/// <param name="Intent">What the actual was meant to be.</param>
/// <param name="NeedsReason">Whether the score is meant to be below the points or flagged, so a 偏差原因 is expected.</param>
public sealed record GeneratedIndicator(
    string Category,
    string? Subcategory,
    string Name,
    string Target,
    decimal? Points,
    string? Actual,
    string? DeviationReason,
    decimal? EvaluatorScore,
    IndicatorIntent Intent,
    bool NeedsReason)
{
    /// <summary>Whether the row is meant to be flagged as missing its 偏差原因 (PI3001).</summary>
    public bool MissingReason => NeedsReason && DeviationReason is null;
}

/// <summary>A generated project's budget figures (万元).</summary>
/// <param name="Initial">年初预算数.</param>
/// <param name="Adjusted">全年预算数.</param>
/// <param name="Executed">全年执行数.</param>
/// <param name="DeviationReason">Why execution is low, or <see langword="null"/>.</param>
/// <param name="WrittenAsText">Whether the figures are written as strings with thousands separators (<c>"1,068.00"</c>).</param>
/// <param name="WithSources">Whether a single 资金来源 row repeats the figures.</param>
/// <param name="Intent">What execution was meant to be.</param>
public sealed record GeneratedBudget(decimal Initial, decimal Adjusted, decimal Executed, string? DeviationReason, bool WrittenAsText, bool WithSources, BudgetIntent Intent);

/// <summary>One generated project: what goes into its JSON file and what was meant.</summary>
/// <param name="Index">The project's index in the year (0-based); with the seed it decides everything else.</param>
/// <param name="Department">主管部门.</param>
/// <param name="Unit">实施单位.</param>
/// <param name="Name">项目名称.</param>
/// <param name="FiscalYear">预算年度.</param>
/// <param name="Policy">The policy field, or <see langword="null"/> when left out.</param>
/// <param name="Budget">The budget figures.</param>
/// <param name="Indicators">The indicator rows.</param>
public sealed record GeneratedProject(
    int Index,
    string Department,
    string Unit,
    string Name,
    int FiscalYear,
    string? Policy,
    GeneratedBudget Budget,
    ImmutableArray<GeneratedIndicator> Indicators)
{
    /// <summary>The file name the project is written to: <c>p0000042.json</c>.</summary>
    public string FileName => "p" + Index.ToString("D7", System.Globalization.CultureInfo.InvariantCulture) + ".json";
}
