using PerfIndicators.Documents;

namespace PerfIndicators.Formats.Pdf;

/// <summary>
/// Reads a budget disclosure PDF (部门预算/单位预算公开) into the core's <see cref="DocumentReadResult"/> in one call:
/// <see cref="PdfTextReader"/> rebuilds the text layer and its tables, and <see cref="BudgetDocumentReader"/> reads
/// the projects, amounts and indicators from it. The PDF reader's diagnostics (<c>PI7xxx</c>) come with the
/// document's; spans point into <see cref="BudgetDocument.Text"/> (the rebuilt text), whose
/// <see cref="BudgetDocument.EncodingName"/> is <c>pdf</c>.
/// </summary>
/// <remarks>Never throws for bad input: a PDF that cannot be read gives a failed result with the reason.</remarks>
public static class PdfBudgetDocumentReader
{
    /// <summary>The <see cref="BudgetDocument.EncodingName"/> of a document read from PDF.</summary>
    public const string SourceName = "pdf";

    /// <summary>Reads the budget document PDF at <paramref name="path"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Password and limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The document, or why none could be read.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is <see langword="null"/>.</exception>
    public static DocumentReadResult ReadFile(string path, PdfReadOptions? options = null) =>
        ToDocument(PdfTextReader.ReadFile(path, options));

    /// <summary>Reads a budget document PDF from <paramref name="stream"/> (read to its end, not closed).</summary>
    /// <param name="stream">A readable stream.</param>
    /// <param name="options">Password and limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The document, or why none could be read.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="stream"/> is <see langword="null"/>.</exception>
    public static DocumentReadResult Read(Stream stream, PdfReadOptions? options = null) =>
        ToDocument(PdfTextReader.Read(stream, options));

    /// <summary>Reads the budget document from an already read PDF.</summary>
    /// <param name="pdf">The result of <see cref="PdfTextReader"/>.</param>
    /// <returns>The document, or why none could be read (the PDF's own failure, or the text's: not a budget document).</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="pdf"/> is <see langword="null"/>.</exception>
    public static DocumentReadResult ToDocument(PdfReadResult pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        return pdf.Text is { } text
            ? BudgetDocumentReader.ReadText(text, SourceName, pdf.Diagnostics)
            : DocumentReadResult.Failure(pdf.Diagnostics);
    }
}
