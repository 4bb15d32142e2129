using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// What a parsed JSON document may hold that System.Text.Json accepts but the readers must not: a key written twice in
/// one object (the later silently replacing the earlier: <c>"points":15,"points":0</c> scores 0), and a string or key
/// with a lone surrogate escape (<c>"\ud800x"</c>), which <see cref="JsonElement.GetString"/> refuses with an
/// <see cref="InvalidOperationException"/>. Both readers (policy and project JSON) walk the document once with
/// <see cref="Find"/> before reading anything from it.
/// </summary>
internal static class JsonChecks
{
    /// <summary>The first flaw in <paramref name="root"/>, depth first in document order, or <see langword="null"/>.</summary>
    public static JsonFlaw? Find(JsonElement root) => Walk(root) is { } flaw ? flaw with { Path = "$" + flaw.Path } : null;

    private static JsonFlaw? Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return HasEscape(JsonMarshal.GetRawUtf8Value(element)) && !Decodes(element) ? new JsonFlaw(string.Empty, null) : null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Walk(item) is { } found)
                    {
                        return found with { Path = "[" + index.ToString(CultureInfo.InvariantCulture) + "]" + found.Path };
                    }

                    index++;
                }

                return null;
            case JsonValueKind.Object:
                HashSet<string>? names = null;
                foreach (var property in element.EnumerateObject())
                {
                    if (HasEscape(JsonMarshal.GetRawUtf8PropertyName(property)) && !Decodes(property))
                    {
                        return new JsonFlaw(string.Empty, null);
                    }

                    names ??= new HashSet<string>(StringComparer.Ordinal);
                    var name = property.Name;
                    if (!names.Add(name))
                    {
                        return new JsonFlaw("." + name, name);
                    }

                    if (Walk(property.Value) is { } found)
                    {
                        return found with { Path = "." + name + found.Path };
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool HasEscape(ReadOnlySpan<byte> raw) => raw.IndexOf("\\u"u8) >= 0;

    /// <summary>Whether a string with a <c>\u</c> escape decodes: its surrogates pair.</summary>
    private static bool Decodes(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Whether a key with a <c>\u</c> escape decodes.</summary>
    private static bool Decodes(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

/// <summary>A flaw <see cref="JsonChecks.Find"/> found: where (<c>$.indicators[0].name</c>), and the key written twice, or <see langword="null"/> for a lone surrogate.</summary>
/// <param name="Path">The path of the value or key.</param>
/// <param name="DuplicateKey">The repeated key; <see langword="null"/> when the flaw is a lone surrogate escape.</param>
internal readonly record struct JsonFlaw(string Path, string? DuplicateKey);
