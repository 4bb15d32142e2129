using System.Collections.Immutable;

namespace PerfIndicators.Scoring;

/// <summary>
/// Gives points (分值) to the indicators that have none, exactly as <see cref="Evaluator.Evaluate"/> does before it
/// scores: each first-level block of the policy (产出 50, 效益 30, 满意度 10 …) is shared equally among its indicators
/// without points, after the points already given in the block. Use it to show the points before anything is scored,
/// e.g. in a fill-in template.
/// </summary>
/// <example>
/// <code>
/// var allocation = PointsAllocator.Allocate(ScoringPolicy.National, project.Indicators);
/// for (var i = 0; i &lt; allocation.Points.Length; i++)
///     Console.WriteLine($"{project.Indicators[i].Name}: {allocation.Points[i]}{(allocation.IsAllocated[i] ? "（按评分办法分配）" : "")}");
/// </code>
/// </example>
internal static class PointsAllocator
{
    /// <summary>Allocates the missing points of <paramref name="indicators"/> under <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy whose weights (权重) share the points.</param>
    /// <param name="indicators">The indicators, in order; their <see cref="IndicatorInput.Points"/> are kept when given.</param>
    /// <returns>The points of every indicator, in the same order, which were allocated, and the findings the evaluator would report (PI3012, PI3018).</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static PointsAllocationResult Allocate(ScoringPolicy policy, IEnumerable<IndicatorInput> indicators)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(indicators);
        ImmutableArray<IndicatorInput> list = [.. indicators];
        if (list.Any(i => i is null))
        {
            throw new ArgumentException("An indicator is null.", nameof(indicators));
        }

        var findings = new List<Diagnostic>();
        var points = PointsAllocation.Allocate(list, policy.Parameters, findings, out var allocated);
        return new PointsAllocationResult([.. points], [.. allocated], [.. findings]);
    }
}

/// <summary>The points of each indicator after <see cref="PointsAllocator.Allocate"/>. Immutable.</summary>
internal sealed class PointsAllocationResult
{
    internal PointsAllocationResult(ImmutableArray<decimal> points, ImmutableArray<bool> isAllocated, ImmutableArray<Diagnostic> findings)
    {
        Points = points;
        IsAllocated = isAllocated;
        Findings = findings;
    }

    /// <summary>分值 of each indicator, in input order: as given, or as allocated by the policy.</summary>
    public ImmutableArray<decimal> Points { get; }

    /// <summary>Whether each indicator's points were allocated by the policy (<see langword="true"/>) or given.</summary>
    public ImmutableArray<bool> IsAllocated { get; }

    /// <summary>What the allocation reports: how many indicators got points (PI3012), indicators without a first-level category (PI3018).</summary>
    public ImmutableArray<Diagnostic> Findings { get; }
}
