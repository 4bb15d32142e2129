using System.Collections.Immutable;

namespace PerfIndicators.Scoring;

/// <summary>Whether a project was assessed, or why not.</summary>
public enum AssessmentStatus
{
    /// <summary>Scored: a total and a grade (provisional when some item awaits a manual score).</summary>
    Assessed = 0,

    /// <summary>
    /// 不可评价: the project has no indicators, so there is nothing to assess; budget execution alone is no assessment, and no
    /// total is rescaled from its points (PI3030).
    /// </summary>
    NoIndicators,

    /// <summary>
    /// 未填报: nothing was reported against the indicators — no actual, tier, evaluator's score or 不适用 mark on any row, and no
    /// 全年执行数 or 执行率 — as in a template nobody filled in; not scored 0, listed as not reported (PI3031).
    /// </summary>
    NotReported,
}

/// <summary>Labels of <see cref="AssessmentStatus"/>.</summary>
public static class AssessmentStatuses
{
    /// <summary>The status as reports print it: <c>已评分</c>, <c>不可评价（没有绩效指标）</c>, <c>未填报</c>.</summary>
    /// <param name="status">The status.</param>
    public static string ToLabel(this AssessmentStatus status) => status switch
    {
        AssessmentStatus.Assessed => "已评分",
        AssessmentStatus.NoIndicators => "不可评价（没有绩效指标）",
        _ => "未填报",
    };

    /// <summary>The status as JSON writes it: <c>scored</c>, <c>not-assessable</c>, <c>not-reported</c>.</summary>
    /// <param name="status">The status.</param>
    public static string ToName(this AssessmentStatus status) => status switch
    {
        AssessmentStatus.Assessed => "scored",
        AssessmentStatus.NoIndicators => "not-assessable",
        _ => "not-reported",
    };
}

/// <summary>
/// A scored project self-assessment (项目支出绩效自评表): budget execution, every indicator with its score and
/// explanation, level subtotals, the total and grade, the findings a reviewer should see, the policy used and a
/// fingerprint of the inputs. Immutable.
/// </summary>
public sealed class SelfAssessment
{
    internal SelfAssessment(
        AssessmentInput project,
        ScoringPolicy policy,
        BudgetExecutionAssessment budgetExecution,
        ImmutableArray<IndicatorAssessment> indicators,
        ImmutableArray<LevelSubtotal> levels,
        decimal applicablePoints,
        decimal uncappedTotal,
        decimal total,
        ExecutionCap? appliedCap,
        AssessmentStatus status,
        string? grade,
        bool isProvisional,
        ImmutableArray<Diagnostic> findings,
        string fingerprint)
    {
        ProjectName = project.Name;
        ProjectCode = project.Code;
        Department = project.Department;
        Unit = project.Unit;
        FiscalYear = project.FiscalYear;
        PolicyId = policy.Id;
        PolicyVersion = policy.Version;
        PolicyName = policy.Name;
        BudgetExecution = budgetExecution;
        Indicators = indicators;
        Levels = levels;
        ApplicablePoints = applicablePoints;
        UncappedTotal = uncappedTotal;
        Total = total;
        AppliedCap = appliedCap;
        Status = status;
        Grade = grade;
        IsProvisional = isProvisional;
        Findings = findings;
        Fingerprint = fingerprint;
    }

    /// <summary>项目名称.</summary>
    public string ProjectName { get; }

    /// <summary>项目编码, if given.</summary>
    public string? ProjectCode { get; }

    /// <summary>主管部门, if given.</summary>
    public string? Department { get; }

    /// <summary>实施单位, if given.</summary>
    public string? Unit { get; }

    /// <summary>The fiscal year, if given.</summary>
    public int? FiscalYear { get; }

    /// <summary>The id of the policy used.</summary>
    public string PolicyId { get; }

    /// <summary>The version of the policy used.</summary>
    public string PolicyVersion { get; }

    /// <summary>The name of the policy used.</summary>
    public string PolicyName { get; }

