using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfIndicators.Formats.Lint;

/// <summary>The serializer options of the lint and monitoring JSON: camelCase, Chinese unescaped, nulls left out.</summary>
internal static class RelaxedJson
{
    public static JsonSerializerOptions Options(bool indented) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = indented,
    };
}
