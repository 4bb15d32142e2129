using System.Text;
using PerfIndicators.Scoring.Rules;

namespace PerfIndicators.Scoring;

/// <summary>
/// The score of one indicator under a policy, from <see cref="Evaluator.ScoreIndicator"/>: points, score, outcome, flags,
/// the deciding rule, and the numbers needed to explain it. The explanation text is built only when asked for
/// (<see cref="Explain"/>), so scoring many indicators stays cheap.
/// </summary>
/// <remarks>The default value is an empty score with no rule; use the values <see cref="Evaluator"/> returns.</remarks>
public readonly struct IndicatorScore
{
    private readonly ScoringPolicy? policy;
    private readonly CompiledRule<IndicatorFacts>? rule;
    private readonly Target? target;
    private readonly Actual? actual;
    private readonly decimal a;
    private readonly decimal b;
    private readonly decimal deducted;
    private readonly decimal share;
    private readonly decimal? evaluatorScore;
    private readonly int daysLate;
    private readonly byte state;
    private readonly bool lowerIsBetter;
    private readonly AchievementTier tier;
    private readonly string? failure;

    internal IndicatorScore(
        ScoringPolicy policy,
        CompiledRule<IndicatorFacts>? rule,
        Target target,
        Actual? actual,
        decimal points,
        decimal? score,
        IndicatorOutcome outcome,
        IndicatorFlags flags,
        IndicatorFacts facts,
        decimal deducted,
        decimal? evaluatorScore,
        string? failure)
    {
        this.policy = policy;
        this.rule = rule;
        this.target = target;
        this.actual = actual;
        Points = points;
        Score = score;
        Outcome = outcome;
        Flags = flags;
        this.deducted = deducted;
        this.evaluatorScore = evaluatorScore;
        this.failure = failure;
        a = facts.HasA ? facts.A : 0m;
        b = facts.HasB ? facts.B : 0m;
        state = (byte)((facts.HasA ? 1 : 0) | (facts.HasB ? 2 : 0) | (facts.HasTier ? 4 : 0) | (facts.HasActualDate ? 8 : 0));
        tier = facts.HasTier ? facts.Tier : AchievementTier.Achieved;
        share = facts.HasTier ? facts.TierBand.Default : 0m;
        daysLate = facts.HasActualDate ? facts.DaysLate : 0;
        lowerIsBetter = facts.Direction == Direction.LowerIsBetter;
    }

    /// <summary>The points (分值) W.</summary>
    public decimal Points { get; }

    /// <summary>The rounded score (得分), or <see langword="null"/> when the indicator needs a manual score and none was given.</summary>
    public decimal? Score { get; }

    /// <summary>How the indicator came out.</summary>
    public IndicatorOutcome Outcome { get; }

    /// <summary>What the engine noticed.</summary>
    public IndicatorFlags Flags { get; }

    /// <summary>The id (RuleName) of the policy rule that decided, or <see langword="null"/> when no rule applied or the rule failed before deciding.</summary>
    public string? RuleId => rule?.Name;

    /// <summary>The completion ratio B ÷ A (1.0556 for 95% against ≥90%), or <see langword="null"/> when either is unknown, A is 0 or the ratio is beyond <see cref="decimal"/>.</summary>
    public decimal? CompletionRatio => HasA && HasB && a != 0m && (Math.Abs(a) >= 1m || Math.Abs(b) < decimal.MaxValue * Math.Abs(a)) ? b / a : null;

    /// <summary>The target value A in the target's unit, or <see langword="null"/>.</summary>
    public decimal? TargetValue => HasA ? a : null;

    /// <summary>The actual value B converted to the target's unit, or <see langword="null"/>.</summary>
    public decimal? ActualValue => HasB ? b : null;

    /// <summary>Whether a smaller actual is better (the target is a ceiling).</summary>
    public bool IsLowerBetter => lowerIsBetter;

    /// <summary>The qualitative tier, when known.</summary>
    public AchievementTier? Tier => (state & 4) != 0 ? tier : null;

    private bool HasA => (state & 1) != 0;

    private bool HasB => (state & 2) != 0;

    /// <summary>
    /// The explanation in Chinese with the numbers, e.g. <c>实际完成值 85% ÷ 年度指标值 90% × 分值 10 = 9.44</c>, built from
    /// the deciding rule's text. For indicators that need a manual score it says why.
    /// </summary>
    public string Explain()
    {
        if (policy is null || target is null)
        {
            return string.Empty;
        }

        string text;
        if (failure is not null)
        {
            text = "规则 " + (rule?.Name ?? "?") + " 无法计算该指标（" + failure + "），需人工评分";
        }
        else if (rule is null)
        {
            text = "评分办法 " + policy.Id + " 中没有适用于该指标的规则，需人工评分";
        }
        else
        {
            text = rule.Explanation.Render(this, static (self, name, builder) => self.Write(name, builder));
        }

        if ((Flags & IndicatorFlags.ManuallyScored) != 0 && Score is decimal manual)
        {
            text += "；采用评价人给分 " + DisplayText.Score(manual);
        }
        else if (rule?.Disposition == RuleDisposition.Manual || (failure is not null) || (rule is null))
        {
            text += Score is null ? "（未给分）" : string.Empty;
        }

        if ((Flags & IndicatorFlags.OverAchievement) != 0 && CompletionRatio is decimal ratio)
        {
            text += "；完成值为指标值的 " + DisplayText.Percent(ratio) + "，达到超额标准 " + DisplayText.Percent(policy.Parameters.OverAchievement.Threshold);
            text += (Flags & IndicatorFlags.OverAchievementDeducted) != 0
                ? "，扣 " + DisplayText.Number(deducted) + " 分"
                : "，请说明指标值设置是否偏低";
        }

        return text;
    }

    /// <summary>Returns the explanation.</summary>
    public override string ToString() => Explain();

    /// <summary>Appends what placeholder <paramref name="name"/> stands for: the numbers of most explanations straight into the builder, the rest through <see cref="Resolve"/>.</summary>
    private void Write(string name, StringBuilder builder)
    {
        switch (name)
        {
            case "A" when HasA && ScaleOf(target!) is { } scale:
                DisplayText.AppendQuantityLike(builder, a, scale);
                return;
            case "B" when HasB:
                if (ScaleOf(target!) is { } like)
                {
                    DisplayText.AppendQuantityLike(builder, b, like);
                }
                else
                {
                    DisplayText.AppendNumber(builder, b);
                }

                return;
            case "W":
                DisplayText.AppendNumber(builder, Points);
                return;
            case "score" when Score is decimal s:
                DisplayText.AppendScore(builder, s);
                return;
            case "ratio" when CompletionRatio is decimal r:
                DisplayText.AppendPercent(builder, r);
                return;
            default:
                builder.Append(Resolve(name));
                return;
        }
    }

    private string Resolve(string name)
    {
        var scale = ScaleOf(target!);
        return name switch
        {
            "A" => HasA && scale is not null ? DisplayText.QuantityLike(a, scale) : "—",
            "B" => HasB ? (scale is not null ? DisplayText.QuantityLike(b, scale) : DisplayText.Number(b)) : actual?.Text ?? "—",
            "W" => DisplayText.Number(Points),
            "score" => Score is decimal s ? DisplayText.Score(s) : "—",
            "ratio" => CompletionRatio is decimal r ? DisplayText.Percent(r) : "—",
            "target" => target!.Text,
            "actual" => string.IsNullOrWhiteSpace(actual?.Text) ? "（未填）" : actual!.Text,
            "min" => target is RangeTarget range ? range.Min.ToString() : "—",
            "max" => target is RangeTarget range ? range.Max.ToString() : "—",
            "tier" => Tier is AchievementTier t ? TierLabel(t) : "—",
            "share" => Tier is null ? "—" : DisplayText.Percent(share),
            "evaluatorScore" => evaluatorScore is decimal e ? DisplayText.Number(e) : "—",
            "rule" => target!.Text,
            "detail" => Detail(),
            "daysLate" => (state & 8) != 0 ? daysLate.ToString(System.Globalization.CultureInfo.InvariantCulture) : "—",
            _ => "{" + name + "}",
        };
    }

    private string Detail()
    {
        if (target is not RuleTarget ruleTarget || actual?.Quantity is not { } quantity)
        {
            return string.Empty;
        }

        var actualQuantity = quantity.Value < 0m && ruleTarget.Rule is not ToleranceBandRule ? new Quantity(0m, "0", 1m, null, quantity.Unit, quantity.Per) : quantity;
        EmbeddedRules.Evaluate(ruleTarget.Rule, actualQuantity, Points, policy!.Parameters, describe: true, out _, out var detail);
        return detail;
    }

    /// <summary>The quantity whose unit and multiplier A and B are expressed in.</summary>
    internal static Quantity? ScaleOf(Target target) => target switch
    {
        QuantitativeTarget q => q.Quantity,
        RateTarget r => r.Quantity,
        RangeTarget range => range.Max,
        RuleTarget rule => EmbeddedRules.FullPointsThreshold(rule.Rule)?.Threshold,
        _ => null,
    };

    /// <summary>The Chinese label of a tier: 达成, 部分达成, 未达成.</summary>
    internal static string TierLabel(AchievementTier tier) => tier switch
    {
        AchievementTier.Achieved => "达成",
        AchievementTier.PartiallyAchieved => "部分达成",
        _ => "未达成",
    };
}
