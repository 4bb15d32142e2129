using System.Text;

namespace PerfIndicators.Documents;

/// <summary>The outcome of turning bytes into text: the text and the encoding used, or why the bytes are not text.</summary>
internal sealed record DecodedText(string? Text, string EncodingName, IReadOnlyList<Diagnostic> Notes, string? ErrorCode, string? ErrorMessage);

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

    /// <summary>The most replaced sequences reported one by one; the rest are counted in one more diagnostic.</summary>
    internal const int MaxReplacementDiagnostics = 100;

    /// <summary>
    /// Decodes with a BOM or the requested encoding, else strict UTF-8, else strict GB18030. When neither is valid, the
    /// encoding in which the bytes are nearly valid (at most one bad sequence in 100 characters, and for UTF-8 at least
    /// 20 valid multi-byte characters per bad one, so a GBK file is never taken for damaged UTF-8) is used with each bad
    /// sequence replaced by U+FFFD and reported; otherwise the bytes are not text.
    /// </summary>
    public static DecodedText Decode(byte[] bytes, Encoding? requested)
    {
        string text;
        string name;
        var notes = new List<Diagnostic>();
        if (requested is not null)
        {
            name = requested.WebName;
            text = StripBom(Lenient(requested, bytes));
            if (!ReportReplacements(text, name, notes, maxShare: 10))
            {
                return NotText($"输入不是 {name} 编码的文本：{CountReplaced(text)} 个字符无法解码 (the input is not {name} text).");
            }
        }
        else if (TryBom(bytes, out var bomEncoding, out var bomLength))
        {
            if (!TryStrict(bomEncoding, bytes.AsSpan(bomLength), out text))
            {
                return NotText($"文件以 {bomEncoding.WebName} 字节顺序标记开头，但内容不是有效的 {bomEncoding.WebName} 文本 (a byte order mark, then bytes invalid in its encoding)。");
            }

            name = bomEncoding.WebName;
        }
        else if (TryStrict(new UTF8Encoding(false, true), bytes, out text))
        {
            name = "utf-8";
        }
        else if (NearlyUtf8(bytes, out text))
        {
            name = "utf-8";
            ReportReplacements(text, name, notes, maxShare: 100);
        }
        else
        {
            EnsureCodePages();
            var gb = Encoding.GetEncoding(54936);
            name = "gb18030";
            if (!TryStrict(gb, bytes, out text))
            {
                text = Lenient(gb, bytes);
                if (!ReportReplacements(text, name, notes, maxShare: 100))
                {
                    return NotText("输入既不是 UTF-8 也不是 GB18030/GBK 文本，可能是二进制文件 (the input is neither UTF-8 nor GB18030/GBK text; it may be binary).");
                }
            }

            notes.Insert(0, new Diagnostic(
                DiagnosticCodes.DecodedAsGb18030,
                DiagnosticSeverity.Info,
                default(TextSpan),
                "文件不是 UTF-8 编码，已按 GB18030/GBK 解码 (decoded as GB18030/GBK)."));
        }

        if (LooksBinary(text))
        {
            return NotText("输入含有控制字符，不是文本文件 (the input holds control characters; it is not a text file).");
        }

        return new DecodedText(text, name, notes, null, null);
    }

    private static string Lenient(Encoding encoding, byte[] bytes) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD")).GetString(bytes);

    private static int CountReplaced(string text) => text.AsSpan().Count('\uFFFD');

    /// <summary>Whether the bytes are UTF-8 but for a few bad sequences: many valid multi-byte characters per bad one.</summary>
    private static bool NearlyUtf8(byte[] bytes, out string text)
    {
        text = Lenient(Encoding.UTF8, bytes);
        var bad = 0;
        var wide = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                bad++;
            }
            else if (c > '\u007F')
            {
                wide++;
            }
        }

        return bad * 100 <= text.Length && wide >= 20 * bad;
    }

    /// <summary>
    /// Adds one warning per replaced sequence (the first <see cref="MaxReplacementDiagnostics"/>, then one with the
    /// count of the rest); false when more than one character in <paramref name="maxShare"/> was replaced.
    /// </summary>
    private static bool ReportReplacements(string text, string name, List<Diagnostic> notes, int maxShare)
    {
        var replaced = CountReplaced(text);
        if (replaced == 0)
        {
            return true;
        }

        if (replaced * maxShare > Math.Max(1, text.Length))
        {
            return false;
        }

        var at = -1;
        for (var n = 0; n < Math.Min(replaced, MaxReplacementDiagnostics); n++)
        {
            at = text.IndexOf('\uFFFD', at + 1);
            notes.Add(new Diagnostic(
                DiagnosticCodes.InvalidBytesReplaced,
                DiagnosticSeverity.Warning,
                new TextSpan(at, 1),
                $"第 {n + 1} 处无效字节（共 {replaced} 处）不是 {name} 编码，已替换为 U+FFFD (invalid {name} bytes replaced by U+FFFD, {n + 1} of {replaced})."));
        }

        if (replaced > MaxReplacementDiagnostics)
        {
            notes.Add(new Diagnostic(
                DiagnosticCodes.InvalidBytesReplaced,
                DiagnosticSeverity.Warning,
                new TextSpan(text.IndexOf('\uFFFD', at + 1), 1),
                $"另有 {replaced - MaxReplacementDiagnostics} 处无效字节已替换为 U+FFFD，未逐一列出 ({replaced - MaxReplacementDiagnostics} more invalid byte sequences replaced)."));
        }

        return true;
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

    private static DecodedText NotText(string message) => new(null, "", [], DiagnosticCodes.NotText, message);

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
