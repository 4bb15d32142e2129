using NodaTime;
using PerfIndicators.Scoring.Rules;

namespace PerfIndicators.Scoring;

/// <summary>
/// The per-indicator hot path: fill the facts from the target and actual (plain C#), run the policy's compiled rules
/// (plain delegate calls, first match decides), apply the over-achievement setting and the rounding. No allocation
/// besides what the caller keeps.
/// </summary>
internal static class IndicatorScorer
{
    [ThreadStatic]
    private static IndicatorFacts? cachedFacts;

    public static IndicatorScore Score(
        ScoringPolicy policy, Target target, Actual? actual, decimal points, decimal? evaluatorScore, IndicatorCategory? category, int? fiscalYear)
    {
        var facts = cachedFacts ??= new IndicatorFacts();
        var parameters = policy.Parameters;
        var flags = Fill(facts, parameters, target, actual, points, evaluatorScore, category, fiscalYear);

        CompiledRule<IndicatorFacts>? rule = null;
        decimal raw;
        try
        {
            rule = policy.IndicatorWorkflow.Match(facts, parameters);
            if (rule is null || rule.Disposition != RuleDisposition.Score)
            {
                return Manual(policy, rule, target, actual, points, evaluatorScore, flags, facts, failure: null);
            }

            raw = rule.Score!(facts, parameters);
        }
        catch (Exception e) when (e is InvalidOperationException or ArithmeticException or ArgumentException)
        {
            return Manual(policy, rule, target, actual, points, evaluatorScore, flags | IndicatorFlags.RuleFailed, facts, Describe(e));
        }

        raw = Math.Clamp(raw, 0m, points);
        var outcome = facts.Kind == TargetKind.Qualitative && facts.HasTier
            ? OutcomeOf(facts.Tier)
            : raw >= points ? IndicatorOutcome.Met : raw > 0m ? IndicatorOutcome.PartiallyMet : IndicatorOutcome.NotMet;

        var deducted = 0m;
        var over = parameters.OverAchievement;
        if (facts.HasA && facts.HasB && facts.A > 0m && facts.Direction != Direction.LowerIsBetter && facts.B >= facts.A * over.Threshold)
        {
            flags |= IndicatorFlags.OverAchievement;
            if (over.Action == OverAchievementAction.Deduct)
            {
                deducted = Math.Min(raw, over.DeductPoints);
                raw -= deducted;
                flags |= IndicatorFlags.OverAchievementDeducted;
            }
        }

        return new IndicatorScore(policy, rule, target, actual, points, parameters.Rounding.ApplyWithin(raw, points), outcome, flags, facts, deducted, evaluatorScore, failure: null);
    }

    /// <summary>The score of an indicator marked 不适用: no rule, no score.</summary>
    public static IndicatorScore NotApplicable(ScoringPolicy policy, Target target, Actual? actual, decimal points)
    {
        var facts = cachedFacts ??= new IndicatorFacts();
        facts.Reset();
        return new IndicatorScore(policy, null, target, actual, points, null, IndicatorOutcome.NotApplicable, IndicatorFlags.None, facts, 0m, null, failure: null);
    }

    private static IndicatorScore Manual(
        ScoringPolicy policy,
        CompiledRule<IndicatorFacts>? rule,
        Target target,
        Actual? actual,
        decimal points,
        decimal? evaluatorScore,
        IndicatorFlags flags,
        IndicatorFacts facts,
        string? failure)
    {
        if (rule?.Disposition == RuleDisposition.NotApplicable)
        {
            return new IndicatorScore(policy, rule, target, actual, points, null, IndicatorOutcome.NotApplicable, flags, facts, 0m, evaluatorScore, failure);
        }

        if (evaluatorScore is decimal given && given >= 0m && given <= points)
        {
            var score = policy.Parameters.Rounding.ApplyWithin(given, points);
            var outcome = given >= points ? IndicatorOutcome.Met : given > 0m ? IndicatorOutcome.PartiallyMet : IndicatorOutcome.NotMet;
            return new IndicatorScore(policy, rule, target, actual, points, score, outcome, flags | IndicatorFlags.ManuallyScored, facts, 0m, evaluatorScore, failure);
        }

        return new IndicatorScore(policy, rule, target, actual, points, null, IndicatorOutcome.NeedsManualScoring, flags, facts, 0m, evaluatorScore, failure);
    }

    private static string Describe(Exception e) => e switch
    {
        MissingFactException missing => "该指标没有 x." + missing.Fact + " 的值",
        DivideByZeroException => "除数为 0",
        OverflowException => "数值溢出",
        _ => e.Message,
    };

    private static IndicatorOutcome OutcomeOf(AchievementTier tier) => tier switch
    {
        AchievementTier.Achieved => IndicatorOutcome.Met,
        AchievementTier.PartiallyAchieved => IndicatorOutcome.PartiallyMet,
        _ => IndicatorOutcome.NotMet,
    };

