using System.Text.Json;

namespace PerfIndicators.Formats.Json;

/// <summary>Small helpers shared by the JSON contract writers.</summary>
internal static class JsonWriterExtensions
{
    /// <summary>Writes <paramref name="value"/> as a JSON number, or <c>null</c> when it has none.</summary>
    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
