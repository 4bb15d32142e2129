using System.Collections.Immutable;
using System.Text;

namespace PerfIndicators.Formats.Csv;

/// <summary>
/// Reads CSV files (RFC 4180, with quoted fields that span lines) into the same <see cref="Workbook"/> shape as
/// <see cref="WorkbookReader"/>: one sheet whose rows are numbered by record, with a text <see cref="Cell"/> for every
/// non-empty field, so callers handle xlsx and CSV alike.
/// </summary>
/// <remarks>
/// The encoding is taken from a byte-order mark, else UTF-8 if the bytes are valid UTF-8, else GB18030 (GBK), which is
/// what Excel writes on Chinese Windows. Malformed quoting is kept as written and reported with its row and column;
/// limits from <see cref="CsvReadOptions"/> bound time and memory. Bad input never throws. Thread-safe.
/// </remarks>
public static class CsvReader
{
    static CsvReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Reads the CSV file at <paramref name="path"/>; the sheet is named after the file unless <see cref="CsvReadOptions.SheetName"/> is set.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">How to read; <see cref="CsvReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The workbook and every diagnostic; a missing or unreadable file is a <c>PI4019</c> diagnostic.</returns>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is null or empty, or an option is invalid.</exception>
    public static SpreadsheetReadResult Read(string path, CsvReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= CsvReadOptions.Default;
        options.Validate();
        var name = options.SheetName ?? Path.GetFileNameWithoutExtension(path);
        try
        {
            using var stream = BoundedFile.OpenRegular(path);
            return ReadCore(stream, options, name.Length == 0 ? "Sheet1" : name);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return new SpreadsheetReadResult(null, [new Diagnostic(FormatDiagnosticCodes.FileNotReadable, DiagnosticSeverity.Error, default(DiagnosticLocation), SpreadsheetMessages.FileNotReadable(exception))]);
        }
    }

    /// <summary>Reads CSV from <paramref name="stream"/> (left open), up to <see cref="CsvReadOptions.MaxFileBytes"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">How to read; <see cref="CsvReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The workbook and every diagnostic.</returns>
    /// <exception cref="ArgumentException">When <paramref name="stream"/> is null or not readable, or an option is invalid.</exception>
    public static SpreadsheetReadResult Read(Stream stream, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        options ??= CsvReadOptions.Default;
        options.Validate();
        try
        {
            return ReadCore(stream, options, options.SheetName ?? "Sheet1");
        }
        catch (Exception exception) when (exception is IOException or NotSupportedException or ObjectDisposedException)
        {
            return new SpreadsheetReadResult(null, [new Diagnostic(FormatDiagnosticCodes.FileNotReadable, DiagnosticSeverity.Error, default(DiagnosticLocation), SpreadsheetMessages.FileNotReadable(exception))]);
        }
    }

    /// <summary>Reads CSV from text already decoded.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="options">How to read (the encoding is ignored); default when <see langword="null"/>.</param>
    public static SpreadsheetReadResult ReadText(string text, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= CsvReadOptions.Default;
        options.Validate();
        var diagnostics = new DiagnosticList(options.MaxDiagnosticsPerKind);
        using var reader = new StringReader(text);
        var sheet = Parse(reader, options, options.SheetName ?? "Sheet1", diagnostics);
        return new SpreadsheetReadResult(new Workbook([sheet]), diagnostics.ToImmutable());
    }

    private static SpreadsheetReadResult ReadCore(Stream stream, CsvReadOptions options, string sheetName)
    {
        var diagnostics = new DiagnosticList(options.MaxDiagnosticsPerKind);
        var bytes = ReadBounded(stream, options.MaxFileBytes);
        if (bytes is null)
        {
            diagnostics.Add(FormatDiagnosticCodes.FileTooLarge, DiagnosticSeverity.Error, default, SpreadsheetMessages.FileTooLarge(null, options.MaxFileBytes));
            return new SpreadsheetReadResult(null, diagnostics.ToImmutable());
        }

        int offset;
        Encoding? encoding;
        if (options.Encoding is { } forced)
        {
            encoding = forced;
            var preamble = forced.GetPreamble();
            offset = preamble.Length > 0 && bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        }
        else
        {
            encoding = Detect(bytes, diagnostics, out offset);
        }

        if (encoding is null)
        {
            return new SpreadsheetReadResult(null, diagnostics.ToImmutable());
        }

        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            strict.GetCharCount(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(FormatDiagnosticCodes.CsvInvalidBytes, DiagnosticSeverity.Warning, default, SpreadsheetMessages.CsvInvalidBytes(encoding.WebName));
        }

        using var memory = new MemoryStream(bytes, offset, bytes.Length - offset, writable: false);
        using var reader = new StreamReader(memory, encoding, detectEncodingFromByteOrderMarks: false);
        var sheet = Parse(reader, options, sheetName, diagnostics);
        return new SpreadsheetReadResult(new Workbook([sheet]), diagnostics.ToImmutable());
    }

