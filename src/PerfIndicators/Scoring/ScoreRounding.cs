using System.Globalization;

namespace PerfIndicators.Scoring;

/// <summary>How a scoring policy rounds scores (得分) and totals.</summary>
public enum RoundingMode
{
    /// <summary>四舍五入: round half away from zero (<see cref="MidpointRounding.AwayFromZero"/>), not .NET's banker's rounding.</summary>
    HalfUp = 0,

    /// <summary>截尾: drop the digits beyond the precision (toward zero).</summary>
    Truncate,
}

/// <summary>
/// The rounding of a scoring policy: a mode and a number of decimals (2 for 9.44, 0 for whole points). This is the
/// only place in the library where scores are rounded.
/// </summary>
/// <remarks>The default value rounds half-up to 0 decimals.</remarks>
/// <param name="Mode">How to round.</param>
/// <param name="Decimals">How many decimals to keep, 0 to 4.</param>
public readonly record struct ScoreRounding(RoundingMode Mode, int Decimals)
{
    /// <summary>Two decimals, half-up: the common default (四舍五入保留两位小数).</summary>
    public static ScoreRounding HalfUpTwoDecimals => new(RoundingMode.HalfUp, 2);

    /// <summary>Rounds <paramref name="value"/> as the policy says.</summary>
    /// <param name="value">The unrounded value.</param>
    /// <returns>The rounded value, with exactly <see cref="Decimals"/> decimals of scale.</returns>
    public decimal Apply(decimal value)
    {
        var rounded = Mode == RoundingMode.Truncate
            ? decimal.Round(value, Decimals, MidpointRounding.ToZero)
            : decimal.Round(value, Decimals, MidpointRounding.AwayFromZero);

        // Fix the scale so that 10 prints as 10.00 under two decimals, whatever the arithmetic left.
        return decimal.Round(rounded + new decimal(0, 0, 0, false, (byte)Decimals), Decimals);
    }

    /// <summary>
    /// Rounds a score that may not exceed <paramref name="points"/>: when the points themselves are off the rounding grid
    /// (26.5 points under whole-number rounding), full marks stay 26.5 instead of rounding up to 27.
    /// </summary>
    /// <param name="score">The unrounded score, at most <paramref name="points"/>.</param>
    /// <param name="points">The points (分值).</param>
    public decimal ApplyWithin(decimal score, decimal points)
    {
        var rounded = Apply(score);
        return rounded <= points ? rounded : points;
    }

    /// <summary>Describes the rounding in Chinese, e.g. <c>四舍五入保留2位小数</c>.</summary>
    public override string ToString() =>
        (Mode == RoundingMode.Truncate ? "截尾" : "四舍五入")
        + (Decimals == 0 ? "取整" : "保留" + Decimals.ToString(CultureInfo.InvariantCulture) + "位小数");
}
