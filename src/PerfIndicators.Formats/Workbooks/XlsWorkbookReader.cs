using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ExcelDataReader;
using PerfIndicators.Formats.Xlsx;

namespace PerfIndicators.Formats.Workbooks;

/// <summary>
/// Reads an Excel 97–2003 .xls (BIFF) workbook with ExcelDataReader into the same <see cref="Workbook"/> model the xlsx
/// reader gives, under the same <see cref="WorkbookReadLimits"/> (file bytes, sheets, rows per sheet, cells, text) and a
/// time limit: the stream it reads counts its bytes and checks the clock, and so does the row loop. Every failure of the
/// library (a damaged or truncated file, a password) becomes a diagnostic.
/// </summary>
internal static class XlsWorkbookReader
{
    /// <summary>The columns an .xls (BIFF8) sheet can hold: A to IV.</summary>
    private const int MaxColumns = 256;

    static XlsWorkbookReader()
    {
        // BIFF strings may be in a Windows code page (936 for GBK); .NET has them through the code-pages provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// Reads the workbook within <paramref name="maxReadTime"/> of wall time. ExcelDataReader can spin inside one call on a
    /// damaged file (fuzz/known: 17 s for 9.7 KB) where none of our checks runs, so the read runs on a thread of its own over
    /// a private copy of the bytes and is abandoned, with PI8003, when the time is up; the abandoned thread touches nothing
    /// of the caller's and ends when the library does.
    /// </summary>
    public static SpreadsheetReadResult Read(Stream stream, WorkbookReadLimits limits, TimeSpan maxReadTime)
    {
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxFileBytes)
        {
            return Failed(FormatDiagnosticCodes.FileTooLarge, SpreadsheetMessages.FileTooLarge(stream.Length, limits.MaxFileBytes));
        }

        if (!Files.BoundedFile.TryReadAll(stream, limits.MaxFileBytes, out var bytes))
        {
            return Failed(FormatDiagnosticCodes.FileTooLarge, SpreadsheetMessages.FileTooLarge(null, limits.MaxFileBytes));
        }

        var work = Task.Factory.StartNew(
            () => ReadCore(new MemoryStream(bytes, writable: false), limits, maxReadTime),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        return work.Wait(maxReadTime) ? work.GetAwaiter().GetResult() : Failed(FormatDiagnosticCodes.ReadTimeExceeded, TimeExceeded(maxReadTime));
    }

    private static SpreadsheetReadResult Failed(string code, string message) =>
        new(null, [new Diagnostic(code, DiagnosticSeverity.Error, default(DiagnosticLocation), message)]);

    private static string TimeExceeded(TimeSpan maxReadTime) =>
        $"读取 .xls 工作簿超过 {maxReadTime.TotalSeconds.ToString(CultureInfo.InvariantCulture)} 秒，已停止 (reading took longer than the time limit).";

    private static SpreadsheetReadResult ReadCore(Stream stream, WorkbookReadLimits limits, TimeSpan maxReadTime)
    {
        var diagnostics = new DiagnosticList(limits.MaxDiagnosticsPerKind);
        var clock = Stopwatch.StartNew();

        var sheets = ImmutableArray.CreateBuilder<Worksheet>();
        var cells = 0;
        long text = 0;
        var guarded = new GuardedStream(stream, limits.MaxFileBytes * 4, clock, maxReadTime);
        try
        {
            using var reader = ExcelReaderFactory.CreateBinaryReader(guarded, new ExcelReaderConfiguration { LeaveOpen = true, FallbackEncoding = Encoding.GetEncoding(936) });
            var index = 0;
            do
            {
                if (index >= limits.MaxSheets)
                {
                    diagnostics.Add(FormatDiagnosticCodes.TooManySheets, DiagnosticSeverity.Error, default, SpreadsheetMessages.TooManySheets(reader.ResultsCount, limits.MaxSheets));
                    break;
                }

                var name = reader.Name ?? $"Sheet{index + 1}";

                // A damaged DIMENSION record can declare tens of thousands of columns, and every row then visits them all.
                var columns = Math.Min(reader.FieldCount, MaxColumns);
                if (reader.FieldCount > MaxColumns)
                {
                    diagnostics.Add(FormatDiagnosticCodes.XlsTooManyColumns, DiagnosticSeverity.Warning, DiagnosticLocation.InSheet(name),
                        $"工作表「{name}」声明了 {reader.FieldCount.ToString(CultureInfo.InvariantCulture)} 列，超过 .xls 格式最多的 {MaxColumns} 列：只读取前 {MaxColumns} 列 (the sheet declares more columns than an .xls holds; the first {MaxColumns} were read).");
                }

                var rows = ImmutableArray.CreateBuilder<Row>();
                var truncated = false;
                var number = 0;
                while (reader.Read())
                {
                    number++;
                    guarded.Check();
                    if (number > limits.MaxRowsPerSheet)
                    {
                        diagnostics.Add(FormatDiagnosticCodes.TooManyRows, DiagnosticSeverity.Error, DiagnosticLocation.InSheet(name, number), SpreadsheetMessages.TooManyRows(name, limits.MaxRowsPerSheet, number));
                        truncated = true;
                        break;
                    }

                    var row = ImmutableArray.CreateBuilder<Cell>();
                    for (var column = 0; column < columns; column++)
                    {
                        var value = reader.GetValue(column);
                        if (value is null || (value is string s && s.Length == 0))
                        {
                            continue;
                        }

                        if (++cells > limits.MaxCells)
                        {
                            diagnostics.Add(FormatDiagnosticCodes.TooManyCells, DiagnosticSeverity.Error, DiagnosticLocation.InSheet(name, number, column + 1), SpreadsheetMessages.TooManyCells(limits.MaxCells));
                            truncated = true;
                            break;
                        }

                        var cell = ToCell(new CellAddress(number, column + 1), value, reader.GetNumberFormatString(column));
                        if (cell.Text.Length > limits.MaxStringLength)
                        {
                            diagnostics.Add(FormatDiagnosticCodes.TextTooLong, DiagnosticSeverity.Error, DiagnosticLocation.InSheet(name, number, column + 1), SpreadsheetMessages.CellTextTooLong(limits.MaxStringLength));
                            cell = cell with { Text = cell.Text[..limits.MaxStringLength] };
                        }

                        text += cell.Text.Length;
                        if (text > limits.MaxTotalTextLength)
                        {
                            diagnostics.Add(FormatDiagnosticCodes.TextTooLong, DiagnosticSeverity.Error, DiagnosticLocation.InSheet(name, number, column + 1), SpreadsheetMessages.TotalTextTooLong(limits.MaxTotalTextLength));
                            truncated = true;
                            break;
                        }

                        row.Add(cell);
                    }

                    if (row.Count > 0)
                    {
                        rows.Add(new Row(number, row.ToImmutable()));
                    }

                    if (truncated)
                    {
                        break;
                    }
                }

                var merged = (reader.MergeCells ?? [])
                    .Select(m => new Sheets.CellRange(new CellAddress(m.FromRow + 1, m.FromColumn + 1), new CellAddress(m.ToRow + 1, m.ToColumn + 1)))
                    .Where(m => m.First.Row >= 1 && m.First.Column >= 1 && m.Last.Row >= m.First.Row && m.Last.Column >= m.First.Column)
                    .ToImmutableArray();
                sheets.Add(new Worksheet(name, index, rows.ToImmutable())
                {
                    MergedRanges = merged,
                    IsTruncated = truncated,
                    Visibility = reader.VisibleState switch
                    {
                        "hidden" => SheetVisibility.Hidden,
                        "veryhidden" => SheetVisibility.VeryHidden,
                        _ => SheetVisibility.Visible,
                    },
                });
                index++;
                if (truncated && cells > limits.MaxCells)
                {
                    break;
                }
            }
            while (reader.NextResult());
        }
        catch (Exception exception) when (exception is ReadTimeException || clock.Elapsed > maxReadTime)
        {
            diagnostics.Add(FormatDiagnosticCodes.ReadTimeExceeded, DiagnosticSeverity.Error, default, TimeExceeded(maxReadTime));
            return new SpreadsheetReadResult(null, diagnostics.ToImmutable());
        }
        catch (Exception exception) when (exception.GetType().Name is "InvalidPasswordException")
        {
            diagnostics.Add(FormatDiagnosticCodes.EncryptedWorkbook, DiagnosticSeverity.Error, default, SpreadsheetMessages.Encrypted);
            return new SpreadsheetReadResult(null, diagnostics.ToImmutable());
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or StackOverflowException))
        {
            // ExcelDataReader reports damage with its own exceptions (HeaderException, CompoundDocumentException …) and, for
            // a cut file, with the runtime's (EndOfStreamException, IndexOutOfRangeException …): all of them mean the same here.
            var readSheets = sheets.Count;
            diagnostics.Add(
                FormatDiagnosticCodes.XlsDamaged,
                DiagnosticSeverity.Error,
                readSheets < 1 ? default : DiagnosticLocation.InSheet(sheets[^1].Name),
                $".xls 工作簿已损坏或不完整，无法读取{(readSheets > 0 ? $"第 {readSheets + 1} 个工作表及以后的内容" : string.Empty)}：{exception.GetType().Name}: {exception.Message} (the .xls workbook is damaged or truncated).");
            if (readSheets == 0)
            {
                return new SpreadsheetReadResult(null, diagnostics.ToImmutable());
            }
        }

        return new SpreadsheetReadResult(new Workbook(sheets.ToImmutable()), diagnostics.ToImmutable());
    }

