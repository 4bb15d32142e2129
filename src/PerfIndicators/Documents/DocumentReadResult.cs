using System.Collections.Immutable;

namespace PerfIndicators.Documents;

/// <summary>
/// The result of reading a budget document: the document, or the reason none could be read. Reading never throws for
/// bad input; a file that is not text or not a budget document gives a result with <see cref="Success"/> false.
/// </summary>
public sealed class DocumentReadResult
{
    private DocumentReadResult(BudgetDocument? document, ImmutableArray<Diagnostic> diagnostics)
    {
        Document = document;
        Diagnostics = diagnostics;
    }

    /// <summary>The document, or <see langword="null"/> when the input could not be read as a budget document.</summary>
    public BudgetDocument? Document { get; }

    /// <summary>Whether a document was read (it may still carry diagnostics and findings).</summary>
    public bool Success => Document is not null;

    /// <summary>
    /// When <see cref="Success"/> is false, the diagnostics saying why (codes <c>PI2001</c>–<c>PI2006</c>, or an
    /// adapter's codes with its notes, e.g. <c>PI7xxx</c> for PDF); otherwise empty.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>A one-line explanation of the failure for people, or <see langword="null"/> on success.</summary>
    public string? ErrorMessage => Success ? null : string.Join("; ", Diagnostics.Select(d => d.Message));

    /// <summary>Returns the document, or throws when there is none.</summary>
    /// <exception cref="InvalidOperationException">When no document was read; the message gives the reason.</exception>
    public BudgetDocument GetDocumentOrThrow() =>
        Document ?? throw new InvalidOperationException("No budget document could be read: " + ErrorMessage);

    /// <summary>
    /// A result without a document, for adapters that read other formats (a PDF that is scanned, encrypted or
    /// damaged): the diagnostics say why, and at least one of them is an error.
    /// </summary>
    /// <param name="diagnostics">The reasons; their codes are the adapter's (e.g. <c>PI7xxx</c> for PDF).</param>
    /// <returns>A failed result.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">When no diagnostic is an error.</exception>
    public static DocumentReadResult Failure(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ImmutableArray<Diagnostic> list = [.. diagnostics];
        if (!list.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new ArgumentException("A failed read needs at least one error diagnostic saying why.", nameof(diagnostics));
        }

        return new(null, list);
    }

    internal static DocumentReadResult Read(BudgetDocument document) => new(document, []);

    internal static DocumentReadResult Failed(string code, string message) =>
        new(null, [new Diagnostic(code, DiagnosticSeverity.Error, default(TextSpan), message)]);

    internal static DocumentReadResult Failed(string code, string message, IEnumerable<Diagnostic> notes) =>
        new(null, [.. notes, new Diagnostic(code, DiagnosticSeverity.Error, default(TextSpan), message)]);
}
