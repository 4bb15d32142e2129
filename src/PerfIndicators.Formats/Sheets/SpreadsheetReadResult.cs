using System.Collections.Immutable;

namespace PerfIndicators.Formats.Sheets;

/// <summary>
/// The result of reading an xlsx or CSV file: the workbook (possibly partial) and every diagnostic. Reading never
/// throws for bad input; problems are reported here.
/// </summary>
public sealed class SpreadsheetReadResult
{
    internal SpreadsheetReadResult(Workbook? workbook, ImmutableArray<Diagnostic> diagnostics)
    {
        Workbook = workbook;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    /// <summary>
    /// The workbook, or <see langword="null"/> when the file could not be read at all (not a workbook, encrypted, a zip
    /// bomb …). When a limit stopped reading part-way, the workbook is partial: see <see cref="Worksheet.IsTruncated"/>
    /// and the diagnostics.
    /// </summary>
    public Workbook? Workbook { get; }

    /// <summary>Every diagnostic, in the order found.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Whether a workbook was produced and no error was found.</summary>
    public bool Success => Workbook is not null && !HasErrors;

    /// <summary>Returns the workbook when reading succeeded, or throws.</summary>
    /// <exception cref="InvalidOperationException">When there is no workbook or an error was found; the message lists the diagnostics.</exception>
    public Workbook GetWorkbookOrThrow() => Success
        ? Workbook!
        : throw new InvalidOperationException("The file could not be read: " + string.Join("; ", Diagnostics));
}
