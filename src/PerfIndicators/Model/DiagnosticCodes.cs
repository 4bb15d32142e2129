namespace PerfIndicators;

/// <summary>
/// Every diagnostic code the library produces. Codes are stable: a code's meaning never changes, and a retired
/// code is never reused. Ranges: <c>PI1xxx</c> indicator text, <c>PI2xxx</c> documents, <c>PI3xxx</c> actuals
/// and scoring, <c>PI4xxx</c> spreadsheet and CSV files, <c>PI5xxx</c> self-assessment templates.
/// </summary>
public static partial class DiagnosticCodes
{
}
