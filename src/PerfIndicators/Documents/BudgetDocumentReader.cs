using System.Collections.Immutable;
using System.Text;

namespace PerfIndicators.Documents;

/// <summary>
/// Reads budget disclosure documents (单位预算 / 部门预算 text extracted from PDF) into a <see cref="BudgetDocument"/>:
/// header, tables with their amount units, projects with parsed indicators, project budget rows, check-sum findings
/// and diagnostics.
/// </summary>
/// <remarks>
/// <para>Layouts read: tab-separated project tables (湖州 重点项目支出绩效明细表, 广州 项目支出绩效目标表, 项目支出预算表),
/// tables whose cells are broken over lines (杭州 项目支出绩效表 and 项目支出预算表), and project sections
/// (上海 项目经费情况说明). Columns are recognized by their header labels, so other documents of the same family read too.</para>
/// <para>No method throws for bad input: input that cannot be read, is not text, or is not a budget document gives a
/// <see cref="DocumentReadResult"/> whose <see cref="DocumentReadResult.Success"/> is false. One bad row never stops a
/// document; it becomes a diagnostic with its line. Only <see langword="null"/> arguments throw.</para>
/// </remarks>
public static class BudgetDocumentReader
{
    /// <summary>Reads a document from the bytes of <paramref name="stream"/>, detecting the encoding unless <paramref name="options"/> sets one.</summary>
    /// <param name="stream">A readable stream; it is read to its end and not closed.</param>
    /// <param name="options">Reader settings; <see langword="null"/> for <see cref="BudgetDocumentReaderOptions.Default"/>.</param>
    /// <returns>The document, or the reason it could not be read.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="stream"/> is <see langword="null"/>.</exception>
    public static DocumentReadResult Read(Stream stream, BudgetDocumentReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= BudgetDocumentReaderOptions.Default;
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > options.MaxBytes)
                {
                    return DocumentReadResult.Failed(DiagnosticCodes.DocumentTooLarge, $"输入超过 {options.MaxBytes} 字节，未读取 (the input is larger than {options.MaxBytes} bytes).");
                }
            }

            bytes = buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return DocumentReadResult.Failed(DiagnosticCodes.FileUnreadable, "读取输入失败：读写出错 (the input cannot be read: an I/O error).");
        }

        var decoded = TextDecoding.Decode(bytes, options.Encoding);
        if (decoded.Text is null)
        {
            return DocumentReadResult.Failed(decoded.ErrorCode!, decoded.ErrorMessage!);
        }

        return Analyze(decoded.Text, decoded.EncodingName, decoded.Notes);
    }

    /// <summary>Reads a document from already decoded text (no encoding detection).</summary>
    /// <param name="reader">The text; it is read to its end and not closed.</param>
    /// <param name="options">Reader settings (only <see cref="BudgetDocumentReaderOptions.MaxBytes"/> applies, counted in characters).</param>
    /// <returns>The document, or the reason it could not be read.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="reader"/> is <see langword="null"/>.</exception>
    public static DocumentReadResult Read(TextReader reader, BudgetDocumentReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= BudgetDocumentReaderOptions.Default;
        var builder = new StringBuilder();
        var chunk = new char[16384];
        try
        {
            int read;
            while ((read = reader.Read(chunk, 0, chunk.Length)) > 0)
            {
                builder.Append(chunk, 0, read);
                if (builder.Length > options.MaxBytes)
                {
                    return DocumentReadResult.Failed(DiagnosticCodes.DocumentTooLarge, $"输入超过 {options.MaxBytes} 个字符，未读取 (the input is larger than {options.MaxBytes} characters).");
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            return DocumentReadResult.Failed(DiagnosticCodes.FileUnreadable, "读取输入失败：读写出错 (the input cannot be read: an I/O error).");
        }

        var text = builder.ToString();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return TextDecoding.LooksBinary(text)
            ? DocumentReadResult.Failed(DiagnosticCodes.NotText, "输入含有控制字符，不是文本 (the input holds control characters; it is not text).")
            : Analyze(text, "text", (Diagnostic?)null);
    }

    /// <summary>Reads a document from a string.</summary>
    /// <param name="text">The document text.</param>
    /// <returns>The document, or the reason it could not be read.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is <see langword="null"/>.</exception>
    public static DocumentReadResult ReadText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader);
    }

    /// <summary>
    /// Reads a document from text that an adapter rebuilt from another format (for example the text layer of a PDF,
    /// its tables rebuilt as tab-separated rows), keeping the adapter's own diagnostics with the document's.
    /// </summary>
    /// <param name="text">The rebuilt document text; the spans of <paramref name="sourceDiagnostics"/> point into it.</param>
    /// <param name="sourceName">What the text was made from, reported as <see cref="BudgetDocument.EncodingName"/> (e.g. <c>pdf</c>).</param>
    /// <param name="sourceDiagnostics">The adapter's diagnostics; they are added to the document's (or to the failure's when no document is read).</param>
    /// <param name="options">Reader settings (only <see cref="BudgetDocumentReaderOptions.MaxBytes"/> applies, counted in characters).</param>
    /// <returns>The document, or the reason it could not be read.</returns>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public static DocumentReadResult ReadText(string text, string sourceName, IEnumerable<Diagnostic> sourceDiagnostics, BudgetDocumentReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(sourceDiagnostics);
        options ??= BudgetDocumentReaderOptions.Default;
        var notes = sourceDiagnostics.ToList();
        if (text.Length > options.MaxBytes)
        {
            return DocumentReadResult.Failed(DiagnosticCodes.DocumentTooLarge, $"输入超过 {options.MaxBytes} 个字符，未读取 (the input is larger than {options.MaxBytes} characters).", notes);
        }

        return Analyze(text, sourceName, notes);
    }

    private static DocumentReadResult Analyze(string text, string encodingName, Diagnostic? note) =>
        Analyze(text, encodingName, note is null ? [] : [note]);

    private static DocumentReadResult Analyze(string text, string encodingName, IReadOnlyList<Diagnostic> notes)
    {
        var source = new SourceText(text);
        var diagnostics = new List<Diagnostic>(notes);

        var sectionsStart = SectionReader.FindStart(source);
        var forms = TargetFormReader.Locate(source);
        var regions = TableLocator.Locate(source, sectionsStart);
        if (forms.Count > 0)
        {
            // A 目标表's title and labels are not a budget table of their own.
            regions.RemoveAll(r => forms.Any(f => r.FirstLine >= f.Start && r.FirstLine < f.End));
        }

        if (regions.Count == 0 && sectionsStart < 0 && forms.Count == 0)
        {
            return DocumentReadResult.Failed(
                DiagnosticCodes.NotABudgetDocument,
                "不是可识别的预算文件：没有找到预算表格（标题后跟“单位：万元”等）、项目表或项目经费情况说明 (not a recognizable budget document: no budget table, project table or project section found).",
                notes);
        }

        var tables = new List<DocumentTable>();
        var formProjects = TargetFormReader.Read(source, forms, tables, out var formHeader);
        var header = regions.Count == 0 && sectionsStart < 0 ? FormHeader(formHeader, diagnostics) : HeaderReader.Read(source, regions, diagnostics);
        var knownUnits = new HashSet<string>(StringComparer.Ordinal);
        AddUnit(knownUnits, header.Unit);
        foreach (var region in regions)
        {
            AddUnit(knownUnits, region.OrgName);
        }

        var read = new List<(TableRegion Region, ReadTable? Table)>();
        foreach (var region in regions.Where(r => r.Kind != TableKind.Other && r.HeaderIndex >= 0))
        {
            var table = TabTableReader.Read(source, region, UnitOf(region, diagnostics, source), region.Unit is not null, diagnostics);
            foreach (var row in table.Rows)
            {
                AddUnit(knownUnits, row.UnitName?.Text is { } u ? NameText.Clean(u, out _) : null);
            }

            read.Add((region, table));
        }

        foreach (var region in regions.Where(r => r.Kind != TableKind.Other && r.HeaderIndex < 0))
        {
            read.Add((region, BrokenLineTableReader.Read(source, region, UnitOf(region, diagnostics, source), region.Unit is not null, knownUnits, diagnostics)));
        }

        var checks = new List<DocumentCheck>();
        var projects = new List<Project>();
        var budgetRows = new List<ProjectBudgetRow>();
        foreach (var region in regions.Where(r => r.Kind == TableKind.Other))
        {
            tables.Add(new DocumentTable(TableKind.Other, region.Title, region.Unit, region.Unit is not null, TableLayout.NotRead, region.FirstLine + 1, 0, null));
        }

        foreach (var (region, table) in read.OrderBy(r => r.Region.FirstLine))
        {
            var rows = table!.Rows;
            CheckTruncated(source, table, diagnostics);
            CheckSums.CheckTable(table, rows, checks);
            var data = table.DataRows.ToList();
            if (region.Kind == TableKind.ProjectBudget)
            {
                budgetRows.AddRange(data.Select(r => ProjectBuilder.BuildBudgetRow(r, table, diagnostics)));
            }
            else
            {
                var built = data.Select(r => ProjectBuilder.BuildProject(r, table)).ToList();
                projects.AddRange(CheckSums.FlagRepeated(region.Title, built, checks));
            }

            tables.Add(new DocumentTable(
                region.Kind,
                region.Title,
                table.Unit,
                table.UnitStated,
                table.Layout,
                region.FirstLine + 1,
                data.Count,
                table.TotalRow?.Total is { } total ? new Amount(total, table.Unit) : null));
        }

        var (sectionProjects, sectionTable) = SectionReader.Read(source, sectionsStart, diagnostics);
        if (sectionTable is not null)
        {
            tables.Add(sectionTable);
        }

        CheckSums.CheckBreakdowns(sectionProjects, checks);
        CheckSums.CrossCheck(projects, budgetRows, checks);
        projects.AddRange(sectionProjects);
        projects.AddRange(formProjects);

        if (projects.Count == 0 && budgetRows.Count == 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.NoProjectTables,
                DiagnosticSeverity.Info,
                default(TextSpan),
                "文件中有预算表格，但没有项目绩效表、项目支出预算表或项目经费情况说明，因此没有项目 (budget tables found, but no project table or section)."));
        }

        var document = new BudgetDocument(
            text,
            source.LineStarts,
            encodingName,
            header,
            [.. tables.OrderBy(t => t.Line)],
            [.. projects.OrderBy(p => p.Span.Start)],
            [.. budgetRows],
            [.. checks.OrderBy(f => f.Lines.IsDefaultOrEmpty ? int.MaxValue : f.Lines.Min()).ThenBy(f => f.Diagnostic.Code, StringComparer.Ordinal)],
            [.. diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)]);
        return DocumentReadResult.Read(document);
    }

    /// <summary>The header of a document that is only 目标表 forms: what the forms say, with the fields they leave out noted as HeaderReader notes them.</summary>
    private static DocumentHeader FormHeader(DocumentHeader header, List<Diagnostic> diagnostics)
    {
        var missing = new List<string>();
        if (header.Unit is null)
        {
            missing.Add("主管部门");
        }

        if (header.Year is null)
        {
            missing.Add("年度");
        }

        if (missing.Count > 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.HeaderFieldMissing,
                DiagnosticSeverity.Info,
                default(TextSpan),
                $"目标表没有写明{string.Join("、", missing)}（或各表不同）(the forms do not state {string.Join(", ", missing)}, or they differ)."));
        }

        return header;
    }

    private static void AddUnit(HashSet<string> units, string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return;
        }

        var squeezed = NameText.Squeeze(unit);
        units.Add(squeezed);
        foreach (var suffix in new[] { "（本级）", "(本级)" })
        {
            if (squeezed.EndsWith(suffix, StringComparison.Ordinal))
            {
                units.Add(squeezed[..^suffix.Length]);
            }
        }
    }

    private static AmountUnit UnitOf(TableRegion region, List<Diagnostic> diagnostics, SourceText source)
    {
        if (region.Unit is { } unit)
        {
            return unit;
        }

        var line = source.Lines[region.FirstLine];
        diagnostics.Add(new Diagnostic(
            DiagnosticCodes.AmountUnitAssumed,
            DiagnosticSeverity.Warning,
            line.Span,
            $"表格“{region.Title ?? "项目表"}”（第 {line.Number} 行）没有写明金额单位，按万元读取 (no 单位 line; amounts read as 万元)."));
        return AmountUnit.TenThousandYuan;
    }

    /// <summary>A table running to the end of the file whose last row lacks its amount or its goal and indicators was probably cut off.</summary>
    private static void CheckTruncated(SourceText source, ReadTable table, List<Diagnostic> diagnostics)
    {
        if (table.Layout != TableLayout.TabSeparated || table.Region.End < source.Lines.Count)
        {
            return;
        }

        var last = table.Rows.LastOrDefault(r => r.Kind == RowKind.Data);
        if (last is null)
        {
            return;
        }

        var lacksText = table.HasIndicatorColumn ? last.Indicators is null : table.HasGoalColumn && last.Goal is null;
        if (last.Total is null || lacksText)
        {
            var line = source.Lines[last.LastLine];
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.DocumentTruncated,
                DiagnosticSeverity.Warning,
                line.Span,
                $"文件在第 {line.Number} 行结束，最后一行{(last.Total is null ? "没有金额" : table.HasIndicatorColumn ? "没有绩效指标" : "没有绩效目标")}，文件可能被截断 (the file ends inside its last row; it may be truncated)."));
        }
    }
}