    /// <summary>预算执行率 and its score.</summary>
    public BudgetExecutionAssessment BudgetExecution { get; }

    /// <summary>Every indicator, in input order.</summary>
    public ImmutableArray<IndicatorAssessment> Indicators { get; }

    /// <summary>Subtotals per first-level block (产出指标, 效益指标 …), in the policy's order.</summary>
    public ImmutableArray<LevelSubtotal> Levels { get; }

    /// <summary>The points of everything applicable (budget execution plus applicable indicators); the total is rescaled to 100 on them.</summary>
    public decimal ApplicablePoints { get; }

    /// <summary>The rounded total before any execution-rate cap: Σ score × 100 ÷ applicable points; 0 when not assessed.</summary>
    public decimal UncappedTotal { get; }

    /// <summary>总分: the rounded total after the policy's caps, never above 100; 0 when not assessed (see <see cref="Status"/>), which reports show as no total.</summary>
    public decimal Total { get; }

    /// <summary>The execution-rate cap that lowered the total, or <see langword="null"/>.</summary>
    public ExecutionCap? AppliedCap { get; }

    /// <summary>Whether the project was assessed, or why not: no indicators (不可评价), nothing reported (未填报).</summary>
    public AssessmentStatus Status { get; }

    /// <summary>Whether the project was assessed and has a total and a grade.</summary>
    public bool IsAssessed => Status == AssessmentStatus.Assessed;

    /// <summary>等级: 优, 良, 中 or 差 under the policy's cut-offs (empty when none holds); <see langword="null"/> when not assessed.</summary>
    public string? Grade { get; }

    /// <summary>Whether the total is provisional because some items still need a manual score (counted as 0).</summary>
    public bool IsProvisional { get; }

    /// <summary>
    /// What a reviewer should look at: problems found reading the input (<see cref="AssessmentInput.Diagnostics"/>) first,
    /// then indicators in order, then the budget and the project.
    /// </summary>
    public ImmutableArray<Diagnostic> Findings { get; }

    /// <summary>
    /// <c>sha256:&lt;hex&gt;</c> of the canonical inputs (project, budget, indicators with target and actual texts, points,
    /// reasons, evaluator scores) and the policy (id, version, content hash). The same inputs and policy always give the
    /// same fingerprint and the same assessment.
    /// </summary>
    public string Fingerprint { get; }
}

/// <summary>One scored indicator row of the 自评表.</summary>
public sealed class IndicatorAssessment
{
    internal IndicatorAssessment(IndicatorInput report, IndicatorScore score, IndicatorFlags flags, string explanation)
    {
        Name = report.Name;
        Category = report.Category;
        Subcategory = report.Subcategory;
        TargetText = report.Target.Text;
        ActualText = report.Actual?.Text ?? string.Empty;
        DeviationReason = report.DeviationReason;
        EvaluatorScore = report.EvaluatorScore;
        Points = score.Points;
        Score = score.Score;
        Outcome = score.Outcome;
        CompletionRatio = score.CompletionRatio;
        Flags = flags;
        RuleId = score.RuleId;
        TargetValue = score.TargetValue;
        ActualValue = score.ActualValue;
        ValueUnit = score.TargetValue is null ? null : IndicatorScore.ScaleOf(report.Target) is { } scale ? scale.MultiplierText + scale.Unit.Canonical : null;
        IsLowerBetter = score.IsLowerBetter;
        Explanation = explanation;
    }

    /// <summary>三级指标.</summary>
    public string Name { get; }

    /// <summary>一级指标, or <see langword="null"/>.</summary>
    public IndicatorCategory? Category { get; }

    /// <summary>二级指标, or <see langword="null"/>.</summary>
    public IndicatorSubcategory? Subcategory { get; }

    /// <summary>年度指标值 as written.</summary>
    public string TargetText { get; }

    /// <summary>实际完成值 as written (empty when not reported).</summary>
    public string ActualText { get; }

    /// <summary>偏差原因分析及改进措施, or <see langword="null"/>.</summary>
    public string? DeviationReason { get; }

