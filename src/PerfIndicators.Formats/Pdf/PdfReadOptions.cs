namespace PerfIndicators.Formats.Pdf;

/// <summary>Settings for <see cref="PdfTextReader"/> and <see cref="PdfBudgetDocumentReader"/>. Immutable.</summary>
public sealed record PdfReadOptions
{
    /// <summary>The default options: no password, <see cref="PdfReadLimits.Default"/>.</summary>
    public static PdfReadOptions Default { get; } = new();

    /// <summary>
    /// The password to open an encrypted PDF (its user or owner password), or <see langword="null"/>. A PDF encrypted
    /// only against changes (no user password) opens without one.
    /// </summary>
    public string? Password { get; init; }

    /// <summary>The limits that bound reading.</summary>
    public PdfReadLimits Limits { get; init; } = PdfReadLimits.Default;
}