    /// <summary>Fills <paramref name="facts"/> for one indicator and returns the flags found on the way.</summary>
    internal static IndicatorFlags Fill(
        IndicatorFacts facts,
        PolicyParameters parameters,
        Target target,
        Actual? actual,
        decimal points,
        decimal? evaluatorScore,
        IndicatorCategory? category,
        int? fiscalYear)
    {
        facts.Reset();
        var flags = IndicatorFlags.None;
        facts.Kind = target.Kind;
        facts.Category = category;
        facts.W = points;

        var hasActual = actual is not null && actual.Kind != ActualKind.Blank && !string.IsNullOrWhiteSpace(actual.Text);
        facts.HasActual = hasActual;
        facts.ActualKind = hasActual ? actual!.Kind : ActualKind.Blank;
        facts.ActualIsText = hasActual && actual!.Kind == ActualKind.Text;
        if (hasActual)
        {
            // A yes/no answer against a yes/no target (是否… | 否) is judged by the answer, never by the 达成 words (是 is one).
            facts.ActualSaysCompleted = AnswerOf(target) is bool expected && actual!.Answer is bool given
                ? given == expected
                : actual!.SaysCompleted
                    || actual.RepeatsTarget
                    || (actual.Kind is ActualKind.Text or ActualKind.Tier && SaysAchieved(actual.Text, target.Text, parameters.Qualitative.AchievedWords));
            if (actual.Kind == ActualKind.Quantity && actual.Comparator != Comparator.None)
            {
                flags |= IndicatorFlags.ActualWithComparator;
            }
        }

        Quantity? scale = null;
        switch (target)
        {
            case QuantitativeTarget q:
                SetComparison(facts, parameters, q.Comparator, q.Direction, q.Quantity.Value, q.DirectionSource);
                scale = q.Quantity;
                break;
            case RateTarget r:
                SetComparison(facts, parameters, r.Comparator, r.Direction, r.Quantity.Value, r.DirectionSource);
                scale = r.Quantity;
                break;
            case RuleTarget ruleTarget:
                facts.EmbeddedRuleForm = ruleTarget.Rule.Form;
                if (EmbeddedRules.FullPointsThreshold(ruleTarget.Rule) is var (threshold, comparator))
                {
                    var direction = comparator.ImpliedDirection(threshold.Value);
                    SetComparison(facts, parameters, comparator, direction, threshold.Value);
                    scale = threshold;
                }

                break;
            case RangeTarget range:
                facts.HasRange = true;
                facts.IsRelativeRange = range.IsRelative;
                facts.Max = range.Max.Value;
                facts.Min = range.Max.ConvertToScaleOf(range.Min) ?? range.Min.Value;
                scale = range.Max;
                break;
        }

        var quantity = hasActual && actual!.Kind == ActualKind.Quantity ? actual.Quantity : null;
        var signed = quantity;
        if (quantity is not null && quantity.Value < 0m && target is not RuleTarget { Rule: ToleranceBandRule })
        {
            flags |= IndicatorFlags.NegativeActual;
            quantity = new Quantity(0m, "0", 1m, null, quantity.Unit, quantity.Per);
        }

        if (scale is not null)
        {
            if (quantity is not null)
            {
                var value = UnitReconciler.Convert(scale, quantity, parameters.BareNumberOnPercent, out var assumed);
                if (value is decimal converted)
                {
                    facts.HasB = true;
                    facts.B = converted;
                    if (assumed)
                    {
                        flags |= IndicatorFlags.UnitAssumed;
                    }
                }
                else
                {
                    facts.UnitMismatch = true;
                    flags |= IndicatorFlags.UnitMismatch;
                }
            }
            else if (hasActual && actual!.SaysNone && (facts.HasA ? facts.A == 0m || facts.Direction == Direction.LowerIsBetter : target is RangeTarget { Min.Value: 0m }))
            {
                // 无, 没有, 未发生 against 0起, ≤3起: none happened, a count of 0.
                facts.HasB = true;
                facts.B = 0m;
                flags |= IndicatorFlags.NoneAsZero;
            }
            else if (hasActual && target.Kind != TargetKind.Rule)
            {
                flags |= IndicatorFlags.TextActualOnQuantitative;
            }
        }

        if (target is RuleTarget embedded && embedded.Rule is not DiscretionaryRule)
        {
            // A tolerance band reads a signed deviation (−12% is 12% off); other rules read the actual with negatives as 0.
            var score = EmbeddedRules.Evaluate(embedded.Rule, embedded.Rule is ToleranceBandRule ? signed : quantity, points, parameters, describe: false, out var capped, out _);
            if (score is decimal s)
            {
                facts.EmbeddedRuleApplies = true;
                facts.EmbeddedRuleScore = s;
                if (capped)
                {
                    flags |= IndicatorFlags.AwardAbovePoints;
                }
            }
            else if (quantity is null && hasActual)
            {
                flags |= IndicatorFlags.TextActualOnQuantitative;
            }
        }

        if (target.Kind == TargetKind.Qualitative)
        {
            SetTier(facts, parameters, target, actual, hasActual, points, evaluatorScore);
        }
        else if (evaluatorScore is decimal given)
        {
            facts.HasEvaluatorScore = true;
            facts.EvaluatorScore = given;
        }

        if (hasActual && actual!.Kind == ActualKind.Date && actual.Date is { } done)
        {
            PartialDate? due = target switch
            {
                DeadlineTarget d => d.Deadline,
                PeriodTarget p => p.End with { Year = p.End.Year ?? p.Start.Year },
                _ => null,
            };
            var year = fiscalYear ?? due?.Year ?? done.Year;
            if (due?.LastDay(year) is LocalDate dueDay && done.LastDay(year) is LocalDate doneDay)
            {
                facts.HasActualDate = true;
                facts.DaysLate = Period.Between(dueDay, doneDay, PeriodUnits.Days).Days;
            }
        }

        return flags;
    }

