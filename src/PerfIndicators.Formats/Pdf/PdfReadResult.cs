using System.Collections.Immutable;

namespace PerfIndicators.Formats.Pdf;

/// <summary>
/// The text layer of a PDF as the document readers take it: lines in reading order, every table rebuilt from its
/// geometry as one tab-separated line per row (header once, wrapped cells joined, rows split by page breaks joined),
/// with the page each line came from and the reader's diagnostics.
/// </summary>
/// <remarks>
/// Immutable. Reading never throws for bad input: a file that is not a PDF, is damaged, encrypted with a password,
/// too large or scanned gives a result whose <see cref="Success"/> is false and whose <see cref="Diagnostics"/> say
/// why.
/// </remarks>
public sealed class PdfReadResult
{
    private readonly ImmutableArray<int> lineStarts;
    private readonly ImmutableArray<int> linePages;

    internal PdfReadResult(
        string? text,
        ImmutableArray<int> lineStarts,
        ImmutableArray<int> linePages,
        int pageCount,
        int pagesRead,
        bool isEncrypted,
        ImmutableArray<PdfTable> tables,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        this.lineStarts = lineStarts;
        this.linePages = linePages;
        PageCount = pageCount;
        PagesRead = pagesRead;
        IsEncrypted = isEncrypted;
        Tables = tables;
        Diagnostics = diagnostics;
    }

    /// <summary>Whether a text layer was read (the text may still carry diagnostics).</summary>
    public bool Success => Text is not null;

    /// <summary>The rebuilt text (lines separated by <c>\n</c>, table cells by <c>\t</c>), or <see langword="null"/> when nothing could be read.</summary>
    public string? Text { get; }

    /// <summary>The number of pages the document declares (0 when it could not be opened).</summary>
    public int PageCount { get; }

    /// <summary>The number of pages read (fewer than <see cref="PageCount"/> when a limit stopped reading).</summary>
    public int PagesRead { get; }

    /// <summary>Whether the file is encrypted (it may still have opened: see <see cref="FormatDiagnosticCodes.EncryptedWithoutUserPassword"/>).</summary>
    public bool IsEncrypted { get; }

    /// <summary>The tables rebuilt from the pages, in document order (a table continued over pages is one table).</summary>
    public ImmutableArray<PdfTable> Tables { get; }

    /// <summary>What the reader found: why nothing was read, or what it repaired, dropped or could not read (<c>PI7xxx</c>).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The 1-based page the character at <paramref name="offset"/> of <see cref="Text"/> came from, or 0 when there is no text.</summary>
    /// <param name="offset">An index into <see cref="Text"/>; values outside it give the first or last line's page.</param>
    public int PageOf(int offset)
    {
        if (this.lineStarts.IsDefaultOrEmpty)
        {
            return 0;
        }

        var index = this.lineStarts.BinarySearch(Math.Max(0, offset));
        var line = index >= 0 ? index : ~index - 1;
        return this.linePages[Math.Clamp(line, 0, this.linePages.Length - 1)];
    }
}

/// <summary>A table rebuilt from a PDF's geometry: its header labels and rows of cells, and the pages it spans.</summary>
public sealed class PdfTable
{
    internal PdfTable(int firstPage, int lastPage, int line, bool fromRules, bool isProjectTable, ImmutableArray<string> header, ImmutableArray<ImmutableArray<string>> rows)
    {
        FirstPage = firstPage;
        LastPage = lastPage;
        Line = line;
        FromRules = fromRules;
        IsProjectTable = isProjectTable;
        Header = header;
        Rows = rows;
    }

    /// <summary>The 1-based page where the table starts.</summary>
    public int FirstPage { get; }

    /// <summary>The 1-based page where the table ends (later than <see cref="FirstPage"/> when it continues over page breaks).</summary>
    public int LastPage { get; }

    /// <summary>The 1-based line of <see cref="PdfReadResult.Text"/> holding the header row.</summary>
    public int Line { get; }

    /// <summary>Whether the cells were found from the table's ruling lines (cell borders); false when from word positions under the header.</summary>
    public bool FromRules { get; }

    /// <summary>Whether the header is that of a project table (项目支出预算表, 绩效表), as <c>ProjectTableHeader</c> recognizes it.</summary>
    public bool IsProjectTable { get; }

    /// <summary>The header labels, one per column (a header over several rows gives each column its lowest label).</summary>
    public ImmutableArray<string> Header { get; }

    /// <summary>The body rows, each with one cell per column (empty cells are empty strings).</summary>
    public ImmutableArray<ImmutableArray<string>> Rows { get; }
}
