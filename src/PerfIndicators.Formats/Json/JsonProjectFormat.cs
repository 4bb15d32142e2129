using System.Text;

namespace PerfIndicators.Formats.Json;

/// <summary>
/// Project JSON files (the input contract of <c>docs/scoring-json.md</c>), read with <see cref="ScoringJson.ReadProject"/>:
/// the first <see cref="IProjectFormat"/> of a review. UTF-8, with or without a byte order mark (UTF-16 is detected by its
/// mark). Thread-safe.
/// </summary>
public sealed class JsonProjectFormat : IProjectFormat
{
    private JsonProjectFormat()
    {
    }

    /// <summary>The one instance.</summary>
    public static JsonProjectFormat Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "JSON";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    /// <inheritdoc/>
    public InputReadResult Read(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        string json;
        try
        {
            using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            json = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return InputReadResult.Failed(FormatDiagnosticCodes.InputNotUtf8, "文件不是 UTF-8 编码的文本 (not UTF-8 text)");
        }

        if (json.AsSpan().Trim().IsEmpty)
        {
            return InputReadResult.Failed(FormatDiagnosticCodes.InputEmpty, "文件为空 (empty file)");
        }

        return ScoringJson.ReadProject(json);
    }
}
