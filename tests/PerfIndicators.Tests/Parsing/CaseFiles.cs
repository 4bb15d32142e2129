using System.Text;

namespace PerfIndicators.Tests.Parsing;

/// <summary>
/// Loads the one-line case files (<c>input ⇶ expected</c>) under <c>TestData/Parsing</c>. Lines starting with
/// <c>#</c> and blank lines are ignored. In the input, <c>\t</c>, <c>\n</c>, <c>\s</c> (a space, for leading or
/// trailing spaces) and <c>\\</c> are escapes, so tables and page breaks fit on one line.
/// </summary>
internal static class CaseFiles
{
    private const string Arrow = " ⇶ ";

    /// <summary>The case files the tests load.</summary>
    public static readonly string[] Loaded = ["targets.asv", "clauses.asv", "cells.asv", "actuals.asv", "failures.asv"];

    /// <summary>One xunit row per case: line number, input, expected.</summary>
    public static IEnumerable<object[]> Rows(string file) =>
        File.ReadLines(Path.Combine(TestPaths.ParsingData, file))
            .Select((text, index) => (text, line: index + 1))
            .Where(l => l.text.Trim().Length > 0 && !l.text.StartsWith('#'))
            .Select(l => l.text.IndexOf(Arrow, StringComparison.Ordinal) is var at and >= 0
                ? new object[] { l.line, Unescape(l.text[..at]), l.text[(at + Arrow.Length)..].Trim() }
                : throw new FormatException($"{file}:{l.line}: a case needs ' ⇶ ' between input and expected."));

    /// <summary>Replaces the escapes <c>\t \n \s \\</c> in case input.</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is 't' or 'n' or 's' or '\\')
            {
                result.Append(text[++i] switch { 't' => '\t', 'n' => '\n', 's' => ' ', _ => '\\' });
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
