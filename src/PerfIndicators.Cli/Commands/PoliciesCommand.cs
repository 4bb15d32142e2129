using System.CommandLine;
using PerfIndicators.Scoring;

namespace PerfIndicators.Cli.Commands;

/// <summary><c>perfind policies</c>: the scoring policies that can be used, with jurisdiction, years and version.</summary>
internal static class PoliciesCommand
{
    private static readonly string[] PolicyTableHead = ["id", "名称", "适用地区", "年度", "版本"];

    public static Command Create(CliConsole console)
    {
        var rules = new Option<string?>("--rules")
        {
            Description = "另外列出该目录中的评分办法文件 (also list the policy files in this directory)",
        };
        var command = new Command("policies", "列出可用的评分办法 (list the scoring policies)") { rules };
        command.SetAction(result =>
        {
            if (!CommandPaths.RulesFolder(console, "policies", result.GetValue(rules)))
            {
                return ExitCodes.InputErrors;
            }

            IReadOnlyList<ScoringPolicy> policies;
            try
            {
                policies = PolicyFiles.Available(result.GetValue(rules));
            }
            catch (ScoringPolicyException ex)
            {
                console.Error.WriteLine("perfind policies: 评分办法文件有误 (a policy file is invalid)：" + ex.Message);
                return ExitCodes.InputErrors;
            }
            catch (Exception ex) when (CommandPaths.IsFileError(ex))
            {
                CommandPaths.ReadFailed(console, "policies", result.GetValue(rules)!, ex);
                return ExitCodes.InputErrors;
            }

            var rows = new List<string[]> { PolicyTableHead.ToArray() };
            rows.AddRange(policies.Select(p => new[] { p.Id, p.Name, p.Jurisdiction, p.FiscalYearsText, p.Version }));
            var widths = Enumerable.Range(0, 5).Select(i => rows.Max(r => Width(r[i]))).ToArray();
            foreach (var row in rows)
            {
                console.Out.WriteLine(string.Concat(row.Select((cell, i) => i == row.Length - 1 ? cell : cell + new string(' ', widths[i] - Width(cell) + 2))).TrimEnd());
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Width(string text) => text.Sum(c => c >= '\u2E80' ? 2 : 1);
}
