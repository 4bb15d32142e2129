using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PerfIndicators.Parsing;

namespace PerfIndicators.Documents;

/// <summary>Reads amounts as PDF extraction leaves them: <c>235</c>, <c>4,231.00</c>, <c>1, 068. 00</c>, <c>85,794,954</c>, full-width digits.</summary>
internal static partial class AmountText
{
    /// <summary>Whether the cell holds only digits, separators and spaces, with at least one digit: it is meant as an amount.</summary>
    public static bool LooksNumeric(string cell)
    {
        var digit = false;
        foreach (var raw in cell)
        {
            var c = TextNormalizer.Map(raw);
            if (c is >= '0' and <= '9')
            {
                digit = true;
            }
            else if (c is not (',' or '.' or ' ' or '-' or '\t'))
            {
                return false;
            }
        }

        return digit;
    }

    /// <summary>
    /// The largest amount read, in any unit: 10²⁰ 亿元 is still a <see cref="decimal"/> in 元 (10²⁸), and no budget comes near
    /// it. A larger number is not an amount (it could not be converted, summed or compared).
    /// </summary>
    public const decimal MaxMagnitude = 100_000_000_000_000_000_000m;

    /// <summary>Parses an amount cell; false when it is not a well-formed number or is beyond <see cref="MaxMagnitude"/>.</summary>
    public static bool TryParse(string cell, out decimal value)
    {
        var compact = Compact(cell);
        if (!NumberPattern().IsMatch(compact)
            || !decimal.TryParse(compact.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            || Math.Abs(value) >= MaxMagnitude)
        {
            value = 0m;
            return false;
        }

        return true;
    }

    /// <summary>The cell with full-width characters mapped to ASCII and all white space removed.</summary>
    public static string Compact(string cell)
    {
        var builder = new StringBuilder(cell.Length);
        foreach (var raw in cell)
        {
            var c = TextNormalizer.Map(raw);
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
