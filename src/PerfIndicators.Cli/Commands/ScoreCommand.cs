using System.CommandLine;
using System.Text;
using PerfIndicators.Scoring;

namespace PerfIndicators.Cli.Commands;

/// <summary><c>perfind score</c>: a project's actuals (project JSON or a filled template, xlsx or CSV) in, the scored 项目支出绩效自评表 out.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliConsole console)
    {
        var project = new Argument<string>("project")
        {
            Description = "项目自评 JSON 文件（- 表示标准输入），或填写好的自评表模板 .xlsx/.xlsm/.csv (the project JSON, - for standard input, or a filled template)",
        };
        var policy = new Option<string?>("--policy", "-p")
        {
            Description = "评分办法的 id 或文件路径，默认用项目文件或模板中的 policy，否则 national (policy id or file; default: the project's or template's, else national)",
        };
        var format = new Option<string>("--format")
        {
            Description = "写到标准输出时的格式 table|json|markdown；用 -o 时按文件扩展名 (the format on standard output; with -o the file's extension decides)",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "markdown");
        var rules = new Option<string?>("--rules")
        {
            Description = "按 id 查找评分办法的目录，先于内置评分办法 (a directory of policy files searched before the embedded ones)",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "写入文件而不是标准输出：.xlsx（评分后的自评表和评分说明）、.pdf（A4 横向，需 Chromium）、.md、.json、.html (write to a file: .xlsx, .pdf, .md, .json or .html)",
        };

        var command = new Command("score", "按评分办法给项目支出绩效自评打分 (score a project self-assessment)")
        {
            project, policy, format, rules, output,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(project)!;
            var outputPath = result.GetValue(output);
            if (outputPath is not null && Path.GetExtension(outputPath).ToLowerInvariant() is not (".xlsx" or ".pdf" or ".md" or ".json" or ".html"))
            {
                console.Error.WriteLine($"perfind score: 输出文件应为 .xlsx、.pdf、.md、.json 或 .html，而不是「{outputPath}」(write .xlsx, .pdf, .md, .json or .html).");
                return ExitCodes.Usage;
            }

            if (outputPath is not null && path != "-" && string.Equals(Path.GetFullPath(outputPath), Path.GetFullPath(path), StringComparison.Ordinal))
            {
                console.Error.WriteLine($"perfind score: 输出文件就是输入文件「{path}」，不覆盖 (the output would overwrite the input).");
                return ExitCodes.Usage;
            }

            if (!CommandPaths.InputFile(console, "score", path, standardInput: true) || !CommandPaths.RulesFolder(console, "score", result.GetValue(rules))
                || (outputPath is not null && !CommandPaths.OutputFile(console, "score", outputPath)))
            {
                return ExitCodes.InputErrors;
            }

            var options = new Request(path, result.GetValue(policy), result.GetValue(rules), result.GetValue(format)!, outputPath);
            return IsSpreadsheet(path) ? ScoreTemplate(console, options) : ScoreJson(console, options);
        });
        return command;
    }

    private sealed record Request(string Path, string? Policy, string? Rules, string Format, string? Output);

    private static bool IsSpreadsheet(string path) =>
        path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static int ScoreJson(CliConsole console, Request request)
    {
        var path = request.Path;
        string json;
        try
        {
            json = path == "-" ? BoundedFile.ReadAllText(console.In, "标准输入") : BoundedFile.ReadAllText(path);
        }
        catch (Exception ex) when (CommandPaths.IsFileError(ex))
        {
            CommandPaths.ReadFailed(console, "score", path, ex);
            return ExitCodes.InputErrors;
        }

        var read = ScoringJson.ReadProject(json);
        foreach (var warning in read.Warnings)
        {
            console.Error.WriteLine("perfind score: 警告 " + warning.Text);
        }

        if (read.Input is not { } report)
        {
            foreach (var error in read.Errors)
            {
                console.Error.WriteLine("perfind score: 错误 " + error.Text);
            }

            return ExitCodes.InputErrors;
        }

        if (CommandPaths.Policy(console, "score", request.Policy ?? report.Policy ?? "national", request.Rules, namedByData: request.Policy is null) is not { } scoringPolicy)
        {
            return ExitCodes.InputErrors;
        }

        var assessment = new Evaluator(scoringPolicy).Evaluate(report);
        return Emit(console, request, assessment, scoringPolicy, () => ScoredFormWriter.ToXlsx(assessment, report));
    }

    private static int ScoreTemplate(CliConsole console, Request request)
    {
        var filled = FilledTemplateReader.Read(request.Path);
        if (filled.Template is not { } template || filled.Input is null)
        {
            foreach (var diagnostic in filled.Diagnostics)
            {
                console.Error.WriteLine("perfind score: " + diagnostic);
            }

            console.Error.WriteLine($"perfind score: 「{request.Path}」无法评分 (the file cannot be scored).");
            return ExitCodes.InputErrors;
        }

        if (CommandPaths.Policy(console, "score", request.Policy ?? template.PolicyId, request.Rules, namedByData: request.Policy is null) is not { } scoringPolicy)
        {
            return ExitCodes.InputErrors;
        }

        var report = filled.InputFor(scoringPolicy)!;
        var assessment = new Evaluator(scoringPolicy).Evaluate(report);
        return Emit(console, request, assessment, scoringPolicy, () => ScoredFormWriter.ToXlsx(assessment, report, filled));
    }

    private static int Emit(CliConsole console, Request request, SelfAssessment assessment, ScoringPolicy scoringPolicy, Func<byte[]> xlsx)
    {
        if (request.Output is { } outputPath)
        {
            try
            {
                var extension = Path.GetExtension(outputPath).ToLowerInvariant();
                if (extension == ".xlsx")
                {
                    File.WriteAllBytes(outputPath, xlsx());
                }
                else if (extension == ".pdf")
                {
                    var printed = PdfPrinter.Print(SelfAssessmentHtml.ToHtml(assessment));
                    if (printed.Pdf is not { } pdf)
                    {
                        foreach (var problem in printed.Diagnostics)
                        {
                            console.Error.WriteLine("perfind score: " + problem);
                        }

                        return ExitCodes.InputErrors;
                    }

                    File.WriteAllBytes(outputPath, pdf);
                }
                else if (extension == ".json")
                {
                    using var file = new StreamWriter(outputPath, false, new UTF8Encoding(false));
                    WriteJson(file, assessment);
                }
                else
                {
                    File.WriteAllText(outputPath, extension == ".html" ? SelfAssessmentHtml.ToHtml(assessment) : SelfAssessmentText.ToMarkdown(assessment), new UTF8Encoding(false));
                }
            }
            catch (Exception ex) when (CommandPaths.IsFileError(ex))
            {
                CommandPaths.WriteFailed(console, "score", outputPath, ex);
                return ExitCodes.InputErrors;
            }

            console.Error.WriteLine("perfind score: 已写入 " + outputPath);
        }
        else if (request.Format == "json")
        {
            WriteJson(console.Out, assessment);
        }
        else
        {
            console.Out.Write(request.Format == "markdown" ? SelfAssessmentText.ToMarkdown(assessment) : SelfAssessmentText.ToTable(assessment));
        }

        var errors = assessment.Findings.Count(f => f.Severity == DiagnosticSeverity.Error);
        console.Error.WriteLine(
            "perfind score: " + (assessment.IsAssessed ? "总分 " + assessment.Total + "（" + assessment.Grade + "）" + (assessment.IsProvisional ? "，暂定" : string.Empty) : assessment.Status.ToLabel() + "，未评分")
            + "；" + assessment.Findings.Length + " 条发现，其中 " + errors + " 条错误（评分办法 " + scoringPolicy.Id + " " + scoringPolicy.Version + "）");
        return errors > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    /// <summary>The assessment's JSON, indented, written as it is produced (a 300,000-indicator project is not held twice).</summary>
    private static void WriteJson(TextWriter output, SelfAssessment assessment) =>
        JsonContract.WriteLine(output, writer => ScoringJson.WriteAssessment(writer, assessment), indented: true);
}
