using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PerfIndicators.Parsing;

namespace PerfIndicators.Cli.Commands;

/// <summary><c>perfind parse</c>: indicator text to typed targets, as a readable table or JSON Lines.</summary>
internal static class ParseCommand
{
    private static readonly string[] IndicatorTableHead = ["#", "一级指标", "二级指标", "三级指标", "类型", "指标值"];

    public static Command Create(CliConsole console)
    {
        var text = new Argument<string?>("text")
        {
            Description = "指标文字，例如 \"数量指标: 资金支付率≥90%\" (the indicator text to parse)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var file = new Option<string?>("--file", "-f")
        {
            Description = "从文件读取，每行一个单元格；- 表示标准输入 (read cells from a file, one per line; - for standard input)",
        };
        var whole = new Option<bool>("--whole")
        {
            Description = "整个文件作为一个单元格，例如从文档粘贴的表格行 (the whole file is one cell, e.g. pasted table rows)",
        };
        var json = new Option<bool>("--json")
        {
            Description = "输出 JSON Lines，每个单元格一个对象 (write JSON Lines, one object per cell)",
        };

        var command = new Command("parse", "解析绩效指标文字 (parse indicator text into typed targets)")
        {
            text, file, whole, json,
        };
        command.SetAction(result =>
        {
            var inline = result.GetValue(text);
            var path = result.GetValue(file);
            if ((inline is null) == (path is null))
            {
                console.Error.WriteLine("perfind parse: 请给出指标文字或 --file <路径>（二者选一）(give the text or --file, not both).");
                return ExitCodes.Usage;
            }

            if (inline is not null && inline.StartsWith("--", StringComparison.Ordinal))
            {
                console.Error.WriteLine($"perfind parse: 未知选项「{inline}」(unknown option).");
                return ExitCodes.Usage;
            }

            if (result.GetValue(whole) && path is null)
            {
                console.Error.WriteLine("perfind parse: --whole 需要与 --file 一起使用 (--whole needs --file).");
                return ExitCodes.Usage;
            }

            if (path is not null && !CommandPaths.InputFile(console, "parse", path, standardInput: true))
            {
                return ExitCodes.InputErrors;
            }

            IEnumerable<string> cells;
            if (inline is not null)
            {
                cells = [inline];
            }
            else if (!TryReadCells(console, path!, result.GetValue(whole), out cells))
            {
                return ExitCodes.InputErrors;
            }

            var hasErrors = false;
            foreach (var cell in cells)
            {
                var parsed = IndicatorParser.ParseCell(cell);
                hasErrors |= parsed.HasErrors;
                if (result.GetValue(json))
                {
                    WriteJsonLine(console.Out, parsed);
                }
                else
                {
                    WriteTable(console.Out, parsed);
                }
            }

            return hasErrors ? ExitCodes.InputErrors : ExitCodes.Ok;
        });
        return command;
    }

    private static bool TryReadCells(CliConsole console, string path, bool whole, out IEnumerable<string> cells)
    {
        cells = [];
        try
        {
            var content = path == "-" ? BoundedFile.ReadAllText(console.In, "标准输入") : BoundedFile.ReadAllText(path);
            if (whole)
            {
                cells = [content];
            }
            else
            {
                cells = content.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Trim().Length > 0).ToList();
            }

            return true;
        }
        catch (Exception ex) when (CommandPaths.IsFileError(ex))
        {
            CommandPaths.ReadFailed(console, "parse", path, ex);
            return false;
        }
    }

