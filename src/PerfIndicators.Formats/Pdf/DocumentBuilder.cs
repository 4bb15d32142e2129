using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using PerfIndicators.Documents;

namespace PerfIndicators.Formats.Pdf;

/// <summary>
/// Puts the pages of a PDF together into the text the document readers take: text lines in reading order (wrapped
/// paragraph lines joined, page numbers dropped), and every table as one tab-separated line per row. A table that
/// runs on at the top of the next page (same header labels, or the same columns) continues: its repeated header and
/// the title lines repeated above it are dropped, and a row that the page break split is joined again.
/// </summary>
internal sealed partial class DocumentBuilder(int maxTextLength)
{
    private const int PrecedingLines = 4;

    private readonly List<OutLine> lines = [];
    private readonly List<(string Code, DiagnosticSeverity Severity, int Page, int Line, string Message)> diagnostics = [];
    private readonly List<PdfTable> tables = [];
    private OpenTable? open;
    private bool openEndsPage;
    private OutLine? lastText;
    private long length;
    private long emitted;

    /// <summary>Whether the text reached <c>MaxTextLength</c>; nothing more is added.</summary>
    public bool Full { get; private set; }

    /// <summary>The limit that stopped reading (an error already added), or <see langword="null"/>.</summary>
    public (string Code, string Message)? Stop { get; private set; }

    public void AddDiagnostic(string code, DiagnosticSeverity severity, int page, string message) =>
        this.diagnostics.Add((code, severity, page, -1, message));

    /// <summary>Records that a limit stopped reading at <paramref name="page"/>.</summary>
    public void Stopped(string code, int page, string message)
    {
        Stop ??= (code, message);
        AddDiagnostic(code, DiagnosticSeverity.Error, page, message);
    }

    public void AddPage(PageContent page)
    {
        var consumed = new HashSet<PageWord>(ReferenceEqualityComparer.Instance);
        var tables = page.RulesIgnored ? [] : TableGrid.Find(page.Rules, page.Words, consumed);
        tables = tables.Where(t => t.ColumnCount >= 2).ToList();
        consumed = new HashSet<PageWord>(ReferenceEqualityComparer.Instance);
        foreach (var word in page.Words)
        {
            if (tables.Any(t => Inside(t.Box, word.Box)))
            {
                consumed.Add(word);
            }
        }

        var lines = TextLines.Build(page.Words.Where(w => !consumed.Contains(w)))
            .Where(l => !IsFurniture(l, page))
            .ToList();
        var positioned = PositionTables.Find(lines);
        var elements = new List<(double Top, object Element)>();
        elements.AddRange(lines.Where(l => !positioned.Consumed.Contains(l)).Select(l => (l.Box.Top, (object)l)));
        elements.AddRange(tables.Select(t => (t.Box.Top, (object)t)));
        elements.AddRange(positioned.Tables.Select(t => (t.Box.Top, (object)t)));
        elements.Sort((a, b) => b.Top.CompareTo(a.Top));

        var textLines = elements.Select(e => e.Element).OfType<TextLine>().ToList();
        var left = textLines.Count > 0 ? textLines.Min(l => l.Box.Left) : 0;
        var right = textLines.Count > 0 ? textLines.Max(l => l.Box.Right) : 0;
        var atTop = true;
        var lastWasTable = false;
        foreach (var (_, element) in elements)
        {
            if (Full)
            {
                return;
            }

            if (element is TextLine line)
            {
                var text = Segmented(line);
                if (this.open is not null && atTop && this.openEndsPage && this.open.Preceding.Contains(Squeeze(text)))
                {
                    continue; // the table's title or unit line, repeated at the top of the page
                }

                CloseTable();
                AddText(text, page.Number, line, left, right, atTop);
                lastWasTable = false;
            }
            else
            {
                var table = (PageTable)element;
                if (this.open is not null && atTop && this.openEndsPage && this.open.ColumnCount == table.ColumnCount)
                {
                    if (SameLabels(table.HeaderLabels, this.open.Header))
                    {
                        Continue(table, page.Number, skipHeader: true);
                        atTop = false;
                        lastWasTable = true;
                        continue;
                    }

                    if (SameColumns(table.Columns, this.open.Columns))
                    {
                        Continue(table, page.Number, skipHeader: false);
                        atTop = false;
                        lastWasTable = true;
                        continue;
                    }
                }

                CloseTable();
                Open(table, page.Number);
                lastWasTable = true;
            }

            atTop = false;
        }

        this.openEndsPage = this.open is not null && (lastWasTable || elements.Count == 0 && this.openEndsPage);
    }

