using System.Collections.Immutable;
using PerfIndicators.Documents;
using PerfIndicators.Scoring;

namespace PerfIndicators.Checking;

/// <summary>
/// Re-checks a published 自评表 (自评结果复核): every row is read the way every scoring input is read
/// (<see cref="IndicatorInput.FromText"/>: labels as printed, the actual against the target), scored under a policy with the
/// <see cref="Evaluator"/>, and compared with what was printed. Findings (PI91xx) name the row and the amounts: a score above or
/// below the rule and by how much, full marks on a missed target, partial marks on a met one, a qualitative score outside its
/// tier's band, 总分 ≠ Σ rows, 执行率 ≠ 执行数 ÷ 预算数, a budget-execution score or 分值 other than the rule's, 分值 not adding
/// up to 100, 等级 not that of 总分, a missing 偏差原因. A printed number is compared to the half unit of the precision it was
/// printed with (<c>9</c> is any score from 8.5 to 9.5), so rounding to whole points is not a finding.
/// </summary>
/// <remarks>Thread-safe; never throws for a form read by <see cref="PublishedFormReader"/>.</remarks>
public static class FormRechecker
{
    /// <summary>The total every layout's 分值 add up to.</summary>
    public const decimal LayoutTotal = 100m;

    /// <summary>
    /// The id of the shipped policy the layout implies: <c>hubei</c> for the Hubei layout (预算执行 20分, goal blocks of 40分) or a
    /// form whose budget execution has 20 points, otherwise <c>national</c>.
    /// </summary>
    /// <param name="form">The form.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="form"/> is null.</exception>
    public static string ImpliedPolicyId(PublishedSelfAssessment form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Layout == PublishedLayout.Hubei || form.Budget?.Points?.Value == 20m ? "hubei" : "national";
    }

    /// <summary>Re-checks <paramref name="form"/> under the policy its layout implies (<see cref="ImpliedPolicyId"/>).</summary>
    /// <param name="form">The form.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="form"/> is null.</exception>
    public static RecheckResult Recheck(PublishedSelfAssessment form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Recheck(form, ScoringPolicy.Get(ImpliedPolicyId(form))) with { PolicyChoice = PolicyChoice.ImpliedByLayout };
    }

    /// <summary>Re-checks <paramref name="form"/> under <paramref name="policy"/>.</summary>
    /// <param name="form">The form.</param>
    /// <param name="policy">The policy to recompute under.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static RecheckResult Recheck(PublishedSelfAssessment form, ScoringPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(policy);
        var inputs = form.Indicators.Select(Input).ToList();
        var budget = Budget(form.Budget);
        var project = new AssessmentInput(form.ProjectName ?? form.Sheet ?? "（未命名项目）", inputs) { FiscalYear = form.FiscalYear, Budget = budget };
        var assessment = new Evaluator(policy).Evaluate(project);
        var findings = new List<Diagnostic>(form.Diagnostics);
        var rows = ImmutableArray.CreateBuilder<RecheckedIndicator>(form.Indicators.Length);
        for (var i = 0; i < form.Indicators.Length; i++)
        {
            var published = form.Indicators[i];
            var recomputed = assessment.Indicators[i];
            var rowFindings = RowFindings(form, policy, published, inputs[i], recomputed);
            rowFindings.AddRange(assessment.Findings.Where(f => f.Location.Indicator == recomputed.Name && IsScoringFindingWorthShowing(f.Code))
                .Select(f => f with { Location = published.Location with { Span = f.Location.Span } }));
            findings.AddRange(rowFindings);
            rows.Add(new RecheckedIndicator { Published = published, Recomputed = recomputed, Findings = [.. rowFindings] });
        }

        if (!form.HasScoreColumn)
        {
            findings.Add(new Diagnostic(
                DiagnosticCodes.NoScoreColumn,
                DiagnosticSeverity.Info,
                DiagnosticLocation.InSheet(form.Sheet, form.FirstRow),
                "自评表没有“得分”列，没有可比较的自评得分，只给出复算得分 (no 得分 column: nothing published to compare; recomputed scores only)."));
        }

