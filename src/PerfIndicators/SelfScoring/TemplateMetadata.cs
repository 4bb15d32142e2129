using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PerfIndicators.SelfScoring;

/// <summary>
/// The text forms of template metadata: escaping (so a value never holds a comma, quote, bar or line break and a CSV
/// line stays one field whatever program saves it), row records, row keys and fingerprints.
/// </summary>
internal static class TemplateMetadata
{
    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create("\\,\"|\r\n");

    /// <summary>
    /// Escapes with a backslash so that the value holds no comma, quote, bar or line break: <c>\\</c> for <c>\</c>,
    /// <c>\c</c> for <c>,</c>, <c>\q</c> for <c>"</c>, <c>\p</c> for <c>|</c>, <c>\r</c> and <c>\n</c> for CR and LF.
    /// </summary>
    public static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny(Escaped) < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                ',' => "\\c",
                '"' => "\\q",
                '|' => "\\p",
                '\r' => "\\r",
                '\n' => "\\n",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    /// <summary>Reverses <see cref="Escape"/>; <see langword="null"/> for a dangling or unknown escape.</summary>
    public static string? Unescape(string text)
    {
        if (!text.Contains('\\'))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                result.Append(text[i]);
                continue;
            }

            if (++i == text.Length)
            {
                return null;
            }

            switch (text[i])
            {
                case '\\':
                    result.Append('\\');
                    break;
                case 'c':
                    result.Append(',');
                    break;
                case 'q':
                    result.Append('"');
                    break;
                case 'p':
                    result.Append('|');
                    break;
                case 'r':
                    result.Append('\r');
                    break;
                case 'n':
                    result.Append('\n');
                    break;
                default:
                    return null;
            }
        }

        return result.ToString();
    }

    /// <summary>Joins fields with <c>|</c>, each escaped.</summary>
    public static string Record(params string[] fields) => string.Join('|', fields.Select(Escape));

    /// <summary>Splits a record at unescaped <c>|</c> and unescapes each field; <see langword="null"/> when malformed.</summary>
    public static string[]? SplitRecord(string record)
    {
        var fields = new List<string>();
        var start = 0;
        for (var i = 0; i < record.Length; i++)
        {
            if (record[i] == '\\')
            {
                i++;
                continue;
            }

            if (record[i] == '|')
            {
                fields.Add(record[start..i]);
                start = i + 1;
            }
        }

        fields.Add(record[start..]);
        var result = new string[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            if (Unescape(fields[i]) is not { } field)
            {
                return null;
            }

            result[i] = field;
        }

        return result;
    }

    /// <summary>A number without trailing zeros in invariant form (15, 8.33), so 15 and 15.00 agree.</summary>
    public static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses an invariant decimal written by <see cref="Number"/>.</summary>
    public static decimal? ParseNumber(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// The key of an indicator row: the first 16 hex digits of SHA-256 over the texts of its locked cells as the form shows
    /// them (一级指标, 二级指标, 三级指标, 年度指标值) and its points.
    /// </summary>
    public static string RowKey(string category, string subcategory, string name, string target, decimal points) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            "perfind-row-v1\u001F" + category + "\u001F" + subcategory + "\u001F" + name + "\u001F" + target + "\u001F" + Number(points))))[..16];

    /// <summary>SHA-256 over length-prefixed fields, as <c>sha256:&lt;hex&gt;</c>.</summary>
    public static string Fingerprint(IEnumerable<string?> fields)
    {
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            if (field is null)
            {
                text.Append("-;");
            }
            else
            {
                text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append(';');
            }
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The fingerprint of metadata entries: every entry but <c>fingerprint</c>, ordered by key.</summary>
    public static string EntriesFingerprint(IEnumerable<KeyValuePair<string, string>> entries) =>
        Fingerprint(entries.Where(e => e.Key != "fingerprint").OrderBy(e => e.Key, StringComparer.Ordinal).SelectMany(e => new[] { e.Key, e.Value }).Prepend("perfind-template-v1"));
}
