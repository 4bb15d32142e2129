using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Filters;

namespace PerfIndicators.Formats.Pdf;

/// <summary>
/// Reads the text layer of a PDF (PdfPig) with word positions and rebuilds it as the text the budget document readers
/// take: lines in reading order, and every table rebuilt from its geometry as tab-separated rows (columns from the
/// header row and the ruling lines, wrapped cells joined, a table continued over a page break made one, the header
/// repeated on every page dropped, rows split by a page break joined).
/// </summary>
/// <remarks>
/// <para>No method throws for bad input. A file that is not a PDF, is damaged beyond repair, needs a password, is too
/// large or has no text layer (a scan: it needs OCR) gives a result whose <see cref="PdfReadResult.Success"/> is false,
/// with a <c>PI7xxx</c> diagnostic saying why; no rows are invented. Every read is bounded by
/// <see cref="PdfReadOptions.Limits"/>. Only <see langword="null"/> arguments and invalid limits throw.</para>
/// <para>Thread-safe: each call works on its own copy of the file.</para>
/// </remarks>
public static class PdfTextReader
{
    /// <summary>Reads the PDF at <paramref name="path"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Password and limits; <see langword="null"/> for <see cref="PdfReadOptions.Default"/>.</param>
    /// <returns>The rebuilt text and tables, or why nothing could be read.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is <see langword="null"/>.</exception>
    public static PdfReadResult ReadFile(string path, PdfReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = BoundedFile.OpenRegular(path);
            return Read(stream, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return Failed(FormatDiagnosticCodes.PdfUnreadable, $"无法打开文件“{path}”：{FileErrors.Describe(ex)}");
        }
    }

    /// <summary>Reads a PDF from <paramref name="stream"/>, which is read to its end (at most <see cref="PdfReadLimits.MaxFileBytes"/> bytes, counted) and not closed.</summary>
    /// <param name="stream">A readable stream; it need not be seekable, and its length is not trusted.</param>
    /// <param name="options">Password and limits; <see langword="null"/> for <see cref="PdfReadOptions.Default"/>.</param>
    /// <returns>The rebuilt text and tables, or why nothing could be read.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When a limit in <paramref name="options"/> is not positive.</exception>
    public static PdfReadResult Read(Stream stream, PdfReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= PdfReadOptions.Default;
        options.Limits.Validate();
        byte[]? bytes;
        try
        {
            bytes = BoundedRead.ReadAll(stream, options.Limits.MaxFileBytes);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return Failed(FormatDiagnosticCodes.PdfUnreadable, $"读取输入失败：{FileErrors.Describe(ex)}");
        }

        if (bytes is null)
        {
            return Failed(FormatDiagnosticCodes.PdfTooLarge, $"文件超过 {options.Limits.MaxFileBytes} 字节，未读取 (the file is larger than {options.Limits.MaxFileBytes} bytes).");
        }

        return Read(bytes, options);
    }

    private static PdfReadResult Read(byte[] bytes, PdfReadOptions options)
    {
        if (!HasPdfHeader(bytes))
        {
            return Failed(FormatDiagnosticCodes.NotAPdf, "输入不是 PDF 文件：开头没有 %PDF- 标记 (the input is not a PDF: no %PDF- header).");
        }

        var limits = options.Limits;
        var early = new List<Diagnostic>();
        var filters = new BoundedFilterProvider(DefaultFilterProvider.Instance, limits.MaxStreamBytes, limits.MaxDecodedBytes);
        var log = new RepairLog();
        PdfDocument? document = null;
        try
        {
            try
            {
                document = Open(bytes, options.Password, lenient: false, filters, log);
            }
            catch (PdfDocumentEncryptedException)
            {
                throw;
            }
            catch (Exception ex) when (IsParseFailure(ex) && filters.LimitMessage is null)
            {
                document = Open(bytes, options.Password, lenient: true, filters, log);
                early.Add(new Diagnostic(FormatDiagnosticCodes.Repaired, DiagnosticSeverity.Warning, default(DiagnosticLocation),
                    $"PDF 文件结构已损坏（{Trim(ex.Message)}），已尽量修复后读取，请与原件核对 (the file structure is damaged; it was recovered by scanning — check the result against the original)."));
            }

            return ReadPages(document, options, filters, log, early);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Failed(FormatDiagnosticCodes.PasswordRequired, options.Password is null
                ? "PDF 文件已加密，需要打开密码；未提供密码，无法读取 (the PDF is encrypted with a password to open it; none was given)."
                : "PDF 文件已加密，所给密码不正确，无法读取 (the PDF is encrypted and the password given is wrong).");
        }
        catch (DecodeLimitException ex)
        {
            return Failed(FormatDiagnosticCodes.StreamTooLarge, ex.Message);
        }
        catch (Exception ex) when (IsParseFailure(ex))
        {
            if (filters.LimitMessage is { } limit)
            {
                return Failed(FormatDiagnosticCodes.StreamTooLarge, limit);
            }

            return Failed(FormatDiagnosticCodes.Damaged, $"PDF 文件已损坏或被截断，无法读取：{Trim(ex.Message)} (the PDF is damaged or truncated and cannot be read).");
        }
        finally
        {
            document?.Dispose();
        }
    }

