using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Calendars;

namespace PerfIndicators.Documents;

/// <summary>
/// Reads project sections (项目经费情况说明, project funding statements) as Shanghai publishes them: a heading
/// <c>…项目经费情况说明(实施单位)</c>, then numbered parts 一、项目概述 … 五、实施周期, 六、年度预算安排, 七、绩效目标.
/// </summary>
internal static partial class SectionReader
{
    /// <summary>The index of the first section heading, or -1.</summary>
    public static int FindStart(SourceText source)
    {
        for (var i = 0; i < source.Lines.Count; i++)
        {
            if (ParseHeading(source.Lines[i].Text) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    public static (List<Project> Projects, DocumentTable? Table) Read(SourceText source, int start, List<Diagnostic> diagnostics)
    {
        var projects = new List<Project>();
        if (start < 0)
        {
            return (projects, null);
        }

        var lines = source.Lines;
        var headings = new List<int>();
        for (var i = start; i < lines.Count; i++)
        {
            if (ParseHeading(lines[i].Text) is not null)
            {
                headings.Add(i);
            }
        }

        AmountUnit? tableUnit = null;
        for (var h = 0; h < headings.Count; h++)
        {
            var end = h + 1 < headings.Count ? headings[h + 1] : lines.Count;
            var project = ReadSection(source, headings[h], end, end == lines.Count);
            tableUnit ??= project.Amount?.Unit;
            projects.Add(project);
        }

        var table = new DocumentTable(TableKind.ProjectSections, "项目经费情况说明", tableUnit, tableUnit is not null, TableLayout.Sections, headings[0] + 1, projects.Count, null);
        return (projects, table);
    }

    private static (string Name, string? Unit)? ParseHeading(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal) || LinePatterns.Heading().IsMatch(line))
        {
            return null;
        }

        var match = Heading().Match(NameText.Squeeze(LinePatterns.StripMarkdown(line)));
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        if (name.Length < 2 || name is "项目" || name.StartsWith('-'))
        {
            return null;
        }

        return (name, match.Groups["unit"].Success ? match.Groups["unit"].Value : null);
    }

    private static Project ReadSection(SourceText source, int headingIndex, int end, bool atEnd)
    {
        var lines = source.Lines;
        var heading = lines[headingIndex];
        var (rawName, unitInHeading) = ParseHeading(heading.Text)!.Value;
        var name = NameText.Clean(rawName, out _);
        var parts = new Dictionary<string, CellText>(StringComparer.Ordinal);
        var partLines = new Dictionary<string, SourceLine>(StringComparer.Ordinal);
        string? current = null;
        var lastLine = heading;
        for (var i = headingIndex + 1; i < end; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            lastLine = line;
            var part = Part().Match(line.Text);
            if (part.Success)
            {
                current = Canonical(part.Groups["label"].Value);
                partLines[current] = line;
                continue;
            }

            if (current is null || LinePatterns.PageNumber().IsMatch(line.Text))
            {
                continue;
            }

            if (parts.TryGetValue(current, out var cell))
            {
                cell.AppendTrimmed(line.Start, line.Text);
            }
            else
            {
                parts[current] = CellText.Trimmed(line.Start, line.Text);
            }
        }

        var diagnostics = new List<Diagnostic>();
        var span = TextSpan.FromBounds(heading.Start, lastLine.Start + lastLine.Text.Length);
        string? Text(string key) => parts.TryGetValue(key, out var c) ? NameText.Collapse(c.Text) : null;

        var implementer = Text("实施主体");
        var project = new Project(name, TableKind.ProjectSections, heading.Number, span)
        {
            Unit = implementer ?? unitInHeading,
            Description = Text("项目概述"),
            Goal = Text("绩效目标"),
            PeriodText = Text("实施周期"),
        };

        foreach (var required in new[] { "实施主体", "实施周期", "年度预算安排", "绩效目标" })
        {
            if (!parts.ContainsKey(required))
            {
                var where = partLines.TryGetValue(required, out var at) ? at.Span : heading.Span;
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.SectionPartMissing,
                    DiagnosticSeverity.Warning,
                    where,
                    partLines.ContainsKey(required)
                        ? $"项目“{name}”的“{required}”部分是空的 (the {required} part is empty)."
                        : $"项目“{name}”缺少“{required}”部分 (the section has no {required} part)."));
                if (atEnd && partLines.ContainsKey(required))
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticCodes.DocumentTruncated,
                        DiagnosticSeverity.Warning,
                        where,
                        $"文件在项目“{name}”的“{required}”标题之后结束，文件可能被截断 (the document ends right after this heading; it may be truncated)."));
                }
            }
        }

        if (parts.TryGetValue("实施周期", out var periodCell))
        {
            project = project with { Period = ReadPeriod(periodCell, name, diagnostics) };
        }

        if (parts.TryGetValue("年度预算安排", out var budgetCell))
        {
            var (total, items) = ReadBudget(budgetCell, name, diagnostics);
            project = project with { Amount = total, BudgetItems = items };
        }

        if (parts.TryGetValue("绩效目标", out var goalCell))
        {
            var goal = NameText.Squeeze(goalCell.Text);
            if (LinePatterns.IndicatorCellStart().IsMatch(goalCell.Text))
            {
                var (indicators, parsed) = IndicatorCells.Parse(goalCell);
                project = project with { IndicatorText = goalCell.Text, Indicators = indicators };
                diagnostics.AddRange(parsed);
            }
            else
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.NoStructuredIndicators,
                    DiagnosticSeverity.Info,
                    goalCell.Span,
                    goal.StartsWith("详见", StringComparison.Ordinal)
                        ? $"项目“{name}”的绩效目标只写“{NameText.Collapse(goalCell.Text)}”，本文件未公开绩效指标 (the goal refers elsewhere; no indicators are published here)."
                        : $"项目“{name}”的绩效目标是文字说明，没有结构化的绩效指标 (prose goal only; no structured indicators)."));
            }
        }
        else
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.NoStructuredIndicators,
                DiagnosticSeverity.Info,
                heading.Span,
                $"项目“{name}”没有绩效目标内容，没有绩效指标 (no goal text, no indicators)."));
        }

        return project with { Diagnostics = [.. diagnostics.OrderBy(d => d.Span.Start)] };
    }

    private static string Canonical(string label) => label switch
    {
        "项目概况" => "项目概述",
        "年度预算" or "预算安排" => "年度预算安排",
        _ => label,
    };

    internal static DateInterval? ReadPeriod(CellText cell, string name, List<Diagnostic> diagnostics)
    {
        var text = cell.Text;
        var match = DayRange().Match(text);
        if (match.Success)
        {
            var y1 = Int(match, "y1");
            var y2 = match.Groups["y2"].Success ? Int(match, "y2") : y1;
            var first = Date(y1, Int(match, "m1"), Int(match, "d1"));
            var last = Date(y2, Int(match, "m2"), Int(match, "d2"));
            if (first is { } f && last is { } l && l >= f)
            {
                return new DateInterval(f, l);
            }

            diagnostics.Add(PeriodProblem(cell, $"项目“{name}”的实施周期“{NameText.Collapse(text)}”含有不存在的日期或结束早于开始 (invalid date range)."));
            return null;
        }

        match = MonthRange().Match(text);
        if (match.Success)
        {
            var y1 = Int(match, "y1");
            var y2 = match.Groups["y2"].Success ? Int(match, "y2") : y1;
            var m1 = Int(match, "m1");
            var m2 = Int(match, "m2");
            if (m1 is >= 1 and <= 12 && m2 is >= 1 and <= 12 && y1 is >= 1 and <= 9999 && y2 is >= 1 and <= 9999)
            {
                var f = new LocalDate(y1, m1, 1);
                var l = new LocalDate(y2, m2, CalendarSystem.Iso.GetDaysInMonth(y2, m2));
                if (l >= f)
                {
                    return new DateInterval(f, l);
                }
            }

            diagnostics.Add(PeriodProblem(cell, $"项目“{name}”的实施周期“{NameText.Collapse(text)}”含有不存在的月份或结束早于开始 (invalid month range)."));
            return null;
        }

        diagnostics.Add(PeriodProblem(cell, $"项目“{name}”的实施周期“{NameText.Collapse(text)}”不是明确的起止日期，只保留原文 (not an explicit date range; kept as text)."));
        return null;
    }

    private static Diagnostic PeriodProblem(CellText cell, string message) =>
        new(DiagnosticCodes.PeriodNotDateRange, DiagnosticSeverity.Warning, cell.Span, message);

    private static int Int(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static LocalDate? Date(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;

    /// <summary>
    /// Reads <c>预算共11.74万元，其中：党委经费1万元、课题费2.5万元…</c>: the first amount is the total; the amounts after
    /// 其中 are the items, each named by the text since the previous amount.
    /// </summary>
    private static (Amount? Total, ImmutableArray<BudgetItem> Items) ReadBudget(CellText cell, string name, List<Diagnostic> diagnostics)
    {
        var text = cell.Text;
        var amounts = MoneyInText().Matches(text);
        if (amounts.Count == 0 || !TryAmount(amounts[0], out var total))
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.NoBudgetTotal,
                DiagnosticSeverity.Warning,
                cell.Span,
                $"项目“{name}”的年度预算安排没有写明金额：{TabTableReader.Excerpt(text)} (no total amount)."));
            return (null, []);
        }

        var among = text.IndexOf("其中", amounts[0].Index + amounts[0].Length, StringComparison.Ordinal);
        if (among < 0)
        {
            return (total, []);
        }

        var items = ImmutableArray.CreateBuilder<BudgetItem>();
        var from = among + 2;
        foreach (Match m in amounts)
        {
            if (m.Index < from)
            {
                continue;
            }

            if (!TryAmount(m, out var amount))
            {
                continue;
            }

            var label = ItemLabel(text[from..m.Index], out var labelOffset);
            var itemStart = from + labelOffset;
            items.Add(new BudgetItem(label, amount, cell.Map(TextSpan.FromBounds(itemStart, m.Index + m.Length))));
            from = m.Index + m.Length;
        }

        return (total, items.ToImmutable());
    }

    private static bool TryAmount(Match match, out Amount amount)
    {
        var unit = AmountUnits.FromLabel(match.Groups["unit"].Value);
        if (unit is { } u && AmountText.TryParse(match.Groups["num"].Value, out var value))
        {
            amount = new Amount(value, u);
            return true;
        }

        amount = default;
        return false;
    }

    /// <summary>The item name between two amounts: separators, numbering and the leading 其中： removed.</summary>
    private static string ItemLabel(string raw, out int offset)
    {
        var start = 0;
        while (true)
        {
            var before = start;
            while (start < raw.Length && (char.IsWhiteSpace(raw[start]) || "，,、；;：:。.".Contains(raw[start], StringComparison.Ordinal)))
            {
                start++;
            }

            var numbering = ItemNumber().Match(raw, start);
            if (numbering.Success && numbering.Index == start)
            {
                start += numbering.Length;
            }

            if (start == before)
            {
                break;
            }
        }

        offset = start;
        return NameText.Collapse(raw[start..].TrimEnd('，', ',', '、', '；', ';', ' '));
    }

    [GeneratedRegex(@"^(?<name>.+?)(?:项目)?经费情况说明(?:[（(](?<unit>[^()（）]+)[)）])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*[一二三四五六七八九十]+\s*[、.．]\s*(?<label>项目概述|项目概况|立项依据|实施主体|实施方案|实施周期|年度预算安排|年度预算|预算安排|绩效目标)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Part();

    [GeneratedRegex(@"(?<y1>\d{4})\s*年\s*(?<m1>\d{1,2})\s*月\s*(?<d1>\d{1,2})\s*日\s*(?:至|到|[-—–~～])+\s*(?:(?<y2>\d{4})\s*年)?\s*(?<m2>\d{1,2})\s*月\s*(?<d2>\d{1,2})\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex DayRange();

    [GeneratedRegex(@"(?<y1>\d{4})\s*年\s*(?<m1>\d{1,2})\s*月\s*(?:至|到|[-—–~～])+\s*(?:(?<y2>\d{4})\s*年)?\s*(?<m2>\d{1,2})\s*月", RegexOptions.CultureInvariant)]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"(?<num>\d[\d,，]*(?:\.\d+)?)\s*(?<unit>万元|元)", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyInText();

    [GeneratedRegex(@"\d{1,2}\s*[、.．)）]", RegexOptions.CultureInvariant)]
    private static partial Regex ItemNumber();
}
