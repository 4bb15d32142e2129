using System.Text;
using PerfIndicators.Formats.Text;

namespace PerfIndicators.Formats.Check;

/// <summary>Re-checked forms as text: a table per form for the console, or a Markdown report of many.</summary>
public static class CheckText
{
    /// <summary>One form as plain text: heading, the rows with published and recomputed 得分 side by side, the totals, the findings.</summary>
    /// <param name="form">The form.</param>
    public static string ToTable(CheckedForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var text = new StringBuilder();
        text.Append(CheckTables.Heading(form)).Append('\n');
        Plain(text, CheckTables.IndicatorHeader, CheckTables.IndicatorRows(form.Result));
        Plain(text, null, CheckTables.TotalRows(form.Result));
        foreach (var row in CheckTables.FindingRows(form.Result.Findings))
        {
            text.Append("  ").Append(row[0]).Append(' ').Append(row[1]).Append(row[2].Length > 0 ? " " + row[2] : string.Empty).Append(": ").Append(row[3]).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Many forms as Markdown: the summary (by department, by kind of finding), then each form.</summary>
    /// <param name="run">The run.</param>
    public static string ToMarkdown(CheckRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var summary = run.Summary;
        var md = new StringBuilder();
        md.Append("# 自评结果复核（re-check of published self-evaluations）\n\n").Append(MarkdownText.Escape(CheckTables.Overview(summary))).Append("\n\n## 按部门（by department）\n\n");
        Table(md, ["部门", .. CheckTables.GroupHeader[1..]], CheckTables.GroupRows(summary.ByDepartment));
        md.Append("\n## 按发现（by kind of finding）\n\n");
        Table(md, ["代码", .. CheckTables.GroupHeader[1..]], CheckTables.GroupRows(summary.ByFinding));
        foreach (var error in run.Errors)
        {
            md.Append("\n## ").Append(MarkdownText.Escape(error.Source)).Append("（无法读取 not read）\n\n");
            Table(md, CheckTables.FindingHeader, CheckTables.FindingRows(error.Diagnostics));
        }

        foreach (var form in run.Forms)
        {
            md.Append("\n## ").Append(MarkdownText.Escape(CheckTables.Heading(form))).Append("\n\n");
            Table(md, CheckTables.IndicatorHeader, CheckTables.IndicatorRows(form.Result));
            md.Append('\n');
            Table(md, [.. CheckTables.TotalRows(form.Result).First()], CheckTables.TotalRows(form.Result).Skip(1));
            if (!form.Result.Findings.IsEmpty)
            {
                md.Append('\n');
                Table(md, CheckTables.FindingHeader, CheckTables.FindingRows(form.Result.Findings));
            }
        }

        return md.ToString();
    }

    private static void Table(StringBuilder md, string[] header, IEnumerable<string[]> rows)
    {
        md.Append("| ").AppendJoin(" | ", header.Select(MarkdownText.Escape)).Append(" |\n|").AppendJoin("|", header.Select(_ => "---")).Append("|\n");
        foreach (var row in rows)
        {
            md.Append("| ").AppendJoin(" | ", row.Select(MarkdownText.Escape)).Append(" |\n");
        }
    }

    private static void Plain(StringBuilder text, string[]? header, IEnumerable<string[]> rows)
    {
        if (header is not null)
        {
            text.Append("  ").AppendJoin('\t', header).Append('\n');
        }

        foreach (var row in rows)
        {
            text.Append("  ").AppendJoin('\t', row.Select(c => c.Replace('\t', ' ').Replace('\n', ' '))).Append('\n');
        }
    }
}
