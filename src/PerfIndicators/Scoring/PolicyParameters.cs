using System.Collections.Immutable;

namespace PerfIndicators.Scoring;

/// <summary>The formula for a lower-is-better (反向) indicator that missed its target.</summary>
public enum LowerIsBetterFormula
{
    /// <summary>Ratio: <c>A ÷ B × W</c> (the printed forms' notes). ≤10%, B = 12%, W = 10 gives 8.33.</summary>
    Ratio = 0,

    /// <summary>Linear: <c>max(0, 1 − (B − A) ÷ A) × W</c> (the national budget platform's default; 0 at B ≥ 2A). ≤10%, B = 12%, W = 10 gives 8.00.</summary>
    Linear,
}

/// <summary>What a bare target value without a comparator (<c>100%</c>, <c>5万人次</c>) means.</summary>
public enum BareTargetMeaning
{
    /// <summary>At least the value (≥); a bare zero (<c>0起</c>) means none allowed (≤ 0). The national default.</summary>
    AtLeast = 0,

    /// <summary>Exactly the value (=); a bare zero still means none allowed.</summary>
    Exact,
}

/// <summary>What a policy does when an actual is far above its target (完成值远超指标值).</summary>
public enum OverAchievementAction
{
    /// <summary>Flag it for review and ask for an explanation; the score is unchanged (the national practice).</summary>
    Flag = 0,

    /// <summary>Flag it and deduct a fixed number of points (one provincial manual deducts 2 at ≥ 30% over).</summary>
    Deduct,
}

/// <summary>How an unlabelled number is read against a percent target (an xlsx cell holding <c>0.95</c> for 95%).</summary>
public enum BareNumberOnPercent
{
    /// <summary>Numbers up to 1 are fractions (0.95 → 95%), larger numbers are percent points (95 → 95%); flagged and reported.</summary>
    Infer = 0,

    /// <summary>Treat it as a unit mismatch: no score without a person.</summary>
    Mismatch,
}

/// <summary>
/// Whether a direction the parser inferred for a bare target — from the name (投诉率, 成本), a 正向/反向 cell or a <c>(≤**元)</c>
/// placeholder — decides how the bare value is read.
/// </summary>
public enum InferredDirection
{
    /// <summary>Follow it: <c>10%</c> for 投诉率 is a ceiling (≤ 10%), scored as 反向. The national default.</summary>
    Follow = 0,

    /// <summary>Ignore it: a bare value means what <see cref="BareTargetMeaning"/> says, whatever the name.</summary>
    Ignore,
}

/// <summary>How a per-step deduction rule (每降5%扣1分) counts a step that was only partly dropped.</summary>
public enum PartialStep
{
    /// <summary>A started step counts as a whole one: 87% against "90%以上…每降5%扣1分" loses 1 point.</summary>
    Counts = 0,

    /// <summary>Only whole steps count: 87% loses nothing, 85% loses 1.</summary>
    Ignored,
}

/// <summary>One first-level block of points (e.g. 产出指标 50) and the categories it covers.</summary>
/// <param name="Name">The block's label as printed, e.g. <c>产出指标</c>.</param>
/// <param name="Categories">The first-level categories (一级指标) whose indicators share the block.</param>
/// <param name="Points">The block's points (分值).</param>
/// <param name="WhenEmptyMoveTo">Where the block's points go when the project has no indicator in it (e.g. 满意度 to 产出 and 效益),
/// split in proportion to those blocks' points; empty when the points are simply dropped.</param>
public sealed record LevelWeight(string Name, ValueList<IndicatorCategory> Categories, decimal Points, ValueList<IndicatorCategory> WhenEmptyMoveTo);

/// <summary>The default split of 100 points: budget execution (预算执行率) plus first-level blocks.</summary>
/// <param name="BudgetExecution">The points of budget execution (10 nationally, 20 in Hubei).</param>
/// <param name="Levels">The first-level blocks in the order printed.</param>
public sealed record PolicyWeights(decimal BudgetExecution, ValueList<LevelWeight> Levels)
{
    /// <summary>The block that holds <paramref name="category"/>, or <see langword="null"/> when no block does.</summary>
    /// <param name="category">The first-level category.</param>
    public LevelWeight? LevelOf(IndicatorCategory category)
    {
        foreach (var level in Levels)
        {
            if (level.Categories.Contains(category))
            {
                return level;
            }
        }

        return null;
    }
}

