namespace PerfIndicators.Documents;

/// <summary>The unit a budget table states its amounts in (单位：万元 / 单位：元).</summary>
public enum AmountUnit
{
    /// <summary>Ten thousand yuan (万元), the usual unit of Chinese budget tables.</summary>
    TenThousandYuan = 0,

    /// <summary>Yuan (元), e.g. Shanghai's budget tables.</summary>
    Yuan = 1,
}

/// <summary>Labels and conversions for <see cref="AmountUnit"/>.</summary>
public static class AmountUnits
{
    /// <summary>The unit as written in documents: <c>万元</c> or <c>元</c>.</summary>
    /// <param name="unit">The unit.</param>
    public static string Label(this AmountUnit unit) => unit == AmountUnit.Yuan ? "元" : "万元";

    /// <summary>How many yuan one of <paramref name="unit"/> is (10000 for 万元, 1 for 元).</summary>
    /// <param name="unit">The unit.</param>
    public static decimal YuanFactor(this AmountUnit unit) => unit == AmountUnit.Yuan ? 1m : 10000m;

    /// <summary>Reads <c>万元</c> or <c>元</c> (surrounding spaces allowed).</summary>
    /// <param name="text">The unit text.</param>
    /// <returns>The unit, or <see langword="null"/> for anything else.</returns>
    public static AmountUnit? FromLabel(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim() switch
        {
            "万元" => AmountUnit.TenThousandYuan,
            "元" => AmountUnit.Yuan,
            _ => null,
        };
    }
}
