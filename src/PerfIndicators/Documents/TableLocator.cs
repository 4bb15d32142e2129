using System.Text.RegularExpressions;

namespace PerfIndicators.Documents;

/// <summary>A run of lines holding one table: its title, unit line, header and body.</summary>
internal sealed class TableRegion
{
    public int TitleIndex { get; init; } = -1;

    public string? Title { get; init; }

    public TableKind Kind { get; set; }

    public AmountUnit? Unit { get; set; }

    public int UnitIndex { get; set; } = -1;

    public string? OrgName { get; set; }

    public int HeaderIndex { get; set; } = -1;

    public Column[] Columns { get; set; } = [];

    /// <summary>The first line after the title, unit and header lines.</summary>
    public int BodyStart { get; set; }

    /// <summary>The line index just past the table.</summary>
    public int End { get; set; }

    /// <summary>Lines repeating the title on a later page (continuations), to be skipped.</summary>
    public List<int> RepeatedTitles { get; } = [];

    public int FirstLine => TitleIndex >= 0 ? TitleIndex : HeaderIndex;
}

/// <summary>Finds the tables of a document: verified titles (a title followed by its unit or organization line) and project header rows.</summary>
internal static partial class TableLocator
{
    private const int LookAhead = 6;

    public static List<TableRegion> Locate(SourceText source, int sectionsStart)
    {
        var lines = source.Lines;
        var limit = sectionsStart >= 0 ? sectionsStart : lines.Count;
        var regions = new List<TableRegion>();
        for (var i = 0; i < limit; i++)
        {
            if (!LinePatterns.IsTitleLike(lines[i].Text) || !IsVerified(lines, i, limit))
            {
                continue;
            }

            var title = LinePatterns.StripMarkdown(lines[i].Text).Trim();
            var previous = regions.Count > 0 ? regions[^1] : null;
            if (previous?.Title is { } previousTitle && NameText.Squeeze(previousTitle) == NameText.Squeeze(title))
            {
                previous.RepeatedTitles.Add(i);
                continue;
            }

            regions.Add(new TableRegion { TitleIndex = i, Title = title, Kind = KindFromTitle(title) });
        }

        // Header rows of project tables that no title announced start a table of their own.
        for (var i = 0; i < limit; i++)
        {
            if (ColumnRoles.TryRecognizeHeader(lines[i].Text, out _) && !regions.Any(r => r.TitleIndex >= 0 && r.TitleIndex < i))
            {
                regions.Add(new TableRegion { HeaderIndex = i, Kind = TableKind.Other });
                break;
            }
        }

        regions.Sort((a, b) => a.FirstLine.CompareTo(b.FirstLine));
        for (var r = 0; r < regions.Count; r++)
        {
            var region = regions[r];
            region.End = r + 1 < regions.Count ? regions[r + 1].FirstLine : limit;
            Describe(source, region);
        }

        return regions;
    }

    public static TableKind KindFromTitle(string title)
    {
        var text = NameText.Squeeze(title);
        if (text.Contains("绩效", StringComparison.Ordinal) && (text.Contains("项目", StringComparison.Ordinal) || text.Contains("目标", StringComparison.Ordinal)))
        {
            return TableKind.ProjectPerformance;
        }

        return text.Contains("项目支出预算表", StringComparison.Ordinal) || (text.Contains("项目", StringComparison.Ordinal) && text.Contains("预算表", StringComparison.Ordinal))
            ? TableKind.ProjectBudget
            : TableKind.Other;
    }

    private static bool IsVerified(IReadOnlyList<SourceLine> lines, int titleIndex, int limit)
    {
        var seen = 0;
        for (var j = titleIndex + 1; j < limit && seen < LookAhead; j++)
        {
            var line = lines[j];
            if (line.IsBlank)
            {
                continue;
            }

            seen++;
            if (IsUnitOrOrgLine(line.Text) || ColumnRoles.TryRecognizeHeader(line.Text, out _))
            {
                return true;
            }

            if (LinePatterns.IsTitleLike(line.Text))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsUnitOrOrgLine(string text) =>
        LinePatterns.UnitLine().IsMatch(text)
        || LinePatterns.UnitCodeLine().IsMatch(text)
        || OrgLabelAtStart().IsMatch(text);

    private static void Describe(SourceText source, TableRegion region)
    {
        var lines = source.Lines;
        var start = region.FirstLine;
        var bodyStart = start + 1;
        var seen = 0;
        for (var j = start + 1; j < region.End && seen < LookAhead; j++)
        {
            var text = lines[j].Text;
            if (lines[j].IsBlank)
            {
                continue;
            }

            seen++;
            var unit = LinePatterns.UnitLine().Match(text);
            if (unit.Success && region.Unit is null)
            {
                region.Unit = AmountUnits.FromLabel(unit.Groups["unit"].Value);
                region.UnitIndex = j;
                bodyStart = j + 1;
            }

            var org = LinePatterns.LabelledUnit().Match(text);
            var code = LinePatterns.UnitCodeLine().Match(text);
            if (code.Success && OrgLabelAtStart().IsMatch(text) is false && region.OrgName is null)
            {
                region.OrgName = NameText.Squeeze(code.Groups["name"].Value);
                bodyStart = Math.Max(bodyStart, j + 1);
            }
            else if (org.Success && OrgLabelAtStart().IsMatch(text) && region.OrgName is null)
            {
                region.OrgName = org.Groups["name"].Value;
                bodyStart = Math.Max(bodyStart, j + 1);
            }
        }

        if (region.HeaderIndex < 0)
        {
            for (var j = start; j < region.End; j++)
            {
                if (ColumnRoles.TryRecognizeHeader(lines[j].Text, out var columns))
                {
                    region.HeaderIndex = j;
                    region.Columns = columns;
                    break;
                }
            }
        }
        else
        {
            ColumnRoles.TryRecognizeHeader(lines[region.HeaderIndex].Text, out var columns);
            region.Columns = columns;
        }

        if (region.HeaderIndex >= 0)
        {
            bodyStart = region.HeaderIndex + 1;
            if (region.Kind == TableKind.Other)
            {
                var roles = region.Columns.Select(c => c.Role).ToHashSet();
                region.Kind = roles.Contains(ColumnRole.Goal) || roles.Contains(ColumnRole.Indicators)
                    ? TableKind.ProjectPerformance
                    : roles.Contains(ColumnRole.Funding) ? TableKind.ProjectBudget : TableKind.Other;
            }
        }

        region.BodyStart = bodyStart;
    }

    [GeneratedRegex(@"^\s*(?:部门名称|单位名称|编制部门|编制单位|预算主管部门|主管部门|预算单位)\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex OrgLabelAtStart();
}