    private static void SetComparison(
        IndicatorFacts facts, PolicyParameters parameters, Comparator written, Direction direction, decimal value, DirectionSource source = DirectionSource.Comparator)
    {
        facts.IsQuantitative = true;
        facts.HasA = true;
        facts.A = value;
        facts.WrittenComparator = written;
        if (written == Comparator.None && source != DirectionSource.Comparator && direction == Direction.LowerIsBetter && parameters.InferredDirection == InferredDirection.Follow)
        {
            // 投诉率 | 10%, 反向 | 5300 | 元, (≤**元/户·年) | 5300元: the parser found a ceiling where no comparator is written.
            facts.Comparator = Comparator.LessOrEqual;
            facts.Direction = Direction.LowerIsBetter;
        }
        else if (written == Comparator.None)
        {
            facts.Comparator = value == 0m ? Comparator.LessOrEqual
                : parameters.BareTarget == BareTargetMeaning.Exact ? Comparator.Equal : Comparator.GreaterOrEqual;
            facts.Direction = facts.Comparator.ImpliedDirection(value);
        }
        else
        {
            facts.Comparator = written;
            facts.Direction = written == Comparator.Equal && value == 0m ? Direction.LowerIsBetter : direction;
        }
    }

    private static void SetTier(IndicatorFacts facts, PolicyParameters parameters, Target target, Actual? actual, bool hasActual, decimal points, decimal? evaluatorScore)
    {
        AchievementTier? tier = null;
        if (hasActual)
        {
            // The tier written (部分达成), the policy's tier of a hedged claim (基本完成), the answer to a yes/no target, or 达成 words.
            tier = actual!.Tier
                ?? (actual.Hedge is CompletionHedge hedge ? parameters.Qualitative.Hedges.TierOf(hedge) : null)
                ?? (actual.Answer is not null && AnswerOf(target) is not null ? (facts.ActualSaysCompleted ? AchievementTier.Achieved : AchievementTier.NotAchieved) : (AchievementTier?)null)
                ?? (facts.ActualSaysCompleted ? AchievementTier.Achieved : null);
        }

        if (evaluatorScore is decimal given)
        {
            facts.HasEvaluatorScore = true;
            facts.EvaluatorScore = given;
            // Only shares in 0…1 are looked at; a score above the points is not divided (it could overflow decimal).
            var share = points > 0m && given >= 0m ? (given > points ? 2m : given / points) : -1m;
            tier ??= share is >= 0m and <= 1m ? parameters.Qualitative.TierOf(share) : null;
            if (tier is AchievementTier known)
            {
                facts.EvaluatorScoreInBand = share is >= 0m and <= 1m && parameters.Qualitative.BandOf(known).Contains(share);
            }
        }

        if (tier is AchievementTier t)
        {
            facts.HasTier = true;
            facts.Tier = t;
            facts.TierBand = parameters.Qualitative.BandOf(t);
        }
    }

    /// <summary>The answer a yes/no target asks for (<c>否</c>, <c>是</c>, <c>有</c>, <c>没有</c>), or <see langword="null"/> for any other target.</summary>
    internal static bool? AnswerOf(Target target) => target.Kind == TargetKind.Qualitative ? AnswerOf(target.Text) : null;

    private static bool? AnswerOf(string text) => text.Trim() switch
    {
        "是" or "有" => true,
        "否" or "没有" or "不是" => false,
        _ => null,
    };

    /// <summary>Whether an actual text means 达成: one of the policy's words, or the target's own words (合法合规 against 合法合规).</summary>
    internal static bool SaysAchieved(string actualText, string targetText, ValueList<string> words)
    {
        var text = actualText.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (string.Equals(text, words[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        var target = targetText.Trim();
        return target.Length > 0 && (string.Equals(text, target, StringComparison.Ordinal) || (text.Length >= 2 && target.Contains(text, StringComparison.Ordinal) && !IsNegated(text)));
    }

    private static bool IsNegated(string text) =>
        text.StartsWith('未') || text.StartsWith('不') || text.StartsWith('没') || text.StartsWith('无') || text.StartsWith('否');
}