/// <summary>The band of one qualitative tier as shares of the points, and its default share.</summary>
/// <param name="From">The lowest share in the band (inclusive), e.g. 0.6.</param>
/// <param name="To">The upper share (exclusive, except 1 which is inclusive), e.g. 0.8.</param>
/// <param name="Default">The share given when the evaluator does not pick a point, e.g. 0.7.</param>
public sealed record TierBand(decimal From, decimal To, decimal Default)
{
    /// <summary>Whether <paramref name="share"/> (score ÷ points) lies in the band.</summary>
    /// <param name="share">The score as a share of the points.</param>
    public bool Contains(decimal share) => share >= From && (share < To || (To >= 1m && share <= To));
}

/// <summary>
/// The tier a hedged claim of completion (<see cref="CompletionHedge"/>: 基本完成, 大部分完成, 部分完成) gets on a qualitative target;
/// <see langword="null"/> leaves it to a person (人工评分).
/// </summary>
/// <param name="Basically">基本完成, 基本达到, 基本实现: nationally 部分达成.</param>
/// <param name="Mostly">大部分完成, 大多完成: nationally 部分达成.</param>
/// <param name="Partly">部分完成, 部分实现: nationally 部分达成.</param>
public sealed record HedgeTiers(AchievementTier? Basically, AchievementTier? Mostly, AchievementTier? Partly)
{
    /// <summary>The tier of <paramref name="hedge"/>, or <see langword="null"/> when the policy leaves it to a person.</summary>
    /// <param name="hedge">The hedge the actual was written with.</param>
    public AchievementTier? TierOf(CompletionHedge hedge) => hedge switch
    {
        CompletionHedge.Basically => Basically,
        CompletionHedge.Mostly => Mostly,
        _ => Partly,
    };
}

/// <summary>The three qualitative tiers (定性指标 档次) with their bands, the words that mean 达成 and the tiers of hedged claims.</summary>
/// <param name="Achieved">达成年度指标: nationally 80%–100%, default 100%.</param>
/// <param name="PartiallyAchieved">部分达成年度指标并具有一定效果: nationally 60%–&lt;80%, default 70%.</param>
/// <param name="NotAchieved">未达成年度指标且效果较差: nationally 0–&lt;60%, default 30%.</param>
/// <param name="AchievedWords">Actual texts that mean 达成 (已完成, 合规, 是 …), besides an actual equal to the target text.</param>
/// <param name="Hedges">The tiers of 基本完成, 大部分完成, 部分完成 (the setting <c>qualitative.hedges</c>).</param>
public sealed record QualitativeParameters(TierBand Achieved, TierBand PartiallyAchieved, TierBand NotAchieved, ValueList<string> AchievedWords, HedgeTiers Hedges)
{
    /// <summary>The band of <paramref name="tier"/>.</summary>
    /// <param name="tier">The tier.</param>
    public TierBand BandOf(AchievementTier tier) => tier switch
    {
        AchievementTier.Achieved => Achieved,
        AchievementTier.PartiallyAchieved => PartiallyAchieved,
        _ => NotAchieved,
    };

    /// <summary>The tier whose band holds <paramref name="share"/>, best tier first.</summary>
    /// <param name="share">The score as a share of the points.</param>
    public AchievementTier? TierOf(decimal share) =>
        Achieved.Contains(share) ? AchievementTier.Achieved
        : PartiallyAchieved.Contains(share) ? AchievementTier.PartiallyAchieved
        : NotAchieved.Contains(share) ? AchievementTier.NotAchieved
        : null;
}

/// <summary>When an actual counts as far above its target, and what happens then.</summary>
/// <param name="Threshold">The completion ratio B ÷ A at which the flag is raised: 1.2 nationally, 1.3 in Guangxi.</param>
/// <param name="Action">Flag only, or flag and deduct.</param>
/// <param name="DeductPoints">The points deducted when <paramref name="Action"/> is <see cref="OverAchievementAction.Deduct"/>.</param>
public sealed record OverAchievementParameters(decimal Threshold, OverAchievementAction Action, decimal DeductPoints);

/// <summary>A cap on the total by budget execution rate (执行率封顶): below <see cref="RateBelow"/>, the total is at most <see cref="MaxTotal"/>.</summary>
/// <param name="RateBelow">The execution rate (a fraction, 0.8 for 80%) below which the cap applies.</param>
/// <param name="MaxTotal">The highest total allowed.</param>
public sealed record ExecutionCap(decimal RateBelow, decimal MaxTotal);