    private static Cell ToCell(CellAddress address, object value, string? format)
    {
        var numberFormat = string.IsNullOrEmpty(format) ? "General" : format;
        switch (value)
        {
            case string s:
                return new Cell(address, CellValueKind.Text, s) { NumberFormat = numberFormat };
            case bool b:
                return new Cell(address, CellValueKind.Boolean, b ? "TRUE" : "FALSE") { Boolean = b, NumberFormat = numberFormat };
            case DateTime date:
                // ExcelDataReader turns date-formatted numbers into DateTime; the text is what the cell shows.
                return new Cell(address, CellValueKind.Text, date.TimeOfDay == TimeSpan.Zero
                    ? date.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture)
                    : date.ToString("yyyy'年'M'月'd'日' HH:mm", CultureInfo.InvariantCulture)) { NumberFormat = numberFormat };
            case double d when double.IsFinite(d) && Math.Abs(d) < 7.9e27:
                var number = CellContent.Significant((decimal)d);
                return new Cell(address, CellValueKind.Number, number.ToString(CultureInfo.InvariantCulture)) { Number = number, NumberFormat = numberFormat };
            case IConvertible convertible and not double:
                var exact = convertible.ToDecimal(CultureInfo.InvariantCulture);
                return new Cell(address, CellValueKind.Number, exact.ToString(CultureInfo.InvariantCulture)) { Number = exact, NumberFormat = numberFormat };
            default:
                return new Cell(address, CellValueKind.Text, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty) { NumberFormat = numberFormat };
        }
    }

    private sealed class ReadTimeException : Exception
    {
        public ReadTimeException()
            : base("The time limit for reading the workbook was reached.")
        {
        }
    }

    /// <summary>A read-only view of the input that stops a read running past its time or reading far more than the file holds.</summary>
    private sealed class GuardedStream(Stream inner, long maxBytesRead, Stopwatch clock, TimeSpan maxReadTime) : Stream
    {
        private long bytesRead;

        public override bool CanRead => true;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public void Check()
        {
            if (clock.Elapsed > maxReadTime)
            {
                throw new ReadTimeException();
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Check();
            var read = inner.Read(buffer, offset, count);
            bytesRead += read;
            if (bytesRead > maxBytesRead)
            {
                throw new InvalidDataException("The workbook's structure reads the file over and over (a cycle in its sector chains).");
            }

            return read;
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            Check();
            return inner.Seek(offset, origin);
        }

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
