using System.CommandLine;
using PerfIndicators.Scoring;
using Spectre.Console;

namespace PerfIndicators.Cli.Commands;

/// <summary>
/// <c>perfind review</c>: scores every project file given (folders are expanded to their project JSON files, filled
/// self-assessment templates, <c>*.xlsx</c>/<c>*.csv</c>, and budget documents, PDF and 目标表 workbooks, one input per project) under one
/// policy, in parallel, and writes the annual review as HTML, JSON or xlsx. A progress bar on standard error while it runs,
/// unless output is redirected; a one-line summary at the end. Exit 1 when any input could not be read.
/// </summary>
internal static class ReviewCommand
{
    private static readonly string[] Formats = ["json", "html", "xlsx", "pdf", "parquet"];

    /// <summary>Beyond this many inputs, <c>-o review.html</c> is a summary page with department pages in a folder beside it.</summary>
    private const int SinglePageLimit = 5000;

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "项目 JSON、填好的自评表（.xlsx/.xlsm/.csv）、预算文件（PDF、目标表 .xlsx/.xls，每个项目一项）或文件夹（按文件名顺序读取其中这几类文件，不读子文件夹）(project files, filled templates, budget documents or folders)",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "报告文件：.html、.json、.xlsx、.pdf（HTML 报告打印成 A4，需 Chromium）或 .parquet（每个指标一行）；以 / 结尾的文件夹写分页的 HTML 报告；- 表示把 JSON 写到标准输出 (the report file; - for JSON on standard output)",
            Required = true,
        };
        var format = new Option<string?>("--format")
        {
            Description = "报告格式 json|html|xlsx|pdf|parquet，默认按 -o 的扩展名 (report format; default: from the file extension)",
        };
        format.AcceptOnlyFromAmong(Formats);
        var policy = new Option<string>("--policy", "-p")
        {
            Description = "评分办法的 id 或文件路径，所有项目统一使用 (policy id or file, used for every project)",
            DefaultValueFactory = _ => "national",
        };
        var rules = new Option<string?>("--rules")
        {
            Description = "按 id 查找评分办法的目录，先于内置评分办法 (a directory of policy files searched before the embedded ones)",
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "同时评分的项目数，默认为 CPU 核数；结果与之无关 (how many projects are scored at once; the report does not depend on it)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var lowest = new Option<int>("--lowest")
        {
            Description = "列出得分最低的项目个数 (how many lowest-scoring projects to list)",
            DefaultValueFactory = _ => ReviewOptions.Default.LowestCount,
        };
        var listLimit = new Option<int>("--list-limit")
        {
            Description = "每张清单（缺偏差原因、超额完成、需人工评分、执行率偏低、无法读取…）最多列出的条数；计数始终完整 (entries per list; counts stay exact)",
            DefaultValueFactory = _ => ReviewOptions.Default.ListLimit,
        };
        var details = new Option<bool>("--details")
        {
            Description = "JSON 报告中附上每个项目完整的自评结果 (include each project's full self-assessment in the JSON report)",
        };

        var store = new Option<string?>("--store")
        {
            Description = "同时把每个项目的评价结果写入结果库：SQLite 文件，或 PostgreSQL 连接串（Host=…;… 或 postgresql://…）；重复评价同样的输入不会重复写入 (also record every assessment in a results store: an SQLite file or a PostgreSQL connection string)",
        };

        var command = new Command("review", "年度绩效评价：按同一评分办法批量评分并生成汇总报告 (review many projects under one policy)")
        {
            inputs, output, format, policy, rules, parallel, lowest, listLimit, details, store,
        };
        command.SetAction(result => Run(
            console,
            result.GetValue(inputs)!,
            result.GetValue(output)!,
            result.GetValue(format),
            result.GetValue(policy)!,
            result.GetValue(rules),
            new ReviewOptions { MaxDegreeOfParallelism = result.GetValue(parallel), LowestCount = result.GetValue(lowest), ListLimit = result.GetValue(listLimit) },
            result.GetValue(details),
            result.GetValue(store)));
        return command;
    }

    private static int Run(CliConsole console, string[] inputs, string output, string? format, string policyName, string? rules, ReviewOptions options, bool details, string? storeTarget)
    {
        const string Prefix = "perfind review: ";
        var error = console.Error;
        if (options.MaxDegreeOfParallelism < 1 || options.LowestCount < 0 || options.ListLimit < 0)
        {
            error.WriteLine(Prefix + "--parallel 至少为 1，--lowest 与 --list-limit 不能为负数 (out of range)");
            return ExitCodes.Usage;
        }

        var toStdout = output == "-";
        var asFolder = !toStdout && format is null or "html" && (output.EndsWith('/') || Directory.Exists(output));
        var kind = asFolder ? "html" : format ?? (toStdout ? "json" : Path.GetExtension(output).ToLowerInvariant() switch
        {
            ".json" => "json",
            ".html" or ".htm" => "html",
            ".xlsx" => "xlsx",
            ".pdf" => "pdf",
            ".parquet" => "parquet",
            _ => null,
        });
        if (kind is null)
        {
            error.WriteLine(Prefix + "无法从「" + output + "」的扩展名判断报告格式，请用 .html、.json、.xlsx、.pdf 或 --format (cannot tell the report format)");
            return ExitCodes.Usage;
        }

        if (kind is "xlsx" or "pdf" or "parquet" && toStdout)
        {
            error.WriteLine(Prefix + kind + " 报告不能写到标准输出，请用 -o <文件>." + kind + " (an " + kind + " report needs a file)");
            return ExitCodes.Usage;
        }

        // Every path named must be there before anything is read or written: a typo is not a review with one failed input.
        if (!CommandPaths.InputFilesOrFolders(console, "review", inputs) || !CommandPaths.RulesFolder(console, "review", rules)
            || (!toStdout && !asFolder && !CommandPaths.OutputFile(console, "review", output)))
        {
            return ExitCodes.InputErrors;
        }

        if (CommandPaths.Policy(console, "review", policyName, rules) is not { } scoringPolicy)
        {
            return ExitCodes.InputErrors;
        }

        // Project JSON and filled self-assessment templates (xlsx, csv) are both review inputs.
        // Budget documents (PDF, 目标表 workbooks) too: each of their projects is one input, scored on its targets.
        var inputSet = ProjectSources.FromPaths(inputs, PerfIndicators.Formats.Templates.FilledTemplateFormat.ReviewSources with { ReadsDocuments = true });
        foreach (var skipped in inputSet.Skipped)
        {
            error.WriteLine(Prefix + "跳过 " + skipped.Path + "：" + skipped.Reason);
        }

        if (inputSet.Sources.Count == 0)
        {
            error.WriteLine(Prefix + "没有可评分的项目文件 (no project files to review)");
            return ExitCodes.InputErrors;
        }

        var reviewer = new Reviewer(scoringPolicy, options);
        ResultStore? store;
        try
        {
            store = storeTarget is null ? null : ResultStore.Open(storeTarget);
        }
        catch (StoreException ex)
        {
            error.WriteLine(Prefix + ex.Message);
            return ExitCodes.InputErrors;
        }

        using var storeScope = store;
        ReviewRecorder? recorder = null;
        IReviewSink Recorded(IReviewSink sink) => store is null ? sink : recorder = store.Record(reviewer.Header, inputs, sink);
        ReviewSummary summary;
        string? temporary = null;
        try
        {
            if (toStdout)
            {
                IReviewSink sink = Recorded(kind == "html" ? new ReviewHtmlWriter(console.Out) : new ReviewJsonWriter(console.Out, includeAssessments: details));
                using (sink as IDisposable)
                {
                    summary = RunWithProgress(console, reviewer, inputSet, sink);
                }
            }
            else if (asFolder || (kind == "html" && inputSet.Sources.Count > SinglePageLimit))
            {
                // The site writer's lifetime is the site's; the recorder only commits the run when the review completes.
                summary = ReviewSite.Write(output, asFolder, sink => RunWithProgress(console, reviewer, inputSet, Recorded(sink)));
            }
            else
            {
                // Write beside the target and move it into place at the end: a failed run never leaves half a report.
                var full = Path.GetFullPath(output);
                temporary = full + ".partial-" + Environment.ProcessId;
                using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
                {
                    // A PDF is the HTML report printed by a headless browser once the review is complete.
                    using var page = kind == "pdf" ? new MemoryStream() : null;
                    IReviewSink sink = Recorded(kind switch
                    {
                        "html" => new ReviewHtmlWriter(stream),
                        "pdf" => new ReviewHtmlWriter(page!),
                        "xlsx" => new ReviewWorkbookWriter(stream),
                        "parquet" => new PerfIndicators.Formats.Parquet.ReviewParquetWriter(stream),
                        _ => new ReviewJsonWriter(stream, includeAssessments: details),
                    });
                    using (sink as IDisposable)
                    {
                        summary = RunWithProgress(console, reviewer, inputSet, sink);
                    }

                    if (page is not null)
                    {
                        var printed = PdfPrinter.Print(System.Text.Encoding.UTF8.GetString(page.ToArray()));
                        if (printed.Pdf is not { } pdf)
                        {
                            foreach (var problem in printed.Diagnostics)
                            {
                                error.WriteLine(Prefix + problem);
                            }

                            return ExitCodes.InputErrors;
                        }

                        stream.Write(pdf);
                    }
                }

                File.Move(temporary, full, overwrite: true);
                temporary = null;
            }
        }
        catch (System.Data.Common.DbException ex)
        {
            error.WriteLine(Prefix + "无法写入结果库：" + ex.Message + " (the store could not be written)");
            return ExitCodes.InputErrors;
        }
        catch (Exception ex) when (CommandPaths.IsFileError(ex))
        {
            error.WriteLine(Prefix + "无法写入报告「" + output + "」：" + FileErrors.Describe(ex));
            return ExitCodes.InputErrors;
        }
        finally
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }
        }

        foreach (var failure in summary.Failures.Items)
        {
            error.WriteLine(Prefix + "无法读取 " + failure.Source + "：" + string.Join("；", failure.Errors.Select(e => e.Text)));
        }

        foreach (var project in summary.NotReported.Items.Concat(summary.NotAssessable.Items).OrderBy(p => p.Index))
        {
            error.WriteLine(Prefix + project.Status.ToLabel() + " " + project.Source + "：「" + project.Name + "」不计分 (" + project.Status.ToName() + ", not scored)");
        }

        if (summary.Failures.Unlisted > 0)
        {
            error.WriteLine(Prefix + "另有 " + summary.Failures.Unlisted + " 个文件无法读取，见报告 (more failures in the report)");
        }

        var grades = string.Join("、", summary.Grades.Select(g => (g.Grade.Length == 0 ? "无等级" : g.Grade) + " " + g.Count));
        error.WriteLine(
            Prefix + "项目 " + summary.Inputs.Assessed + " 个（"
            + (summary.Inputs.NotReported > 0 ? "未填报 " + summary.Inputs.NotReported + " 个，" : string.Empty)
            + (summary.Inputs.NotAssessable > 0 ? "没有指标不可评价 " + summary.Inputs.NotAssessable + " 个，" : string.Empty)
            + "无法读取 " + summary.Inputs.Failed + " 个，共 " + summary.Inputs.Given + " 个文件），指标 " + summary.Indicators.Total + " 个；"
            + grades + "；平均分 " + (summary.Totals.Mean?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—")
            + "；执行率低于 " + DisplayPercent(summary.Execution.Threshold) + " 的 " + summary.Execution.Below + " 个（评分办法 " + scoringPolicy.Id + " " + scoringPolicy.Version + "）"
            + (toStdout ? string.Empty : "；报告：" + output)
            + (recorder is null ? string.Empty : "；结果库新增 " + recorder.Stored + " 个、已有 " + recorder.AlreadyStored + " 个（第 " + recorder.RunId + " 次运行）"));
        return summary.Inputs.Failed > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    private static ReviewSummary RunWithProgress(CliConsole console, Reviewer reviewer, ReviewInputSet inputs, IReviewSink sink)
    {
        if (console.IsOutputRedirected)
        {
            return reviewer.Run(inputs, sink);
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Error),
            Interactive = InteractionSupport.Detect,
            Ansi = AnsiSupport.Detect,
        });
        if (!terminal.Profile.Capabilities.Interactive)
        {
            return reviewer.Run(inputs, sink);
        }

        return terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("评分", maxValue: Math.Max(1, inputs.Sources.Count));
                return reviewer.Run(inputs, sink, new TaskProgress(task));
            });
    }

    private static string DisplayPercent(decimal fraction) =>
        decimal.Round(fraction * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Leaving a partial file behind is better than hiding the original error.
        }
    }

    /// <summary>Moves the Spectre progress task as inputs complete (called on the reviewing thread).</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<ReviewProgress>
    {
        public void Report(ReviewProgress value)
        {
            task.Value = value.Completed;
            task.Description = "评分 " + value.Completed + "/" + (value.Total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?")
                + (value.Failed > 0 ? "，无法读取 " + value.Failed : string.Empty);
        }
    }
}
