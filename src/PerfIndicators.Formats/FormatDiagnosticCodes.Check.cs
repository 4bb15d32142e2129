namespace PerfIndicators.Formats;

/// <content>
/// Codes of the published 自评表 file readers (<c>PI82xx</c>, <see cref="PerfIndicators.Formats.Check.PublishedFormFiles"/>):
/// which files can be re-checked and text tables copied out of a PDF. The spreadsheet readers' own codes (PI40xx, PI80xx) and the
/// form reader's (PI92xx) are passed through unchanged.
/// </content>
public static partial class FormatDiagnosticCodes
{
    /// <summary>PI8201 (error): the file's extension is none of .xlsx, .xls, .csv, .txt or .tsv; no 自评表 is read from it.</summary>
    public const string CheckUnsupportedFile = "PI8201";

    /// <summary>PI8202 (error): the text table has no line with at least two cells (tabs, <c>|</c> or runs of two or more spaces); nothing was read.</summary>
    public const string CheckTextTableEmpty = "PI8202";

    /// <summary>PI8203 (error): no sheet of the file holds a 自评表 (no indicator header was found on any); nothing is re-checked.</summary>
    public const string CheckNoForm = "PI8203";

    /// <summary>PI8204 (info): a line of a text table (tabs or <c>|</c>) holds only the rest of cells of the line above, as a PDF
    /// copy breaks a long cell; its cells were joined to that row.</summary>
    public const string CheckTextCellContinued = "PI8204";
}
