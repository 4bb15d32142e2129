using System.Collections.Immutable;
using System.Text;
using PerfIndicators.Checking;
using PerfIndicators.Formats.Csv;
using PerfIndicators.Formats.Files;
using PerfIndicators.Formats.Sheets;
using PerfIndicators.Formats.Workbooks;
using PerfIndicators.Formats.Xlsx;

namespace PerfIndicators.Formats.Check;

/// <summary>The printed grids of one file and what reading it said.</summary>
/// <param name="Grids">One grid per visible sheet (a CSV file or a text table gives one).</param>
/// <param name="Diagnostics">The readers' diagnostics, in order.</param>
public sealed record PrintedGridsRead(ImmutableArray<PrintedGrid> Grids, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>The published 自评表 of one file, read from its grids, and every diagnostic of the reading.</summary>
/// <param name="Source">The file.</param>
/// <param name="Forms">The forms, in sheet order (several per sheet when they are stacked).</param>
/// <param name="Diagnostics">The file readers' and the form reader's diagnostics.</param>
public sealed record PublishedFormFile(string Source, ImmutableArray<PublishedSelfAssessment> Forms, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether no form could be read (the file counts as failed).</summary>
    public bool Failed => Forms.IsEmpty;
}

/// <summary>
/// Published 自评表 files turned into <see cref="PrintedGrid"/>s: <c>.xlsx</c> through the bounded xlsx reader, <c>.xls</c> through
/// the BIFF reader under the same limits, <c>.csv</c> in UTF-8 or GBK (detected), and text tables copied out of a PDF
/// (<c>.txt</c>/<c>.tsv</c>: cells split by tabs, <c>|</c> or runs of two or more spaces). Merged cells are filled down; a formula
/// cell without a computed value is given as its formula (<c>=SUM(…)</c>) so that the form reader reports it.
/// </summary>
public static class PublishedFormFiles
{
    /// <summary>The extensions read.</summary>
    public static ImmutableArray<string> Extensions { get; } = [".xlsx", ".xls", ".csv", ".txt", ".tsv"];

    /// <summary>The most bytes of a text table read. 16 MiB.</summary>
    public const long MaxTextBytes = 16L * 1024 * 1024;

    /// <summary>The most lines of a text table read; later lines are left out (the form reader bounds its rows too).</summary>
    public const int MaxTextLines = 50_000;

    /// <summary>Reads the forms of the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    public static PublishedFormFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var grids = ReadGrids(path);
        var forms = ImmutableArray.CreateBuilder<PublishedSelfAssessment>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(grids.Diagnostics);
        var formDiagnostics = new List<Diagnostic>();
        foreach (var grid in grids.Grids)
        {
            var read = PublishedFormReader.Read(grid);
            forms.AddRange(read.Forms);
            // A sheet without a form beside sheets with forms (notes, a cover) is not a problem of the file.
            formDiagnostics.AddRange(read.Forms.IsEmpty && grids.Grids.Length > 1 ? [] : read.Diagnostics);
            formDiagnostics.AddRange(read.Forms.SelectMany(f => f.Diagnostics).Where(d => !read.Diagnostics.Contains(d)));
        }

        diagnostics.AddRange(formDiagnostics);
        if (forms.Count == 0 && !grids.Grids.IsEmpty && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            diagnostics.Add(new Diagnostic(
                FormatDiagnosticCodes.CheckNoForm,
                DiagnosticSeverity.Error,
                default(DiagnosticLocation),
                "文件中没有自评表：任何工作表都没有找到指标表头（三级指标及年度指标值或实际完成值）(no sheet holds a 自评表 header)."));
        }

        return new PublishedFormFile(path, forms.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>The printed grids of the file at <paramref name="path"/>, chosen by its extension.</summary>
    /// <param name="path">The file.</param>
    public static PrintedGridsRead ReadGrids(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".xlsx" or ".xls":
                return FromWorkbook(ReadWorkbook(path));
            case ".csv":
                return FromWorkbook(CsvReader.Read(path));
            case ".txt" or ".tsv":
                try
                {
                    return FromText(BoundedFile.ReadAllText(path, MaxTextBytes), Path.GetFileName(path));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    return Failed(FormatDiagnosticCodes.FileNotReadable, SpreadsheetMessages.FileNotReadable(ex));
                }

            default:
                return Failed(
                    FormatDiagnosticCodes.CheckUnsupportedFile,
                    $"不能从“{Path.GetFileName(path)}”读取自评表：只读 .xlsx、.xls、.csv、.txt、.tsv (only .xlsx, .xls, .csv, .txt and .tsv files are read).");
        }
    }

    /// <summary>The grids of a workbook read by a spreadsheet reader: one per visible sheet, merged cells filled down.</summary>
    /// <param name="read">What the reader gave.</param>
    public static PrintedGridsRead FromWorkbook(SpreadsheetReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read.Workbook is not { } workbook)
        {
            return new PrintedGridsRead([], read.Diagnostics);
        }

        return new PrintedGridsRead(
            [.. workbook.Sheets.Where(s => s.Visibility == SheetVisibility.Visible).Select(s => Grid(s, workbook.Uses1904DateSystem))],
            read.Diagnostics);
    }

    /// <summary>
    /// The grid of a text table: each non-blank line split on tabs when it has one, else on <c>|</c> (outer bars dropped), else on
    /// runs of two or more spaces. Rows are numbered by their line.
    /// </summary>
    /// <param name="text">The table's text.</param>
    /// <param name="name">The table's name in diagnostics.</param>
    public static PrintedGridsRead FromText(string text, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<(int, IReadOnlyList<string>)>();
        var number = 0;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            if (++number > MaxTextLines)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.PublishedFormTooManyRows,
                    DiagnosticSeverity.Warning,
                    DiagnosticLocation.AtLine(number),
                    $"文本表格超过 {MaxTextLines:N0} 行，其后的行未读取 (more than {MaxTextLines:N0} lines; the rest was not read)."));
                break;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cells = Split(line);
            if (rows.Count > 0 && IsPositional(line) && Continues(cells, rows[^1].Item2))
            {
                var above = rows[^1].Item2.ToArray();
                for (var c = 0; c < cells.Length; c++)
                {
                    above[c] += cells[c];
                }

                rows[^1] = (rows[^1].Item1, above);
                diagnostics.Add(new Diagnostic(
                    FormatDiagnosticCodes.CheckTextCellContinued,
                    DiagnosticSeverity.Info,
                    DiagnosticLocation.AtLine(number),
                    $"第 {number} 行只有上一行单元格的后半部分（PDF 复制时断行），已接到上一行 (the rest of cells of the line above; joined to it)."));
            }
            else
            {
                rows.Add((number, cells));
            }
        }

        if (!rows.Any(r => r.Item2.Count(c => c.Length > 0) >= 2))
        {
            diagnostics.Add(new Diagnostic(
                FormatDiagnosticCodes.CheckTextTableEmpty,
                DiagnosticSeverity.Error,
                default(DiagnosticLocation),
                $"文本表格“{name}”没有可分列的行（制表符、| 或两个以上空格）(no line with two or more cells)."));
            return new PrintedGridsRead([], diagnostics.ToImmutable());
        }

        return new PrintedGridsRead([new PrintedGrid(rows, sheet: null, isText: true)], diagnostics.ToImmutable());
    }

    private static SpreadsheetReadResult ReadWorkbook(string path)
    {
        try
        {
            using var stream = BoundedFile.OpenRegular(path);
            return TargetWorkbookReader.ReadSpreadsheet(stream, TargetWorkbookReadOptions.Default, Path.GetFileName(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return new SpreadsheetReadResult(null, [new Diagnostic(FormatDiagnosticCodes.FileNotReadable, DiagnosticSeverity.Error, default(DiagnosticLocation), SpreadsheetMessages.FileNotReadable(ex))]);
        }
    }

    private static PrintedGridsRead Failed(string code, string message) =>
        new([], [new Diagnostic(code, DiagnosticSeverity.Error, default(DiagnosticLocation), message)]);

    /// <summary>Whether a line keeps its cells' positions (tabs or bars: an empty cell is still a cell).</summary>
    private static bool IsPositional(string line) => line.Contains('\t', StringComparison.Ordinal) || line.Contains('|', StringComparison.Ordinal);

    /// <summary>
    /// Whether a line is the rest of cells broken from the row above: one or two cells, none in the first column (a new
    /// 一级 label or 总分/等级 line starts there), none a number (a row of its own has its 分值 and 得分), under a row of
    /// three or more cells.
    /// </summary>
    private static bool Continues(string[] cells, IReadOnlyList<string> above)
    {
        var filled = Enumerable.Range(0, cells.Length).Where(c => cells[c].Length > 0).ToList();
        return filled.Count is 1 or 2 && filled[0] > 0 && cells.Length <= above.Count && above.Count(c => c.Length > 0) >= 3
            && filled.All(c => !cells[c].Any(char.IsAsciiDigit));
    }

    private static string[] Split(string line)
    {
        string[] cells;
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            cells = line.Split('\t');
        }
        else if (line.Contains('|', StringComparison.Ordinal))
        {
            var trimmed = line.Trim();
            trimmed = trimmed.StartsWith('|') ? trimmed[1..] : trimmed;
            trimmed = trimmed.EndsWith('|') ? trimmed[..^1] : trimmed;
            cells = trimmed.Split('|');
        }
        else
        {
            cells = SpaceRuns(line.Trim());
        }

        return [.. cells.Select(c => c.Trim())];
    }

    private static string[] SpaceRuns(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is ' ' or '\u3000' && i + 1 < line.Length && line[i + 1] is ' ' or '\u3000')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                while (i + 1 < line.Length && line[i + 1] is ' ' or '\u3000')
                {
                    i++;
                }
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    private static PrintedGrid Grid(Worksheet sheet, bool uses1904)
    {
        var grid = new SortedDictionary<int, SortedDictionary<int, string>>();
        foreach (var row in sheet.Rows)
        {
            foreach (var cell in row.Cells)
            {
                var text = CellContent.Of(cell, uses1904).Text.Replace('\n', ' ').Replace('\r', ' ').Trim();
                if (text.Length == 0 && cell.HasFormula && cell.Formula is { Length: > 0 } formula)
                {
                    text = "=" + formula;
                }

                if (text.Length > 0)
                {
                    Put(grid, row.Number, cell.ColumnNumber, text);
                }
            }
        }

        var lastRow = grid.Count == 0 ? 0 : grid.Keys.Max();
        foreach (var range in sheet.MergedRanges.Where(m => m.RowCount > 1).OrderBy(m => m.First))
        {
            if (!grid.TryGetValue(range.First.Row, out var top) || !top.TryGetValue(range.First.Column, out var value))
            {
                continue;
            }

            // A merged range is filled down no further than the sheet's last row, so a range over a million empty rows adds none.
            for (var r = range.First.Row + 1; r <= Math.Min(range.Last.Row, lastRow); r++)
            {
                Put(grid, r, range.First.Column, value);
            }
        }

        return new PrintedGrid(
            grid.Select(r => (r.Key, (IReadOnlyList<string>)[.. Enumerable.Range(1, r.Value.Keys.Max()).Select(c => r.Value.GetValueOrDefault(c, string.Empty))])),
            sheet.Name);
    }

    private static void Put(SortedDictionary<int, SortedDictionary<int, string>> grid, int row, int column, string text)
    {
        if (!grid.TryGetValue(row, out var cells))
        {
            grid[row] = cells = [];
        }

        cells[column] = text;
    }
}