    private static byte[]? ReadBounded(Stream stream, long limit)
    {
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            return null;
        }

        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int count;
        while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + count > limit)
            {
                return null;
            }

            memory.Write(buffer, 0, count);
        }

        return memory.ToArray();
    }

    /// <summary>Chooses the encoding: BOM, else strict UTF-8, else GB18030. Returns <see langword="null"/> for a binary file.</summary>
    internal static Encoding? Detect(byte[] bytes, DiagnosticList diagnostics, out int offset)
    {
        offset = 0;
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            offset = 3;
            return new UTF8Encoding(false);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            offset = 2;
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            offset = 2;
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        }

        var head = span[..Math.Min(span.Length, 8192)];
        if (head.Contains((byte)0) || FileSniffer.Classify(head) is FileKind.Zip or FileKind.CompoundFile)
        {
            diagnostics.Add(FormatDiagnosticCodes.CsvBinaryFile, DiagnosticSeverity.Error, default, SpreadsheetMessages.CsvBinary);
            return null;
        }

        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            utf8.GetCharCount(bytes);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(FormatDiagnosticCodes.CsvEncodingGuessed, DiagnosticSeverity.Info, default, SpreadsheetMessages.CsvGuessedGb18030);
            return Encoding.GetEncoding("GB18030");
        }
    }

    private static Worksheet Parse(TextReader reader, CsvReadOptions options, string sheetName, DiagnosticList diagnostics)
    {
        var rows = ImmutableArray.CreateBuilder<Row>();
        var cells = new List<Cell>();
        var field = new StringBuilder();
        var delimiter = options.Delimiter;
        int record = 1, column = 1, line = 1, cellCount = 0;
        var truncated = false;
        var anyContentInRecord = false;

        var quoted = false;
        var afterClosingQuote = false;
        var quoteLine = 0;
        var fieldCut = false;
        var strayReported = false;
        var tooManyFieldsReported = false;

        DiagnosticLocation Here() => DiagnosticLocation.InSheet(sheetName, record, column);

        bool EndField()
        {
            if (column <= options.MaxFieldsPerRow)
            {
                if (field.Length > 0)
                {
                    if (++cellCount > options.MaxCells)
                    {
                        diagnostics.Add(FormatDiagnosticCodes.TooManyCells, DiagnosticSeverity.Error, Here(), SpreadsheetMessages.TooManyCells(options.MaxCells));
                        return false;
                    }

                    cells.Add(new Cell(new CellAddress(record, column), CellValueKind.Text, field.ToString()));
                }
            }
            else if (!tooManyFieldsReported)
            {
                tooManyFieldsReported = true;
                diagnostics.Add(FormatDiagnosticCodes.TooManyCells, DiagnosticSeverity.Error, DiagnosticLocation.InSheet(sheetName, record), SpreadsheetMessages.CsvTooManyFields(options.MaxFieldsPerRow));
            }

            field.Clear();
            column++;
            quoted = false;
            afterClosingQuote = false;
            fieldCut = false;
            strayReported = false;
            return true;
        }

        bool EndRecord()
        {
            if (!EndField())
            {
                return false;
            }

            if (cells.Count > 0)
            {
                rows.Add(new Row(record, [.. cells]));
            }

            cells.Clear();
            record++;
            column = 1;
            anyContentInRecord = false;
            tooManyFieldsReported = false;
            if (record > options.MaxRows && reader.Peek() >= 0)
            {
                diagnostics.Add(FormatDiagnosticCodes.TooManyRows, DiagnosticSeverity.Error, DiagnosticLocation.InSheet(sheetName, record), SpreadsheetMessages.CsvTooManyRows(options.MaxRows, record));
                return false;
            }

            return true;
        }

        void Append(char c)
        {
            if (field.Length < options.MaxFieldLength)
            {
                field.Append(c);
            }
            else if (!fieldCut)
            {
                fieldCut = true;
                diagnostics.Add(FormatDiagnosticCodes.TextTooLong, DiagnosticSeverity.Error, Here(), SpreadsheetMessages.CsvFieldTooLong(options.MaxFieldLength));
            }
        }

        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            anyContentInRecord = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterClosingQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    Append(c);
                }

                continue;
            }

            if (c == delimiter)
            {
                if (!EndField())
                {
                    truncated = true;
                    break;
                }

                continue;
            }

            if (c is '\r' or '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                line++;
                if (!EndRecord())
                {
                    truncated = true;
                    break;
                }

                continue;
            }

            if (c == '"' && field.Length == 0 && !afterClosingQuote)
            {
                quoted = true;
                quoteLine = line;
                continue;
            }

            if (!strayReported && (c == '"' || afterClosingQuote))
            {
                strayReported = true;
                diagnostics.Add(FormatDiagnosticCodes.CsvStrayQuote, DiagnosticSeverity.Warning, Here(), afterClosingQuote ? SpreadsheetMessages.CsvTextAfterQuote : SpreadsheetMessages.CsvQuoteInField);
            }

            Append(c);
        }

        if (!truncated)
        {
            if (quoted)
            {
                diagnostics.Add(FormatDiagnosticCodes.CsvUnterminatedQuote, DiagnosticSeverity.Error, Here(), SpreadsheetMessages.CsvUnterminatedQuote(quoteLine));
            }

            if (anyContentInRecord)
            {
                truncated = !EndRecord();
            }
        }

        return new Worksheet(sheetName, 0, rows.ToImmutable()) { IsTruncated = truncated };
    }
}
