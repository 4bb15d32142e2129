using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace PerfIndicators.Tests.Reporting;

/// <summary>Reads the review HTML (as written, or as a browser dumped it) with a few regular expressions.</summary>
internal static partial class HtmlDom
{
    public sealed record Row(int Index, Dictionary<string, (string? Value, string Text)> Cells);

    public static string Table(string html, string id)
    {
        var start = html.IndexOf("<table id=\"" + id + "\"", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the page has a table " + id);
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    public static List<Row> Rows(string html, string tableId)
    {
        var table = Table(html, tableId);
        var body = table[table.IndexOf("<tbody>", StringComparison.Ordinal)..];
        var rows = new List<Row>();
        foreach (Match row in RowPattern().Matches(body))
        {
            var cells = new Dictionary<string, (string?, string)>();
            foreach (Match cell in CellPattern().Matches(row.Groups["cells"].Value))
            {
                var text = WebUtility.HtmlDecode(TagPattern().Replace(cell.Groups["text"].Value, string.Empty));
                cells[cell.Groups["key"].Value] = (cell.Groups["v"].Success ? WebUtility.HtmlDecode(cell.Groups["v"].Value) : null, text);
            }

            rows.Add(new Row(row.Groups["index"].Success ? int.Parse(row.Groups["index"].Value, CultureInfo.InvariantCulture) : -1, cells));
        }

        return rows;
    }

    public static void AssertRowsMatchJson(List<Row> rows, JsonElement root)
    {
        var byIndex = root.GetProperty("projects").EnumerateArray().ToDictionary(p => p.GetProperty("index").GetInt32());
        rows.Should().NotBeEmpty();
        foreach (var row in rows)
        {
            var project = byIndex[row.Index];
            row.Cells["total"].Text.Should().Be(project.GetProperty("total").GetRawText());
            row.Cells["total"].Value.Should().Be(project.GetProperty("total").GetRawText());
            row.Cells["grade"].Text.Should().Be(project.GetProperty("grade").GetString());
            row.Cells["rate"].Text.Should().Be(project.GetProperty("executionRatePercent").GetString() ?? "—");
            row.Cells["rate"].Value.Should().Be(project.GetProperty("executionRate").ValueKind == JsonValueKind.Null ? string.Empty : project.GetProperty("executionRate").GetRawText());
            row.Cells["indicators"].Text.Should().Be(project.GetProperty("indicators").GetProperty("total").GetRawText());
            row.Cells["lost"].Text.Should().Be(project.GetProperty("pointsLost").GetRawText());
            row.Cells["missing"].Text.Should().Be(project.GetProperty("missingDeviationReasons").GetRawText());
            row.Cells["manual"].Text.Should().Be(project.GetProperty("indicators").GetProperty("needsManualScoring").GetRawText());
            row.Cells["name"].Text.Should().StartWith(project.GetProperty("name").GetString());
        }
    }

    public static void AssertSummaryMatchesJson(string html, JsonElement root)
    {
        var summary = root.GetProperty("summary");
        Kpi(html, "projects").Should().Be(summary.GetProperty("projects").GetRawText());
        Kpi(html, "indicators").Should().Be(summary.GetProperty("indicators").GetProperty("total").GetRawText());
        Kpi(html, "mean").Should().Be(summary.GetProperty("totals").GetProperty("mean").GetRawText());
        Kpi(html, "below").Should().Be(summary.GetProperty("execution").GetProperty("below").GetRawText());
        Kpi(html, "failed").Should().Be(summary.GetProperty("inputs").GetProperty("failed").GetRawText());
        foreach (var grade in summary.GetProperty("grades").EnumerateArray())
        {
            var name = grade.GetProperty("grade").GetString()!;
            Kpi(html, "grade-" + name).Should().Be(grade.GetProperty("count").GetRawText());
            Attribute(html, "rect", "data-grade", name, "data-count").Should().Be(grade.GetProperty("count").GetRawText());
        }

        Count(html, "given").Should().Be(summary.GetProperty("inputs").GetProperty("given").GetRawText());
        Count(html, "read").Should().Be(summary.GetProperty("inputs").GetProperty("read").GetRawText());
        Count(html, "scored").Should().Be(summary.GetProperty("indicators").GetProperty("scored").GetRawText());
        Count(html, "not-applicable").Should().Be(summary.GetProperty("indicators").GetProperty("notApplicable").GetRawText());
        Count(html, "manual").Should().Be(summary.GetProperty("indicators").GetProperty("needsManualScoring").GetRawText());

        var departments = Rows(html, "departments");
        var expected = summary.GetProperty("departments").EnumerateArray().ToList();
        departments.Should().HaveCount(expected.Count);
        foreach (var department in expected)
        {
            var name = department.GetProperty("name").GetString() ?? "（未填写主管部门）";
            var row = departments.Single(r => r.Cells["name"].Text == name);
            row.Cells["projects"].Text.Should().Be(department.GetProperty("projects").GetRawText());
            row.Cells["mean"].Text.Should().Be(department.GetProperty("meanTotal").GetRawText());
            row.Cells["min"].Text.Should().Be(department.GetProperty("minTotal").GetRawText());
            row.Cells["rate"].Text.Should().Be(department.GetProperty("meanExecutionRatePercent").GetString() ?? "—");
            row.Cells["lost"].Text.Should().Be(department.GetProperty("pointsLost").GetRawText());
            var grades = department.GetProperty("grades").EnumerateArray().ToList();
            for (var i = 0; i < grades.Count; i++)
            {
                row.Cells["grade-" + i].Text.Should().Be(grades[i].GetProperty("count").GetRawText());
            }

            Attribute(html, "rect", "data-department", department.GetProperty("name").GetString() ?? string.Empty, "data-mean").Should().Be(department.GetProperty("meanTotal").GetRawText());
        }

        var lowest = Rows(html, "lowest");
        lowest.Select(r => r.Index).Should().Equal(summary.GetProperty("lowestProjects").EnumerateArray().Select(p => p.GetProperty("index").GetInt32()));
        lowest.Select(r => r.Cells["total"].Text).Should().Equal(summary.GetProperty("lowestProjects").EnumerateArray().Select(p => p.GetProperty("total").GetRawText()));
        Rows(html, "failures").Select(r => r.Index).Should().Equal(summary.GetProperty("failures").GetProperty("items").EnumerateArray().Select(f => f.GetProperty("index").GetInt32()));
    }

    private static string Kpi(string html, string key)
    {
        var match = Regex.Match(html, "data-kpi=\"" + Regex.Escape(key) + "\">([^<]*)<");
        match.Success.Should().BeTrue("the page shows the key figure " + key);
        return match.Groups[1].Value;
    }

    private static string Count(string html, string key)
    {
        var match = Regex.Match(html, "data-count=\"" + Regex.Escape(key) + "\">([^<]*)<");
        match.Success.Should().BeTrue("the ledger shows " + key);
        return match.Groups[1].Value;
    }

    private static string Attribute(string html, string element, string keyAttribute, string key, string valueAttribute)
    {
        var match = Regex.Match(html, "<" + element + "[^>]*" + keyAttribute + "=\"" + Regex.Escape(WebUtility.HtmlEncode(key)) + "\"[^>]*" + valueAttribute + "=\"([^\"]*)\"");
        match.Success.Should().BeTrue("a chart mark for " + key);
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<tr(?: data-index=\"(?<index>\\d+)\")?[^>]*>(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td class=\"c-(?<key>[a-z0-9-]+)\"(?: data-v=\"(?<v>[^\"]*)\")?>(?<text>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
