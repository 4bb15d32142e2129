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
}
