using System.Text;
using FluentAssertions;
using PerfIndicators.Parsing;
using Xunit;

namespace PerfIndicators.Tests.Parsing;

/// <summary>
/// The families of forms of issue 11, one case file each under <c>TestData/Parsing/families/</c>: rows copied from the
/// development corpus (with their <c>doc</c>) and realistic variants. Each case names its entry point first:
/// <list type="bullet">
/// <item><c>cell</c> — <see cref="IndicatorParser.ParseCell(string)"/>, the cell dump of <see cref="Canonical.Cell"/>;</item>
/// <item><c>clause</c> — <see cref="IndicatorParser.ParseIndicator(string)"/>, the indicator dump with codes;</item>
/// <item><c>row</c> — <c>name ⇥ target</c> through <see cref="IndicatorParser.ParseIndicator(string, string, string?, string?)"/>;</item>
/// <item><c>target</c>, <c>actual</c> — <see cref="IndicatorParser.ParseTarget(string)"/>, <see cref="IndicatorParser.ParseActual(string)"/>;</item>
/// <item><c>actual-for</c> — <c>cell ⇥ actual</c>: the actual read against the cell's one indicator;</item>
/// <item>any of them with <c>!</c> (<c>cell!</c>) — every diagnostic with its code and span, <c>!PI1027@[27..28)</c>.</item>
/// </list>
/// On a mismatch the test writes <c>&lt;file&gt;.actual</c> beside the file with every case's current result, to diff and review.
/// </summary>
public sealed class FamilyCaseTests
{
    private const string Separator = " ⇥ ";

    public static string Folder => Path.Combine(TestPaths.ParsingData, "families");

    public static IEnumerable<object[]> Files => Directory.EnumerateFiles(Folder, "*.asv").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_case_of_the_family_parses_as_reviewed(string file)
    {
        var path = Path.Combine(Folder, file);
        var lines = File.ReadAllLines(path);
        var rendered = new StringBuilder();
        var failures = new List<string>();
        foreach (var (line, index) in lines.Select((l, i) => (l, i + 1)))
        {
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                rendered.AppendLine(line);
                continue;
            }

            var arrow = line.IndexOf(" ⇶ ", StringComparison.Ordinal);
            arrow.Should().BePositive("{0}:{1} needs ' ⇶ ' between input and expected", file, index);
            var left = line[..arrow];
            var expected = line[(arrow + 3)..].Trim();
            var space = left.IndexOf(' ', StringComparison.Ordinal);
            space.Should().BePositive("{0}:{1} must start with the entry point", file, index);
            var actual = Run(left[..space], CaseFiles.Unescape(left[(space + 1)..]), $"{file}:{index}");
            rendered.Append(left).Append(" ⇶ ").AppendLine(actual);
            if (actual != expected)
            {
                failures.Add($"{file}:{index}: {left}\n    expected {expected}\n    actual   {actual}");
            }
        }

        var actualPath = path + ".actual";
        if (failures.Count == 0)
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, rendered.ToString());
        failures.Should().BeEmpty("every case of {0} must parse as reviewed (diff {1})", file, actualPath);
    }

    [Fact]
    public void Every_family_of_the_issue_has_a_case_file_with_failure_cases()
    {
        var files = Files.Select(f => (string)f[0]).ToList();
        files.Should().Contain(["rows.asv", "comparators.asv", "units.asv", "dates.asv", "direction.asv", "actuals.asv", "ocr.asv", "graded.asv"]);
        foreach (var file in files)
        {
            File.ReadLines(Path.Combine(Folder, file)).Count(l => l.Length > 0 && !l.StartsWith('#')).Should().BeGreaterThanOrEqualTo(10, file);
            File.ReadLines(Path.Combine(Folder, file)).Should().Contain(l => l.Contains("! ", StringComparison.Ordinal) && l.Contains("@[", StringComparison.Ordinal), "{0} has failure cases with code and span", file);
        }
    }

    private static string Run(string entry, string input, string where)
    {
        var spans = entry.EndsWith('!');
        var point = spans ? entry[..^1] : entry;
        switch (point)
        {
            case "cell":
            {
                var result = IndicatorParser.ParseCell(input);
                return spans ? Canonical.CodesAndSpans(result.Diagnostics) : Canonical.Cell(result);
            }

            case "clause":
            {
                var result = IndicatorParser.ParseIndicator(input);
                return spans ? Canonical.CodesAndSpans(result.Diagnostics) : Canonical.WithCodes(result.Value is { } i ? Canonical.Indicator(i) : Canonical.Nothing, result.Diagnostics);
            }

            case "row":
            {
                var (name, target) = Split(input, where);
                var result = IndicatorParser.ParseIndicator(name, target);
                return spans ? Canonical.CodesAndSpans(result.Diagnostics) : Canonical.WithCodes(result.Value is { } i ? Canonical.Indicator(i) : Canonical.Nothing, result.Diagnostics);
            }

            case "target":
            {
                var result = IndicatorParser.ParseTarget(input);
                return spans ? Canonical.CodesAndSpans(result.Diagnostics) : Canonical.WithCodes(Canonical.Target(result.Value), result.Diagnostics);
            }

            case "actual":
            {
                var result = IndicatorParser.ParseActual(input);
                return spans ? Canonical.CodesAndSpans(result.Diagnostics) : Canonical.WithCodes(Canonical.Actual(result.Value), result.Diagnostics);
            }

            case "actual-for":
            {
                var (cell, text) = Split(input, where);
                var indicator = IndicatorParser.ParseCell(cell).Indicators.Should().ContainSingle("{0}: the cell names one indicator", where).Subject;
                var result = IndicatorParser.ParseActual(text, indicator);
                return spans ? Canonical.CodesAndSpans(result.Diagnostics) : Canonical.WithCodes(Canonical.Actual(result.Value), result.Diagnostics);
            }

            default:
                throw new FormatException($"{where}: unknown entry point '{entry}'.");
        }
    }

    private static (string First, string Second) Split(string input, string where)
    {
        var at = input.IndexOf(Separator, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, "{0}: the input needs ' ⇥ ' between its two parts", where);
        return (input[..at], input[(at + Separator.Length)..]);
    }
}