    /// <summary>Writes one JSON Lines object for a cell: <c>{"input","indicators":[…],"diagnostics":[…]}</c>.</summary>
    internal static void WriteJsonLine(TextWriter output, CellParseResult parsed) => JsonContract.WriteLine(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("input", parsed.Input);
        writer.WriteStartArray("indicators");
        foreach (var indicator in parsed.Indicators)
        {
            JsonContract.WriteIndicator(writer, indicator);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in parsed.Diagnostics)
        {
            JsonContract.WriteDiagnostic(writer, diagnostic);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteTable(TextWriter output, CellParseResult parsed)
    {
        output.WriteLine("输入: " + OneLine(parsed.Input));
        if (parsed.Indicators.Length > 0)
        {
            var rows = new List<string[]> { IndicatorTableHead.ToArray() };
            var number = 1;
            foreach (var indicator in parsed.Indicators)
            {
                rows.Add(
                [
                    number++.ToString(CultureInfo.InvariantCulture),
                    indicator.Category?.ToLabel() ?? "-",
                    indicator.Subcategory?.ToLabel() ?? "-",
                    indicator.Name,
                    JsonContract.KindName(indicator.Target.Kind),
                    Describe(indicator.Target),
                ]);
            }

            WriteAligned(output, rows);
        }
        else
        {
            output.WriteLine("  （没有识别出绩效指标）");
        }

        if (parsed.Diagnostics.Length > 0)
        {
            output.WriteLine("诊断:");
            foreach (var diagnostic in parsed.Diagnostics)
            {
                output.WriteLine($"  {diagnostic.Severity.ToName()} {diagnostic.Code} {diagnostic.Span}: {diagnostic.Message}");
                var (line, caret) = Underline(parsed.Input, diagnostic.Span);
                if (line.Length > 0)
                {
                    output.WriteLine("    " + line);
                    output.WriteLine("    " + caret);
                }
            }
        }

        output.WriteLine();
    }

    /// <summary>A short human description of a target: <c>≥ 90 %（正向）</c>, <c>定性：合法合规</c>, <c>截止 2023-11-30</c>.</summary>
    internal static string Describe(Target target) => target switch
    {
        QuantitativeTarget q => $"{q.Comparator.ToDisplay()}{q.Quantity}（{Bare(q.Comparator)}{DirectionLabel(q.Direction)}）" + (q.Context is null ? string.Empty : $"，说明：{q.Context}"),
        RateTarget r => $"{r.Comparator.ToDisplay()}{r.Quantity}（{Bare(r.Comparator)}{DirectionLabel(r.Direction)}）",
        RangeTarget { IsRelative: true } r => $"偏差 ±{r.Max}",
        RangeTarget r => $"{r.Min} 至 {r.Max}",
        QualitativeTarget q => "定性：" + q.Text,
        DeadlineTarget d => "截止 " + d.Deadline.ToIsoString(),
        PeriodTarget p => $"期间 {p.Start.ToIsoString()} 至 {p.End.ToIsoString()}",
        RuleTarget r => "评分规则（" + r.Rule.Form + "）：" + TargetFormatter.FormatRule(r.Rule),
        GradedTarget g => "分档标准：" + string.Join(" / ", g.Grades.Select(grade => (grade.Label ?? string.Empty) + grade.Comparator.ToDisplay() + grade.Threshold)),
        _ => "未识别：" + target.Text,
    };

    private static string Bare(Comparator comparator) => comparator == Comparator.None ? "未写比较符，" : string.Empty;

    private static string DirectionLabel(Direction direction) => direction switch
    {
        Direction.HigherIsBetter => "正向",
        Direction.LowerIsBetter => "反向",
        _ => "等于",
    };

    private static string OneLine(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', '⏎');

    /// <summary>The line of input holding the span, and a caret line under it, aligned for wide (two-column) CJK characters.</summary>
    private static (string Line, string Caret) Underline(string input, TextSpan span)
    {
        if (span.Start > input.Length)
        {
            return (string.Empty, string.Empty);
        }

        var lineStart = input.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        if (span.Start == 0)
        {
            lineStart = 0;
        }

        var lineEnd = input.IndexOf('\n', span.Start);
        lineEnd = lineEnd < 0 ? input.Length : lineEnd;
        var line = input[lineStart..lineEnd].TrimEnd('\r').Replace('\t', ' ');
        var before = Width(line.AsSpan(0, Math.Min(line.Length, span.Start - lineStart)));
        var covered = Math.Max(1, Width(line.AsSpan(Math.Min(line.Length, span.Start - lineStart), Math.Max(0, Math.Min(span.End, lineStart + line.Length) - span.Start))));
        return (line, new string(' ', before) + new string('^', covered));
    }

    private static int Width(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6')) ? 2 : 1;
        }

        return width;
    }

    private static void WriteAligned(TextWriter output, List<string[]> rows)
    {
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(row[i]));
            }
        }

        foreach (var row in rows)
        {
            var builder = new StringBuilder("  ");
            for (var i = 0; i < row.Length; i++)
            {
                builder.Append(row[i]);
                if (i < row.Length - 1)
                {
                    builder.Append(' ', widths[i] - Width(row[i]) + 2);
                }
            }

            output.WriteLine(builder.ToString().TrimEnd());
        }
    }
}
