using System.CommandLine;
using System.Text;
using PerfIndicators.Formats.Check;

namespace PerfIndicators.Cli.Commands;

/// <summary><c>perfind check</c>: re-checks published 自评表 (自评结果复核) — .xlsx, .xls, .csv, text tables, or folders of them.</summary>
internal static class CheckCommand
{
    private static readonly string[] OutputExtensions = [".json", ".md", ".html", ".xlsx"];

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "已填报并打分的自评表（.xlsx、.xls、.csv、从 PDF 复制出的文本表格 .txt），或它们所在的文件夹 (published self-evaluations or folders of them)",
            Arity = ArgumentArity.OneOrMore,
        };
        var policy = new Option<string?>("--policy", "-p")
        {
            Description = "按哪个评分办法复核（id 或文件）；默认由版式推定：20/40/40 为 hubei，否则 national (the policy; default implied by the layout)",
        };
        var rules = new Option<string?>("--rules") { Description = "按 id 查找评分办法的目录，先于内置 (a rules folder searched first)" };
        var json = new Option<bool>("--json") { Description = "输出 JSON Lines，每张自评表一行 (write JSON Lines, one object per form)" };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "把复核结果写入文件：.json（JSON Lines）、.md 或 .html（汇总与逐表）、.xlsx（自评表加复核列与发现表）(write .json, .md, .html or .xlsx)",
        };

        var command = new Command("check", "自评结果复核：读取已打分的自评表，按评分办法重算并列出不符之处 (re-check published self-evaluations)")
        {
            inputs, policy, rules, json, output,
        };
        command.SetAction(result =>
        {
            var paths = result.GetValue(inputs)!;
            var outputPath = result.GetValue(output);
            if (outputPath is not null && !OutputExtensions.Contains(Path.GetExtension(outputPath).ToLowerInvariant()))
            {
                console.Error.WriteLine($"perfind check: 输出文件应为 .json、.md、.html 或 .xlsx，而不是「{outputPath}」(write .json, .md, .html or .xlsx).");
                return ExitCodes.Usage;
            }

            if (!CommandPaths.InputFilesOrFolders(console, "check", paths) || !CommandPaths.RulesFolder(console, "check", result.GetValue(rules))
                || (outputPath is not null && !CommandPaths.OutputFile(console, "check", outputPath)))
            {
                return ExitCodes.InputErrors;
            }

            Scoring.ScoringPolicy? chosen = null;
            if (result.GetValue(policy) is { } policyId && (chosen = CommandPaths.Policy(console, "check", policyId, result.GetValue(rules))) is null)
            {
                return ExitCodes.InputErrors;
            }

            var run = CheckInputs.Check(paths, chosen);
            foreach (var error in run.Errors)
            {
                foreach (var diagnostic in error.Diagnostics)
                {
                    console.Error.WriteLine("perfind check: " + error.Source + ": " + diagnostic);
                }
            }

            foreach (var form in outputPath is null ? run.Forms : [])
            {
                console.Out.Write(result.GetValue(json) ? CheckJson.ToLine(form) + "\n" : CheckText.ToTable(form) + "\n");
            }

            if (outputPath is not null)
            {
                try
                {
                    switch (Path.GetExtension(outputPath).ToLowerInvariant())
                    {
                        case ".xlsx":
                            File.WriteAllBytes(outputPath, CheckWorkbook.ToXlsx(run));
                            break;
                        case ".html":
                            File.WriteAllText(outputPath, CheckHtml.ToHtml(run), new UTF8Encoding(false));
                            break;
                        case ".json":
                            File.WriteAllText(outputPath, string.Concat(run.Forms.Select(f => CheckJson.ToLine(f) + "\n")), new UTF8Encoding(false));
                            break;
                        default:
                            File.WriteAllText(outputPath, CheckText.ToMarkdown(run), new UTF8Encoding(false));
                            break;
                    }
                }
                catch (Exception ex) when (CommandPaths.IsFileError(ex))
                {
                    CommandPaths.WriteFailed(console, "check", outputPath, ex);
                    return ExitCodes.InputErrors;
                }

                console.Error.WriteLine("perfind check: 已写入 " + outputPath);
            }

            console.Error.WriteLine("perfind check: " + CheckTables.Overview(run.Summary));
            return run.Errors.IsEmpty && !run.Forms.IsEmpty ? ExitCodes.Ok : ExitCodes.InputErrors;
        });
        return command;
    }
}
