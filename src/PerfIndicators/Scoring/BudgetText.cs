using System.Globalization;
using PerfIndicators.Documents;
using PerfIndicators.Parsing;

namespace PerfIndicators.Scoring;

/// <summary>
/// Reads the budget block of a 自评表 as it is printed, for every input (project JSON, filled templates): amounts with units
/// or thousands separators (<c>4753.66万元</c>, <c>387,664.62</c>, <c>1.2亿</c>, <c>￥90,000元</c>, traditional <c>萬元</c>),
/// converted to the project's unit, and the execution rate (执行率) in any of the usual ways (<c>93%</c>, <c>93</c>, <c>0.93</c>).
/// </summary>
internal static class BudgetText
{
    /// <summary>The longest text read as an amount or a rate (far more than any printed amount); longer text is not one.</summary>
    private const int MaxLength = 256;

    private static readonly (string Suffix, decimal Yuan)[] Units =
    [
        ("万元", 10_000m), ("萬元", 10_000m), ("亿元", 100_000_000m), ("億元", 100_000_000m), ("千元", 1_000m), ("元", 1m),
        ("万", 10_000m), ("萬", 10_000m), ("亿", 100_000_000m), ("億", 100_000_000m),
    ];

    /// <summary>Reads an amount as printed: the number and, when a unit is written after it, how many yuan one of that unit is.</summary>
    /// <param name="text">The amount as printed.</param>
    /// <param name="value">The number as written, without its unit.</param>
    /// <param name="yuan">10000 for 万元 or 万, 1e8 for 亿, 1 for 元; <see langword="null"/> when no unit is written.</param>
    /// <returns>Whether the text is an amount.</returns>
    public static bool TryReadAmount(string text, out decimal value, out decimal? yuan)
    {
        value = 0m;
        yuan = null;
        if (text.Length > MaxLength)
        {
            return false;
        }

        var compact = AmountText.Compact(text).Replace('，', ',');
        if (compact.Length is 0 or > 64)
        {
            return false;
        }

        compact = compact.TrimStart('¥', '￥');
        foreach (var (suffix, factor) in Units)
        {
            if (compact.Length > suffix.Length && compact.EndsWith(suffix, StringComparison.Ordinal))
            {
                compact = compact[..^suffix.Length];
                yuan = factor;
                break;
            }
        }

        return AmountText.TryParse(compact, out value);
    }

    /// <summary>The unit an amount written in <paramref name="yuan"/> sets for the project when none is given: 元 for 元, 万元 otherwise.</summary>
    public static AmountUnit UnitOf(decimal yuan) => yuan < 10_000m ? AmountUnit.Yuan : AmountUnit.TenThousandYuan;

    /// <summary>
    /// <paramref name="value"/>, written in units of <paramref name="yuan"/> yuan, in <paramref name="unit"/>; <see langword="null"/> when it
    /// overflows.
    /// </summary>
    public static decimal? Convert(decimal value, decimal yuan, AmountUnit unit)
    {
        try
        {
            return value * yuan / unit.YuanFactor();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads an execution rate as printed: <c>93%</c>, <c>93.00%</c>, <c>93</c> (percent points), <c>0.93</c> and <c>1</c> (a fraction);
    /// a bare number up to 1 is a fraction, a larger one percent points.
    /// </summary>
    /// <param name="text">The rate as printed.</param>
    /// <param name="fraction">The rate as a fraction (0.93).</param>
    /// <param name="bare">Whether it was written without a percent sign (and so read by the rule above).</param>
    public static bool TryReadRate(string text, out decimal fraction, out bool bare)
    {
        fraction = 0m;
        bare = true;
        if (text.Length > MaxLength)
        {
            return false;
        }

        var compact = AmountText.Compact(text);
        bare = !compact.EndsWith('%');
        if (!bare)
        {
            compact = compact[..^1];
        }

        if (compact.Length is 0 or > 32
            || !decimal.TryParse(compact, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || number > 100_000m)
        {
            return false;
        }

        fraction = bare && number <= 1m ? number : number / 100m;
        return true;
    }

    /// <summary>An amount or rate for a message: as few decimals as it has.</summary>
    public static string Show(decimal value) => DisplayText.Number(value);
}
