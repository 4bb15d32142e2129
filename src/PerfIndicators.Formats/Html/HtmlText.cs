using System.Globalization;
using System.Text;

namespace PerfIndicators.Formats.Html;

/// <summary>Escaping and number formatting shared by the HTML report and its SVG charts.</summary>
internal static class HtmlText
{
    /// <summary>Escapes text for element content and quoted ("…") attribute values.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>A coordinate or size for SVG: rounded half-up to 2 decimals, invariant digits, no trailing zeros.</summary>
    public static string Coordinate(decimal value) =>
        decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A decimal exactly as the JSON report writes it (scale kept: 87.25, 10.00).</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An optional decimal as the JSON writes it, or empty.</summary>
    public static string Number(decimal? value) => value is decimal number ? Number(number) : string.Empty;

    /// <summary>A count with invariant digits.</summary>
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A rate as the JSON report's <c>…Percent</c> fields write it (86.19%), or a dash.</summary>
    public static string Percent(decimal? rate) => rate is decimal r ? DisplayText.Percent(r) : "—";

    /// <summary>A rate as the JSON report's number fields write it (4 decimals), or empty for sorting last.</summary>
    public static string RateValue(decimal? rate) => rate is decimal r ? Number(ReviewAggregator.Round(r, 4)) : string.Empty;

    /// <summary>A share of a whole as a percent with one decimal (for chart labels).</summary>
    public static string Share(long part, long whole) =>
        whole == 0 ? "0%" : decimal.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>The square root of a non-negative decimal by Newton's method (for bubble areas), to about 1e-10.</summary>
    public static decimal SquareRoot(decimal value)
    {
        if (value <= 0m)
        {
            return 0m;
        }

        var guess = value > 1m ? value / 2m : 1m;
        for (var i = 0; i < 60; i++)
        {
            var next = (guess + (value / guess)) / 2m;
            if (Math.Abs(next - guess) < 0.0000000001m)
            {
                return next;
            }

            guess = next;
        }

        return guess;
    }
}
