using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using PerfIndicators.Parsing;

namespace PerfIndicators.Documents;

/// <summary>One cell of a tab-separated line: its 0-based column, the document offset of its trimmed text, the text.</summary>
internal readonly record struct FormCell(int Column, int Start, string Text);

/// <summary>A 目标表 found in a document: the lines of its header block, its indicator header and its indicator rows.</summary>
internal sealed class FormRegion
{
    public int Start { get; set; }

    public int TitleLine { get; set; } = -1;

    public int HeaderLine { get; init; }

    public int BodyStart { get; set; }

    /// <summary>The line index just past the form.</summary>
    public int End { get; set; }

    public Dictionary<FormColumn, int> Columns { get; set; } = [];
}

/// <summary>
/// Reads 目标表 (绩效目标申报表, 项目绩效目标表, 部门整体绩效目标表) from tab-separated text, as spreadsheets are copied or
/// rebuilt: a header block of labelled cells (项目名称, 主管部门, 实施单位, 项目资金, 实施期, 年度目标) read by their labels,
/// then the indicator table (一级 | 二级 | 三级 | 指标值, or 指标值 split into 指标性质 | 指标值 | 度量单位) whose columns are
/// found by their header labels. Each form is one project; forms may follow each other (stacked) anywhere in the text.
/// Each indicator row is read by the parser's row reading (<see cref="IndicatorParser.ParseIndicator(string, string, string?, string?)"/>).
/// </summary>
internal static partial class TargetFormReader
{
    /// <summary>How far above its indicator header a form's header block may start.</summary>
    private const int HeaderBlockLines = 40;

    private static readonly FormColumn[] RoleOrder = [FormColumn.Level1, FormColumn.Level2, FormColumn.Name, FormColumn.Value, FormColumn.Comparator, FormColumn.Unit];

    public static List<FormRegion> Locate(SourceText source)
    {
        var lines = source.Lines;
        var forms = new List<FormRegion>();
        var previousEnd = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!TryHeader(Cells(lines[i]), out var columns))
            {
                continue;
            }

            var form = new FormRegion { HeaderLine = i, Columns = columns, BodyStart = i + 1 };
            if (i + 1 < lines.Count && TrySecondHeader(Cells(lines[i + 1]), columns, out var merged))
            {
                form.Columns = merged;
                form.BodyStart = i + 2;
            }

