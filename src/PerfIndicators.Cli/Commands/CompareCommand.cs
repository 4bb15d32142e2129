using System.CommandLine;
using System.Globalization;

namespace PerfIndicators.Cli.Commands;

/// <summary>
/// <c>perfind compare --store results.db 2022 2023</c>: the year-over-year comparison of two fiscal years in a results store
/// (<see cref="ResultStore.Compare"/>), as a table on the console, JSON on standard output (<c>--json</c>), or a report file
/// (<c>-o</c> .html, .xlsx or .json).
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var previous = new Argument<int>("previous") { Description = "上一年度，如 2022 (the earlier fiscal year)" };
        var current = new Argument<int>("current") { Description = "本年度，如 2023 (the later fiscal year)" };
        var store = new Option<string>("--store")
        {
            Description = "结果库：SQLite 文件或 PostgreSQL 连接串，由 perfind review --store 写入 (the results store)",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "把对比结果以 JSON 写到标准输出 (the comparison as JSON on standard output)" };
        var output = new Option<string?>("--output", "-o") { Description = "报告文件：.html、.xlsx 或 .json (a report file)" };
        var policy = new Option<string?>("--policy", "-p") { Description = "只比较按该评分办法评出的结果 (only assessments under this policy id)" };
        var command = new Command("compare", "年度对比：同一项目两个年度的评价结果变化 (year-over-year comparison from a results store)")
        {
            previous, current, store, json, output, policy,
        };
        command.SetAction(result => Run(
            console, result.GetValue(store)!, result.GetValue(previous), result.GetValue(current), result.GetValue(json), result.GetValue(output), result.GetValue(policy)));
        return command;
    }

    private static int Run(CliConsole console, string target, int previous, int current, bool json, string? output, string? policy)
    {
        const string Prefix = "perfind compare: ";
        var kind = output is null ? null : Path.GetExtension(output).ToLowerInvariant() switch
        {
            ".html" or ".htm" => "html",
            ".xlsx" => "xlsx",
            ".json" => "json",
            _ => string.Empty,
        };
        if (kind == string.Empty)
        {
            console.Error.WriteLine(Prefix + "无法从「" + output + "」的扩展名判断报告格式，请用 .html、.xlsx 或 .json (cannot tell the report format)");
            return ExitCodes.Usage;
        }

        if (output is not null && !CommandPaths.OutputFile(console, "compare", output))
        {
            return ExitCodes.InputErrors;
        }

        if (CommandPaths.ReadStore(console, "compare", target, store => store.Compare(previous, current, policyId: policy)) is not { } comparison)
        {
            return ExitCodes.InputErrors;
        }

        if (json)
        {
            ComparisonReports.WriteJson(comparison, console.Out);
        }
        else
        {
            ComparisonReports.WriteText(comparison, console.Out);
        }

        if (output is not null)
        {
            try
            {
                using var file = File.Create(output);
                switch (kind)
                {
                    case "html": ComparisonReports.WriteHtml(comparison, file); break;
                    case "xlsx": ComparisonReports.WriteWorkbook(comparison, file); break;
                    default: ComparisonReports.WriteJson(comparison, file); break;
                }
            }
            catch (Exception ex) when (CommandPaths.IsFileError(ex))
            {
                console.Error.WriteLine(Prefix + "无法写入报告「" + output + "」：" + FileErrors.Describe(ex));
                return ExitCodes.InputErrors;
            }
        }

        console.Error.WriteLine(
            Prefix + "匹配项目 " + comparison.Pairs.Length + " 个（按项目编码 " + comparison.Pairs.Count(p => p.Rule == ProjectMatchRule.Code)
            + " 个，按名称+单位 " + comparison.Pairs.Count(p => p.Rule == ProjectMatchRule.NameAndUnit) + " 个），仅 " + previous + " 年 " + comparison.OnlyPrevious.Length
            + " 个，仅 " + current + " 年 " + comparison.OnlyCurrent.Length + " 个" + (output is null ? string.Empty : "；报告：" + output));
        return ExitCodes.Ok;
    }
}
