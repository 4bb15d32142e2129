using System.Collections.Immutable;
using PerfIndicators.Documents;

namespace PerfIndicators.Scoring;

/// <summary>
/// A project's self-assessment input (项目支出绩效自评 材料): the project, its budget figures and its indicators with the
/// reported actuals. Build it in code, or read it from JSON with <c>ScoringJson.ReadProject</c>.
/// </summary>
public sealed record AssessmentInput
{
    /// <summary>Creates a project report.</summary>
    /// <param name="name">项目名称: the project's name.</param>
    /// <param name="indicators">The indicators with their actuals, in the order printed.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public AssessmentInput(string name, IEnumerable<IndicatorInput> indicators)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(indicators);
        Name = name;
        Indicators = [.. indicators];
        if (Indicators.Any(i => i is null))
        {
            throw new ArgumentException("An indicator is null.", nameof(indicators));
        }
    }

    /// <summary>
    /// The scoring input of a project read from a budget document, before anything is reported against it: its indicators
    /// with their targets (一级指标 inferred from the 二级 label where the document gives only that), the document's unit
    /// as 主管部门 and the project's own unit as 实施单位 (each standing in for the other when one is missing), the
    /// document's budget year, and the project amount as 年初预算数. Points, actuals and reasons are left to be filled in.
    /// </summary>
    /// <param name="document">The document, for its header (unit, year).</param>
    /// <param name="project">The project, one of <see cref="BudgetDocument.Projects"/>.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static AssessmentInput FromDocument(BudgetDocument document, Project project)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(project);
        var indicators = project.Indicators.IsDefault ? [] : project.Indicators;
        return new AssessmentInput(
            project.Name,
            indicators.Select(i => new IndicatorInput(i.Name, i.Target)
            {
                Category = i.Category ?? i.Subcategory?.ParentCategory(),
                Subcategory = i.Subcategory,
                CategoryLabel = i.CategoryLabel,
                SubcategoryLabel = i.SubcategoryLabel,
            }))
        {
            Department = document.Header.Unit ?? project.Unit,
            Unit = project.Unit ?? document.Header.Unit,
            FiscalYear = document.Header.Year,
            Budget = project.Amount is { } amount ? new BudgetInput { Initial = amount.Value } : null,
        };
    }

    /// <summary>项目名称.</summary>
    public string Name { get; }

    /// <summary>项目编码: the project's code in the budget system, if known; it identifies the project across years.</summary>
    public string? Code { get; init; }

    /// <summary>主管部门: the supervising department, if known.</summary>
    public string? Department { get; init; }

    /// <summary>实施单位: the implementing unit, if known.</summary>
    public string? Unit { get; init; }

    /// <summary>The fiscal year (预算年度), used to resolve deadlines written without a year (<c>12月底前</c>).</summary>
    public int? FiscalYear { get; init; }

    /// <summary>The id of the scoring policy the project asks for (e.g. <c>hubei</c>), or <see langword="null"/> for the caller's choice.</summary>
    public string? Policy { get; init; }

    /// <summary>The budget figures, or <see langword="null"/> when not reported.</summary>
    public BudgetInput? Budget { get; init; }

    /// <summary>The indicators, in the order printed.</summary>
    public ImmutableArray<IndicatorInput> Indicators { get; }

    /// <summary>
    /// Whether anything was reported against the project: an actual, a tier, an evaluator's score or a 不适用 mark on some indicator,
    /// or a 全年执行数 or 执行率. A template nobody filled in reports nothing (<see cref="AssessmentStatus.NotReported"/>).
    /// </summary>
    internal bool HasReport =>
        Indicators.Any(i => i.NotApplicable || i.EvaluatorScore is not null || i.Actual is { Kind: not ActualKind.Blank } actual && !string.IsNullOrWhiteSpace(actual.Text))
        || Budget is { } budget && (budget.Executed is not null || budget.Rate is not null || budget.Sources.Any(s => s.Executed is not null));

    /// <summary>
    /// Problems found while reading the project from its source that concern no single indicator (e.g. a row added by
    /// hand to a filled-in template, a renamed sheet). The evaluator reports them first among the findings, with no
    /// indicator named; they do not enter the fingerprint.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}

