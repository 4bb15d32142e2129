using System.Collections.Immutable;

namespace PerfIndicators.Scoring;

/// <summary>Level subtotals, the rescaled total, caps, grade and the provisional finding.</summary>
internal static class Totals
{
    public static SelfAssessment Complete(
        AssessmentInput project, ScoringPolicy policy, BudgetExecutionAssessment budget, ImmutableArray<IndicatorAssessment> indicators, List<Diagnostic> findings)
    {
        var parameters = policy.Parameters;
        var applicablePoints = budget.IsApplicable ? budget.Points : 0m;
        var sum = budget.Score ?? 0m;
        var anyNotApplicable = !budget.IsApplicable;
        var pending = budget.IsApplicable && budget.Score is null ? 1 : 0;
        foreach (var indicator in indicators)
        {
            if (indicator.Outcome == IndicatorOutcome.NotApplicable)
            {
                anyNotApplicable = true;
                continue;
            }

            applicablePoints += indicator.Points;
            sum += indicator.Score ?? 0m;
            pending += indicator.Score is null ? 1 : 0;
        }

        var weights = parameters.Weights;
        var levels = ImmutableArray.CreateBuilder<LevelSubtotal>(weights.Levels.Count + 1);
        foreach (var level in weights.Levels)
        {
            levels.Add(Subtotal(level.Name, indicators, weights, level));
        }

        if (Subtotal("未分类指标", indicators, weights, null) is { IndicatorCount: > 0 } uncategorized)
        {
            levels.Add(uncategorized);
        }

        var status = indicators.IsEmpty ? AssessmentStatus.NoIndicators : project.HasReport ? AssessmentStatus.Assessed : AssessmentStatus.NotReported;
        if (status != AssessmentStatus.Assessed)
        {
            return NotAssessed(project, policy, budget, indicators, levels.ToImmutable(), applicablePoints, status, findings);
        }

        if (!anyNotApplicable && applicablePoints != 100m && applicablePoints > 0m)
        {
            findings.Add(Diagnostic.ForIndicator(
                DiagnosticCodes.PointsDoNotSumTo100,
                DiagnosticSeverity.Warning,
                null,
                "预算执行与各指标分值合计 " + DisplayText.Number(applicablePoints) + "，不等于 100，总分已按 得分 × 100 ÷ " + DisplayText.Number(applicablePoints) + " 折算"));
        }

        var uncapped = applicablePoints > 0m ? parameters.Rounding.Apply(Math.Min(100m, sum * 100m / applicablePoints)) : parameters.Rounding.Apply(0m);
        var total = uncapped;
        ExecutionCap? applied = null;
        if (budget.Rate is decimal rate && budget.IsApplicable && parameters.CapAt(rate) is { } cap && total > cap.MaxTotal)
        {
            applied = cap;
            total = parameters.Rounding.Apply(cap.MaxTotal);
            findings.Add(Diagnostic.ForIndicator(
                DiagnosticCodes.TotalCapped,
                DiagnosticSeverity.Warning,
                null,
                "预算执行率 " + DisplayText.Percent(rate) + " 低于 " + DisplayText.Percent(cap.RateBelow) + "，总分 " + DisplayText.Score(uncapped) + " 按评分办法封顶为 " + DisplayText.Score(total)));
        }

        if (pending > 0)
        {
            findings.Add(Diagnostic.ForIndicator(DiagnosticCodes.ProvisionalTotal, DiagnosticSeverity.Warning, null, pending + " 项尚需人工评分（暂按 0 分计），总分 " + DisplayText.Score(total) + " 为暂定值 (indicators still to be scored by hand count 0: the total is provisional)"));
        }

        var fingerprint = Fingerprint.Of(project, policy);
        return new SelfAssessment(
            project, policy, budget, indicators, levels.ToImmutable(), applicablePoints, uncapped, total, applied, AssessmentStatus.Assessed, parameters.GradeOf(total), pending > 0, [.. findings], fingerprint);
    }

    /// <summary>Codes that only say what is missing from a report; an input that reports nothing lists PI3031 instead of them.</summary>
    private static readonly string[] MissingReportCodes =
        [DiagnosticCodes.NeedsManualScoring, DiagnosticCodes.InvalidBudget, DiagnosticCodes.MissingDeviationReason, DiagnosticCodes.ProvisionalTotal];

    /// <summary>
    /// A project that cannot be assessed: no total (0), no grade, nothing provisional. With no indicators, budget execution is shown
    /// but does not make an assessment (PI3030); with nothing reported (an unfilled template), the findings are what reading found,
    /// then PI3031.
    /// </summary>
    private static SelfAssessment NotAssessed(
        AssessmentInput project,
        ScoringPolicy policy,
        BudgetExecutionAssessment budget,
        ImmutableArray<IndicatorAssessment> indicators,
        ImmutableArray<LevelSubtotal> levels,
        decimal applicablePoints,
        AssessmentStatus status,
        List<Diagnostic> findings)
    {
        if (status == AssessmentStatus.NoIndicators)
        {
            findings.Add(Diagnostic.ForIndicator(
                DiagnosticCodes.NotAssessable,
                DiagnosticSeverity.Warning,
                null,
                "项目没有绩效指标，不能评价：不给总分和等级，预算执行率不单独构成评价 (no indicators: the project is not assessable)"));
        }
        else
        {
            findings.RemoveAll(f => Array.IndexOf(MissingReportCodes, f.Code) >= 0);
            findings.Add(Diagnostic.ForIndicator(
                DiagnosticCodes.NotReported,
                DiagnosticSeverity.Warning,
                null,
                "未填报：" + indicators.Length + " 项指标均未填写实际完成值，也未填写全年执行数，不评分、不评等级 (nothing reported: not scored)"));
        }

        var zero = policy.Parameters.Rounding.Apply(0m);
        return new SelfAssessment(
            project, policy, budget, indicators, levels, applicablePoints, zero, zero, null, status, null, false, [.. findings], Fingerprint.Of(project, policy));
    }

    /// <summary>
    /// The subtotal of the indicators in <paramref name="level"/>, or of those in no level of <paramref name="weights"/> (no category,
    /// or one no level holds) when it is <see langword="null"/>; one pass, as a project is totalled for each of a year's projects.
    /// </summary>
    private static LevelSubtotal Subtotal(string name, ImmutableArray<IndicatorAssessment> indicators, PolicyWeights weights, LevelWeight? level)
    {
        var points = 0m;
        var score = 0m;
        var count = 0;
        foreach (var indicator in indicators)
        {
            var member = level is null
                ? indicator.Category is not IndicatorCategory c || weights.LevelOf(c) is null
                : indicator.Category is IndicatorCategory d && level.Categories.Contains(d);
            if (!member)
            {
                continue;
            }

            count++;
            score += indicator.Score ?? 0m;
            if (indicator.Outcome != IndicatorOutcome.NotApplicable)
            {
                points += indicator.Points;
            }
        }

        return new LevelSubtotal(name, points, score, count);
    }
}
