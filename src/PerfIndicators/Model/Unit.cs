namespace PerfIndicators;

/// <summary>
/// A unit of measure (度量单位) as used in indicator values: <c>%</c>, 人, 人次, 元, 平方米, 天, or a composite such as 元/人.
/// </summary>
/// <remarks>
/// Two units can be compared when they have the same <see cref="Dimension"/>; <see cref="FactorToBase"/>
/// converts a value to the dimension's base unit (平方米 for area, 天 for days, 月 for months …).
/// Multipliers written before the unit (万, 亿, 千) are not part of the unit: see <see cref="Quantity.Multiplier"/>.
/// Equality compares all members, so 平米 and 平方米 are different units with the same dimension and factor.
/// </remarks>
public sealed record Unit
{
    /// <summary>Creates a unit. Prefer <see cref="UnitCatalog.Find(string)"/> for units that occur in documents.</summary>
    /// <param name="text">The unit as written, e.g. <c>平米</c>.</param>
    /// <param name="canonical">The catalog's name for the unit, e.g. <c>平方米</c>.</param>
    /// <param name="dimension">The dimension key; units convert only within one dimension.</param>
    /// <param name="factorToBase">How many base units one of this unit is.</param>
    /// <param name="isKnown">Whether the catalog knows this unit.</param>
    public Unit(string text, string canonical, string dimension, decimal factorToBase, bool isKnown)
    {
        Text = text;
        Canonical = canonical;
        Dimension = dimension;
        FactorToBase = factorToBase;
        IsKnown = isKnown;
    }

    /// <summary>The dimensionless unit, used for bare numbers such as <c>≥1</c> (财政资金投入乘数).</summary>
    public static Unit None { get; } = new(string.Empty, string.Empty, "none", 1m, true);

    /// <summary>The percent unit <c>%</c>.</summary>
    public static Unit Percent { get; } = new("%", "%", "percent", 1m, true);

    /// <summary>The unit as written in the source text (without a multiplier such as 万).</summary>
    public string Text { get; }

    /// <summary>The catalog's canonical spelling (平米 → 平方米); equal to <see cref="Text"/> for unknown units.</summary>
    public string Canonical { get; }

    /// <summary>The dimension key (<c>percent</c>, <c>currency</c>, <c>people</c>, <c>count:个</c> …); unknown units get <c>unknown:&lt;text&gt;</c>.</summary>
    public string Dimension { get; }

    /// <summary>How many base units of <see cref="Dimension"/> one of this unit is (万元 is not a unit: 元 has factor 1).</summary>
    public decimal FactorToBase { get; }

    /// <summary>Whether the unit is in the catalog. Unknown units are kept, with a warning from the parser.</summary>
    public bool IsKnown { get; }

    /// <summary>Whether this is the dimensionless <see cref="None"/> unit.</summary>
    public bool IsNone => Dimension == "none";

    /// <summary>Whether a value in this unit can be converted to <paramref name="other"/>.</summary>
    /// <param name="other">The other unit.</param>
    public bool IsCompatibleWith(Unit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Dimension == other.Dimension;
    }

    /// <summary>Creates an unknown unit that keeps the text as written.</summary>
    /// <param name="text">The unit text.</param>
    public static Unit Unknown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Unit(text, text, "unknown:" + text, 1m, false);
    }

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
