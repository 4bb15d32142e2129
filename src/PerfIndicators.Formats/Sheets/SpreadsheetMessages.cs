using System.Globalization;

namespace PerfIndicators.Formats.Sheets;

/// <summary>Every diagnostic message of the spreadsheet layer, in Chinese, in one place.</summary>
internal static class SpreadsheetMessages
{
    public const string EmptyFile = "文件是空的（0 字节），不是 Excel 工作簿 (the file is empty, 0 bytes; it is not an Excel workbook).";

    public const string Encrypted = "工作簿设置了打开密码（已加密），无法读取；请在 Excel 中取消密码后另存为 .xlsx (the workbook is password-protected; remove the password and save it as .xlsx).";

    public const string LegacyXls = "这是 Excel 97-2003 格式的 .xls 文件，不支持读取；请在 Excel 中另存为 .xlsx (an Excel 97-2003 .xls file is not read here; save it as .xlsx).";

    public const string OpenDocument = "这是 OpenDocument 表格（.ods），不是 Excel 工作簿；请另存为 .xlsx (an OpenDocument spreadsheet, not an Excel workbook; save it as .xlsx).";

    public const string NoWorkbookInZip = "这是 zip 压缩包，但其中没有 Excel 工作簿 (a zip archive with no Excel workbook in it).";

    public const string NoSheets = "工作簿中没有任何工作表 (the workbook has no sheets).";

    public const string EmptyWorkbook = "工作簿中所有工作表都没有内容 (every sheet of the workbook is empty).";

    public static string MoreOfTheSame(int count) => F($"另有 {count} 处同类问题未逐一列出 ({count} more of the same are not listed).");

    public static string FileNotReadable(string reason) => F($"无法打开或读取文件：{reason}");

    /// <summary>The file could not be opened or read, said in Chinese with an English gloss rather than the runtime's text.</summary>
    public static string FileNotReadable(Exception exception) => FileNotReadable(FileErrors.Describe(exception));

    public static string NotAZip(string? looksLike) => looksLike is null
        ? "文件不是 zip 格式，因此不是 .xlsx 工作簿 (not a zip file, so not an .xlsx workbook)."
        : F($"文件不是 .xlsx 工作簿，看起来是{looksLike} (not an .xlsx workbook).");

    public static string DamagedZip(string reason) => F($"文件以 zip 标记开头，但压缩包结构已损坏 (the zip structure is damaged)：{reason}");