        var execution = assessment.BudgetExecution;
        var printedRate = PrintedRate(form.Budget?.Rate);
        findings.AddRange(BudgetFindings(form.Budget, execution, printedRate, policy));
        findings.AddRange(TotalFindings(form, assessment, policy));
        return new RecheckResult
        {
            Form = form,
            Policy = policy,
            PolicyChoice = PolicyChoice.Given,
            Assessment = assessment,
            Published = new FormTotals(form.Total?.Value, form.Grade, printedRate?.Fraction, form.Budget?.Score?.Value),
            Recomputed = new FormTotals(
                assessment.IsAssessed ? assessment.Total : null, assessment.Grade, execution.Rate, execution.Score),
            Indicators = rows.MoveToImmutable(),
            Findings = [.. findings],
        };
    }

    private static bool IsScoringFindingWorthShowing(string code) =>
        code is DiagnosticCodes.UnitMismatch or DiagnosticCodes.TextActualOnQuantitative or DiagnosticCodes.NeedsManualScoring;

    private static IndicatorInput Input(PublishedIndicator row)
    {
        var input = IndicatorInput.FromText(row.Name, row.Target, row.Actual, row.Level1, row.Level2);
        return input with { Points = row.Points is { Value: >= 0m and <= Evaluator.MaxPoints } p ? p.Value : null, DeviationReason = row.DeviationReason };
    }

    private static BudgetInput? Budget(PublishedBudget? budget)
    {
        if (budget is null)
        {
            return null;
        }

        var unit = budget.Unit;
        decimal? Amount(string? text)
        {
            if (text is null || !BudgetText.TryReadAmount(text, out var value, out var yuan))
            {
                return null;
            }

            if (yuan is { } factor)
            {
                unit ??= BudgetText.UnitOf(factor);
                return BudgetText.Convert(value, factor, unit.Value);
            }

            return value;
        }

        var initial = Amount(budget.Initial);
        var adjusted = Amount(budget.Adjusted);
        var executed = Amount(budget.Executed);
        return new BudgetInput
        {
            Initial = initial,
            Adjusted = adjusted ?? initial,
            Executed = executed,
            Unit = unit,
            // A printed rate stands in only when 全年执行数 is missing; otherwise it is checked here (PI9307).
            Rate = executed is null && PrintedRate(budget.Rate) is { } rate ? rate.Fraction : null,
        };
    }

    private static (decimal Fraction, decimal Tolerance)? PrintedRate(PublishedNumber? rate)
    {
        if (rate is null || !BudgetText.TryReadRate(rate.Text, out var fraction, out var bare))
        {
            return null;
        }

        var percent = !bare || rate.Value > 1m;
        return (fraction, percent ? rate.RoundingTolerance / 100m : rate.RoundingTolerance);
    }

    private static List<Diagnostic> RowFindings(PublishedSelfAssessment form, ScoringPolicy policy, PublishedIndicator row, IndicatorInput input, IndicatorAssessment recomputed)
    {
        var findings = new List<Diagnostic>();
        var location = row.Location;
        if (row.Score is not { } published)
        {
            return findings;
        }

        var points = recomputed.Points;
        var at = published.Location with { Indicator = row.Name };
        if (published.Value > points + published.RoundingTolerance)
        {
            findings.Add(new Diagnostic(DiagnosticCodes.ScoreAbovePoints, DiagnosticSeverity.Warning, at,
                $"“{row.Name}”得分 {published.Text} 高于分值 {Show(points)} (the published score is above the points)."));
        }

        if (recomputed.Score is not { } rule)
        {
            findings.Add(new Diagnostic(DiagnosticCodes.ScoreNotComparable, DiagnosticSeverity.Info, at,
                $"“{row.Name}”没有可复算的公式（{recomputed.Explanation}），保留自评得分 {published.Text}，不作比较 (no formula applies; the published score is kept, not compared)."));
            return findings;
        }

        var difference = published.Value - rule;
        var within = Math.Abs(difference) <= published.RoundingTolerance;
        var fullMarks = published.Value >= points - published.RoundingTolerance && points > 0m;
        if (fullMarks && recomputed.Outcome is IndicatorOutcome.NotMet or IndicatorOutcome.PartiallyMet && !within)
        {
            findings.Add(new Diagnostic(DiagnosticCodes.FullMarksOnMissedTarget, DiagnosticSeverity.Warning, at,
                $"“{row.Name}”未达到指标值（{Actual(row)} 对 {row.Target}），却得满分 {published.Text}；按规则应得 {Show(rule)}，高 {Show(difference)} 分 (full marks on a missed target; {Show(difference)} above the rule)."));
        }
        else if (!fullMarks && recomputed.Outcome == IndicatorOutcome.Met && !within)
        {
            findings.Add(new Diagnostic(DiagnosticCodes.PartialMarksOnMetTarget, DiagnosticSeverity.Warning, at,
                $"“{row.Name}”已达到指标值（{Actual(row)} 对 {row.Target}），却只得 {published.Text} 分；按规则应得满分 {Show(rule)}，低 {Show(-difference)} 分 (partial marks on a met target; {Show(-difference)} below the rule)."));
        }
        else if (input.Target is QualitativeTarget && points > 0m && Tier(recomputed.Outcome) is { } tier
            && !policy.Parameters.Qualitative.BandOf(tier).Contains(published.Value / points))
        {
            var band = policy.Parameters.Qualitative.BandOf(tier);
            findings.Add(new Diagnostic(DiagnosticCodes.QualitativeScoreOutsideBand, DiagnosticSeverity.Warning, at,
                $"“{row.Name}”为定性指标，实际完成“{Actual(row)}”属“{TierLabel(tier)}”档（{Show(band.From * 100m)}%–{Show(band.To * 100m)}% 分值），自评得分 {published.Text} 不在此档内；按规则应得 {Show(rule)} (a qualitative score outside its tier's band)."));
        }
        else if (!within)
        {
            var above = difference > 0m;
            findings.Add(new Diagnostic(above ? DiagnosticCodes.ScoreAboveRule : DiagnosticCodes.ScoreBelowRule, DiagnosticSeverity.Warning, at,
                $"“{row.Name}”自评得分 {published.Text}，按规则应得 {Show(rule)}，{(above ? "高" : "低")} {Show(Math.Abs(difference))} 分（{recomputed.Explanation}） (the published score is {Show(Math.Abs(difference))} {(above ? "above" : "below")} the rule)."));
        }

        var lostPoints = published.Value < points - published.RoundingTolerance || recomputed.Outcome is IndicatorOutcome.NotMet or IndicatorOutcome.PartiallyMet;
        if (form.HasDeviationColumn && lostPoints && string.IsNullOrWhiteSpace(row.DeviationReason))
        {
            findings.Add(new Diagnostic(DiagnosticCodes.DeviationReasonMissing, DiagnosticSeverity.Warning, location,
                $"“{row.Name}”未得满分或未达到指标值，但没有填写偏差原因分析及改进措施 (points lost or target missed, and no deviation analysis)."));
        }

        return findings;
    }

    private static IEnumerable<Diagnostic> BudgetFindings(PublishedBudget? budget, BudgetExecutionAssessment execution, (decimal Fraction, decimal Tolerance)? printedRate, ScoringPolicy policy)
    {
        if (budget is null)
        {
            yield break;
        }

        if (printedRate is { } printed && execution.Rate is { } rate && budget.Executed is not null && Math.Abs(printed.Fraction - rate) > printed.Tolerance)
        {
            yield return new Diagnostic(DiagnosticCodes.PrintedRateMismatch, DiagnosticSeverity.Warning, budget.Rate!.Location,
                $"执行率印为 {budget.Rate.Text}，全年执行数 {budget.Executed} ÷ 全年预算数 {budget.Adjusted ?? budget.Initial} = {DisplayText.Percent(rate)} (the printed 执行率 is not 执行数 ÷ 预算数).");
        }

        var policyPoints = policy.Parameters.Weights.BudgetExecution;
        if (budget.Points is { } points && Math.Abs(points.Value - policyPoints) > points.RoundingTolerance)
        {
            yield return new Diagnostic(DiagnosticCodes.ExecutionPointsDiffer, DiagnosticSeverity.Warning, points.Location,
                $"预算执行率分值印为 {points.Text}，评分办法“{policy.Id}”为 {Show(policyPoints)} (the printed budget-execution points differ from the policy's).");
        }

        if (budget.Score is { } score && execution.Score is { } rule && Math.Abs(score.Value - rule) > score.RoundingTolerance)
        {
            var difference = score.Value - rule;
            yield return new Diagnostic(DiagnosticCodes.ExecutionScoreMismatch, DiagnosticSeverity.Warning, score.Location,
                $"预算执行率得分印为 {score.Text}，按规则应得 {Show(rule)}（{execution.Explanation}），{(difference > 0m ? "高" : "低")} {Show(Math.Abs(difference))} 分 (the budget-execution score differs from the rule by {Show(Math.Abs(difference))}).");
        }
    }

    private static IEnumerable<Diagnostic> TotalFindings(PublishedSelfAssessment form, SelfAssessment assessment, ScoringPolicy policy)
    {
        var start = DiagnosticLocation.InSheet(form.Sheet, form.FirstRow);
        if (form.HasPointsColumn && form.Indicators.All(i => i.Points is not null) && form.Indicators.Length > 0)
        {
            var budgetPoints = form.Budget?.Points?.Value ?? (form.Budget is null ? 0m : assessment.BudgetExecution.Points);
            var sum = form.Indicators.Sum(i => i.Points!.Value) + budgetPoints;
            if (sum != LayoutTotal)
            {
                yield return new Diagnostic(DiagnosticCodes.PointsNotAddingUp, DiagnosticSeverity.Warning, start,
                    $"各项分值合计 {Show(sum)}（预算执行 {Show(budgetPoints)} + 指标 {Show(sum - budgetPoints)}），不是 {Show(LayoutTotal)} (the points add up to {Show(sum)}, not {Show(LayoutTotal)})."
                    );
            }
        }

        if (form.Total is not { } total)
        {
            yield break;
        }

        if (form.HasScoreColumn && form.Indicators.Length > 0 && form.Indicators.All(i => i.Score is not null) && (form.Budget is null || form.Budget.Score is not null))
        {
            var sum = form.Indicators.Sum(i => i.Score!.Value) + (form.Budget?.Score?.Value ?? 0m);
            if (Math.Abs(sum - total.Value) > total.RoundingTolerance)
            {
                yield return new Diagnostic(DiagnosticCodes.TotalNotSumOfRows, DiagnosticSeverity.Warning, total.Location,
                    $"总分印为 {total.Text}，各行得分之和为 {Show(sum)}，{(total.Value > sum ? "多" : "少")} {Show(Math.Abs(total.Value - sum))} 分 (总分 is not the sum of the rows: {Show(sum)})."
                    );
            }
        }

        if (assessment.IsAssessed && !assessment.IsProvisional && Math.Abs(total.Value - assessment.Total) > total.RoundingTolerance)
        {
            var difference = total.Value - assessment.Total;
            yield return new Diagnostic(DiagnosticCodes.TotalDiffersFromRule, DiagnosticSeverity.Warning, total.Location,
                $"总分印为 {total.Text}，按评分办法复算为 {Show(assessment.Total)}，{(difference > 0m ? "高" : "低")} {Show(Math.Abs(difference))} 分 (the published total is {Show(Math.Abs(difference))} {(difference > 0m ? "above" : "below")} the recomputed one).");
        }

        if (form.Grade is { } grade)
        {
            var expected = policy.Parameters.GradeOf(total.Value);
            if (expected.Length > 0 && PublishedFormLabels.NormalGrade(grade) != expected)
            {
                yield return new Diagnostic(DiagnosticCodes.GradeMismatch, DiagnosticSeverity.Warning, form.GradeLocation,
                    $"等级印为“{grade}”，总分 {total.Text} 按评分办法应为“{expected}” (the printed 等级 is not the grade of 总分)."
                    );
            }
        }
    }

    private static AchievementTier? Tier(IndicatorOutcome outcome) => outcome switch
    {
        IndicatorOutcome.Met => AchievementTier.Achieved,
        IndicatorOutcome.PartiallyMet => AchievementTier.PartiallyAchieved,
        IndicatorOutcome.NotMet => AchievementTier.NotAchieved,
        _ => null,
    };

    private static string TierLabel(AchievementTier tier) => tier switch
    {
        AchievementTier.Achieved => "达成",
        AchievementTier.PartiallyAchieved => "部分达成",
        _ => "未达成",
    };

    private static string Actual(PublishedIndicator row) => row.Actual ?? "（空）";

    private static string Show(decimal value) => DisplayText.Number(value);
}