            FindStart(source, form, previousEnd);
            form.End = FindEnd(source, form);
            forms.Add(form);
            previousEnd = form.End;
            i = form.End - 1;
        }

        return forms;
    }

    public static List<Project> Read(SourceText source, List<FormRegion> forms, List<DocumentTable> tables, out DocumentHeader header)
    {
        var projects = new List<Project>();
        string? department = null, code = null, title = null;
        int? year = null;
        var sameDepartment = true;
        foreach (var form in forms)
        {
            var project = ReadForm(source, form, out var formDepartment, out var formCode, out var formTitle, out var formYear, out var unit);
            projects.Add(project);
            tables.Add(new DocumentTable(TableKind.ProjectPerformance, formTitle, unit.Unit, unit.Stated, TableLayout.Form, form.Start + 1, 1, null));
            title ??= formTitle;
            year ??= formYear;
            // The issuing unit is the 主管部门 all forms share (a form without one counts by its own unit).
            var issuer = formDepartment ?? project.Unit;
            sameDepartment &= department is null || issuer is null || department == issuer;
            department ??= issuer;
            code ??= formCode;
        }

        header = new DocumentHeader(sameDepartment ? department : null, sameDepartment ? code : null, year, title);
        return projects;
    }

    public static List<FormCell> Cells(SourceLine line)
    {
        var cells = new List<FormCell>();
        var text = line.Text;
        var column = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\t')
            {
                continue;
            }

            var raw = text[start..i];
            var trimmed = raw.Trim();
            if (trimmed.Length > 0)
            {
                cells.Add(new FormCell(column, line.Start + start + (raw.Length - raw.TrimStart().Length), trimmed));
            }

            column++;
            start = i + 1;
        }

        return cells;
    }

    private static bool TryHeader(List<FormCell> cells, out Dictionary<FormColumn, int> columns)
    {
        columns = Choose(cells.Select(c => (c.Column, FormLabels.ColumnOf(c.Text), FormLabels.Period(c.Text))));
        return columns.ContainsKey(FormColumn.Name) && columns.ContainsKey(FormColumn.Value)
            && (columns.ContainsKey(FormColumn.Level1) || columns.ContainsKey(FormColumn.Level2));
    }

    /// <summary>A second header row under the first (指标值 over 指标性质 | 指标值 | 度量单位): every cell is a column label.</summary>
    private static bool TrySecondHeader(List<FormCell> cells, Dictionary<FormColumn, int> first, out Dictionary<FormColumn, int> merged)
    {
        merged = first;
        if (cells.Count == 0 || cells.Any(c => FormLabels.ColumnOf(c.Text) == FormColumn.Other))
        {
            return false;
        }

        var roles = first.ToDictionary(p => p.Value, p => (Role: p.Key, Period: 0));
        foreach (var cell in cells)
        {
            roles[cell.Column] = (FormLabels.ColumnOf(cell.Text), FormLabels.Period(cell.Text));
        }

        merged = Choose(roles.Select(p => (p.Key, p.Value.Role, p.Value.Period)));
        return merged.ContainsKey(FormColumn.Name) && merged.ContainsKey(FormColumn.Value);
    }

    /// <summary>One column per role: the annual one where a table has long-term and annual sets, else the first.</summary>
    private static Dictionary<FormColumn, int> Choose(IEnumerable<(int Column, FormColumn Role, int Period)> cells)
    {
        var columns = new Dictionary<FormColumn, int>();
        foreach (var group in cells.Where(c => c.Role != FormColumn.Other).GroupBy(c => c.Role))
        {
            columns[group.Key] = group.OrderByDescending(c => c.Period).ThenBy(c => c.Column).First().Column;
        }

        return columns;
    }

    private static void FindStart(SourceText source, FormRegion form, int previousEnd)
    {
        var lines = source.Lines;
        var floor = Math.Max(previousEnd, form.HeaderLine - HeaderBlockLines);
        var start = form.HeaderLine;
        for (var j = form.HeaderLine - 1; j >= floor; j--)
        {
            var cells = Cells(lines[j]);
            if (cells.Count == 0)
            {
                continue;
            }

            if (FormLabels.IsTitle(cells[0].Text))
            {
                form.TitleLine = j;
                start = j;
                break;
            }

            if (cells.Any(c => FormLabels.FieldOf(LabelPart(c.Text)) != FormField.None) || YearLine().IsMatch(cells[0].Text))
            {
                start = j;
            }
        }

        form.Start = start;
    }

    private static int FindEnd(SourceText source, FormRegion form)
    {
        var lines = source.Lines;
        var end = form.BodyStart;
        for (var j = form.BodyStart; j < lines.Count; j++)
        {
            var cells = Cells(lines[j]);
            if (cells.Count == 0)
            {
                continue;
            }

            if (FormLabels.IsTitle(cells[0].Text)
                || cells.Any(c => FormLabels.FieldOf(LabelPart(c.Text)) is FormField.ProjectName or FormField.DepartmentName)
                || TryHeader(cells, out _))
            {
                break;
            }

            var hasContent = cells.Any(c => c.Column == Get(form, FormColumn.Name) || c.Column == Get(form, FormColumn.Value)
                || c.Column == Get(form, FormColumn.Comparator) || c.Column == Get(form, FormColumn.Unit));
            var hasLabel = cells.Any(c => (c.Column == Get(form, FormColumn.Level1) || c.Column == Get(form, FormColumn.Level2))
                && PrintedLabel.Read(c.Text) is { } label && (label.IsRecognized || label.IsOnlyPoints));
            if (!hasContent && !hasLabel)
            {
                break;
            }

            end = j + 1;
        }

        return end;
    }

    private static int Get(FormRegion form, FormColumn role) => form.Columns.TryGetValue(role, out var column) ? column : -1;

    /// <summary>The label part of a cell written <c>label：value</c>, or the whole cell.</summary>
    private static string LabelPart(string cell)
    {
        var colon = cell.AsSpan().IndexOfAny(':', '：');
        return colon > 0 && colon < cell.Length - 1 ? cell[..colon] : cell;
    }

    private static Project ReadForm(SourceText source, FormRegion form, out string? department, out string? code, out string? title, out int? year, out (AmountUnit Unit, bool Stated) unit)
    {
        var lines = source.Lines;
        var diagnostics = new List<Diagnostic>();
        var fields = new Dictionary<FormField, FormCell>();
        AmountUnit? statedUnit = null;
        title = form.TitleLine >= 0 ? NameText.Collapse(Cells(lines[form.TitleLine])[0].Text) : null;
        year = null;
        FormCell? moneyValue = null;
        for (var j = form.Start; j < form.HeaderLine; j++)
        {
            var cells = Cells(lines[j]);
            foreach (var cell in cells)
            {
                if (year is null && YearLine().Match(cell.Text) is { Success: true } match && (j == form.TitleLine || j <= form.TitleLine + 2))
                {
                    year = int.Parse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                }

                statedUnit ??= FormLabels.UnitIn(cell.Text) ?? (LinePatterns.UnitLine().Match(cell.Text) is { Success: true } u ? AmountUnits.FromLabel(u.Groups["unit"].Value) : null);
            }

            for (var k = 0; k < cells.Count; k++)
            {
                var cell = cells[k];
                var field = FormLabels.FieldOf(cell.Text);
                FormCell? value = null;
                if (field == FormField.None)
                {
                    // 单位名称：某某局 in one cell.
                    var label = LabelPart(cell.Text);
                    if (label.Length == cell.Text.Length || (field = FormLabels.FieldOf(label)) == FormField.None)
                    {
                        continue;
                    }

                    var rest = cell.Text[(label.Length + 1)..];
                    var lead = rest.Length - rest.TrimStart().Length;
                    value = rest.Trim().Length > 0 ? new FormCell(cell.Column, cell.Start + label.Length + 1 + lead, rest.Trim()) : null;
                }
                else
                {
                    value = ValueRight(cells, k) ?? ValueBelow(source, form, j, cell.Column, field);
                }

                if (value is not { } found)
                {
                    continue;
                }

                if (field == FormField.Money)
                {
                    moneyValue ??= AmountText.LooksNumeric(found.Text) ? found : null;
                    continue;
                }

                fields.TryAdd(field, found);
            }
        }

        var amountUnit = statedUnit ?? AmountUnit.TenThousandYuan;
        unit = (amountUnit, statedUnit is not null);
        var nameCell = Field(fields, FormField.ProjectName) ?? Field(fields, FormField.DepartmentName);
        var titleLine = lines[form.Start];
        string name;
        if (nameCell is { } n)
        {
            name = NameText.Clean(n.Text, out _);
        }
        else
        {
            name = "（未写项目名称）";
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.FormWithoutName,
                DiagnosticSeverity.Warning,
                titleLine.Span,
                $"第 {titleLine.Number} 行起的目标表“{title ?? "目标表"}”没有项目名称或部门名称，按“{name}”列出 (the form names no project or department)."));
        }

        department = null;
        code = null;
        if (Field(fields, FormField.Department) is { } d)
        {
            var coded = CodedName().Match(d.Text);
            department = NameText.Clean(coded.Success ? coded.Groups["name"].Value : d.Text, out _);
            code = coded.Success ? coded.Groups["code"].Value : null;
        }

        var unitName = Field(fields, FormField.Unit) is { } u2 ? NameText.Clean(u2.Text, out _) : null;
        if (unitName is null && Field(fields, FormField.DepartmentName) is { } dn && Field(fields, FormField.ProjectName) is null)
        {
            unitName = NameText.Clean(dn.Text, out _);
        }

        var total = Amount(Field(fields, FormField.Total) ?? moneyValue, name, "年度资金总额", diagnostics);
        var funding = new List<FundingAmount>();
        foreach (var (field, source2, label) in new[] { (FormField.Fiscal, FundingSource.FiscalAppropriation, "财政拨款"), (FormField.OtherFunds, FundingSource.Other, "其他资金") })
        {
            if (Field(fields, field) is { } cell && Amount(cell, name, label, diagnostics) is { } value)
            {
                funding.Add(new FundingAmount(source2, label, new Amount(value, amountUnit)));
            }
        }

        var lastLine = lines[Math.Max(form.Start, form.End - 1)];
        var span = TextSpan.FromBounds(titleLine.Start, Math.Max(titleLine.Start, lastLine.Start + lastLine.Text.Length));
        if (total is null && Field(fields, FormField.Total) is null && moneyValue is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NoBudgetTotal, DiagnosticSeverity.Warning, titleLine.Span, $"目标表“{name}”没有写明项目资金（年度资金总额）(the form states no amount)."));
        }
        else if (statedUnit is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.AmountUnitAssumed, DiagnosticSeverity.Warning, titleLine.Span, $"目标表“{name}”（第 {titleLine.Number} 行）没有写明金额单位，按万元读取 (no 单位; amounts read as 万元)."));
        }

        var project = new Project(name, TableKind.ProjectPerformance, form.Start + 1, span)
        {
            Unit = unitName ?? department,
            UnitCode = code,
            Category = Field(fields, FormField.Category) is { } c ? NameText.Squeeze(c.Text) : null,
            Amount = total is { } t ? new Amount(t, amountUnit) : null,
            Funding = [.. funding],
            Goal = (Field(fields, FormField.GoalAnnual) ?? Field(fields, FormField.GoalOverall)) is { } g ? NameText.Collapse(g.Text) : null,
        };

        if (Field(fields, FormField.Period) is { } period)
        {
            var cell = new CellText(period.Start, period.Text);
            project = project with { PeriodText = NameText.Collapse(period.Text), Period = SectionReader.ReadPeriod(cell, name, diagnostics) };
        }

        var indicators = ReadRows(source, form, diagnostics);
        var headerLine = lines[form.HeaderLine];
        var bodyEnd = lastLine.Start + lastLine.Text.Length;
        project = project with
        {
            IndicatorText = source.Text[headerLine.Start..Math.Max(headerLine.Start, bodyEnd)],
            Indicators = indicators,
        };

        if (indicators.IsEmpty)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NoStructuredIndicators, DiagnosticSeverity.Info, headerLine.Span, $"目标表“{name}”的绩效指标表中没有读出任何指标 (no indicator rows under the header)."));
        }

        if (project.Goal is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NoGoal, DiagnosticSeverity.Info, titleLine.Span, $"目标表“{name}”没有年度目标文字 (no 年度目标 text)."));
        }

        return project with { Diagnostics = [.. diagnostics.OrderBy(x => x.Span.Start).ThenBy(x => x.Code, StringComparer.Ordinal)] };
    }

    private static FormCell? Field(Dictionary<FormField, FormCell> fields, FormField field) =>
        fields.TryGetValue(field, out var cell) ? cell : null;

    /// <summary>The first non-empty cell right of the label that is not a label itself (stopping at the next label).</summary>
    private static FormCell? ValueRight(List<FormCell> cells, int index)
    {
        return index + 1 < cells.Count && FormLabels.FieldOf(cells[index + 1].Text) == FormField.None ? cells[index + 1] : null;
    }

    /// <summary>For a label heading a column (<c>实施期目标 | 年度目标</c> over their texts), the cell below it.</summary>
    private static FormCell? ValueBelow(SourceText source, FormRegion form, int line, int column, FormField field)
    {
        if (field is not (FormField.GoalAnnual or FormField.GoalOverall or FormField.GoalLongTerm) || line + 1 >= form.HeaderLine)
        {
            return null;
        }

        var below = Cells(source.Lines[line + 1]).FirstOrDefault(c => c.Column == column);
        return below.Text is { } text && FormLabels.FieldOf(text) == FormField.None ? below : null;
    }

    private static decimal? Amount(FormCell? cell, string name, string what, List<Diagnostic> diagnostics)
    {
        if (cell is not { } found)
        {
            return null;
        }

        if (AmountText.TryParse(found.Text, out var value))
        {
            return value;
        }

        diagnostics.Add(new Diagnostic(
            DiagnosticCodes.InvalidAmount,
            DiagnosticSeverity.Error,
            new TextSpan(found.Start, found.Text.Length),
            $"目标表“{name}”的{what}“{TabTableReader.Excerpt(found.Text)}”不是数字，或大于可处理的 10²⁰ (the amount is not a number, or beyond 10^20)."));
        return null;
    }

    private static ImmutableArray<Indicator> ReadRows(SourceText source, FormRegion form, List<Diagnostic> diagnostics)
    {
        var indicators = ImmutableArray.CreateBuilder<Indicator>();
        FormCell? level1 = null, level2 = null;
        for (var j = form.BodyStart; j < form.End; j++)
        {
            var cells = Cells(source.Lines[j]);
            if (cells.Count == 0)
            {
                continue;
            }

            FormCell? At(FormColumn role) => form.Columns.TryGetValue(role, out var column) && cells.FirstOrDefault(c => c.Column == column) is { Text: not null } cell ? cell : null;
            if (At(FormColumn.Level1) is { } l1)
            {
                if (level1?.Text != l1.Text && At(FormColumn.Level2) is null && level2 is { } carried
                    && PrintedLabel.Read(carried.Text).Category != PrintedLabel.Read(l1.Text).Category)
                {
                    level2 = null;
                }

                level1 = l1;
            }

            if (At(FormColumn.Level2) is { } l2)
            {
                level2 = l2;
            }

            var name = At(FormColumn.Name);
            var parts = new[] { At(FormColumn.Comparator), At(FormColumn.Value), At(FormColumn.Unit) }.Where(p => p is not null).Select(p => p!.Value).ToList();
            if (name is null && parts.Count == 0)
            {
                continue;
            }

            var row = new RowMap();
            row.Add(level1);
            row.Separator();
            row.Add(level2);
            row.Separator();
            row.Add(name);
            row.Separator();
            for (var p = 0; p < parts.Count; p++)
            {
                if (p > 0)
                {
                    row.Space();
                }

                row.Add(parts[p]);
            }

            var target = string.Join(' ', parts.Select(p => p.Text));
            var parsed = IndicatorParser.ParseIndicator(name?.Text ?? string.Empty, target, level1?.Text, level2?.Text);
            foreach (var diagnostic in parsed.Diagnostics)
            {
                diagnostics.Add(diagnostic.Location.Span is { } s ? diagnostic with { Location = diagnostic.Location with { Span = row.Map(s) } } : diagnostic);
            }

            if (parsed.Value is { } indicator)
            {
                indicators.Add(indicator with { Span = row.Map(indicator.Span), NameSpan = row.Map(indicator.NameSpan), TargetSpan = row.Map(indicator.TargetSpan) });
            }
        }

        return indicators.ToImmutable();
    }

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年")]
    private static partial Regex YearLine();

    [GeneratedRegex(@"^(?<name>.*?\S)[\s(（]*(?<code>\d{3,})[)）]?\s*$")]
    private static partial Regex CodedName();

    /// <summary>The pieces of the row the parser reads (<c>一级 ⇥ 二级 ⇥ 三级 ⇥ 指标值</c>), each with the document offset of its cell.</summary>
    private sealed class RowMap
    {
        private readonly List<(int RowStart, int Length, int DocumentStart)> pieces = [];
        private int length;

        public void Add(FormCell? cell)
        {
            if (cell is { } c)
            {
                pieces.Add((length, c.Text.Length, c.Start));
                length += c.Text.Length;
            }
        }

        public void Separator() => length++;

        public void Space() => length++;

        public TextSpan Map(TextSpan span)
        {
            if (pieces.Count == 0)
            {
                return span;
            }

            var start = MapOffset(span.Start, atEnd: false);
            var end = span.Length == 0 ? start : MapOffset(span.End, atEnd: true);
            return TextSpan.FromBounds(start, Math.Max(start, end));
        }

        private int MapOffset(int offset, bool atEnd)
        {
            foreach (var (rowStart, count, documentStart) in pieces)
            {
                if (offset < rowStart)
                {
                    // In a separator before this piece: a start moves to the piece, an end stays where the last piece ended.
                    return documentStart;
                }

                if (offset < rowStart + count || (atEnd && offset == rowStart + count))
                {
                    return documentStart + (offset - rowStart);
                }
            }

            var (lastStart, lastCount, lastDocument) = pieces[^1];
            return lastDocument + Math.Min(lastCount, Math.Max(0, offset - lastStart));
        }
    }
}
