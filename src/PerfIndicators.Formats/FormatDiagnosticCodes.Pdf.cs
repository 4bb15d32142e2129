namespace PerfIndicators.Formats;

/// <content>
/// Codes of the PDF reader (<c>PI7xxx</c>). The page concerned is named in each message (第 N 页) and given as the
/// location's page; the span of a diagnostic on a read document points at the first line rebuilt from that page.
/// </content>
public static partial class FormatDiagnosticCodes
{
    /// <summary>PI7001 (error): the file could not be opened or read (I/O error, no permission).</summary>
    public const string PdfUnreadable = "PI7001";

    /// <summary>PI7002 (error): the input is not a PDF (no <c>%PDF-</c> header near its start).</summary>
    public const string NotAPdf = "PI7002";

    /// <summary>PI7003 (error): the PDF is damaged or truncated so badly that no page can be read.</summary>
    public const string Damaged = "PI7003";

    /// <summary>PI7004 (error): the PDF is encrypted with a password to open it (user password), and none or a wrong one was given.</summary>
    public const string PasswordRequired = "PI7004";

    /// <summary>PI7005 (info): the PDF is encrypted only against changes or copying (no user password); it was opened and read.</summary>
    public const string EncryptedWithoutUserPassword = "PI7005";

    /// <summary>PI7006 (error): the file is larger than <see cref="PerfIndicators.Formats.Pdf.PdfReadLimits.MaxFileBytes"/>; nothing was read.</summary>
    public const string PdfTooLarge = "PI7006";

    /// <summary>PI7007 (error): the document has more pages than <see cref="PerfIndicators.Formats.Pdf.PdfReadLimits.MaxPages"/>; only the first pages were read.</summary>
    public const string TooManyPages = "PI7007";

    /// <summary>PI7008 (error): the pages hold more words than <see cref="PerfIndicators.Formats.Pdf.PdfReadLimits.MaxWords"/>; the pages after the limit were not read.</summary>
    public const string TooManyWords = "PI7008";

    /// <summary>PI7009 (error): the rebuilt text is longer than <see cref="PerfIndicators.Formats.Pdf.PdfReadLimits.MaxTextLength"/>; the rest was not read.</summary>
    public const string PdfTextTooLong = "PI7009";

    /// <summary>PI7010 (error): a compressed stream expands to more than <see cref="PerfIndicators.Formats.Pdf.PdfReadLimits.MaxStreamBytes"/>, or all streams to more than <see cref="PerfIndicators.Formats.Pdf.PdfReadLimits.MaxDecodedBytes"/> (a decompression bomb); reading stopped there.</summary>
    public const string StreamTooLarge = "PI7010";

    /// <summary>PI7011 (warning): one page could not be read (its content is damaged); the other pages were read.</summary>
    public const string PageUnreadable = "PI7011";

    /// <summary>PI7012 (warning): the file's structure is damaged (e.g. truncated, broken cross-reference table); it was recovered by scanning, so check the result against the original.</summary>
    public const string Repaired = "PI7012";

    /// <summary>PI7013 (warning): a page draws more lines and shapes than <see cref="PerfIndicators.Formats.Pdf.PdfReadLimits.MaxRulesPerPage"/>; its ruling lines were ignored and its tables read from word positions only.</summary>
    public const string TooManyRules = "PI7013";

    /// <summary>PI7014 (info): the text layer writes some ideographs as CJK radical code points (<c>⼈⺠</c> for <c>人民</c>, as Chromium's PDFs do); they were read as the ideographs.</summary>
    public const string RadicalsMapped = "PI7014";

    /// <summary>PI7020 (error): no page has a text layer (a scan or images only): the document needs OCR (文字识别) before it can be read; no rows are guessed.</summary>
    public const string NoTextLayer = "PI7020";

    /// <summary>PI7021 (warning): a page has no text layer but an image (a scanned page in a text PDF); its content is not read (needs OCR).</summary>
    public const string PageWithoutText = "PI7021";

    /// <summary>PI7030 (info): a table continues from the previous page; its repeated header (and title lines) were recognized and dropped.</summary>
    public const string TableContinued = "PI7030";

    /// <summary>PI7031 (info): a row split by a page break was joined: its cells on the next page were appended to the row.</summary>
    public const string RowJoinedAcrossPages = "PI7031";

    /// <summary>PI7032 (info): a table without ruling lines was rebuilt from the word positions under its header row.</summary>
    public const string TableFromPositions = "PI7032";

    /// <summary>PI7101 (error): an HTML page was to be printed to PDF, but no headless browser (Chromium or Chrome) was found.</summary>
    public const string NoBrowser = "PI7101";

    /// <summary>PI7102 (error): the browser printing a page to PDF failed, took too long or wrote no PDF.</summary>
    public const string PrintFailed = "PI7102";
}