    /// <summary>The evaluator's score as given, or <see langword="null"/>.</summary>
    public decimal? EvaluatorScore { get; }

    /// <summary>分值 (given or allocated by the policy).</summary>
    public decimal Points { get; }

    /// <summary>得分 (rounded), or <see langword="null"/> when not applicable or awaiting a manual score.</summary>
    public decimal? Score { get; }

    /// <summary>How the indicator came out.</summary>
    public IndicatorOutcome Outcome { get; }

    /// <summary>B ÷ A, unrounded, or <see langword="null"/>.</summary>
    public decimal? CompletionRatio { get; }

    /// <summary>What the engine noticed.</summary>
    public IndicatorFlags Flags { get; }

    /// <summary>The target value A the score was computed from, in <see cref="ValueUnit"/>, or <see langword="null"/> when the target has no number.</summary>
    public decimal? TargetValue { get; }

    /// <summary>The actual value B converted to <see cref="ValueUnit"/>, or <see langword="null"/>.</summary>
    public decimal? ActualValue { get; }

    /// <summary>The unit A and B are expressed in (multiplier as written and canonical unit, <c>万元</c>, <c>%</c>), or <see langword="null"/> when there is no A.</summary>
    public string? ValueUnit { get; }

    /// <summary>Whether a smaller actual is better (a ceiling: ≤, 控制在 … 以内).</summary>
    public bool IsLowerBetter { get; }

    /// <summary>The id of the deciding policy rule (e.g. <c>higher-ratio</c>), or <see langword="null"/>.</summary>
    public string? RuleId { get; }

    /// <summary>The explanation in Chinese with the numbers.</summary>
    public string Explanation { get; }
}

/// <summary>The budget execution row (预算执行率) of the 自评表.</summary>
public sealed class BudgetExecutionAssessment
{
    internal BudgetExecutionAssessment(
        decimal? initial, decimal? adjusted, decimal? executed, decimal points, decimal? rate, decimal? score, bool isApplicable, string? ruleId, string explanation)
    {
        Initial = initial;
        Adjusted = adjusted;
        Executed = executed;
        Points = points;
        Rate = rate;
        Score = score;
        IsApplicable = isApplicable;
        RuleId = ruleId;
        Explanation = explanation;
    }

    /// <summary>年初预算数, if given.</summary>
    public decimal? Initial { get; }

    /// <summary>全年预算数 used as the base (given, summed from sources, or taken from 年初预算数 with a finding).</summary>
    public decimal? Adjusted { get; }

    /// <summary>全年执行数, if given.</summary>
    public decimal? Executed { get; }

    /// <summary>分值 of budget execution.</summary>
    public decimal Points { get; }

    /// <summary>执行率 R = 全年执行数 ÷ 全年预算数 as an unrounded fraction, or <see langword="null"/> when the budget is zero or missing.</summary>
    public decimal? Rate { get; }

    /// <summary>得分 (rounded), or <see langword="null"/> when not applicable or not reported.</summary>
    public decimal? Score { get; }

    /// <summary>Whether budget execution counts (false for a zero budget; its points then leave the total's base).</summary>
    public bool IsApplicable { get; }

    /// <summary>The id of the deciding rule of the <c>budget-execution</c> workflow, or <see langword="null"/>.</summary>
    public string? RuleId { get; }

    /// <summary>The explanation in Chinese, e.g. <c>执行率 86.18% × 分值 10 = 8.62</c>.</summary>
    public string Explanation { get; }
}

/// <summary>A first-level subtotal (产出指标 50 分, 得 46.5).</summary>
/// <param name="Name">The level's label from the policy.</param>
/// <param name="Points">The points of its applicable indicators.</param>
/// <param name="Score">The sum of their rounded scores (manual ones without a score count as 0).</param>
/// <param name="IndicatorCount">How many indicators (applicable or not) the level holds.</param>
public sealed record LevelSubtotal(string Name, decimal Points, decimal Score, int IndicatorCount);