    public PdfReadResult Build(int pageCount, int pagesRead, bool encrypted, IEnumerable<Diagnostic> early)
    {
        CloseTable();
        if (Full && !this.diagnostics.Any(d => d.Code == FormatDiagnosticCodes.PdfTextTooLong))
        {
            var page = this.lines.Count > 0 ? this.lines[^1].Page : 1;
            this.diagnostics.Add((FormatDiagnosticCodes.PdfTextTooLong, DiagnosticSeverity.Error, page, -1,
                $"读出的文字超过 {maxTextLength} 个字符（第 {page} 页），其后内容未读取 (the text is longer than {maxTextLength} characters by page {page}; the rest was not read)."));
        }

        var text = new StringBuilder();
        var starts = ImmutableArray.CreateBuilder<int>(this.lines.Count);
        var pages = ImmutableArray.CreateBuilder<int>(this.lines.Count);
        foreach (var line in this.lines)
        {
            starts.Add(text.Length);
            pages.Add(line.Page);
            text.Append(line.Text).Append('\n');
        }

        var lineStarts = starts.ToImmutable();
        var diagnostics = new List<Diagnostic>(early);
        foreach (var (code, severity, page, lineIndex, message) in this.diagnostics)
        {
            var index = lineIndex >= 0 ? lineIndex : this.lines.FindIndex(l => l.Page >= page);
            var span = index >= 0 && index < this.lines.Count ? new TextSpan(lineStarts[index], this.lines[index].Text.Length) : default;
            diagnostics.Add(new Diagnostic(code, severity, span, message));
        }

        var tables = this.tables.Select(t => t).ToImmutableArray();
        return new PdfReadResult(text.ToString(), lineStarts, pages.ToImmutable(), pageCount, pagesRead, encrypted, tables, [.. diagnostics.OrderBy(d => d.Span.Start)]);
    }

    /// <summary>The number of characters of text so far (table rows still open included).</summary>
    public long Length => this.length;

    private void AddText(string text, int page, TextLine line, double left, double right, bool atTop)
    {
        var single = !text.Contains('\t', StringComparison.Ordinal);
        var reachesRight = single && line.Box.Right >= right - 1.5 * line.Size;
        var atLeft = line.Box.Left <= left + 0.6 * line.Size;
        if (this.lastText is { } previous && single && previous.Single && previous.ReachesRight && atLeft
            && Math.Abs(previous.Size - line.Size) <= 0.15 * line.Size
            && ((previous.Page == page && previous.Bottom - line.Box.Top <= 1.5 * line.Size && previous.Bottom > line.Box.Top - 0.5 * line.Size)
                || (previous.Page == page - 1 && atTop))
            && ReferenceEquals(this.lines[^1], previous))
        {
            var builder = new StringBuilder(previous.Text);
            TextLines.AppendWrapped(builder, text);
            if (this.emitted + builder.Length - previous.Text.Length > maxTextLength)
            {
                Full = true;
                return;
            }

            this.emitted += builder.Length - previous.Text.Length;
            Grow(builder.Length - previous.Text.Length);
            previous.Text = builder.ToString();
            previous.ReachesRight = reachesRight;
            previous.Bottom = line.Box.Bottom;
            previous.Page = previous.Page;
            return;
        }

        var added = new OutLine(text, page) { Single = single, ReachesRight = reachesRight, Size = line.Size, Bottom = line.Box.Bottom };
        Add(added);
        this.lastText = added;
    }

