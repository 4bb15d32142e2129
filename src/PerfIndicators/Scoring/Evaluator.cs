using System.Collections.Immutable;
using PerfIndicators.Scoring.Rules;

namespace PerfIndicators.Scoring;

/// <summary>
/// Scores projects under one <see cref="ScoringPolicy"/>: allocates missing points, scores every indicator and the budget
/// execution with the policy's compiled rules, rescales for not-applicable indicators, applies caps and grades, and
/// collects findings. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var assessment = new Evaluator(ScoringPolicy.Get("hubei")).Evaluate(project);
/// Console.WriteLine($"{assessment.Total} {assessment.Grade}");
/// </code>
/// </example>
public sealed class Evaluator
{
    /// <summary>
    /// The most points (分值) one indicator may have: far above any real form (a whole self-assessment is 100), low enough
    /// that no sum or rescaling of scores can overflow <see cref="decimal"/>.
    /// </summary>
    public const decimal MaxPoints = 10_000m;

    /// <summary>Creates an evaluator for the national policy.</summary>
    public Evaluator()
        : this(ScoringPolicy.National)
    {
    }

    /// <summary>Creates an evaluator for <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="policy"/> is null.</exception>
    public Evaluator(ScoringPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
    }

    /// <summary>The policy this evaluator applies.</summary>
    public ScoringPolicy Policy { get; }

    /// <summary>
    /// Scores one indicator: the fast path used for each row of <see cref="Evaluate"/>. It computes the deciding rule,
    /// score, outcome and flags; the explanation is built only when <see cref="IndicatorScore.Explain"/> is called.
    /// </summary>
    /// <param name="target">The parsed target (年度指标值).</param>
    /// <param name="actual">The parsed actual (实际完成值), or <see langword="null"/> when none was reported.</param>
    /// <param name="points">The points (分值), at least 0.</param>
    /// <param name="evaluatorScore">An evaluator's score, or <see langword="null"/>.</param>
    /// <param name="category">The first-level category, if known.</param>
    /// <param name="fiscalYear">The fiscal year, to resolve deadlines written without a year.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="points"/> is negative or above <see cref="MaxPoints"/>.</exception>
    public IndicatorScore ScoreIndicator(
        Target target, Actual? actual, decimal points, decimal? evaluatorScore = null, IndicatorCategory? category = null, int? fiscalYear = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        CheckPoints(points, nameof(points));
        return IndicatorScorer.Score(Policy, target, actual, points, evaluatorScore, category, fiscalYear);
    }

    /// <summary>A fresh copy of the facts the rules see for one indicator (for tests that run the policy through RulesEngine itself).</summary>
    internal IndicatorFacts Facts(Target target, Actual? actual, decimal points, decimal? evaluatorScore = null)
    {
        var facts = new IndicatorFacts();
        IndicatorScorer.Fill(facts, Policy.Parameters, target, actual, points, evaluatorScore, null, null);
        return facts;
    }

    /// <summary>Scores a project and returns its self-assessment.</summary>
    /// <param name="project">The project with its budget and indicators.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="project"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When an indicator has negative points or more than <see cref="MaxPoints"/>.</exception>
    public SelfAssessment Evaluate(AssessmentInput project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var parameters = Policy.Parameters;
        var findings = new List<Diagnostic>();
        foreach (var diagnostic in project.Diagnostics)
        {
            findings.Add(diagnostic.AtIndicator(null));
        }

        var points = PointsAllocation.Allocate(project.Indicators, parameters, findings, out var allocated);
        var indicators = ImmutableArray.CreateBuilder<IndicatorAssessment>(project.Indicators.Length);
        for (var i = 0; i < project.Indicators.Length; i++)
        {
            var report = project.Indicators[i];
            CheckPoints(points[i], nameof(project));
            foreach (var diagnostic in report.Diagnostics)
            {
                findings.Add(diagnostic.AtIndicator(report.Name));
            }

            indicators.Add(AssessIndicator(report, points[i], allocated[i], project.FiscalYear, findings));
        }

        var budget = BudgetScorer.Assess(Policy, project.Budget, findings);
        return Totals.Complete(project, Policy, budget, indicators.MoveToImmutable(), findings);
    }

    /// <summary>Points in 0…<see cref="MaxPoints"/>; compared as numbers, so −0 (which decimal keeps) is 0.</summary>
    private static void CheckPoints(decimal points, string parameter)
    {
        if (points < 0m || points > MaxPoints)
        {
            throw new ArgumentOutOfRangeException(parameter, points, "Points (分值) must be between 0 and " + MaxPoints + ".");
        }
    }

