using System.CommandLine;
using System.Text;
using NodaTime.Text;
using PerfIndicators.Formats.Monitoring;
using PerfIndicators.Monitoring;
using PerfIndicators.Scoring;

namespace PerfIndicators.Cli.Commands;

/// <summary><c>perfind monitor</c>: mid-year monitoring (绩效运行监控) of a project JSON or filled template with actuals to date.</summary>
internal static class MonitorCommand
{
    public static Command Create(CliConsole console)
    {
        var project = new Argument<string>("project")
        {
            Description = "项目 JSON（截至监控日的执行数和完成值）、填写好的自评表模板 .xlsx/.xlsm/.csv，或它们所在的文件夹（汇总）(a project JSON, a filled template, or a folder of them for a summary)",
        };
        var asOf = new Option<string>("--as-of")
        {
            Description = "监控日期，如 2023-08-31 (the monitoring date, ISO)",
            Required = true,
        };
        var policy = new Option<string>("--policy", "-p")
        {
            Description = "含监控阈值的审核要点 id 或文件路径，默认 national (the lint policy holding the thresholds)",
            DefaultValueFactory = _ => "national",
        };
        var rules = new Option<string?>("--rules") { Description = "按 id 查找审核要点的目录：<目录>/lint/<id>.json (a rules folder)" };
        var format = new Option<string>("--format")
        {
            Description = "写到标准输出时的格式 markdown|json (the format on standard output)",
            DefaultValueFactory = _ => "markdown",
        };
        format.AcceptOnlyFromAmong("markdown", "json");
        var output = new Option<string?>("--output", "-o") { Description = "写入文件：.md、.json、.html 或 .xlsx (write .md, .json, .html or .xlsx)" };

        var command = new Command("monitor", "绩效运行监控：预算执行和指标完成对照序时进度，红黄绿灯 (mid-year monitoring)")
        {
            project, asOf, policy, rules, format, output,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(project)!;
            var outputPath = result.GetValue(output);
            var date = LocalDatePattern.Iso.Parse(result.GetValue(asOf)!);
            if (!date.Success)
            {
                console.Error.WriteLine($"perfind monitor: 监控日期「{result.GetValue(asOf)}」不是 yyyy-MM-dd 格式的日期 (the date must be yyyy-MM-dd).");
                return ExitCodes.Usage;
            }

            if (outputPath is not null && Path.GetExtension(outputPath).ToLowerInvariant() is not (".md" or ".json" or ".html" or ".xlsx"))
            {
                console.Error.WriteLine($"perfind monitor: 输出文件应为 .md、.json、.html 或 .xlsx，而不是「{outputPath}」(write .md, .json, .html or .xlsx).");
                return ExitCodes.Usage;
            }

            var folder = Directory.Exists(path);
            if (!(folder || CommandPaths.InputFile(console, "monitor", path)) || !CommandPaths.RulesFolder(console, "monitor", result.GetValue(rules))
                || (outputPath is not null && !CommandPaths.OutputFile(console, "monitor", outputPath)))
            {
                return ExitCodes.InputErrors;
            }

            if (CommandPaths.LintPolicy(console, "monitor", result.GetValue(policy)!, result.GetValue(rules)) is not { } lintPolicy)
            {
                return ExitCodes.InputErrors;
            }

            var extension = outputPath is null ? (result.GetValue(format) == "json" ? ".json" : ".md") : Path.GetExtension(outputPath).ToLowerInvariant();
            var monitor = new ProgressMonitor(lintPolicy);
            if (folder)
            {
                var summary = MonitorInputs.Run([path], monitor, date.Value);
                foreach (var failure in summary.Failed)
                {
                    console.Error.WriteLine("perfind monitor: 未能读取「" + failure.Source + "」：" + failure.Reason);
                }

                var written = Write(console, outputPath, extension, () => MonitorWorkbook.ToXlsx(summary), extension switch
                {
                    ".json" => MonitorJson.ToJson(summary) + "\n",
                    ".html" => MonitorHtml.ToHtml(summary),
                    _ => MonitorText.ToMarkdown(summary),
                });
                console.Error.WriteLine("perfind monitor: " + MonitorTablesLine(summary));
                return !written ? ExitCodes.InputErrors : summary.Failed.IsEmpty && summary.Projects > 0 ? ExitCodes.Ok : ExitCodes.InputErrors;
            }

            if (Read(console, path) is not { } input)
            {
                return ExitCodes.InputErrors;
            }

            var report = monitor.Monitor(input, date.Value);
            var text = extension switch
            {
                ".json" => MonitorJson.ToJson(report) + "\n",
                ".html" => MonitorHtml.ToHtml(report),
                _ => MonitorText.ToMarkdown(report),
            };
            if (!Write(console, outputPath, extension, () => MonitorWorkbook.ToXlsx(report), text))
            {
                return ExitCodes.InputErrors;
            }

            console.Error.WriteLine("perfind monitor: " + report.Status.ToLabel() + "（" + report.DecidingRule + "）；序时进度 " + decimal.Round(report.TimeShare * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%" + "；" + report.Findings.Length + " 条发现");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes the text to standard output, or to <paramref name="outputPath"/> (the workbook for .xlsx); false when the file cannot be written.</summary>
    private static bool Write(CliConsole console, string? outputPath, string extension, Func<byte[]> workbook, string text)
    {
        if (outputPath is null)
        {
            console.Out.Write(text);
            return true;
        }

        try
        {
            if (extension == ".xlsx")
            {
                File.WriteAllBytes(outputPath, workbook());
            }
            else
            {
                File.WriteAllText(outputPath, text, new UTF8Encoding(false));
            }
        }
        catch (Exception ex) when (CommandPaths.IsFileError(ex))
        {
            CommandPaths.WriteFailed(console, "monitor", outputPath, ex);
            return false;
        }

        console.Error.WriteLine("perfind monitor: 已写入 " + outputPath);
        return true;
    }

    private static string MonitorTablesLine(MonitoringSummary summary) =>
        summary.Projects + " 个项目：红灯 " + summary.Red + "、黄灯 " + summary.Yellow + "、绿灯 " + summary.Green + (summary.Failed.IsEmpty ? string.Empty : "；" + summary.Failed.Length + " 个文件未能读取");

    /// <summary>The project as <c>perfind review</c> reads it (project JSON or filled template), its problems printed.</summary>
    private static AssessmentInput? Read(CliConsole console, string path)
    {
        var read = ProjectSources.FromFile(path, FilledTemplateFormat.ReviewSources).Read();
        foreach (var warning in read.Warnings)
        {
            console.Error.WriteLine("perfind monitor: 警告 " + warning.Text);
        }

        foreach (var error in read.Errors)
        {
            console.Error.WriteLine("perfind monitor: 错误 " + error.Text);
        }

        return read.Input;
    }
}
