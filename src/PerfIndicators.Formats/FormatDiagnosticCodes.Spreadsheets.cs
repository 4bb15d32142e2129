namespace PerfIndicators.Formats;

/// <summary>
/// Every diagnostic code the format adapters produce: <c>PI4xxx</c> spreadsheet and CSV files, <c>PI51xx</c> filled-in
/// templates. Codes are stable, as the core's (<see cref="DiagnosticCodes"/>) are.
/// </summary>
public static partial class FormatDiagnosticCodes
{
    /// <summary>PI4001 (error): the file is not a zip archive, so not an xlsx workbook (e.g. a text or CSV file renamed to .xlsx, a PDF, an HTML table saved as .xls).</summary>
    public const string NotAZipFile = "PI4001";

    /// <summary>PI4002 (error): the file is a zip archive but not an Excel workbook (e.g. a Word .docx, an OpenDocument .ods, a binary .xlsb).</summary>
    public const string NotAWorkbook = "PI4002";

    /// <summary>PI4003 (error): the workbook is encrypted (password to open); it cannot be read without the password.</summary>
    public const string EncryptedWorkbook = "PI4003";

    /// <summary>PI4004 (error): the file is an Excel 97–2003 binary workbook (.xls), which is not read; save it as .xlsx.</summary>
    public const string LegacyXlsWorkbook = "PI4004";

    /// <summary>PI4005 (error): the file is larger than <c>MaxFileBytes</c>; nothing was read.</summary>
    public const string FileTooLarge = "PI4005";

    /// <summary>PI4006 (error): a zip entry, or all entries together, expand to more bytes than the limits allow (declared up front or counted while reading); the part or the whole file is not read.</summary>
    public const string UncompressedSizeTooLarge = "PI4006";

    /// <summary>PI4007 (error): a zip entry is compressed far more than real spreadsheets are (a zip bomb); nothing was read.</summary>
    public const string CompressionRatioTooHigh = "PI4007";

    /// <summary>PI4008 (error): the zip archive has more entries than <c>MaxZipEntries</c>; nothing was read.</summary>
    public const string TooManyZipEntries = "PI4008";

    /// <summary>PI4009 (error): the workbook has more sheets than <c>MaxSheets</c>; the sheets after the limit are not read.</summary>
    public const string TooManySheets = "PI4009";

    /// <summary>PI4010 (error): a sheet has more rows than <c>MaxRowsPerSheet</c>, or a CSV file more records than <c>MaxRows</c>; the rows after the limit are not read.</summary>
    public const string TooManyRows = "PI4010";

    /// <summary>PI4011 (error): the workbook has more cells than <c>MaxCells</c> (or a CSV record more fields than <c>MaxFieldsPerRow</c>); the cells after the limit are not read.</summary>
    public const string TooManyCells = "PI4011";

    /// <summary>PI4012 (error): a text is longer than <c>MaxStringLength</c>, or all texts together exceed <c>MaxTotalTextLength</c>; the text is cut at the limit.</summary>
    public const string TextTooLong = "PI4012";

    /// <summary>PI4013 (error): a part of the workbook cannot be read: malformed XML, a DTD (refused), or damaged compressed data; the part is not read past the error. The message names the part, and the line and position for XML.</summary>
    public const string CorruptXml = "PI4013";

    /// <summary>PI4014 (warning): the workbook has sheets but no cell in any of them.</summary>
    public const string EmptyWorkbook = "PI4014";

    /// <summary>PI4015 (error): the file is empty (0 bytes).</summary>
    public const string EmptyFile = "PI4015";

    /// <summary>PI4016 (error): the workbook lists no sheets at all.</summary>
    public const string NoSheets = "PI4016";

    /// <summary>PI4017 (error): a part the workbook refers to (a sheet, the shared strings) is missing from the file; what depends on it is not read.</summary>
    public const string MissingPart = "PI4017";

    /// <summary>PI4018 (warning): a cell's stored value or reference is invalid (a number beyond <see cref="decimal"/>, a shared-string index out of range, an unknown style); the value is kept as text or the default is used.</summary>
    public const string InvalidCellValue = "PI4018";

    /// <summary>PI4019 (error): the file could not be opened or read (not found, no permission, an I/O error).</summary>
    public const string FileNotReadable = "PI4019";

    /// <summary>PI4020 (warning): a row or cell is repeated or out of order in the sheet XML; the first occurrence is kept.</summary>
    public const string DuplicateCell = "PI4020";

    /// <summary>PI4030 (error): a quoted CSV field is not closed before the end of the file; the rest of the file is kept as that field.</summary>
    public const string CsvUnterminatedQuote = "PI4030";

    /// <summary>PI4031 (warning): a CSV field has a quote where RFC 4180 allows none (inside an unquoted field, or text after a closing quote); the characters are kept as written.</summary>
    public const string CsvStrayQuote = "PI4031";

    /// <summary>PI4032 (info): a CSV file without a byte-order mark is not valid UTF-8 and was read as GB18030 (GBK), as saved by Excel on Chinese Windows.</summary>
    public const string CsvEncodingGuessed = "PI4032";

    /// <summary>PI4033 (warning): a CSV file has bytes that are invalid in the encoding used; they were replaced by U+FFFD.</summary>
    public const string CsvInvalidBytes = "PI4033";

    /// <summary>PI4034 (error): the file given as CSV is binary (e.g. an .xlsx or .xls workbook), not text; nothing was read.</summary>
    public const string CsvBinaryFile = "PI4034";
}