/// <summary>A grade (等级) and the lowest total that earns it.</summary>
/// <param name="Grade">The grade as printed: 优, 良, 中, 差.</param>
/// <param name="MinTotal">The lowest total (inclusive) for the grade.</param>
public sealed record GradeCutoff(string Grade, decimal MinTotal);

/// <summary>
/// Every setting of a scoring policy (评分办法) that is a number or a choice rather than a rule. Rule expressions see these
/// as <c>p</c>, e.g. <c>p.LowerIsBetterFormula == "Linear"</c>.
/// </summary>
public sealed class PolicyParameters
{
    internal PolicyParameters(
        PolicyWeights weights,
        QualitativeParameters qualitative,
        OverAchievementParameters overAchievement,
        ImmutableArray<ExecutionCap> executionCaps,
        decimal executionReasonBelow,
        ScoreRounding rounding,
        ImmutableArray<GradeCutoff> grades,
        BareTargetMeaning bareTarget,
        LowerIsBetterFormula lowerIsBetterFormula,
        BareNumberOnPercent bareNumberOnPercent,
        PartialStep partialStep,
        InferredDirection inferredDirection)
    {
        Weights = weights;
        Qualitative = qualitative;
        OverAchievement = overAchievement;
        ExecutionCaps = executionCaps;
        ExecutionReasonBelow = executionReasonBelow;
        Rounding = rounding;
        Grades = grades;
        BareTarget = bareTarget;
        LowerIsBetterFormula = lowerIsBetterFormula;
        BareNumberOnPercent = bareNumberOnPercent;
        PartialStep = partialStep;
        InferredDirection = inferredDirection;
    }

    /// <summary>The default split of points (10/50/30/10 nationally).</summary>
    public PolicyWeights Weights { get; }

    /// <summary>The qualitative tiers, their bands and default points.</summary>
    public QualitativeParameters Qualitative { get; }

    /// <summary>The over-achievement threshold and action.</summary>
    public OverAchievementParameters OverAchievement { get; }

    /// <summary>Caps on the total by execution rate, in any order; empty when the policy has none (the national default).</summary>
    public ImmutableArray<ExecutionCap> ExecutionCaps { get; }

    /// <summary>The execution rate below which a finding asks for a written reason (0.9 for 90%).</summary>
    public decimal ExecutionReasonBelow { get; }

    /// <summary>How scores and the total are rounded.</summary>
    public ScoreRounding Rounding { get; }

    /// <summary>The grades, highest first.</summary>
    public ImmutableArray<GradeCutoff> Grades { get; }

    /// <summary>What a target without a comparator means.</summary>
    public BareTargetMeaning BareTarget { get; }

    /// <summary>The formula for lower-is-better (反向) indicators that missed their target.</summary>
    public LowerIsBetterFormula LowerIsBetterFormula { get; }

    /// <summary>How an unlabelled number is read against a percent target.</summary>
    public BareNumberOnPercent BareNumberOnPercent { get; }

    /// <summary>How a per-step deduction rule counts a partly dropped step.</summary>
    public PartialStep PartialStep { get; }

    /// <summary>Whether a bare target's direction inferred from its name, a 正向/反向 cell or a placeholder decides how it is read.</summary>
    public InferredDirection InferredDirection { get; }

    /// <summary>The grade for <paramref name="total"/>, or an empty string when no cut-off holds.</summary>
    /// <param name="total">The rounded total.</param>
    public string GradeOf(decimal total)
    {
        foreach (var cutoff in Grades)
        {
            if (total >= cutoff.MinTotal)
            {
                return cutoff.Grade;
            }
        }

        return string.Empty;
    }

    /// <summary>The cap on the total at execution rate <paramref name="rate"/>, or <see langword="null"/> when none applies.</summary>
    /// <param name="rate">The execution rate as a fraction.</param>
    public ExecutionCap? CapAt(decimal rate)
    {
        ExecutionCap? cap = null;
        foreach (var candidate in ExecutionCaps)
        {
            if (rate < candidate.RateBelow && (cap is null || candidate.MaxTotal < cap.MaxTotal))
            {
                cap = candidate;
            }
        }

        return cap;
    }
}
