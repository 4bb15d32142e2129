using System.Globalization;

namespace PerfIndicators;

/// <summary>
/// A number with its multiplier and unit, as written in a target or actual value: <c>1.4万人</c> is value 1.4,
/// multiplier 10000 (万), unit 人.
/// </summary>
/// <remarks>Equality compares all members, so <c>10万人</c> and <c>100000人</c> are different quantities with the same <see cref="BaseValue"/>.</remarks>
public sealed record Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="value">The number as written (without multiplier).</param>
    /// <param name="valueText">The digits as written, after removing spaces and thousands separators (e.g. <c>1068.00</c>).</param>
    /// <param name="multiplier">The factor of 万/亿/千 written before the unit; 1 when none.</param>
    /// <param name="multiplierText">The multiplier as written (万, 亿, 千, 百万, 千万), or <see langword="null"/>.</param>
    /// <param name="unit">The unit, <see cref="Unit.None"/> for a bare number.</param>
    /// <param name="per">For a rate (<c>1次/月</c>), the unit after the slash; otherwise <see langword="null"/>.</param>
    public Quantity(decimal value, string valueText, decimal multiplier, string? multiplierText, Unit unit, Unit? per = null)
    {
        ArgumentNullException.ThrowIfNull(valueText);
        ArgumentNullException.ThrowIfNull(unit);
        if (multiplier <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, "A multiplier must be positive.");
        }

        Value = value;
        ValueText = valueText;
        Multiplier = multiplier;
        MultiplierText = multiplierText;
        Unit = unit;
        Per = per;
    }

    /// <summary>The number as written, without the multiplier.</summary>
    public decimal Value { get; }

    /// <summary>The number's digits as written (spaces and thousands separators removed).</summary>
    public string ValueText { get; }

    /// <summary>The factor written before the unit: 10000 for 万, 100000000 for 亿, 1000 for 千; 1 when none.</summary>
    public decimal Multiplier { get; }

    /// <summary>The multiplier as written, or <see langword="null"/>.</summary>
    public string? MultiplierText { get; }

    /// <summary>The unit, without the multiplier.</summary>
    public Unit Unit { get; }

    /// <summary>For a rate per period (<c>≤620万/月</c>), the period unit; otherwise <see langword="null"/>.</summary>
    public Unit? Per { get; }

    /// <summary>
    /// The value in the dimension's base unit: <see cref="Value"/> × <see cref="Multiplier"/> × the unit's factor,
    /// or <see langword="null"/> when that overflows <see cref="decimal"/>.
    /// </summary>
    public decimal? BaseValue
    {
        get
        {
            try
            {
                return Value * Multiplier * Unit.FactorToBase;
            }
            catch (OverflowException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// <see cref="Value"/> × <see cref="Multiplier"/>, saturated at ±<see cref="decimal.MaxValue"/> where the product does not fit
    /// (a 26-digit number with 万 is valid as written): comparisons in the parser and the linter use it and never overflow.
    /// </summary>
    internal decimal Scaled
    {
        get
        {
            try
            {
                return Value * Multiplier;
            }
            catch (OverflowException)
            {
                return Value < 0m ? decimal.MinValue : decimal.MaxValue;
            }
        }
    }

    /// <summary>Whether two quantities write the same number once scaled; exact for those whose <see cref="Scaled"/> saturates.</summary>
    internal static bool SameScaledNumber(Quantity a, Quantity b) =>
        a.Scaled == b.Scaled && (Math.Abs(a.Scaled) != decimal.MaxValue || (a.Value == b.Value && a.Multiplier == b.Multiplier));

    /// <summary>The dimension used to decide whether two quantities can be compared (includes <see cref="Per"/>).</summary>
    public string Dimension => Per is null ? Unit.Dimension : Unit.Dimension + "/" + Per.Dimension;

    /// <summary>Creates a plain quantity with no multiplier.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit.</param>
    public static Quantity Of(decimal value, Unit unit) =>
        new(value, value.ToString(CultureInfo.InvariantCulture), 1m, null, unit);

    /// <summary>
    /// Converts <paramref name="other"/> to this quantity's unit and multiplier scale, so both can be compared
    /// number to number. For example, with this = <c>10万人</c> and other = <c>123000人</c>, the result is 12.3.
    /// </summary>
    /// <param name="other">The quantity to convert.</param>
    /// <returns>The other value expressed like this one's <see cref="Value"/>, or <see langword="null"/> when the
    /// dimensions differ or the arithmetic overflows.</returns>
    public decimal? ConvertToScaleOf(Quantity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Dimension != other.Dimension)
        {
            return null;
        }

        try
        {
            var otherBase = other.Value * other.Multiplier * other.Unit.FactorToBase;
            return otherBase / (Multiplier * Unit.FactorToBase);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Formats the quantity as written in Chinese documents, e.g. <c>1.4万人</c>, <c>90%</c>, <c>1次/月</c>.</summary>
    public override string ToString() =>
        ValueText + (MultiplierText ?? string.Empty) + Unit.Text + (Per is null ? string.Empty : "/" + Per.Text);
}
