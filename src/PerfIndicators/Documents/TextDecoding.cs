using System.Text;

namespace PerfIndicators.Documents;

/// <summary>The outcome of turning bytes into text: the text and the encoding used, or why the bytes are not text.</summary>
internal sealed record DecodedText(string? Text, string EncodingName, Diagnostic? Note, string? ErrorCode, string? ErrorMessage);

/// <summary>Decodes document bytes: BOM, strict UTF-8, then strict GB18030 (a superset of GBK and GB2312).</summary>
internal static class TextDecoding
{
    private static int registered;

    /// <summary>Registers the code-page encodings (GB18030, GBK …) once.</summary>
    public static void EnsureCodePages()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }
    }

    public static DecodedText Decode(byte[] bytes, Encoding? requested)
    {
        string text;
        string name;
        Diagnostic? note = null;
        if (requested is not null)
        {
            var lenient = Encoding.GetEncoding(requested.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
            text = lenient.GetString(bytes);
            text = StripBom(text);
            name = requested.WebName;
            var replaced = text.Count(c => c == '\uFFFD');
            if (replaced > 0)
            {
                if (replaced * 10 > Math.Max(1, text.Length))
                {
                    return NotText($"输入不是 {name} 编码的文本：{replaced} 个字符无法解码 (the input is not {name} text).");
                }

                var first = text.IndexOf('\uFFFD', StringComparison.Ordinal);
                note = new Diagnostic(
                    DiagnosticCodes.InvalidBytesReplaced,
                    DiagnosticSeverity.Warning,
                    new TextSpan(first, 1),
                    $"按 {name} 解码时有 {replaced} 处字节无效，已替换为 U+FFFD ({replaced} invalid byte sequences replaced).");
            }
        }
        else if (TryBom(bytes, out var bomEncoding, out var bomLength))
        {
            if (!TryStrict(bomEncoding, bytes.AsSpan(bomLength), out text))
            {
                return NotText($"文件以 {bomEncoding.WebName} 字节顺序标记开头，但内容不是有效的 {bomEncoding.WebName} 文本。");
            }

            name = bomEncoding.WebName;
        }
        else if (TryStrict(new UTF8Encoding(false, true), bytes, out text))
        {
            name = "utf-8";
        }
        else
        {
            EnsureCodePages();
            var gb = Encoding.GetEncoding(54936);
            if (!TryStrict(gb, bytes, out text))
            {
                return NotText("输入既不是 UTF-8 也不是 GB18030/GBK 文本，可能是二进制文件 (the input is neither UTF-8 nor GB18030/GBK text; it may be binary).");
            }

            name = "gb18030";
            note = new Diagnostic(
                DiagnosticCodes.DecodedAsGb18030,
                DiagnosticSeverity.Info,
                default(TextSpan),
                "文件不是 UTF-8 编码，已按 GB18030/GBK 解码 (decoded as GB18030/GBK).");
        }

        if (LooksBinary(text))
        {
            return NotText("输入含有控制字符，不是文本文件 (the input holds control characters; it is not a text file).");
        }

        return new DecodedText(text, name, note, null, null);
    }

    /// <summary>Whether decoded text holds NULs or many control characters, as binary files do.</summary>
    public static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }

            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                control++;
            }
        }

        return control * 100 > Math.Max(100, text.Length);
    }

    private static DecodedText NotText(string message) => new(null, "", null, DiagnosticCodes.NotText, message);

    private static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

    private static bool TryBom(byte[] bytes, out Encoding encoding, out int length)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            (encoding, length) = (new UTF8Encoding(false, true), 3);
            return true;
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            (encoding, length) = (new UnicodeEncoding(false, false, true), 2);
            return true;
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            (encoding, length) = (new UnicodeEncoding(true, false, true), 2);
            return true;
        }

        (encoding, length) = (Encoding.UTF8, 0);
        return false;
    }

    private static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            text = strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
