using FluentAssertions;
using PerfIndicators.Tests.Cli;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Issue 17, finding 8: output never injects. <c>extract --csv</c> wrote cells starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c> raw, so a spreadsheet opened them as formulas; <c>score --format markdown</c> wrote HTML from a
/// project name as it was. One escaping rule per format, shared by every writer.
/// </summary>
public sealed class OutputInjectionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("perfind-inject-").FullName;

    [Fact]
    public void Extract_csv_neutralises_formulas_as_the_template_csv_does()
    {
        // TestData/Documents/guangzhou.txt (广州市协作办公室 2023) with one project renamed to start with a formula.
        var text = File.ReadAllText(Path.Combine(TestPaths.TestData("Documents"), "guangzhou.txt"))
            .Replace("会展业务费", "=HYPERLINK(\"http://x\")会展业务费", StringComparison.Ordinal);
        var path = Path.Combine(folder, "budget.txt");
        File.WriteAllText(path, text);

        var (exit, output, _) = CliRunner.Run("extract", path, "--csv");

        exit.Should().BeOneOf(0, 1);
        output.Should().Contain("\"'=HYPERLINK(\"\"http://x\"\")会展业务费\"");
        Fields(output).Should().NotContain(f => f.Length > 0 && "=+-@\t\r".Contains(f[0], StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_shows_html_in_a_project_name_as_text()
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.TestData("Scoring"), "huzhou-liaison-2023.json"))
            .Replace("\"驻京联络处工作经费\"", "\"<script>alert(1)</script><img src=x onerror=alert(2)>[点此](javascript:alert(3))\"", StringComparison.Ordinal);
        var path = Path.Combine(folder, "project.json");
        File.WriteAllText(path, json);

        var (exit, output, _) = CliRunner.Run("score", path, "--format", "markdown");

        exit.Should().Be(0);
        output.Should().NotContain("<script>").And.NotContain("<img").And.NotContain("[点此](");
        output.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("\\[点此\\](javascript:alert(3))", "the brackets are escaped, so no link is made");
    }

    private static List<string> Fields(string csv)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
