using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfIndicators.Documents;

/// <summary>Reads the document header: issuing unit and code, budget year, title.</summary>
internal static partial class HeaderReader
{
    public static DocumentHeader Read(SourceText source, IReadOnlyList<TableRegion> tables, ICollection<Diagnostic> diagnostics)
    {
        var (title, titleSpan) = FindTitle(source);
        string? unit = null;
        string? code = null;
        foreach (var line in source.Lines)
        {
            var match = LinePatterns.UnitCodeLine().Match(line.Text);
            if (match.Success && NameText.IsWide(NameText.Squeeze(match.Groups["name"].Value)[0]))
            {
                code = match.Groups["code"].Value;
                unit = NameText.Squeeze(match.Groups["name"].Value);
                break;
            }
        }

        if (unit is null)
        {
            foreach (var line in source.Lines)
            {
                var match = OrgLine().Match(line.Text);
                if (match.Success)
                {
                    unit = match.Groups["name"].Value;
                    break;
                }
            }
        }

        var year = YearOf(title);
        if (year is null)
        {
            var years = tables.Where(t => t.Title is not null)
                .Select(t => YearOf(t.Title))
                .OfType<int>()
                .GroupBy(y => y)
                .OrderByDescending(g => g.Count())
                .ThenByDescending(g => g.Key)
                .FirstOrDefault();
            year = years?.Key;
        }

        var where = titleSpan ?? default;
        if (unit is null)
        {
            diagnostics.Add(Missing(where, "文件未写明预算单位（部门名称/单位名称）(the issuing unit is not stated)."));
        }

        if (code is null)
        {
            diagnostics.Add(Missing(where, "文件未写明单位代码 (no unit code such as 619001- is given)."));
        }

        if (year is null)
        {
            diagnostics.Add(Missing(where, "文件标题和表格标题均未写明预算年度 (no budget year in the title or table titles)."));
        }

        if (title is null)
        {
            diagnostics.Add(Missing(where, "文件开头没有标题 (the document has no title line)."));
        }

        return new DocumentHeader(unit, code, year, title);
    }

    private static Diagnostic Missing(TextSpan span, string message) =>
        new(DiagnosticCodes.HeaderFieldMissing, DiagnosticSeverity.Info, span, message);

    private static int? YearOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var match = LinePatterns.Year().Match(text);
        return match.Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The title: the first non-blank lines before the table of contents, when they name a budget (预算) or a table (表).
    /// A title wrapped over two lines inside <c>**…**</c> is joined.
    /// </summary>
    private static (string? Title, TextSpan? Span) FindTitle(SourceText source)
    {
        var lines = source.Lines;
        var first = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return (null, null);
        }

        var text = lines[first].Text.Trim();
        var last = first;
        if (text.StartsWith("**", StringComparison.Ordinal) && !text[2..].Contains("**", StringComparison.Ordinal) && first + 1 < lines.Count && lines[first + 1].Text.TrimEnd().EndsWith("**", StringComparison.Ordinal))
        {
            text += " " + lines[first + 1].Text.Trim();
            last = first + 1;
        }

        var title = NameText.Collapse(LinePatterns.StripMarkdown(text));
        if (title.Length == 0 || title.Length > 80 || LinePatterns.Heading().IsMatch(title)
            || !(title.Contains("预算", StringComparison.Ordinal) || title.Contains("决算", StringComparison.Ordinal) || title.EndsWith('表') || title.EndsWith(')') || title.EndsWith('）')))
        {
            return (null, lines[first].Span);
        }

        return (title, TextSpan.FromBounds(lines[first].Start, lines[last].Start + lines[last].Text.Length));
    }

    [GeneratedRegex(@"^\s*(?:部门名称|单位名称|编制部门|编制单位|预算主管部门|主管部门|预算单位)\s*[:：]\s*(?<name>[^\s:：/]{2,60})", RegexOptions.CultureInvariant)]
    private static partial Regex OrgLine();
}
