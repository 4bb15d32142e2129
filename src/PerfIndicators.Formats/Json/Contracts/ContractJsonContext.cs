using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfIndicators.Formats.Json.Contracts;

/// <summary>
/// The source-generated serializers of every JSON output. Names are the records' property names in camelCase, in
/// declaration order; a <see langword="null"/> is written as <c>null</c> unless the property says it is left out.
/// Indentation and escaping come from the <see cref="Utf8JsonWriter"/> written to (Chinese as-is, see
/// <see cref="WriterOptions"/>). Only the serialization fast path is generated (no property metadata): on a cold
/// start the metadata's generic instantiations are JIT'd, which cost ≈ 50 M instructions (docs/performance.md §3.2).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(IndicatorDto))]
[JsonSerializable(typeof(TargetDto))]
[JsonSerializable(typeof(ActualDto))]
[JsonSerializable(typeof(DiagnosticDto))]
[JsonSerializable(typeof(SpanDto))]
[JsonSerializable(typeof(DocumentDto))]
[JsonSerializable(typeof(DocumentProjectDto))]
[JsonSerializable(typeof(AssessmentDto))]
[JsonSerializable(typeof(ReviewHeaderDto))]
[JsonSerializable(typeof(ReviewedProjectDto))]
[JsonSerializable(typeof(FailedInputDto))]
[JsonSerializable(typeof(ReviewSummaryDto))]
internal sealed partial class ContractJsonContext : JsonSerializerContext
{
    /// <summary>Writer options of the contracts: Chinese written as-is (not <c>\uXXXX</c>).</summary>
    public static JsonWriterOptions WriterOptions(bool indented) =>
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = indented };
}