/// <summary>One indicator row of a self-assessment input: the indicator, its points, and what was reported against it.</summary>
public sealed record IndicatorInput
{
    /// <summary>Creates an indicator report.</summary>
    /// <param name="name">三级指标: the indicator's name as written.</param>
    /// <param name="target">The parsed target value (年度指标值).</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public IndicatorInput(string name, Target target)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(target);
        Name = name;
        Target = target;
    }

    /// <summary>
    /// Reads an indicator row from its cells as printed, the way every scoring input is read (project JSON, filled templates):
    /// the labels as printed (<c>产出指标(50分)</c>, <c>产出指标（50）</c>, <c>(30分)</c>, <c>產出指標</c>, <c>效果指标</c>, <c>数量目标</c>),
    /// the target with the name's hints (<c>造林面积(亩)</c> with <c>80000</c>), and the actual against that target. An unknown
    /// label is a warning (PI3024) and the category is inferred from the other label or the name; nothing here refuses a row.
    /// </summary>
    /// <param name="name">三级指标 as printed.</param>
    /// <param name="target">年度指标值 as printed; split cells (指标性质, 指标值, 度量单位) may be joined with spaces.</param>
    /// <param name="actual">实际完成值 as printed, or <see langword="null"/> when nothing was reported.</param>
    /// <param name="category">The 一级 label as printed, or <see langword="null"/>.</param>
    /// <param name="subcategory">The 二级 label as printed, or <see langword="null"/>.</param>
    /// <returns>The row, with the parser's and the labels' diagnostics in <see cref="Diagnostics"/>; set points and the rest with <c>with</c>.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="name"/> or <paramref name="target"/> is null.</exception>
    public static IndicatorInput FromText(string name, string target, string? actual = null, string? category = null, string? subcategory = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(target);
        return IndicatorRow.Read(name, target, actual, category, subcategory);
    }

    /// <summary>三级指标: the name as written.</summary>
    public string Name { get; }

    /// <summary>
    /// The 一级 label as printed (<c>产出指标(50分)</c>), or <see langword="null"/> when the input gave the category only as a value. Points
    /// printed in it are checked against the points of its rows (PI3023).
    /// </summary>
    public string? CategoryLabel { get; init; }

    /// <summary>The 二级 label as printed (<c>数量指标 15 分</c>), or <see langword="null"/>.</summary>
    public string? SubcategoryLabel { get; init; }

    /// <summary>一级指标, or <see langword="null"/> when unknown (points cannot then be allocated by the policy).</summary>
    public IndicatorCategory? Category { get; init; }

    /// <summary>二级指标, or <see langword="null"/>.</summary>
    public IndicatorSubcategory? Subcategory { get; init; }

    /// <summary>The parsed target value (年度指标值).</summary>
    public Target Target { get; }

    /// <summary>分值: the points, or <see langword="null"/> to let the policy allocate them.</summary>
    public decimal? Points { get; init; }

    /// <summary>实际完成值: the parsed actual, or <see langword="null"/> when nothing was reported.</summary>
    public Actual? Actual { get; init; }

    /// <summary>偏差原因分析及改进措施: the deviation analysis, or <see langword="null"/>.</summary>
    public string? DeviationReason { get; init; }

    /// <summary>Whether the indicator is 不适用 (not applicable this year); it is dropped and the total is rescaled.</summary>
    public bool NotApplicable { get; init; }

    /// <summary>评价人给分: a score given by a person, used for qualitative tiers and for indicators that need manual scoring.</summary>
    public decimal? EvaluatorScore { get; init; }

    /// <summary>
    /// Diagnostics from reading the target and actual texts (and, for a filled-in template, the row's cells); they are
    /// reported as findings of this indicator.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}

/// <summary>
/// The budget block of a self-assessment (项目资金): 年初预算数, 全年预算数, 全年执行数, optionally by funding source.
/// All amounts in one unit (元 or 万元), as the form prints them.
/// </summary>
public sealed record BudgetInput
{
    /// <summary>年初预算数: the budget at the start of the year, or <see langword="null"/>.</summary>
    public decimal? Initial { get; init; }

    /// <summary>全年预算数: the adjusted full-year budget including carry-over, the base of the execution rate.</summary>
    public decimal? Adjusted { get; init; }

    /// <summary>全年执行数: the amount spent in the year.</summary>
    public decimal? Executed { get; init; }

    /// <summary>The amounts by funding source (当年财政拨款, 上年结转资金, 其他资金); they are summed when a total above is missing.</summary>
    public ImmutableArray<FundingInput> Sources { get; init; } = [];

    /// <summary>A written reason for low execution (执行率偏低原因), or <see langword="null"/>.</summary>
    public string? DeviationReason { get; init; }

    /// <summary>
    /// The unit of the amounts (元 or 万元), or <see langword="null"/> when not stated. Amounts printed with another unit
    /// (<c>387,664.62元</c> in a block of 万元) are converted to it when read.
    /// </summary>
    public AmountUnit? Unit { get; init; }

    /// <summary>
    /// 执行率 as printed, as a fraction (0.93), or <see langword="null"/>. The rate scored is 全年执行数 ÷ 全年预算数; a printed rate is
    /// checked against it (PI3028) and stands in for a missing 全年执行数 (PI3029).
    /// </summary>
    public decimal? Rate { get; init; }
}

/// <summary>The budget figures of one funding source (资金来源).</summary>
/// <param name="Name">The source as printed: 当年财政拨款, 上年结转资金, 其他资金.</param>
/// <param name="Initial">年初预算数, or <see langword="null"/>.</param>
/// <param name="Adjusted">全年预算数, or <see langword="null"/>.</param>
/// <param name="Executed">全年执行数, or <see langword="null"/>.</param>
public sealed record FundingInput(string Name, decimal? Initial, decimal? Adjusted, decimal? Executed);
