namespace PerfIndicators;

/// <summary>The comparison written in a target value (年度指标值), e.g. <c>≥</c> or 不低于.</summary>
public enum Comparator
{
    /// <summary>No comparator: a bare value such as <c>100%</c> or <c>0起</c>. A scoring policy decides what it means.</summary>
    None = 0,

    /// <summary>At least (≥, 不少于, 不低于, 达到, 至少, …以上).</summary>
    GreaterOrEqual,

    /// <summary>More than (&gt;, 大于, 高于, 超过).</summary>
    Greater,

    /// <summary>At most (≤, 不超过, 不高于, …以下, …以内).</summary>
    LessOrEqual,

    /// <summary>Less than (&lt;, 低于, 小于).</summary>
    Less,

    /// <summary>Exactly (=, 等于).</summary>
    Equal,
}

/// <summary>Which way an indicator is better: 正向 (higher), 反向 (lower), or exact.</summary>
public enum Direction
{
    /// <summary>正向指标: a larger actual value is better.</summary>
    HigherIsBetter = 0,

    /// <summary>反向指标: a smaller actual value is better (e.g. 投诉率低于10%).</summary>
    LowerIsBetter,

    /// <summary>The actual value should equal the target (=).</summary>
    Exact,
}

/// <summary>Helpers for <see cref="Comparator"/>.</summary>
public static class ComparatorExtensions
{
    /// <summary>The ASCII symbol used in JSON: <c>&gt;=</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&lt;</c>, <c>=</c>, or <see langword="null"/> for <see cref="Comparator.None"/>.</summary>
    /// <param name="comparator">The comparator.</param>
    public static string? ToSymbol(this Comparator comparator) => comparator switch
    {
        Comparator.GreaterOrEqual => ">=",
        Comparator.Greater => ">",
        Comparator.LessOrEqual => "<=",
        Comparator.Less => "<",
        Comparator.Equal => "=",
        _ => null,
    };

    /// <summary>The symbol as printed in Chinese forms: <c>≥ ≤ &gt; &lt; =</c>, or an empty string.</summary>
    /// <param name="comparator">The comparator.</param>
    public static string ToDisplay(this Comparator comparator) => comparator switch
    {
        Comparator.GreaterOrEqual => "≥",
        Comparator.Greater => ">",
        Comparator.LessOrEqual => "≤",
        Comparator.Less => "<",
        Comparator.Equal => "=",
        _ => string.Empty,
    };

    /// <summary>
    /// The direction the comparator implies. A bare value (<see cref="Comparator.None"/>) is higher-is-better,
    /// except a bare zero (<c>0起</c>: none allowed), which is lower-is-better.
    /// </summary>
    /// <param name="comparator">The comparator.</param>
    /// <param name="value">The target value, used only for a bare value.</param>
    public static Direction ImpliedDirection(this Comparator comparator, decimal value) => comparator switch
    {
        Comparator.GreaterOrEqual or Comparator.Greater => Direction.HigherIsBetter,
        Comparator.LessOrEqual or Comparator.Less => Direction.LowerIsBetter,
        Comparator.Equal => Direction.Exact,
        _ => value == 0m ? Direction.LowerIsBetter : Direction.HigherIsBetter,
    };

    /// <summary>Whether <paramref name="actual"/> satisfies <c>actual comparator target</c>. A bare value is met when reached (≥), a bare zero when not exceeded.</summary>
    /// <param name="comparator">The comparator.</param>
    /// <param name="actual">The actual value, in the same unit as the target.</param>
    /// <param name="target">The target value.</param>
    public static bool IsSatisfiedBy(this Comparator comparator, decimal actual, decimal target) => comparator switch
    {
        Comparator.GreaterOrEqual => actual >= target,
        Comparator.Greater => actual > target,
        Comparator.LessOrEqual => actual <= target,
        Comparator.Less => actual < target,
        Comparator.Equal => actual == target,
        _ => target == 0m ? actual <= 0m : actual >= target,
    };
}
