namespace PerfIndicators.Scoring;

/// <summary>
/// What a rule expression of a policy's <c>budget-execution</c> workflow sees, as <c>x</c>: the budget figures in 元 (or
/// whatever unit the input used, consistently), the execution rate and the points.
/// </summary>
public sealed class BudgetFacts
{
    internal BudgetFacts(decimal initial, decimal adjusted, decimal executed, decimal points)
    {
        Initial = initial;
        Adjusted = adjusted;
        Executed = executed;
        W = points;
    }

    /// <summary>年初预算数: the budget at the start of the year.</summary>
    public decimal Initial { get; }

    /// <summary>全年预算数: the adjusted full-year budget, including carry-over; the base of the execution rate.</summary>
    public decimal Adjusted { get; }

    /// <summary>全年执行数: what was spent in the year.</summary>
    public decimal Executed { get; }

    /// <summary>The points (分值) of budget execution: 10 nationally, 20 in Hubei.</summary>
    public decimal W { get; }

    /// <summary>Whether the execution rate exists (the full-year budget is positive).</summary>
    public bool HasRate => Adjusted > 0m;

    /// <summary>The execution rate R = 全年执行数 ÷ 全年预算数 as a fraction (0.8618 for 86.18%), not capped at 1.</summary>
    /// <exception cref="InvalidOperationException">When <see cref="HasRate"/> is false.</exception>
    public decimal Rate => HasRate ? Executed / Adjusted : throw new MissingFactException(nameof(Rate));
}
