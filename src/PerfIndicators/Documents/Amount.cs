using System.Globalization;

namespace PerfIndicators.Documents;

/// <summary>
/// An amount of money as a document states it: an exact <see cref="decimal"/> and its <see cref="AmountUnit"/>
/// (<c>235 万元</c>, <c>85,794,954 元</c>).
/// </summary>
/// <remarks>
/// The value keeps the scale written in the document (<c>220.00</c> stays <c>220.00</c>). Equality compares value
/// and unit as written, so <c>1 万元</c> and <c>10000 元</c> are not equal; compare <see cref="InYuan"/> for that.
/// The default value is 0 万元.
/// </remarks>
/// <param name="Value">The number as written.</param>
/// <param name="Unit">The unit the number is in.</param>
public readonly record struct Amount(decimal Value, AmountUnit Unit)
{
    /// <summary>The amount in yuan (元).</summary>
    public decimal InYuan => Value * Unit.YuanFactor();

    /// <summary>Returns this amount expressed in <paramref name="unit"/>.</summary>
    /// <param name="unit">The unit wanted.</param>
    public Amount ConvertTo(AmountUnit unit) => unit == Unit ? this : new Amount(InYuan / unit.YuanFactor(), unit);

    /// <summary>Formats the amount as <c>235 万元</c> (invariant culture).</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " " + Unit.Label();
}
