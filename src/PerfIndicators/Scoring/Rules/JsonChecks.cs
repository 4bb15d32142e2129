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
                var position = 0;
                HashSet<string>? names = null;
                foreach (var property in element.EnumerateObject())
                {
                    var raw = JsonMarshal.GetRawUtf8PropertyName(property);
                    if (HasEscape(raw) && !Decodes(property))
                    {
                        return new JsonFlaw(string.Empty, null);
                    }

                    // Objects of a project or a policy have a handful of keys: each is compared with the keys before it, as UTF-8,
                    // without making a string of every key (NameEquals unescapes both sides). Past SmallObject keys, a set.
                    if (position < SmallObject)
                    {
                        if (RepeatsEarlierKey(element, property, raw, position))
                        {
                            return new JsonFlaw("." + property.Name, property.Name);
                        }
                    }
                    else
                    {
                        names ??= EarlierKeys(element, position);
                        if (!names.Add(property.Name))
                        {
                            return new JsonFlaw("." + property.Name, property.Name);
                        }
                    }

                    position++;
                    if (Walk(property.Value) is { } found)
                    {
                        return found with { Path = "." + property.Name + found.Path };
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool HasEscape(ReadOnlySpan<byte> raw) => raw.IndexOf("\\u"u8) >= 0;

    /// <summary>Keys compared pairwise; an object with more gets a set.</summary>
    private const int SmallObject = 16;

    /// <summary>Whether one of the first <paramref name="count"/> keys of <paramref name="element"/> is the key of <paramref name="property"/>.</summary>
    private static bool RepeatsEarlierKey(JsonElement element, JsonProperty property, ReadOnlySpan<byte> raw, int count)
    {
        if (count == 0)
        {
            return false;
        }

        var escaped = raw.IndexOf((byte)'\\') >= 0;
        var name = escaped ? property.Name : null;
        var seen = 0;
        foreach (var earlier in element.EnumerateObject())
        {
            if (seen++ == count)
            {
                break;
            }

            if (name is null ? earlier.NameEquals(raw) : earlier.NameEquals(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first <paramref name="count"/> keys of <paramref name="element"/>, as a set.</summary>
    private static HashSet<string> EarlierKeys(JsonElement element, int count)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var earlier in element.EnumerateObject())
        {
            if (names.Count == count)
            {
                break;
            }

            names.Add(earlier.Name);
        }

        return names;
    }

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
