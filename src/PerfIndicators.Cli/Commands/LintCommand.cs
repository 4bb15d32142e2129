using System.CommandLine;
using System.Text;
using PerfIndicators.Formats.Lint;
using PerfIndicators.Formats.Store;
using PerfIndicators.Lint;

namespace PerfIndicators.Cli.Commands;

/// <summary><c>perfind lint</c>: target review (绩效目标审核) of budget documents, 目标表 workbooks, project JSON files or folders of them.</summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "预算文件（文本、PDF）、目标表工作簿（.xlsx/.xls）、项目 JSON，或它们所在的文件夹 (documents, 目标表 workbooks, project JSON files or folders)",
            Arity = ArgumentArity.OneOrMore,
        };
        var policy = new Option<string>("--policy", "-p")
        {
            Description = "审核要点的 id 或文件路径，默认 national (lint policy id or file; default national)",
            DefaultValueFactory = _ => "national",
        };
        var rules = new Option<string?>("--rules")
        {
            Description = "按 id 查找审核要点的目录：<目录>/lint/<id>.json，先于内置 (a rules folder searched for lint/<id>.json first)",
        };
        var previous = new Option<string?>("--previous")
        {
            Description = "上年的预算文件、项目 JSON 或文件夹，用于核对指标值不低于上年 (last year's document, project JSON or folder)",
        };
        var store = new Option<string?>("--store")
        {
            Description = "结果库（SQLite 文件或 PostgreSQL 连接串），取上年的实际完成值核对指标值 (a results store: last year's actuals)",
        };
        var previousYear = new Option<int?>("--previous-year")
        {
            Description = "从结果库读取的年度，默认库中最近的年度 (the store's year to read; default its latest)",
        };
        var json = new Option<bool>("--json") { Description = "输出 JSON Lines，每个项目一行 (write JSON Lines, one object per project)" };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "把汇总写入文件：.md、.html 或 .xlsx（有发现的项目、按规则、按部门）(write a summary: .md, .html or .xlsx)",
        };

        var command = new Command("lint", "绩效目标审核：检查指标体系是否完整、目标是否可衡量、是否与预算相符 (target review)")
        {
            inputs, policy, rules, previous, store, previousYear, json, output,
        };
        command.SetAction(result =>
        {
            var paths = result.GetValue(inputs)!;
            var outputPath = result.GetValue(output);
            if (outputPath is not null && Path.GetExtension(outputPath).ToLowerInvariant() is not (".md" or ".html" or ".xlsx"))
            {
                console.Error.WriteLine($"perfind lint: 输出文件应为 .md、.html 或 .xlsx，而不是「{outputPath}」(write .md, .html or .xlsx).");
                return ExitCodes.Usage;
            }

            var previousPath = result.GetValue(previous);
            if (!CommandPaths.InputFilesOrFolders(console, "lint", previousPath is null ? paths : [.. paths, previousPath]) || !CommandPaths.RulesFolder(console, "lint", result.GetValue(rules))
                || (outputPath is not null && !CommandPaths.OutputFile(console, "lint", outputPath)))
            {
                return ExitCodes.InputErrors;
            }

            if (CommandPaths.LintPolicy(console, "lint", result.GetValue(policy)!, result.GetValue(rules)) is not { } lintPolicy)
            {
                return ExitCodes.InputErrors;
            }

            var context = LintContext.None;
            if (previousPath is not null)
            {
                context = LintInputs.ReadPrevious(previousPath, out var previousErrors);
                PrintErrors(console, previousErrors);
            }
            else if (result.GetValue(store) is { } target)
            {
                if (ReadStore(console, target, result.GetValue(previousYear)) is not { } fromStore)
                {
                    return ExitCodes.InputErrors;
                }

                context = fromStore;
            }

            var run = LintInputs.Lint(paths, new TargetLinter(lintPolicy), context);
            PrintErrors(console, run.Errors);
            foreach (var project in outputPath is null ? run.Projects : [])
            {
                console.Out.Write(result.GetValue(json) ? LintJson.ToLine(project.Input, project.Report, lintPolicy) + "\n" : LintText.ToTable(project.Report));
            }

            if (outputPath is not null)
            {
                var reports = run.Projects;
                try
                {
                    if (outputPath.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                    {
                        File.WriteAllBytes(outputPath, LintWorkbook.ToXlsx(reports, lintPolicy));
                    }
                    else
                    {
                        File.WriteAllText(outputPath, outputPath.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? LintHtml.ToHtml(reports, lintPolicy) : LintText.ToMarkdown(reports, lintPolicy), new UTF8Encoding(false));
                    }
                }
                catch (Exception ex) when (CommandPaths.IsFileError(ex))
                {
                    CommandPaths.WriteFailed(console, "lint", outputPath, ex);
                    return ExitCodes.InputErrors;
                }

                console.Error.WriteLine("perfind lint: 已写入 " + outputPath);
            }

            var summary = LintSummary.Of(run.Projects.Select(p => p.Report), lintPolicy);
            var errors = run.Projects.Sum(p => p.Report.Count(DiagnosticSeverity.Error));
            console.Error.WriteLine("perfind lint: 项目 " + summary.Projects + " 个，有发现的 " + summary.ProjectsWithFindings + " 个；发现 " + summary.Findings + " 条，其中 " + errors
                + " 条错误（审核要点 " + lintPolicy.Id + " " + lintPolicy.Version + "）" + (run.Errors.IsEmpty ? string.Empty : "；" + run.Errors.Length + " 个文件无法读取"));
            return errors > 0 || !run.Errors.IsEmpty ? ExitCodes.InputErrors : ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintErrors(CliConsole console, IEnumerable<LintInputError> errors)
    {
        foreach (var error in errors)
        {
            foreach (var diagnostic in error.Diagnostics)
            {
                console.Error.WriteLine("perfind lint: " + error.Input + ": " + diagnostic);
            }
        }
    }

    /// <summary>Last year's projects from the store, the year said on standard error; null (with why) when it cannot be read.</summary>
    private static LintContext? ReadStore(CliConsole console, string target, int? year) => CommandPaths.ReadStore(console, "lint", target, results =>
    {
        var years = results.FiscalYears();
        if ((year ?? (years.Count == 0 ? null : years[^1])) is not { } read || !years.Contains(read))
        {
            console.Error.WriteLine("perfind lint: 结果库中没有" + (year is { } y ? " " + y + " 年的" : string.Empty) + "评价结果 (the store holds no results" + (year is null ? string.Empty : " of that year") + ")");
            return null;
        }

        var context = LintInputs.ReadPrevious(results, read);
        console.Error.WriteLine("perfind lint: 上年数据取自结果库 " + read + " 年，项目 " + context.PreviousYear.Count + " 个 (last year from the store)");
        return context;
    });
}
