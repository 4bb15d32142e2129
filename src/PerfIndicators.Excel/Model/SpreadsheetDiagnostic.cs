namespace PerfIndicators.Excel;

/// <summary>
/// A problem found in a spreadsheet or CSV file: a stable code (<c>PI4xxx</c>, see <see cref="DiagnosticCodes"/>),
/// a severity, where it is (sheet, row, column) and a message in Chinese for people.
/// </summary>
/// <remarks>Immutable. Programs should test <see cref="Code"/>; the message text may improve between versions.</remarks>
/// <param name="Code">The stable code, e.g. <c>PI4007</c>.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">A message in Chinese that names the sheet, row and column concerned.</param>
public sealed record SpreadsheetDiagnostic(string Code, DiagnosticSeverity Severity, SpreadsheetLocation Location, string Message)
{
    /// <summary>
    /// Converts to the core <see cref="Diagnostic"/> (whose span is for text, so it is empty here), keeping the location
    /// in the message, for results that collect diagnostics from several sources.
    /// </summary>
    public Diagnostic ToDiagnostic()
    {
        var where = Location.ToString();
        return new Diagnostic(Code, Severity, default, where.Length == 0 ? Message : $"{where}: {Message}");
    }

    /// <summary>Formats the diagnostic as <c>error PI4010 '自评表' 第20001行: message</c>.</summary>
    public override string ToString()
    {
        var where = Location.ToString();
        return $"{Severity.ToName()} {Code}{(where.Length == 0 ? string.Empty : " " + where)}: {Message}";
    }
}
