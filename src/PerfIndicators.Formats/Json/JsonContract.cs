using System.Text.Json;
using PerfIndicators.Formats.Json.Contracts;

namespace PerfIndicators.Formats.Json;

/// <summary>
/// Writes the public JSON shapes of indicators, targets, actuals and diagnostics (documented in the README), from the
/// records in <c>Json/Contracts</c>. Field names and value forms are a contract: they change only with a major version.
/// </summary>
public static class JsonContract
{
    /// <summary>Writer options for the contract: Chinese written as-is (not <c>\uXXXX</c>), no indentation.</summary>
    public static JsonWriterOptions WriterOptions { get; } = ContractJsonContext.WriterOptions(indented: false);

    /// <summary>
    /// Writes one JSON value onto <paramref name="output"/> as it is produced, with nothing held whole in memory, then a
    /// line break: how every command writes JSON to standard output or a file.
    /// </summary>
    /// <param name="output">Where the text goes; it is flushed, not closed.</param>
    /// <param name="write">Writes the value (one object, array or JSON Lines record).</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public static void WriteLine(TextWriter output, Action<Utf8JsonWriter> write, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(write);
        using (var stream = new Files.TextWriterStream(output))
        using (var writer = new Utf8JsonWriter(stream, ContractJsonContext.WriterOptions(indented)))
        {
            write(writer);
        }

        output.WriteLine();
        output.Flush();
    }

    /// <summary>Writes an indicator object: <c>{"category","subcategory","name","target",…,"span"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="indicator">The indicator.</param>
    public static void WriteIndicator(Utf8JsonWriter writer, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(indicator);
        JsonSerializer.Serialize(writer, IndicatorDto.From(indicator), ContractJsonContext.Default.IndicatorDto);
    }

    /// <summary>
    /// Writes a target object: <c>{"kind","comparator","value","multiplier","unit","min","max","deadline","period","per","direction","text"}</c>
    /// with <see langword="null"/> for the fields a kind does not use.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="target">The target.</param>
    public static void WriteTarget(Utf8JsonWriter writer, Target target)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(target);
        JsonSerializer.Serialize(writer, TargetDto.From(target), ContractJsonContext.Default.TargetDto);
    }

    /// <summary>Writes a diagnostic object: <c>{"code","severity","message","span"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostic);
        JsonSerializer.Serialize(writer, DiagnosticDto.From(diagnostic), ContractJsonContext.Default.DiagnosticDto);
    }

    /// <summary>Writes an actual value object: <c>{"kind","text","comparator","value","multiplier","unit","tier","date","completed"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="actual">The actual value.</param>
    public static void WriteActual(Utf8JsonWriter writer, Actual actual)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(actual);
        JsonSerializer.Serialize(writer, ActualDto.From(actual), ContractJsonContext.Default.ActualDto);
    }

    /// <summary>Writes a span object: <c>{"start","length"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="span">The span.</param>
    public static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, SpanDto.From(span), ContractJsonContext.Default.SpanDto);
    }

    /// <summary>The JSON name of a target kind: <c>quantitative</c>, <c>range</c>, <c>qualitative</c>, <c>deadline</c>, <c>period</c>, <c>rate</c>, <c>rule</c>, <c>unrecognized</c>.</summary>
    /// <param name="kind">The kind.</param>
    public static string KindName(TargetKind kind) => kind.ToString().ToLowerInvariant();
}
