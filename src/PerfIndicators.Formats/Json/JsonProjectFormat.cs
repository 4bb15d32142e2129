using System.Text;
using System.Text.Unicode;

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
    /// <remarks>
    /// UTF-8 (the usual case) is parsed from the file's bytes as they are, without decoding them to a string and the JSON reader
    /// encoding them back: a review reads a hundred thousand files. A file with a UTF-16 or UTF-32 byte order mark is decoded first.
    /// Either way the result is the one <see cref="ReadText"/> gives (<c>Scale/JsonProjectFormatTests</c>). Bytes that are not
    /// UTF-8 refuse the file (PI6015) with a byte order mark as without one; with a mark they were once decoded to U+FFFD.
    /// </remarks>
    public InputReadResult Read(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        // The caller bounds what it opens (ProjectSources checks a file's size first); this reads what is there.
        Files.BoundedFile.TryReadAll(content, long.MaxValue, out var all);
        ReadOnlyMemory<byte> bytes = all;
        var span = bytes.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return ReadText(all);
        }

        // The mark is left for ReadProjectUtf8 to skip, once, as the decoder skipped it.
        var text = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? span[3..] : span;
        if (!Utf8.IsValid(text))
        {
            return NotUtf8();
        }

        if (IsBlank(text))
        {
            return Empty();
        }

        return ScoringJson.ReadProjectUtf8(bytes);
    }

    /// <summary>
    /// The same as <see cref="Read"/> through a decoded string: how every file was read before, and still the way for UTF-16 and
    /// UTF-32 (told by their byte order marks). Bytes the encoding does not allow refuse the file, with a mark or without.
    /// </summary>
    internal static InputReadResult ReadText(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var (encoding, mark) = bytes switch
        {
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)new UTF8Encoding(false, throwOnInvalidBytes: true), 3),
            _ => (new UTF8Encoding(false, throwOnInvalidBytes: true), 0),
        };
        string json;
        try
        {
            json = encoding.GetString(bytes, mark, bytes.Length - mark);
        }
        catch (DecoderFallbackException)
        {
            return NotUtf8();
        }

        if (json.AsSpan().Trim().IsEmpty)
        {
            return Empty();
        }

        return ScoringJson.ReadProject(json);
    }

    private static InputReadResult NotUtf8() => InputReadResult.Failed(FormatDiagnosticCodes.InputNotUtf8, "文件不是 UTF-8 编码的文本 (not UTF-8 text)");

    private static InputReadResult Empty() => InputReadResult.Failed(FormatDiagnosticCodes.InputEmpty, "文件为空 (empty file)");

    /// <summary>Whether valid UTF-8 holds only white space, as <see cref="char.IsWhiteSpace(char)"/> counts it (U+3000 and NBSP included).</summary>
    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            Rune.DecodeFromUtf8(utf8, out var rune, out var consumed);
            if (!Rune.IsWhiteSpace(rune))
            {
                return false;
            }

            utf8 = utf8[consumed..];
        }

        return true;
    }
}
