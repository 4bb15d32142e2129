using System.Collections.Immutable;
using PerfIndicators.Documents;
using PerfIndicators.Formats.Xlsx;

namespace PerfIndicators.Formats.Workbooks;

/// <summary>Settings for <see cref="TargetWorkbookReader"/>. Immutable.</summary>
public sealed record TargetWorkbookReadOptions
{
    /// <summary>The defaults: <see cref="WorkbookReadLimits.Default"/> and 30 seconds.</summary>
    public static TargetWorkbookReadOptions Default { get; } = new();

    /// <summary>The limits of the xlsx reader, applied to .xls files too (file bytes, sheets, rows per sheet, cells, text).</summary>
    public WorkbookReadLimits Limits { get; init; } = WorkbookReadLimits.Default;

    /// <summary>The longest an .xls file is read before reading stops with <see cref="FormatDiagnosticCodes.ReadTimeExceeded"/>. Default 30 seconds.</summary>
    public TimeSpan MaxReadTime { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Reads 目标表 workbooks — 绩效目标申报表, 项目绩效目标表, 部门整体绩效目标表 as budget systems export them, xlsx or
/// Excel 97–2003 .xls (told apart by content, not by name) — into the core's <see cref="DocumentReadResult"/>, the same
/// <see cref="BudgetDocument"/> the text and PDF readers give. The sheets become tab-separated text (one line per row,
/// merged cells filled down), and <see cref="BudgetDocumentReader"/> reads the forms in it: the national layout
/// (一级 | 二级 | 三级 | 指标值) and the split-cell layout (指标性质 | 指标值 | 度量单位), one project per sheet or several
/// stacked in one, the header block (项目名称, 主管部门, 实施单位, 项目资金, 实施期, 年度目标) read by its labels.
/// </summary>
/// <remarks>
/// Never throws for bad input: a damaged, encrypted or oversized file, or one with no 目标表, gives a failed result with
/// the reasons. The read document's <see cref="BudgetDocument.EncodingName"/> is <c>xlsx</c> or <c>xls</c>, its
/// <see cref="BudgetDocument.Text"/> the rebuilt text (spans point into it), and every diagnostic found in a sheet also
/// names the sheet, row and column (<see cref="DiagnosticLocation.Sheet"/>).
/// </remarks>
public static class TargetWorkbookReader
{
    /// <summary>The <see cref="BudgetDocument.EncodingName"/> of a document read from an xlsx workbook.</summary>
    public const string XlsxSourceName = "xlsx";

    /// <summary>The <see cref="BudgetDocument.EncodingName"/> of a document read from an .xls workbook.</summary>
    public const string XlsSourceName = "xls";

    /// <summary>Reads the workbook at <paramref name="path"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The document, or why none could be read.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is <see langword="null"/>.</exception>
    public static DocumentReadResult ReadFile(string path, TargetWorkbookReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = BoundedFile.OpenRegular(path);
            return Read(stream, options, Path.GetFileName(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return Failed(FormatDiagnosticCodes.FileNotReadable, SpreadsheetMessages.FileNotReadable(ex));
        }
    }

    /// <summary>Reads a workbook from <paramref name="stream"/> (read to its end, not closed).</summary>
    /// <param name="stream">A readable stream.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <param name="fileName">The file's name, if known: an extension that contradicts the content is noted (<see cref="FormatDiagnosticCodes.ExtensionMismatch"/>).</param>
    /// <returns>The document, or why none could be read.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">When <paramref name="stream"/> cannot be read, or a limit is not positive.</exception>
    public static DocumentReadResult Read(Stream stream, TargetWorkbookReadOptions? options = null, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        options ??= TargetWorkbookReadOptions.Default;
        options.Limits.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.MaxReadTime, TimeSpan.Zero, nameof(options));
        try
        {
            return ReadSeekable(stream, options, fileName);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return Failed(FormatDiagnosticCodes.FileNotReadable, SpreadsheetMessages.FileNotReadable(ex));
        }
    }

    private static DocumentReadResult ReadSeekable(Stream input, TargetWorkbookReadOptions options, string? fileName)
    {
        var read = ReadSpreadsheet(input, options, fileName, out var sourceName);
        var notes = new List<Diagnostic>(read.Diagnostics);
        return read.Workbook is { } workbook ? ToDocument(workbook, sourceName, notes, options.Limits) : DocumentReadResult.Failure(notes);
    }

    /// <summary>
    /// The workbook of <paramref name="input"/> by its content (xlsx or xls, under the same limits), with a note when the extension of
    /// <paramref name="fileName"/> names the other format; used for 目标表 and for published 自评表 alike.
    /// </summary>
    internal static SpreadsheetReadResult ReadSpreadsheet(Stream input, TargetWorkbookReadOptions options, string? fileName) =>
        ReadSpreadsheet(input, options, fileName, out _);

    private static SpreadsheetReadResult ReadSpreadsheet(Stream input, TargetWorkbookReadOptions options, string? fileName, out string sourceName)
    {
        var limits = options.Limits;
        var stream = input;
        MemoryStream? copy = null;
        sourceName = XlsxSourceName;
        if (!input.CanSeek || input.Position != 0)
        {
            if (!Files.BoundedFile.TryReadAll(input, limits.MaxFileBytes, out var bytes))
            {
                return FailedRead(FormatDiagnosticCodes.FileTooLarge, SpreadsheetMessages.FileTooLarge(null, limits.MaxFileBytes));
            }

            copy = new MemoryStream(bytes, writable: false);
            stream = copy;
        }

        using (copy)
        {
            Span<byte> head = stackalloc byte[512];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            var kind = FileSniffer.Classify(head[..length]);
            var notes = new List<Diagnostic>();
            var extension = fileName is null ? string.Empty : Path.GetExtension(fileName).ToLowerInvariant();
            SpreadsheetReadResult read;
            switch (kind)
            {
                case FileKind.Zip:
                    read = WorkbookReader.Read(stream, limits);
                    if (extension == ".xls")
                    {
                        notes.Add(Mismatch(fileName!, "xlsx"));
                    }

                    break;
                case FileKind.CompoundFile when FileSniffer.IsEncryptedPackage(stream, limits.MaxFileBytes):
                    return FailedRead(FormatDiagnosticCodes.EncryptedWorkbook, SpreadsheetMessages.Encrypted);
                case FileKind.CompoundFile:
                    stream.Position = 0;
                    read = XlsWorkbookReader.Read(stream, limits, options.MaxReadTime);
                    sourceName = XlsSourceName;
                    if (extension is ".xlsx" or ".xlsm")
                    {
                        notes.Add(Mismatch(fileName!, "xls"));
                    }

                    break;
                default:
                    return FailedRead(
                        FormatDiagnosticCodes.NotAWorkbookFile,
                        $"文件既不是 .xlsx 工作簿（zip 包）也不是 .xls 工作簿（复合文档），无法读取 (neither an xlsx nor an xls workbook).");
            }

            notes.AddRange(read.Diagnostics);
            return new SpreadsheetReadResult(read.Workbook, [.. notes]);
        }
    }

    private static SpreadsheetReadResult FailedRead(string code, string message) =>
        new(null, [new Diagnostic(code, DiagnosticSeverity.Error, default(DiagnosticLocation), message)]);

    internal static DocumentReadResult ToDocument(Workbook workbook, string sourceName, List<Diagnostic> notes, WorkbookReadLimits limits)
    {
        var text = WorkbookText.Render(workbook, limits.MaxCells);
        var read = BudgetDocumentReader.ReadText(text.Text, sourceName, notes);
        if (read.Document is not { } document)
        {
            var names = string.Join("、", text.Sheets.Select(s => "“" + s.Sheet + "”"));
            return DocumentReadResult.Failure([.. notes, new Diagnostic(
                FormatDiagnosticCodes.NoTargetForm,
                DiagnosticSeverity.Error,
                default(DiagnosticLocation),
                $"工作表{(names.Length == 0 ? "（无）" : names)}中没有目标表：找不到“一级指标、二级指标、三级指标、指标值”表头，未读取任何行 (no sheet holds a 目标表 header; no rows were read).")]);
        }

        var diagnostics = document.Diagnostics.ToList();
        if (!document.Projects.IsEmpty)
        {
            var used = document.Projects.Select(p => text.Locate(p.Line)?.Sheet).ToHashSet(StringComparer.Ordinal);
            foreach (var (_, sheet, rows) in text.Sheets.Where(s => s.Rows > 0 && !used.Contains(s.Sheet)))
            {
                diagnostics.Add(new Diagnostic(
                    FormatDiagnosticCodes.SheetWithoutForm,
                    DiagnosticSeverity.Warning,
                    DiagnosticLocation.InSheet(sheet),
                    $"工作表“{sheet}”（{rows} 行）中没有目标表表头（一级指标、二级指标、三级指标、指标值），未读取 (the sheet holds no 目标表; not read)."));
            }
        }

        return DocumentReadResult.Read(Relocate(document, text, diagnostics));
    }

    /// <summary>The document with every diagnostic that points into a sheet's text also naming its sheet, row and column.</summary>
    private static BudgetDocument Relocate(BudgetDocument document, WorkbookText text, List<Diagnostic> diagnostics)
    {
        Diagnostic Place(Diagnostic diagnostic)
        {
            if (diagnostic.Location.HasSheetPart || diagnostic.Location.Span is not { Length: > 0 } span)
            {
                return diagnostic;
            }

            var line = document.LineOf(span.Start);
            if (text.Locate(line) is not var (sheet, row))
            {
                return diagnostic;
            }

            var lineStart = span.Start;
            while (lineStart > 0 && document.Text[lineStart - 1] != '\n')
            {
                lineStart--;
            }

            var column = 1 + document.Text.AsSpan(lineStart, span.Start - lineStart).Count('\t');
            return diagnostic with { Location = diagnostic.Location with { Sheet = sheet, Row = row, Column = column } };
        }

        return new BudgetDocument(
            document.Text,
            LineIndex.Build(document.Text),
            document.EncodingName,
            document.Header,
            document.Tables,
            [.. document.Projects.Select(p => p with { Diagnostics = [.. p.Diagnostics.Select(Place)] })],
            document.BudgetRows,
            document.Checks,
            [.. diagnostics.Select(Place)]);
    }

    private static Diagnostic Mismatch(string fileName, string content) => new(
        FormatDiagnosticCodes.ExtensionMismatch,
        DiagnosticSeverity.Info,
        default(DiagnosticLocation),
        $"文件“{fileName}”的扩展名与内容不符：内容是 .{content} 工作簿，已按内容读取 (the extension does not match the content; read as {content}).");

    private static DocumentReadResult Failed(string code, string message) =>
        DocumentReadResult.Failure([new Diagnostic(code, DiagnosticSeverity.Error, default(DiagnosticLocation), message)]);
}
