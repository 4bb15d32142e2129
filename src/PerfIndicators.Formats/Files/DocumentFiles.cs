using PerfIndicators.Formats.Pdf;
using PerfIndicators.Formats.Workbooks;
using PerfIndicators.Formats.Xlsx;

namespace PerfIndicators.Formats.Files;

/// <summary>
/// Budget documents read from files: text extracted from a disclosure (UTF-8, UTF-16 or GB18030, detected), the PDF
/// itself, or a 目标表 workbook (xlsx or .xls), told apart by content, not by file name. The layouts are read by the core's
/// <see cref="BudgetDocumentReader"/>; a PDF's tables are rebuilt from word positions first
/// (<see cref="PdfBudgetDocumentReader"/>), a workbook's sheets become tab-separated rows (<see cref="TargetWorkbookReader"/>).
/// </summary>
public static class DocumentFiles
{
    /// <summary>Reads the document at <paramref name="path"/>: a PDF, an xlsx or .xls workbook, or text (its encoding detected unless <paramref name="options"/> sets one).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Text reader settings; <see langword="null"/> for <see cref="BudgetDocumentReaderOptions.Default"/>.</param>
    /// <param name="pdf">PDF reader settings (password, limits); <see langword="null"/> for <see cref="PdfReadOptions.Default"/>.</param>
    /// <param name="workbook">Workbook reader settings (limits, time); <see langword="null"/> for <see cref="TargetWorkbookReadOptions.Default"/>.</param>
    /// <returns>The document, or the reason it could not be read (<see cref="DiagnosticCodes.FileUnreadable"/> for I/O problems).</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is <see langword="null"/>.</exception>
    public static DocumentReadResult Read(string path, BudgetDocumentReaderOptions? options = null, PdfReadOptions? pdf = null, TargetWorkbookReadOptions? workbook = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = BoundedFile.OpenRegular(path);
            if (IsPdf(stream))
            {
                return PdfBudgetDocumentReader.Read(stream, pdf);
            }

            return IsWorkbook(stream)
                ? TargetWorkbookReader.Read(stream, workbook, Path.GetFileName(path))
                : BudgetDocumentReader.Read(stream, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return DocumentReadResult.Failed(DiagnosticCodes.FileUnreadable, $"无法打开文件“{path}”：{FileErrors.Describe(ex)}");
        }
    }

    /// <summary>Whether the stream starts like a workbook: a zip package (xlsx) or a compound file (.xls); the position is restored.</summary>
    /// <param name="stream">A readable, seekable stream.</param>
    public static bool IsWorkbook(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            return false;
        }

        var start = stream.Position;
        Span<byte> head = stackalloc byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return FileSniffer.Classify(head[..read]) is FileKind.Zip or FileKind.CompoundFile;
    }

    /// <summary>Whether the stream starts like a PDF (<c>%PDF-</c> within its first kilobyte, as readers allow); the position is restored.</summary>
    /// <param name="stream">A readable, seekable stream.</param>
    public static bool IsPdf(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            return false;
        }

        var start = stream.Position;
        Span<byte> head = stackalloc byte[1024];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return head[..read].IndexOf("%PDF-"u8) >= 0;
    }
}