    private void Add(OutLine line)
    {
        if (Full)
        {
            return;
        }

        Grow(line.Text.Length + 1);
        if (!Full)
        {
            Emit(line);
        }
    }

    /// <summary>Adds a line to the text unless it would pass the length limit (then nothing more is added).</summary>
    private bool Emit(OutLine line)
    {
        if (this.emitted + line.Text.Length + 1 > maxTextLength)
        {
            Full = true;
            return false;
        }

        this.emitted += line.Text.Length + 1;
        this.lines.Add(line);
        return true;
    }

    private void Grow(long by)
    {
        this.length += by;
        if (this.length > maxTextLength)
        {
            Full = true;
        }
    }

    private void Open(PageTable table, int page)
    {
        var preceding = this.lines.TakeLast(PrecedingLines).Where(l => l.Page == page).Select(l => Squeeze(l.Text)).ToHashSet(StringComparer.Ordinal);
        ProjectTableHeader.TryRecognize(table.HeaderLabels, out var kinds);
        if (!table.FromRules)
        {
            this.diagnostics.Add((FormatDiagnosticCodes.TableFromPositions, DiagnosticSeverity.Info, page, -1,
                $"第 {page} 页的表格没有表格线，按表头各列的位置读出各单元格 (a table without ruling lines on page {page} was read from the word positions under its header)."));
        }

        this.open = new OpenTable(table.HeaderLabels, kinds, table.Columns, page, table.FromRules, preceding);
        foreach (var band in table.Bands.Skip(1))
        {
            this.open.Rows.Add((band, page));
            Grow(band.Sum(c => c.Length + 1));
        }

        Grow(table.HeaderLabels.Sum(c => c.Length + 1));
        this.lastText = null;
    }

    private void Continue(PageTable table, int page, bool skipHeader)
    {
        var open = this.open!;
        var bands = table.Bands.Skip(skipHeader ? 1 : 0).ToList();
        this.diagnostics.Add((FormatDiagnosticCodes.TableContinued, DiagnosticSeverity.Info, page, -1, skipHeader
            ? $"第 {page} 页的表格接续上一页的表格，重复的表头已去除 (the table continues from page {page - 1}; its repeated header was dropped)."
            : $"第 {page} 页的表格与上一页的表格列宽相同、没有表头，作为续表接在其后 (the table continues from page {page - 1} without a header)."));
        if (bands.Count > 0 && open.Rows.Count > 0 && IsFragment(bands[0], open.Rows[^1].Cells, open.Kinds))
        {
            var (previous, previousPage) = open.Rows[^1];
            var joined = new string[previous.Length];
            for (var c = 0; c < joined.Length; c++)
            {
                var builder = new StringBuilder(previous[c]);
                TextLines.AppendWrapped(builder, bands[0][c]);
                joined[c] = builder.ToString();
            }

            open.Rows[^1] = (joined, previousPage);
            open.Joined.Add((previousPage, page));
            Grow(bands[0].Sum(c => c.Length));
            bands.RemoveAt(0);
        }

        foreach (var band in bands)
        {
            open.Rows.Add((band, page));
            Grow(band.Sum(c => c.Length + 1));
        }

        open.LastPage = page;
    }

    private void CloseTable()
    {
        if (this.open is not { } open)
        {
            return;
        }

        this.open = null;
        this.openEndsPage = false;
        var headerIndex = this.lines.Count;
        if (Emit(new OutLine(string.Join('\t', open.Header.Select(Clean)), open.FirstPage)))
        {
            foreach (var (cells, page) in open.Rows)
            {
                if (cells.Any(c => c.Length > 0) && !Emit(new OutLine(string.Join('\t', cells.Select(Clean)), page)))
                {
                    break;
                }
            }
        }

        foreach (var (from, to) in open.Joined)
        {
            var index = this.lines.FindIndex(headerIndex, l => l.Page == from && l.Text.Length > 0);
            var row = this.lines.FindLastIndex(l => l.Page == from);
            this.diagnostics.Add((FormatDiagnosticCodes.RowJoinedAcrossPages, DiagnosticSeverity.Info, from, row >= headerIndex ? row : index,
                $"第 {from} 页最后一行在第 {to} 页接续（跨页断开的行），已拼接为一行 (a row split by the break between pages {from} and {to} was joined)."));
        }

        this.tables.Add(new PdfTable(
            open.FirstPage,
            open.LastPage,
            headerIndex + 1,
            open.FromRules,
            !open.Kinds.IsDefaultOrEmpty,
            [.. open.Header],
            [.. open.Rows.Select(r => r.Cells.ToImmutableArray())]));
        this.lastText = null;
    }

