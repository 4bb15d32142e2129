using System.CommandLine;
using System.Globalization;
using System.Text;
using PerfIndicators.Documents;
using PerfIndicators.Scoring;

namespace PerfIndicators.Cli.Commands;

/// <summary>
/// <c>perfind template &lt;source&gt; --project &lt;name|index&gt; [--policy …] -o &lt;file.xlsx|file.csv&gt;</c>: a fill-in
/// 项目支出绩效自评表 for one project of a budget document or of a project JSON.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new Argument<string>("source")
        {
            Description = "预算文件（PDF、目标表 .xlsx/.xls 或提取的文本，同 perfind extract）或项目 JSON（perfind score 的输入）(a budget document, PDF, workbook or text, or a project JSON)",
        };
        var project = new Option<string?>("--project")
        {
            Description = "项目名称或序号（从 1 开始，见 perfind extract）；文件只有一个项目时可省略 (the project's name or 1-based index)",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "输出文件 .xlsx 或 .csv (the template to write)",
            Required = true,
        };
        var policy = new Option<string?>("--policy", "-p")
        {
            Description = "分配未填分值的评分办法，记入模板供评分时使用；默认用项目 JSON 中的 policy，否则 national (the policy that allocates missing points, recorded in the template; default: the project JSON's, else national)",
        };
        var rules = new Option<string?>("--rules")
        {
            Description = "按 id 查找评分办法的目录，先于内置评分办法 (a directory of policy files searched first)",
        };

        var command = new Command("template", "生成项目支出绩效自评表模板，供项目负责人填写 (make a fill-in self-assessment template)")
        {
            source, project, output, policy, rules,
        };
        command.SetAction(result =>
        {
            var outputPath = result.GetValue(output)!;
            var extension = Path.GetExtension(outputPath).ToLowerInvariant();
            if (extension is not (".xlsx" or ".csv"))
            {
                console.Error.WriteLine($"perfind template: 输出文件应为 .xlsx 或 .csv，而不是「{outputPath}」(write .xlsx or .csv).");
                return ExitCodes.Usage;
            }

            var sourcePath = result.GetValue(source)!;
            if (!CommandPaths.InputFile(console, "template", sourcePath) || !CommandPaths.RulesFolder(console, "template", result.GetValue(rules))
                || !CommandPaths.OutputFile(console, "template", outputPath))
            {
                return ExitCodes.InputErrors;
            }

            var selection = result.GetValue(project);
            var isJson = sourcePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            AssessmentInput? report = null;
            (BudgetDocument Document, Project Project, int Index)? chosen = null;
            if (isJson)
            {
                report = ReadJson(console, sourcePath, selection, out var exit);
                if (report is null)
                {
                    return exit;
                }
            }
            else
            {
                chosen = ReadDocument(console, sourcePath, selection, out var exit);
                if (chosen is null)
                {
                    return exit;
                }
            }

            var policyName = result.GetValue(policy) ?? report?.Policy ?? "national";
            if (CommandPaths.Policy(console, "template", policyName, result.GetValue(rules)) is not { } scoringPolicy)
            {
                return ExitCodes.InputErrors;
            }

            var template = chosen is var (document, found, index)
                ? SelfAssessmentTemplate.FromDocument(document, found, scoringPolicy, Path.GetFileName(sourcePath) + "#" + index.ToString(CultureInfo.InvariantCulture))
                : SelfAssessmentTemplate.FromInput(report!, scoringPolicy, Path.GetFileName(sourcePath));
            foreach (var note in template.Notes)
            {
                console.Error.WriteLine("perfind template: " + note);
            }

            if (template.HasErrors)
            {
                return ExitCodes.InputErrors;
            }

            try
            {
                File.WriteAllBytes(outputPath, extension == ".csv" ? TemplateWriter.ToCsv(template) : TemplateWriter.ToXlsx(template));
            }
            catch (Exception ex) when (CommandPaths.IsFileError(ex))
            {
                CommandPaths.WriteFailed(console, "template", outputPath, ex);
                return ExitCodes.InputErrors;
            }

            var allocated = template.Rows.Count(r => r.PointsAllocated);
            console.Error.WriteLine(
                $"perfind template: 已生成 {outputPath}：项目“{template.ProjectName}”，指标 {template.Rows.Length} 个"
                + (allocated > 0 ? $"（{allocated} 个分值按评分办法 {scoringPolicy.Id} 分配）" : string.Empty)
                + $"，定性指标 {template.Rows.Count(r => r.TakesTier)} 个；填写后运行 perfind score {outputPath}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static AssessmentInput? ReadJson(CliConsole console, string path, string? selection, out int exit)
    {
        exit = ExitCodes.InputErrors;
        string json;
        try
        {
            json = BoundedFile.ReadAllText(path);
        }
        catch (Exception ex) when (CommandPaths.IsFileError(ex))
        {
            CommandPaths.ReadFailed(console, "template", path, ex);
            return null;
        }

        var read = ScoringJson.ReadProject(json);
        foreach (var warning in read.Warnings)
        {
            console.Error.WriteLine("perfind template: 警告 " + warning.Text);
        }

        if (read.Input is not { } report)
        {
            foreach (var error in read.Errors)
            {
                console.Error.WriteLine("perfind template: 错误 " + error.Text);
            }

            return null;
        }

        if (selection is not null && selection != "1" && selection.Trim() != report.Name)
        {
            console.Error.WriteLine($"perfind template: 项目 JSON 只有一个项目“{report.Name}”，与 --project「{selection}」不符 (the JSON holds one project).");
            exit = ExitCodes.Usage;
            return null;
        }

        return report;
    }

    private static (BudgetDocument, Project, int)? ReadDocument(CliConsole console, string path, string? selection, out int exit)
    {
        exit = ExitCodes.InputErrors;
        var read = DocumentFiles.Read(path);
        if (read.Document is not { } document)
        {
            console.Error.WriteLine($"perfind template: 无法读取「{path}」：{read.ErrorMessage}");
            return null;
        }

        var projects = document.Projects;
        if (projects.IsEmpty)
        {
            console.Error.WriteLine($"perfind template: 「{path}」中没有项目 (no projects in the document).");
            return null;
        }

        exit = ExitCodes.Usage;
        if (selection is null)
        {
            if (projects.Length == 1)
            {
                return (document, projects[0], 1);
            }

            Candidates(console, $"「{path}」有 {projects.Length} 个项目，请用 --project 指定名称或序号 (choose a project with --project)：", projects, Enumerable.Range(0, projects.Length));
            return null;
        }

        var wanted = selection.Trim();
        if (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            if (index >= 1 && index <= projects.Length)
            {
                return (document, projects[index - 1], index);
            }

            Candidates(console, $"没有第 {wanted} 个项目，序号应在 1 到 {projects.Length} 之间 (no such index)：", projects, Enumerable.Range(0, projects.Length));
            return null;
        }

        var named = Enumerable.Range(0, projects.Length).Where(i => projects[i].Name == wanted).ToList();
        if (named.Count == 1)
        {
            return (document, projects[named[0]], named[0] + 1);
        }

        if (named.Count > 1)
        {
            Candidates(console, $"有 {named.Count} 个项目名为“{wanted}”，请用序号指定 (the name is ambiguous; give the index)：", projects, named);
            return null;
        }

        var similar = Enumerable.Range(0, projects.Length).Where(i => projects[i].Name.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(projects[i].Name, StringComparison.Ordinal)).ToList();
        Candidates(console, $"没有名为“{wanted}”的项目 (no such project)" + (similar.Count > 0 ? "，相近的有：" : "，可选的项目：") , projects, similar.Count > 0 ? similar : Enumerable.Range(0, projects.Length));
        return null;
    }

    private static void Candidates(CliConsole console, string message, IReadOnlyList<Project> projects, IEnumerable<int> indices)
    {
        console.Error.WriteLine("perfind template: " + message);
        foreach (var i in indices)
        {
            var project = projects[i];
            console.Error.WriteLine(
                $"  {i + 1}. {project.Name}"
                + (project.Amount is { } amount ? "  " + amount : string.Empty)
                + (project.ParentName is null ? string.Empty : "  一级项目: " + project.ParentName)
                + $"  （第 {project.Line} 行，指标 {(project.Indicators.IsDefault ? 0 : project.Indicators.Length)} 个）");
        }
    }
}
