namespace PerfIndicators.Formats.Xlsx;

/// <summary>
/// Reads xlsx workbooks (Excel 2007 and later, including .xlsm and templates) into an immutable <see cref="Workbook"/>,
/// safely: the file and its zip directory are checked against <see cref="WorkbookReadLimits"/> before anything is
/// inflated, and every part is read forward-only with byte, row, cell and text counts checked while reading.
/// </summary>
/// <remarks>
/// Bad input never throws: not a zip, not a workbook (.docx, .ods, .xlsb), encrypted, legacy .xls, empty, a zip bomb,
/// too many rows or corrupt XML all come back as <see cref="Diagnostic"/>s in the result. Only programmer
/// errors throw. The reader is stateless and safe to use from many threads at once.
/// </remarks>
public static class WorkbookReader
{
    /// <summary>Reads the xlsx file at <paramref name="path"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="limits">The limits to apply; <see cref="WorkbookReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The workbook (possibly partial) and every diagnostic; a missing or unreadable file is a <c>PI4019</c> diagnostic.</returns>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is null or empty, or a limit is not positive.</exception>
    public static SpreadsheetReadResult Read(string path, WorkbookReadLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        limits ??= WorkbookReadLimits.Default;
        limits.Validate();
        FileStream stream;
        try
        {
            stream = BoundedFile.OpenRegular(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return new SpreadsheetReadResult(null, [new Diagnostic(FormatDiagnosticCodes.FileNotReadable, DiagnosticSeverity.Error, default(DiagnosticLocation), SpreadsheetMessages.FileNotReadable(exception))]);
        }

        using (stream)
        {
            return XlsxReadSession.Read(stream, limits);
        }
    }

    /// <summary>
    /// Reads an xlsx workbook from <paramref name="stream"/>. A seekable stream at position 0 is read in place; any
    /// other stream is first copied to memory, up to <see cref="WorkbookReadLimits.MaxFileBytes"/>. The stream is not closed.
    /// </summary>
    /// <param name="stream">The stream holding the file.</param>
    /// <param name="limits">The limits to apply; <see cref="WorkbookReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The workbook (possibly partial) and every diagnostic.</returns>
    /// <exception cref="ArgumentException">When <paramref name="stream"/> is null or not readable, or a limit is not positive.</exception>
    public static SpreadsheetReadResult Read(Stream stream, WorkbookReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        limits ??= WorkbookReadLimits.Default;
        limits.Validate();
        return XlsxReadSession.Read(stream, limits);
    }
}