    /// <summary>
    /// Whether the first row at the top of a continued table is the rest of the previous page's last row: its amount
    /// cells are empty (a project table: every project row and subtotal row has an amount; the name may run on, as
    /// Chromium continues every cell), or its first cell is empty and it holds no number (another table).
    /// </summary>
    private static bool IsFragment(string[] band, string[] previous, ImmutableArray<ProjectTableColumnKind> kinds)
    {
        if (band.All(c => c.Length == 0))
        {
            return false;
        }

        if (!kinds.IsDefaultOrEmpty && kinds.Length == band.Length)
        {
            for (var c = 0; c < band.Length; c++)
            {
                if (kinds[c] == ProjectTableColumnKind.Amount && band[c].Length > 0)
                {
                    return false;
                }
            }

            return true;
        }

        return band[0].Length == 0 && previous.Length > 0 && previous[0].Length > 0 && !band.Any(LooksNumeric);
    }

    private static bool LooksNumeric(string cell) => cell.Length > 0 && cell.Any(char.IsAsciiDigit) && cell.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '-' or ' ');

    private static bool SameLabels(string[] a, string[] b) =>
        a.Length == b.Length && a.Zip(b).All(p => Squeeze(p.First) == Squeeze(p.Second)) && a.Any(l => l.Length > 0);

    private static bool SameColumns(double[] a, double[] b) => a.Length == b.Length && a.Zip(b).All(p => Math.Abs(p.First - p.Second) <= 3);

    private static bool Inside(Box table, Box word) =>
        word.CenterX >= table.Left - 1 && word.CenterX <= table.Right + 1 && word.CenterY >= table.Bottom - 1 && word.CenterY <= table.Top + 1;

    private static string Segmented(TextLine line) =>
        string.Join('\t', TextLines.Segments(line).Select(TextLines.Join));

    private static string Clean(string cell) => cell.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    internal static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A page number in the top or bottom margin: <c>7</c>, <c>- 7 -</c>, <c>第 7 页</c>, <c>第 7 页 共 20 页</c>, <c>7/20</c>.</summary>
    private static bool IsFurniture(TextLine line, PageContent page)
    {
        var inMargin = line.Box.Bottom < page.Height * 0.10 || line.Box.Top > page.Height * 0.92;
        return inMargin && PageNumber().IsMatch(TextLines.Join(line.Words));
    }

    [GeneratedRegex(@"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*/\s*\d{1,4})?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    private sealed class OutLine(string text, int page)
    {
        public string Text { get; set; } = text;

        public int Page { get; set; } = page;

        public bool Single { get; init; }

        public bool ReachesRight { get; set; }

        public double Size { get; init; }

        public double Bottom { get; set; }
    }

    private sealed class OpenTable(string[] header, ImmutableArray<ProjectTableColumnKind> kinds, double[] columns, int firstPage, bool fromRules, HashSet<string> preceding)
    {
        public string[] Header { get; } = header;

        public ImmutableArray<ProjectTableColumnKind> Kinds { get; } = kinds;

        public double[] Columns { get; } = columns;

        public int ColumnCount => Columns.Length - 1;

        public int FirstPage { get; } = firstPage;

        public int LastPage { get; set; } = firstPage;

        public bool FromRules { get; } = fromRules;

        public HashSet<string> Preceding { get; } = preceding;

        public List<(string[] Cells, int Page)> Rows { get; } = [];

        public List<(int From, int To)> Joined { get; } = [];
    }
}