    private IndicatorAssessment AssessIndicator(IndicatorInput report, decimal points, bool allocated, int? fiscalYear, List<Diagnostic> findings)
    {
        var name = report.Name;
        if (report.NotApplicable)
        {
            var skipped = IndicatorScorer.NotApplicable(Policy, report.Target, report.Actual, points);
            return new IndicatorAssessment(report, skipped, allocated ? IndicatorFlags.PointsAllocated : IndicatorFlags.None, "该指标不适用，不计分，总分按适用指标分值折算");
        }

        var score = IndicatorScorer.Score(Policy, report.Target, report.Actual, points, report.EvaluatorScore, report.Category, fiscalYear);
        var flags = score.Flags | (allocated ? IndicatorFlags.PointsAllocated : IndicatorFlags.None);
        var explanation = score.Explain();
        var target = "年度指标值“" + report.Target.Text + "”";
        var actual = "实际完成值“" + (report.Actual?.Text ?? string.Empty) + "”";

        if (report.Target.Kind == TargetKind.Unrecognized)
        {
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.UnscorableTarget, DiagnosticSeverity.Error, name, target + "无法识别，不能按公式评分 (the target is not understood: no formula score)"));
        }

        if ((flags & IndicatorFlags.UnitMismatch) != 0)
        {
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.UnitMismatch, DiagnosticSeverity.Error, name, actual + "的单位无法换算为" + target + "的单位，未计算得分 (the actual's unit does not convert to the target's: no score)"));
        }

        if ((flags & IndicatorFlags.TextActualOnQuantitative) != 0)
        {
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.TextActualOnQuantitative, DiagnosticSeverity.Warning, name, "定量指标的" + actual + "不是数值"));
        }

        if ((flags & IndicatorFlags.RuleFailed) != 0)
        {
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.RuleFailed, DiagnosticSeverity.Error, name, explanation));
        }
        else if (score.Outcome == IndicatorOutcome.NeedsManualScoring)
        {
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.NeedsManualScoring, DiagnosticSeverity.Warning, name, explanation));
        }

        if ((flags & IndicatorFlags.OverAchievement) != 0 && score.CompletionRatio is decimal ratio)
        {
            findings.Add(Diagnostic.ForIndicator(
                DiagnosticCodes.OverAchievement,
                DiagnosticSeverity.Warning,
                name,
                actual + "为" + target + "的 " + DisplayText.Percent(ratio) + "，完成值远超指标值，请核实指标值是否设置偏低"
                    + ((flags & IndicatorFlags.OverAchievementDeducted) != 0 ? "（已按评分办法扣分）" : string.Empty)));
        }

        if ((flags & IndicatorFlags.NegativeActual) != 0)
        {
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.NegativeActual, DiagnosticSeverity.Info, name, actual + "为负数，按 0 计"));
        }

        if ((flags & IndicatorFlags.UnitAssumed) != 0)
        {
            var read = UnitReconciler.BareNumberScale(report.Target) is { } scale ? "按年度指标值的单位“" + UnitReconciler.UnitText(scale) + "”理解" : "按百分比理解";
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.UnitAssumed, DiagnosticSeverity.Info, name, actual + "没有单位，" + read + "（B = " + (score.ActualValue is decimal b ? DisplayText.Number(b) : "?") + "）"));
        }

        if ((flags & IndicatorFlags.NoneAsZero) != 0)
        {
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.NoneAsZero, DiagnosticSeverity.Info, name, actual + "表示没有发生，按 0 计（B = 0）(nothing happened: the actual is 0)"));
        }

        if ((flags & IndicatorFlags.ActualWithComparator) != 0)
        {
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.ActualWithComparator, DiagnosticSeverity.Info, name, actual + "带比较符，按其数值计 (an actual with a comparator: its number is used)"));
        }

        if ((flags & IndicatorFlags.AwardAbovePoints) != 0)
        {
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.AwardAbovePoints, DiagnosticSeverity.Warning, name, "评分标准中的得分超过分值 " + DisplayText.Number(points) + "，按分值计 (the award in the scoring standard is above the points: the points are used)"));
        }

        if (report.EvaluatorScore is decimal given)
        {
            if (report.Target.Kind == TargetKind.Qualitative && score.RuleId is not null && (flags & IndicatorFlags.ManuallyScored) == 0 && score.Score != Policy.Parameters.Rounding.Apply(given))
            {
                flags |= IndicatorFlags.EvaluatorScoreOutsideBand;
                findings.Add(Diagnostic.ForIndicator(
                    DiagnosticCodes.EvaluatorScoreOutsideBand,
                    DiagnosticSeverity.Warning,
                    name,
                    "评价人给分 " + DisplayText.Number(given) + " 不在" + (score.Tier is AchievementTier t ? "“" + IndicatorScore.TierLabel(t) + "”档的分值区间 " + BandText(Policy.Parameters.Qualitative.BandOf(t), points) : "该档的分值区间") + "内，按该档默认分 " + (score.Score is decimal s ? DisplayText.Number(s) : "—") + " 计"));
            }
            else if (report.Target.Kind != TargetKind.Qualitative && (flags & IndicatorFlags.ManuallyScored) == 0 && score.Score is decimal computed && computed != Policy.Parameters.Rounding.Apply(given))
            {
                findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.EvaluatorScoreIgnored, DiagnosticSeverity.Info, name, "评价人给分 " + DisplayText.Number(given) + " 与按规则计算的得分 " + DisplayText.Score(computed) + " 不同，采用计算得分 (the evaluator's score differs from the rule's; the rule's is used)"));
            }
        }

        var needsReason = score.Score is decimal scored && (scored < points || score.Outcome is IndicatorOutcome.PartiallyMet or IndicatorOutcome.NotMet || (flags & IndicatorFlags.OverAchievement) != 0);
        if (needsReason && string.IsNullOrWhiteSpace(report.DeviationReason))
        {
            flags |= IndicatorFlags.MissingDeviationReason;
            findings.Add(Diagnostic.ForIndicator(
                DiagnosticCodes.MissingDeviationReason,
                DiagnosticSeverity.Warning,
                name,
                ((flags & IndicatorFlags.OverAchievement) != 0 && score.Score >= points ? "完成值远超指标值" : "得分 " + DisplayText.Score(score.Score!.Value) + " 低于分值 " + DisplayText.Number(points))
                    + "，未填写偏差原因分析及改进措施"));
        }

        return new IndicatorAssessment(report, score, flags, explanation);
    }

    /// <summary>A tier's band in points: <c>18 至 24 分（不含 24）</c>; the top of the best band is included.</summary>
    private static string BandText(TierBand band, decimal points)
    {
        var high = DisplayText.Number(points * band.To);
        return DisplayText.Number(points * band.From) + " 至 " + high + " 分" + (band.To >= 1m ? string.Empty : "（不含 " + high + "）");
    }
}