    private static PdfDocument Open(byte[] bytes, string? password, bool lenient, BoundedFilterProvider filters, RepairLog log)
    {
        var parsing = new ParsingOptions
        {
            UseLenientParsing = lenient,
            SkipMissingFonts = true,
            ClipPaths = false,
            FilterProvider = filters,
            Logger = log,
        };
        if (password is not null)
        {
            parsing.Password = password;
        }

        var document = PdfDocument.Open(bytes, parsing);
        filters.ThrowIfRefused();
        return document;
    }

    private static PdfReadResult ReadPages(PdfDocument document, PdfReadOptions options, BoundedFilterProvider filters, RepairLog log, List<Diagnostic> early)
    {
        var limits = options.Limits;
        var pageCount = document.NumberOfPages;
        if (document.IsEncrypted)
        {
            early.Add(new Diagnostic(FormatDiagnosticCodes.EncryptedWithoutUserPassword, DiagnosticSeverity.Info, default(DiagnosticLocation), options.Password is null
                ? "PDF 文件已加密（仅限制修改或复制，没有打开密码），已读取 (the PDF is encrypted against changes only; it was read)."
                : "PDF 文件已加密，已用所给密码打开 (the PDF is encrypted; it was opened with the password given)."));
        }

        var builder = new DocumentBuilder(limits.MaxTextLength);
        var toRead = Math.Min(pageCount, limits.MaxPages);
        if (pageCount > limits.MaxPages)
        {
            builder.AddDiagnostic(FormatDiagnosticCodes.TooManyPages, DiagnosticSeverity.Error, limits.MaxPages,
                $"文件有 {pageCount} 页，超过上限 {limits.MaxPages} 页；只读取了前 {limits.MaxPages} 页 (the document has {pageCount} pages; only the first {limits.MaxPages} were read).");
        }

        var words = 0;
        var letters = 0;
        var radicals = 0;
        var radicalPage = 0;
        var imagePages = new List<int>();
        var pagesRead = 0;
        for (var number = 1; number <= toRead; number++)
        {
            PageContent content;
            var failuresBefore = filters.Failures;
            try
            {
                var page = document.GetPage(number);
                filters.ThrowIfRefused();
                content = PageReader.Read(page, limits.MaxRulesPerPage);
            }
            catch (DecodeLimitException ex)
            {
                builder.Stopped(FormatDiagnosticCodes.StreamTooLarge, number, $"第 {number} 页：{ex.Message}");
                break;
            }
            catch (Exception ex) when (IsParseFailure(ex))
            {
                if (filters.LimitMessage is { } limit)
                {
                    builder.Stopped(FormatDiagnosticCodes.StreamTooLarge, number, $"第 {number} 页：{limit}");
                    break;
                }

                builder.AddDiagnostic(FormatDiagnosticCodes.PageUnreadable, DiagnosticSeverity.Warning, number,
                    $"第 {number} 页内容已损坏，无法读取，已跳过：{Trim(ex.Message)} (page {number} is damaged and was skipped).");
                pagesRead++;
                continue;
            }

            pagesRead++;
            if (filters.Failures > failuresBefore)
            {
                builder.AddDiagnostic(FormatDiagnosticCodes.PageUnreadable, DiagnosticSeverity.Warning, number,
                    $"第 {number} 页的内容数据已损坏（{Trim(filters.FirstFailure ?? "")}），无法解压的部分未读取{(content.Words.Count == 0 ? "，该页没有读出文字" : "，只读出了其余部分")} (page {number} has damaged content that could not be decoded; {(content.Words.Count == 0 ? "nothing was read from it" : "the rest was read")}).");
            }

            words += content.Words.Count;
            letters += content.Words.Sum(w => w.Text.Length);
            if (words > limits.MaxWords)
            {
                builder.Stopped(FormatDiagnosticCodes.TooManyWords, number,
                    $"到第 {number} 页为止已超过 {limits.MaxWords} 个词，其后各页未读取 (more than {limits.MaxWords} words by page {number}; the rest was not read).");
                break;
            }

            if (content.RulesIgnored)
            {
                builder.AddDiagnostic(FormatDiagnosticCodes.TooManyRules, DiagnosticSeverity.Warning, number,
                    $"第 {number} 页的线条超过 {limits.MaxRulesPerPage} 条，表格线已忽略，只按文字位置读取 (page {number} draws more than {limits.MaxRulesPerPage} lines; its ruling lines were ignored).");
            }

            if (content.RadicalsMapped > 0 && radicals == 0)
            {
                radicalPage = number;
            }

            radicals += content.RadicalsMapped;
            if (content.Words.Count == 0 && content.Images > 0)
            {
                imagePages.Add(number);
            }

            builder.AddPage(content);
            if (builder.Full)
            {
                builder.AddDiagnostic(FormatDiagnosticCodes.PdfTextTooLong, DiagnosticSeverity.Error, number,
                    $"读出的文字超过 {limits.MaxTextLength} 个字符（第 {number} 页），其后内容未读取 (the text is longer than {limits.MaxTextLength} characters by page {number}; the rest was not read).");
                break;
            }
        }

        if (log.Count > 0 && !early.Any(d => d.Code == FormatDiagnosticCodes.Repaired))
        {
            early.Add(new Diagnostic(FormatDiagnosticCodes.Repaired, DiagnosticSeverity.Warning, default(DiagnosticLocation),
                $"PDF 文件结构有 {log.Count} 处损坏（{Trim(log.Messages[0])}），已尽量修复后读取，请与原件核对 (the file structure is damaged in {log.Count} places; it was repaired while reading — check the result against the original)."));
        }

        if (builder.Stop is { } stop && letters == 0)
        {
            return Failed(stop.Code, stop.Message, pageCount, pagesRead, document.IsEncrypted, early);
        }

        if (letters == 0)
        {
            var message = imagePages.Count > 0
                ? $"PDF 没有文字层：{(imagePages.Count == pagesRead ? "各页" : $"{imagePages.Count} 页")}都只有图像（扫描件），需要先做文字识别（OCR）才能读取；未猜测任何内容 (the PDF has no text layer, only scanned images: it needs OCR; nothing was guessed)."
                : "PDF 没有文字层：各页都没有可读的文字，需要先做文字识别（OCR）才能读取 (the PDF has no text layer: no page holds text; it needs OCR).";
            return Failed(FormatDiagnosticCodes.NoTextLayer, message, pageCount, pagesRead, document.IsEncrypted, early);
        }

        if (radicals > 0)
        {
            builder.AddDiagnostic(FormatDiagnosticCodes.RadicalsMapped, DiagnosticSeverity.Info, radicalPage,
                $"PDF 文字层把 {radicals} 个汉字写成了部首字符（如“⼈”U+2F08，自第 {radicalPage} 页起），已按对应汉字读取 ({radicals} letters written as CJK radical code points were read as the ideographs they stand for).");
        }

        foreach (var page in imagePages)
        {
            builder.AddDiagnostic(FormatDiagnosticCodes.PageWithoutText, DiagnosticSeverity.Warning, page,
                $"第 {page} 页只有图像、没有文字层（扫描页），其内容未读取，需要文字识别（OCR）(page {page} is a scanned image without text; it needs OCR).");
        }

        return builder.Build(pageCount, pagesRead, document.IsEncrypted, early);
    }

    private static bool HasPdfHeader(byte[] bytes)
    {
        var window = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        return window.IndexOf("%PDF-"u8) >= 0;
    }

    /// <summary>What PdfPig throws for a file it cannot parse (it is not consistent about the types).</summary>
    private static bool IsParseFailure(Exception ex) =>
        ex is not (OutOfMemoryException or StackOverflowException or AccessViolationException or ThreadAbortException or ArgumentNullException);

    private static string Trim(string message) => message.Length <= 120 ? message : message[..120] + "…";

    private static PdfReadResult Failed(string code, string message) => Failed(code, message, 0, 0, false, []);

    private static PdfReadResult Failed(string code, string message, int pageCount, int pagesRead, bool encrypted, IEnumerable<Diagnostic> early) =>
        new(null, [], [], pageCount, pagesRead, encrypted, [], [.. early, new Diagnostic(code, DiagnosticSeverity.Error, default(DiagnosticLocation), message)]);
}
