namespace PerfIndicators;

/// <summary>The kind of an <see cref="Actual"/> value (实际完成值).</summary>
public enum ActualKind
{
    /// <summary>A number with unit (<c>92%</c>, <c>12.3万人</c>, <c>已完成100%</c>).</summary>
    Quantity = 0,

    /// <summary>One of the three qualitative tiers (达成 / 部分达成 / 未达成).</summary>
    Tier,

    /// <summary>A date (<c>2023年11月20日</c>).</summary>
    Date,

    /// <summary>Other text (<c>完成</c>, <c>合法合规</c>), judged against the target by the scoring policy.</summary>
    Text,

    /// <summary>Nothing was entered.</summary>
    Blank,
}

/// <summary>The three qualitative tiers used to score 定性 indicators.</summary>
public enum AchievementTier
{
    /// <summary>达成年度指标 (达成预期指标).</summary>
    Achieved = 0,

    /// <summary>部分达成年度指标并具有一定效果.</summary>
    PartiallyAchieved,

    /// <summary>未达成年度指标且效果较差.</summary>
    NotAchieved,
}

/// <summary>A hedged claim of completion (基本完成, 大部分完成): recognised, left to the scoring policy to map to a tier.</summary>
public enum CompletionHedge
{
    /// <summary>基本完成, 基本达到, 基本实现 (basically done).</summary>
    Basically = 0,

    /// <summary>大部分完成, 大部完成, 大多完成 (mostly done).</summary>
    Mostly,

    /// <summary>部分完成, 部分实现 (partly done).</summary>
    Partly,
}

/// <summary>
/// A reported actual value (实际完成值), parsed with the same machinery as targets.
/// </summary>
/// <param name="Text">The value as written.</param>
/// <param name="Kind">What kind of value it is.</param>
public sealed record Actual(string Text, ActualKind Kind)
{
    /// <summary>For <see cref="ActualKind.Quantity"/>, the number with its unit.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>For a quantity written with a comparator (<c>≥90%</c>), that comparator; otherwise <see cref="PerfIndicators.Comparator.None"/>.</summary>
    public Comparator Comparator { get; init; }

    /// <summary>For <see cref="ActualKind.Tier"/>, the tier.</summary>
    public AchievementTier? Tier { get; init; }

    /// <summary>For <see cref="ActualKind.Date"/>, the date as precise as written.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Whether the text says the work was done (完成, 已完成, 是 …), for policies that treat it as met.</summary>
    public bool SaysCompleted { get; init; }

    /// <summary>For a hedged claim (基本完成, 大部分完成, 部分完成), which hedge; a scoring policy maps it to a tier.</summary>
    public CompletionHedge? Hedge { get; init; }

    /// <summary>For a yes/no answer (是 / 否, 有 / 没有), the answer; judged against a yes/no target such as <c>否</c>.</summary>
    public bool? Answer { get; init; }

    /// <summary>Whether the text says there was none (无, 没有, 未发生): zero against a count such as <c>0起</c>, or not applicable.</summary>
    public bool SaysNone { get; init; }

    /// <summary>
    /// Whether the actual repeats its target's words (显著提升 against 显著提升, 2023年12月前 against 2023年12月前): set only when the
    /// actual is read against its indicator (<see cref="Parsing.IndicatorParser.ParseActual(string, Indicator)"/>).
    /// </summary>
    public bool RepeatsTarget { get; init; }
}
