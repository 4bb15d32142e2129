namespace PerfIndicators.Formats;

/// <content>
/// Codes of the 目标表 workbook reader (<c>PI80xx</c>, <see cref="PerfIndicators.Formats.Workbooks.TargetWorkbookReader"/>):
/// Excel 97–2003 .xls files read with ExcelDataReader, and workbooks that hold no 目标表. The limits of the xlsx reader
/// apply to .xls files too and are reported with its codes (<c>PI4005</c>, <c>PI4009</c>–<c>PI4012</c>); each
/// diagnostic names the sheet (and row) where it has one.
/// </content>
public static partial class FormatDiagnosticCodes
{
    /// <summary>PI8001 (error): the .xls (BIFF) workbook is damaged or truncated, or its structure cannot be read; nothing (or only the sheets before the damage) was read. The message gives the reader's reason.</summary>
    public const string XlsDamaged = "PI8001";

    /// <summary>PI8002 (error): the file is neither an xlsx workbook (a zip package) nor an .xls workbook (a compound file): a 目标表 workbook cannot be read from it.</summary>
    public const string NotAWorkbookFile = "PI8002";

    /// <summary>PI8003 (error): reading the workbook took longer than <see cref="PerfIndicators.Formats.Workbooks.TargetWorkbookReadOptions.MaxReadTime"/>; it was stopped and what was read so far is not used.</summary>
    public const string ReadTimeExceeded = "PI8003";

    /// <summary>PI8004 (info): the file's extension names one workbook format and its content is the other (an .xls renamed .xlsx); it was read by its content.</summary>
    public const string ExtensionMismatch = "PI8004";

    /// <summary>PI8005 (warning): an .xls sheet declares more columns than the format holds (256, A to IV: a damaged DIMENSION record); only the first 256 were read.</summary>
    public const string XlsTooManyColumns = "PI8005";

    /// <summary>PI8010 (error): no sheet holds a 目标表: no indicator header (一级指标 / 二级指标 / 三级指标 / 指标值) was found; no rows are guessed.</summary>
    public const string NoTargetForm = "PI8010";

    /// <summary>PI8011 (warning): a sheet with content holds no 目标表 header (其他 sheets do); it was not read.</summary>
    public const string SheetWithoutForm = "PI8011";
}