    public static string OtherOfficeDocument(string contentType) => contentType switch
    {
        _ when contentType.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase) => "这是 Word 文档（.docx），不是 Excel 工作簿 (a Word document, not an Excel workbook).",
        _ when contentType.Contains("presentationml", StringComparison.OrdinalIgnoreCase) => "这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿 (a PowerPoint presentation, not an Excel workbook).",
        _ when contentType.Contains("sheet.binary", StringComparison.OrdinalIgnoreCase) => "这是 Excel 二进制工作簿（.xlsb），不支持读取；请另存为 .xlsx (an .xlsb binary workbook is not read; save it as .xlsx).",
        _ => F($"压缩包的主文档类型是 {contentType}，不是 Excel 工作簿 (the package's main document is not an Excel workbook)."),
    };

    public static string FileTooLarge(long? size, long limit) => size is { } known
        ? F($"文件大小 {Bytes(known)}，超过上限 {Bytes(limit)}，未读取 (the file is larger than the limit; not read).")
        : F($"文件超过大小上限 {Bytes(limit)}，未读取 (the file is larger than the limit; not read).");

    public static string TooManyZipEntries(long count, int limit) => F($"压缩包中有 {count:N0} 个条目，超过上限 {limit:N0}，未读取 ({count:N0} zip entries, more than the limit of {limit:N0}; not read).");

    public static string EntryDeclaredTooLarge(string part, long size, long limit) =>
        F($"压缩包条目 {part} 解压后为 {Bytes(size)}，超过单个条目上限 {Bytes(limit)}（疑似 zip 炸弹），未读取 (an entry declares more than the per-entry limit: a likely zip bomb; not read).");

    public static string TotalDeclaredTooLarge(long size, long limit) =>
        F($"压缩包全部条目解压后共 {Bytes(size)}，超过上限 {Bytes(limit)}（疑似 zip 炸弹），未读取 (the entries declare more than the total limit: a likely zip bomb; not read).");

    public static string RatioTooHigh(string part, long size, long compressed, int limit) =>
        F($"压缩包条目 {part} 由 {Bytes(compressed)} 解压为 {Bytes(size)}，压缩比超过 {limit}:1（疑似 zip 炸弹），未读取 (compression ratio above the limit: a likely zip bomb; not read).");

    public static string EntryInflatedTooLarge(string part, long limit) =>
        F($"读取 {part} 时解压数据超过单个条目上限 {Bytes(limit)}（与压缩包记录的大小不符），已停止读取 (the entry inflated beyond the per-entry limit, unlike its declared size; reading stopped).");

    public static string TotalInflatedTooLarge(string part, long limit) =>
        F($"读取 {part} 时解压数据总量超过上限 {Bytes(limit)}，已停止读取 (inflated data beyond the total limit; reading stopped).");

    public static string CorruptXml(string part, int line, int position, string reason) =>
        F($"{part} 不是有效的 XML（第 {line} 行第 {position} 列）(not valid XML at line {line}, position {position})：{reason}");

    public static string DamagedData(string part, string reason) => F($"{part} 的压缩数据已损坏 (its compressed data is damaged)：{reason}");

    public static string MissingPart(string part) => F($"工作簿引用的部件 {part} 在文件中不存在 (a part the workbook refers to is missing).");

    public static string MissingSheetPart(string sheet, string part) => F($"工作表“{sheet}”的内容（{part}）在文件中不存在 (the sheet's content is missing).");

    public static string TooManySheets(int count, int limit) => F($"工作簿有 {count} 个工作表，超过上限 {limit}；第 {limit + 1} 个及以后的工作表未读取 ({count} sheets, more than the limit of {limit}; the rest are not read).");

    public static string TooManyRows(string sheet, int limit, int row) =>
        F($"工作表“{sheet}”的行数超过上限 {limit}；从第 {row} 行起未读取 (more than {limit} rows; not read from row {row}).");

    public static string TooManyCells(int limit) => F($"工作簿的单元格数超过上限 {limit}；从此处起未读取 (more than {limit} cells; not read from here).");

    public static string TooManySharedStrings(int limit) => F($"共享字符串表的条目数超过上限 {limit}，未读完 (more than {limit} shared strings; not all read).");

    public static string TotalTextTooLong(long limit) => F($"工作簿中文本总长度超过上限 {limit} 个字符；此后的文本被截断 (more than {limit} characters of text; the rest is cut).");

    public static string SharedStringTooLong(int index, int limit) => F($"第 {index} 个共享字符串超过 {limit} 个字符，已截断 (shared string {index} is longer than {limit} characters; cut).");

    public static string CellTextTooLong(int limit) => F($"单元格内容超过 {limit} 个字符，已截断 (the cell is longer than {limit} characters; cut).");

    public static string InvalidReference(string reference) => F($"单元格引用“{reference}”无效，按上一个单元格的下一列处理 (an invalid cell reference; taken as the column after the previous cell).");

    public static string DuplicateCell(string reference) => F($"单元格 {reference} 重复或顺序颠倒，只保留第一次出现的内容 (a repeated or out-of-order cell; the first is kept).");

    public static string DuplicateRow(int row) => F($"第 {row} 行在文件中出现了不止一次，只保留第一次出现的内容 (row {row} appears more than once; the first is kept).");

    public static string UnknownStyle(string style) => F($"单元格样式编号 {style} 不存在，按默认样式处理 (unknown cell style; the default is used).");

    public static string BadSharedStringIndex(string? value) => F($"共享字符串编号“{value}”不存在，单元格按空白处理 (unknown shared string index; the cell is taken as blank).");

    public static string NumberOutOfRange(string value) => F($"数值“{value}”超出可精确表示的范围，按文本保留 (a number beyond exact decimal range; kept as text).");

    public static string CsvUnterminatedQuote(int line) => F($"从第 {line} 行开始的带引号字段直到文件末尾都没有结束引号；其后的内容都归入该字段 (a quoted field from line {line} is never closed; the rest of the file is in it).");

    public static string CsvTextAfterQuote => "结束引号后还有字符，已按原样保留 (characters after a closing quote, kept as they are).";

    public static string CsvQuoteInField => "未加引号的字段中出现了引号，已按原样保留 (a quote inside an unquoted field, kept as it is).";

    public static string CsvGuessedGb18030 => "文件没有 BOM，且不是有效的 UTF-8，已按 GB18030（GBK）读取（中文 Windows 上 Excel 保存的 CSV）(no BOM and not valid UTF-8: read as GB18030/GBK, as Excel saves CSV on Chinese Windows).";

    public static string CsvInvalidBytes(string encoding) => F($"文件中有按 {encoding} 无法解码的字节，已替换为 � (bytes invalid in {encoding} were replaced by U+FFFD).");

    public const string CsvBinary = "文件是二进制文件（例如 .xlsx 或 .xls 工作簿），不是 CSV 文本 (a binary file, such as a workbook, not CSV text).";

    public static string CsvTooManyRows(int limit, int row) => F($"CSV 文件的记录数超过上限 {limit}；从第 {row} 条记录起未读取 (more than {limit} records; not read from record {row}).");

    public static string CsvTooManyFields(int limit) => F($"该记录的字段数超过上限 {limit}；多出的字段未读取 (more than {limit} fields; the rest are not read).");

    public static string CsvFieldTooLong(int limit) => F($"字段超过 {limit} 个字符，已截断 (a field longer than {limit} characters; cut).");

    private static string Bytes(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => F($"{bytes / (1024m * 1024 * 1024):0.##} GiB"),
        >= 1024L * 1024 => F($"{bytes / (1024m * 1024):0.##} MiB"),
        >= 1024 => F($"{bytes / 1024m:0.##} KiB"),
        _ => F($"{bytes} 字节"),
    };

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
