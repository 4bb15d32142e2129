using System.CommandLine;
using System.Text;
using PerfIndicators.Scoring;

namespace PerfIndicators.Cli.Commands;

/// <summary><c>perfind score</c>: a project's actuals in, the scored 项目支出绩效自评表 out.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliConsole console)
    {
        var project = new Argument<string>("project")
        {
            Description = "项目自评 JSON 文件，- 表示标准输入 (the project JSON file; - for standard input)",
        };
        var policy = new Option<string?>("--policy", "-p")
        {
            Description = "评分办法的 id 或文件路径，默认用项目文件中的 policy，否则 national (policy id or file; default: the project's, else national)",
        };
        var format = new Option<string>("--format")
        {
            Description = "输出格式 table|json|markdown (output format)",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "markdown");
        var rules = new Option<string?>("--rules")
        {
            Description = "按 id 查找评分办法的目录，先于内置评分办法 (a directory of policy files searched before the embedded ones)",
        };

        var command = new Command("score", "按评分办法给项目支出绩效自评打分 (score a project self-assessment)")
        {
            project, policy, format, rules,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(project)!;
            string json;
            try
            {
                json = path == "-" ? console.In.ReadToEnd() : File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                console.Error.WriteLine($"perfind score: 无法读取文件「{path}」：{ex.Message}");
                return ExitCodes.InputErrors;
            }

            var read = ScoringJson.ReadProject(json);
            foreach (var warning in read.Warnings)
            {
                console.Error.WriteLine("perfind score: 警告 " + warning);
            }

            if (read.Project is not { } report)
            {
                foreach (var error in read.Errors)
                {
                    console.Error.WriteLine("perfind score: 错误 " + error);
                }

                return ExitCodes.InputErrors;
            }

            var policyName = result.GetValue(policy) ?? report.Policy ?? "national";
            ScoringPolicy scoringPolicy;
            try
            {
                scoringPolicy = ScoringPolicy.Get(policyName, result.GetValue(rules));
            }
            catch (Exception ex) when (ex is ScoringPolicyException or KeyNotFoundException or IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine("perfind score: 无法使用评分办法「" + policyName + "」：" + ex.Message);
                return ExitCodes.InputErrors;
            }

            var assessment = new Evaluator(scoringPolicy).Evaluate(report);
            console.Out.Write(result.GetValue(format) switch
            {
                "json" => ScoringJson.WriteAssessment(assessment) + Environment.NewLine,
                "markdown" => SelfAssessmentText.ToMarkdown(assessment),
                _ => SelfAssessmentText.ToTable(assessment),
            });

            var errors = assessment.Findings.Count(f => f.Severity == DiagnosticSeverity.Error);
            console.Error.WriteLine(
                "perfind score: 总分 " + assessment.Total + "（" + assessment.Grade + "）" + (assessment.IsProvisional ? "，暂定" : string.Empty)
                + "；" + assessment.Findings.Length + " 条发现，其中 " + errors + " 条错误（评分办法 " + scoringPolicy.Id + " " + scoringPolicy.Version + "）");
            return errors > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
        });
        return command;
    }
}
