using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using PerfIndicators.Checking;
using PerfIndicators.Documents;
using PerfIndicators.Lint;
using PerfIndicators.Formats.Check;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;

namespace PerfIndicators.Fuzz;

/// <summary>
/// The fuzz targets: each takes the raw bytes of one input, runs one public entry point and checks the invariants that
/// must hold for every input. A broken invariant throws <see cref="FuzzInvariantException"/>, which AFL++ records as a
/// crash; so does any exception the entry point lets out.
/// </summary>
/// <remarks>
/// This file is compiled into the fuzz harness (<c>fuzz/PerfIndicators.Fuzz</c>) and, linked, into the test project,
/// which replays the seed corpora and every saved finding through the same targets in CI.
/// </remarks>
internal static class FuzzTargets
{
    /// <summary>The targets by name, in the order <c>fuzz/run.sh</c> lists them.</summary>
    public static readonly ImmutableArray<(string Name, string Entry, Action<byte[]> Run)> All =
    [
        ("cell", "IndicatorParser.ParseCell", ParserCell),
        ("target", "IndicatorParser.ParseTarget", ParserTarget),
        ("actual", "IndicatorParser.ParseActual", ParserActual),
        ("document", "BudgetDocumentReader.Read", Document),
        ("policy", "ScoringPolicy.Parse, then Evaluator.Evaluate", Policy),
        ("project", "ScoringJson.ReadProject, then Evaluator.Evaluate", Project),
        ("xlsx", "WorkbookReader.Read", Xlsx),
        ("csv", "CsvReader.Read", Csv),
        ("template", "FilledTemplateReader.ReadXlsx/ReadCsv, then Evaluator.Evaluate", Template),
        ("review", "Reviewer.Run over project files separated by 0x1E, with ReviewJsonWriter", Review),
        ("check", "PublishedFormFiles.FromText, PublishedFormReader.Read, then FormRechecker.Recheck", Check),
        ("workbook", "TargetWorkbookReader.Read (.xls and .xlsx 目标表), then TargetLinter.Lint of every project", Workbook),
        ("lint", "ScoringJson.ReadProject or BudgetDocumentReader.Read, then TargetLinter.Lint", Lint),
        ("monitor", "ScoringJson.ReadProject, then ProgressMonitor.Monitor and MonitoringSummary.Of", Monitor),
    ];

    private static readonly Lazy<TargetLinter> Linter = new(() => new TargetLinter(LintPolicy.National));

    private static readonly Lazy<HashSet<string>> LintRuleIds = new(() => LintPolicy.National.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<ImmutableArray<Evaluator>> Evaluators =
        new(() => [.. ScoringPolicy.EmbeddedIds.Select(id => new Evaluator(ScoringPolicy.Get(id)))]);

    /// <summary>Finds a target by name.</summary>
    public static Action<byte[]>? Find(string name) => All.FirstOrDefault(t => t.Name == name).Run;

    /// <summary>The bytes as text, the way a caller holding arbitrary bytes would decode them (invalid UTF-8 becomes U+FFFD).</summary>
    public static string Text(byte[] data) => Encoding.UTF8.GetString(data);

    public static void ParserCell(byte[] data)
    {
        var text = Text(data);
        var cell = IndicatorParser.ParseCell(text);
        CheckDiagnostics(cell.Diagnostics, text, "ParseCell");
        foreach (var indicator in cell.Indicators)
        {
            CheckIndicator(indicator, text);
        }

        if (!string.IsNullOrWhiteSpace(text) && cell.Indicators.Length + cell.Diagnostics.Length == 0)
        {
            throw new FuzzInvariantException("ParseCell lost a non-blank cell: no indicator and no diagnostic");
        }

        if (cell.Indicators.Any(i => i.Target is UnrecognizedTarget) && !cell.HasErrors)
        {
            throw new FuzzInvariantException("ParseCell gave an unrecognized target without an error");
        }

        var again = IndicatorParser.ParseCell(text);
        if (Json(w => WriteCell(w, again)) != Json(w => WriteCell(w, cell)))
        {
            throw new FuzzInvariantException("ParseCell gave different results for the same text");
        }

        var clause = IndicatorParser.ParseIndicator(text);
        CheckDiagnostics(clause.Diagnostics, text, "ParseIndicator");
        if (clause.Value is { } single)
        {
            CheckIndicator(single, text);
        }
    }

    public static void ParserTarget(byte[] data)
    {
        var text = Text(data);
        var target = IndicatorParser.ParseTarget(text);
        CheckDiagnostics(target.Diagnostics, text, "ParseTarget");
        if (target.Value is null)
        {
            throw new FuzzInvariantException("ParseTarget returned no target");
        }

        if (target.Value is UnrecognizedTarget && !target.HasErrors)
        {
            throw new FuzzInvariantException("ParseTarget gave an unrecognized target without an error");
        }

        _ = Json(w => JsonContract.WriteTarget(w, target.Value));
        _ = TargetFormatter.Format(target.Value);
    }

    public static void ParserActual(byte[] data)
    {
        var text = Text(data);
        var actual = IndicatorParser.ParseActual(text);
        CheckDiagnostics(actual.Diagnostics, text, "ParseActual");
        if (actual.Value is null)
        {
            throw new FuzzInvariantException("ParseActual returned no actual");
        }

        _ = Json(w => JsonContract.WriteActual(w, actual.Value));
    }

    public static void Document(byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        var result = BudgetDocumentReader.Read(stream);
        if (result.Document is not { } document)
        {
            if (result.Diagnostics.IsDefaultOrEmpty)
            {
                throw new FuzzInvariantException("a document that could not be read says nothing about why");
            }

            return;
        }

        CheckDiagnostics([.. document.AllDiagnostics], document.Text, "BudgetDocumentReader");
        foreach (var project in document.Projects)
        {
            CheckSpan(project.Span, document.Text, "project " + project.Name);
            foreach (var indicator in project.Indicators)
            {
                CheckIndicator(indicator, document.Text);
            }
        }

        _ = Json(w => DocumentJson.Write(w, document));
    }

    public static void Policy(byte[] data)
    {
        ScoringPolicy policy;
        try
        {
            policy = ScoringPolicy.Parse(Text(data), "fuzz.json");
        }
        catch (ScoringPolicyException e)
        {
            if (string.IsNullOrEmpty(e.Message) || !e.Message.Contains("fuzz.json", StringComparison.Ordinal))
            {
                throw new FuzzInvariantException("a refused policy does not name its file: " + e.Message);
            }

            return;
        }

        var evaluator = new Evaluator(policy);
        foreach (var project in SampleProjects.Value)
        {
            CheckAssessment(project, evaluator.Evaluate(project));
        }
    }

    public static void Project(byte[] data)
    {
        var read = ScoringJson.ReadProject(Text(data));
        SameFromBytes(data, read);
        if (read.Input is not { } project)
        {
            if (!read.Errors.Any())
            {
                throw new FuzzInvariantException("a project that could not be read says nothing about why");
            }

            return;
        }

        var evaluators = Evaluators.Value;
        var evaluator = project.Policy is { } id && evaluators.FirstOrDefault(e => e.Policy.Id == id) is { } named ? named : evaluators[0];
        var assessment = evaluator.Evaluate(project);
        CheckAssessment(project, assessment);
        var json = ScoringJson.WriteAssessment(assessment);
        var markdown = SelfAssessmentText.ToMarkdown(assessment);
        var again = evaluator.Evaluate(project);
        if (ScoringJson.WriteAssessment(again) != json || SelfAssessmentText.ToMarkdown(again) != markdown)
        {
            throw new FuzzInvariantException("the same project scored twice gave different output");
        }
    }

    /// <summary>
    /// A review reads project files from their UTF-8 bytes (JsonProjectFormat.Read), not from a decoded string: for valid UTF-8 that
    /// is not blank and has no byte order mark (the text path keeps U+FEFF), both must give the same diagnostics and the same project.
    /// </summary>
    private static void SameFromBytes(byte[] data, InputReadResult fromText)
    {
        if (!System.Text.Unicode.Utf8.IsValid(data) || data is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0x00, 0x00, 0xFE, 0xFF, ..] or [0xEF, 0xBB, 0xBF, ..] || Text(data).AsSpan().Trim().IsEmpty)
        {
            return;
        }

        var fromBytes = JsonProjectFormat.Instance.Read(new MemoryStream(data, writable: false));
        static string Describe(InputReadResult r) =>
            string.Join("\n", r.Diagnostics.Select(d => d.Code + " " + d.Text)) + "\n" + (r.Input is { } input ? ScoringJson.WriteAssessment(Evaluators.Value[0].Evaluate(input)) : "-");
        if (Describe(fromBytes) != Describe(fromText))
        {
            throw new FuzzInvariantException("the project read from bytes differs from the project read from text");
        }
    }

    public static void Xlsx(byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        var result = WorkbookReader.Read(stream);
        if (result.Workbook is null && result.Diagnostics.IsDefaultOrEmpty)
        {
            throw new FuzzInvariantException("a workbook that could not be read says nothing about why");
        }
    }

    public static void Csv(byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        var result = CsvReader.Read(stream);
        if (result.Workbook is null && result.Diagnostics.IsDefaultOrEmpty)
        {
            throw new FuzzInvariantException("a CSV file that could not be read says nothing about why");
        }
    }

    /// <summary>
    /// A text table copied out of a PDF, read as a published 自评表 and re-checked: it gives grids or says why not; every
    /// form's rows lie in the grid; every recomputed score lies in 0…the row's points; the same text re-checks the same twice.
    /// </summary>
    public static void Check(byte[] data)
    {
        var text = Text(data);
        var read = PublishedFormFiles.FromText(text, "fuzz.txt");
        if (read.Grids.IsEmpty && read.Diagnostics.IsDefaultOrEmpty)
        {
            throw new FuzzInvariantException("a text table that gives no grid says nothing about why");
        }

        var totals = new List<decimal?>();
        foreach (var grid in read.Grids)
        {
            var last = grid.Rows.IsEmpty ? 0 : grid.Rows[^1].Number;
            foreach (var form in PublishedFormReader.Read(grid).Forms)
            {
                if (form.Indicators.Any(i => i.Location.Row is < 1 || i.Location.Row > last))
                {
                    throw new FuzzInvariantException("a published indicator is located outside its grid");
                }

                var result = FormRechecker.Recheck(form);
                foreach (var row in result.Indicators)
                {
                    // The bound is the points the row was scored with: a policy may reallocate what was printed.
                    if (row.RecomputedScore is { } score && (score < 0m || score > row.Recomputed.Points))
                    {
                        throw new FuzzInvariantException($"a recomputed score {score} is outside 0…{row.Recomputed.Points}");
                    }
                }

                totals.Add(result.Recomputed.Total);
            }
        }

        var again = PublishedFormFiles.FromText(text, "fuzz.txt").Grids
            .SelectMany(g => PublishedFormReader.Read(g).Forms)
            .Select(f => FormRechecker.Recheck(f).Recomputed.Total);
        if (!again.SequenceEqual(totals))
        {
            throw new FuzzInvariantException("the same text re-checked to different totals");
        }
    }

    /// <summary>
    /// A 目标表 workbook (.xls by ExcelDataReader, .xlsx by our reader, told apart by content): a document or why not; every
    /// indicator's span inside the document's text; every project linted, each finding at an indicator that exists; the same
    /// bytes read and linted the same twice.
    /// </summary>
    public static void Workbook(byte[] data)
    {
        string Run()
        {
            using var stream = new MemoryStream(data, writable: false);
            var read = PerfIndicators.Formats.Workbooks.TargetWorkbookReader.Read(stream, fileName: "fuzz.xls");
            if (read.Document is not { } document)
            {
                if (read.Diagnostics.IsDefaultOrEmpty)
                {
                    throw new FuzzInvariantException("a workbook that gives no document says nothing about why");
                }

                return string.Join("\n", read.Diagnostics.Select(d => d.Code));
            }

            var lines = new List<string>();
            foreach (var project in document.Projects)
            {
                foreach (var indicator in project.Indicators)
                {
                    CheckIndicator(indicator, document.Text);
                }

                lines.Add(LintLine(Linter.Value.Lint(document, project), project.Indicators.Length));
            }

            return string.Join("\n", lines);
        }

        if (Run() != Run())
        {
            throw new FuzzInvariantException("the same workbook read and linted twice gave different results");
        }
    }

    /// <summary>
    /// Target review of one input: bytes starting with <c>{</c> are a project JSON, anything else a budget document. Every
    /// finding names a rule of the policy and, when it is about an indicator, an indicator that exists; linting twice agrees.
    /// </summary>
    public static void Lint(byte[] data)
    {
        var linter = Linter.Value;
        string Run()
        {
            if (data.AsSpan().TrimStart(" \t\r\n\uFEFF"u8) is [(byte)'{', ..])
            {
                var read = ScoringJson.ReadProject(Text(data));
                if (read.Input is not { } input)
                {
                    return read.Errors.Any() ? "unread" : throw new FuzzInvariantException("a project that could not be read says nothing about why");
                }

                return LintLine(linter.Lint(input), input.Indicators.Length);
            }

            using var stream = new MemoryStream(data, writable: false);
            var result = BudgetDocumentReader.Read(stream);
            if (result.Document is not { } document)
            {
                return result.Diagnostics.IsDefaultOrEmpty ? throw new FuzzInvariantException("a document that could not be read says nothing about why") : "unread";
            }

            return string.Join("\n", document.Projects.Select(p => LintLine(linter.Lint(document, p), p.Indicators.Length)));
        }

        if (Run() != Run())
        {
            throw new FuzzInvariantException("the same input linted twice gave different findings");
        }
    }

    /// <summary>
    /// Mid-year monitoring of one project JSON, as of a date taken from the input's first bytes (any day of its fiscal year or
    /// the next): a status for the project and each indicator, time elapsed within 0…1, every indicator of the input
    /// monitored once, the folder summary consistent with the one report; the same input monitored the same twice.
    /// </summary>
    public static void Monitor(byte[] data)
    {
        var read = ScoringJson.ReadProject(Text(data));
        if (read.Input is not { } input)
        {
            if (!read.Errors.Any())
            {
                throw new FuzzInvariantException("a project that could not be read says nothing about why");
            }

            return;
        }

        var year = input.FiscalYear is >= 1900 and <= 2200 ? input.FiscalYear.Value : 2023;
        var day = data.Length == 0 ? 0 : (data[0] * 256 + data[^1]) % 730;
        var asOf = new NodaTime.LocalDate(year, 1, 1).PlusDays(day);
        var monitor = new PerfIndicators.Monitoring.ProgressMonitor(LintPolicy.National);
        var report = monitor.Monitor(input, asOf);
        if (report.TimeShare is < 0m or > 1m)
        {
            throw new FuzzInvariantException($"time elapsed {report.TimeShare} is outside 0…1 on {asOf}");
        }

        if (report.Indicators.Length != input.Indicators.Length || report.Indicators.Select(i => i.Index).Distinct().Count() != report.Indicators.Length)
        {
            throw new FuzzInvariantException($"{input.Indicators.Length} indicators, {report.Indicators.Length} monitored");
        }

        if (!Enum.IsDefined(report.Status) || report.Indicators.Any(i => i.Status is { } s && !Enum.IsDefined(s)))
        {
            throw new FuzzInvariantException("a status outside the three lights");
        }

        var summary = PerfIndicators.Monitoring.MonitoringSummary.Of([new PerfIndicators.Monitoring.MonitoredProject("fuzz.json", report)], asOf, []);
        if (summary.Listed.Length != 1)
        {
            throw new FuzzInvariantException("a folder of one monitored project does not list it once");
        }

        var again = monitor.Monitor(input, asOf);
        if (again.Status != report.Status || !again.Findings.Select(f => f.ToString()).SequenceEqual(report.Findings.Select(f => f.ToString())))
        {
            throw new FuzzInvariantException("the same project monitored twice gave different results");
        }
    }

    /// <summary>A lint report as one line, after checking each finding names a rule and an indicator that exist.</summary>
    private static string LintLine(PerfIndicators.Lint.LintReport report, int indicators)
    {
        foreach (var finding in report.Findings)
        {
            if (!LintRuleIds.Value.Contains(finding.Rule))
            {
                throw new FuzzInvariantException("a lint finding names a rule the policy does not have: " + finding.Rule);
            }

            if (finding.IndicatorIndex is { } index && (index < 0 || index >= indicators))
            {
                throw new FuzzInvariantException($"a lint finding is about indicator {index} of {indicators}");
            }
        }

        return report.Project + "|" + string.Join(",", report.Findings.Select(f => f.Rule + "@" + f.IndicatorIndex + ":" + f.Diagnostic.Message));
    }

    public static void Template(byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        var filled = data is [(byte)'P', (byte)'K', ..] ? FilledTemplateReader.ReadXlsx(stream) : FilledTemplateReader.ReadCsv(stream);
        var evaluator = Evaluators.Value[0];
        if (filled.InputFor(evaluator.Policy) is { } project)
        {
            CheckAssessment(project, evaluator.Evaluate(project));
        }
        else if (filled.Diagnostics.IsDefaultOrEmpty)
        {
            throw new FuzzInvariantException("a filled template that gives no project says nothing about why");
        }
    }

    public static void Review(byte[] data)
    {
        var texts = Text(data).Split('\u001e').Take(16).ToArray();
        string Run(out ReviewSummary summary)
        {
            var sources = texts.Select((json, i) => ProjectSources.FromJson("p" + i + ".json", json)).ToList();
            using var output = new MemoryStream();
            using (var writer = new ReviewJsonWriter(output))
            {
                summary = new Reviewer(Evaluators.Value[0].Policy).Run(sources, writer);
            }

            return Encoding.UTF8.GetString(output.ToArray());
        }

        var json = Run(out var first);
        if (first.Inputs.Given != texts.Length || first.Inputs.Read + first.Inputs.Failed != texts.Length || first.Failures.Count != first.Inputs.Failed)
        {
            throw new FuzzInvariantException($"{texts.Length} inputs, review counted {first.Inputs}, {first.Failures.Count} failures listed");
        }

        if (first.Totals.Max is > 100m || first.Totals.Min is < 0m)
        {
            throw new FuzzInvariantException($"review totals out of bounds: {first.Totals.Min}…{first.Totals.Max}");
        }

        if (Run(out _) != json)
        {
            throw new FuzzInvariantException("the same inputs reviewed twice gave different JSON");
        }
    }

    /// <summary>Checks a self-assessment against the input it came from: every row present, every score in bounds.</summary>
    public static void CheckAssessment(AssessmentInput project, SelfAssessment assessment)
    {
        if (assessment.Indicators.Length != project.Indicators.Length)
        {
            throw new FuzzInvariantException($"{project.Indicators.Length} indicators in, {assessment.Indicators.Length} out");
        }

        for (var i = 0; i < assessment.Indicators.Length; i++)
        {
            var row = assessment.Indicators[i];
            if (row.Name != project.Indicators[i].Name)
            {
                throw new FuzzInvariantException($"indicator {i} is {row.Name}, not {project.Indicators[i].Name}");
            }

            if (row.Score is decimal score && (score < 0m || score > row.Points))
            {
                throw new FuzzInvariantException($"indicator {row.Name} scored {score} of {row.Points}");
            }

            if (row.Score is null && row.Outcome is not (IndicatorOutcome.NeedsManualScoring or IndicatorOutcome.NotApplicable))
            {
                throw new FuzzInvariantException($"indicator {row.Name} has no score but the outcome {row.Outcome}");
            }

            // A project that reported nothing (未填报) says so once (PI3031) instead of once per row.
            if (row.Outcome == IndicatorOutcome.NeedsManualScoring && assessment.IsAssessed && !assessment.Findings.Any(f => f.Location.Indicator == row.Name))
            {
                throw new FuzzInvariantException($"indicator {row.Name} needs a manual score but no finding says so");
            }
        }

        var budget = assessment.BudgetExecution;
        if (budget.Score is decimal executionScore && (executionScore < 0m || executionScore > budget.Points))
        {
            throw new FuzzInvariantException($"budget execution scored {executionScore} of {budget.Points}");
        }

        if (assessment.Total is < 0m or > 100m || assessment.Total > assessment.UncappedTotal)
        {
            throw new FuzzInvariantException($"total {assessment.Total} (uncapped {assessment.UncappedTotal}) is out of bounds");
        }

        if (!assessment.IsAssessed && (assessment.Grade is not null || assessment.Total != 0m
            || !assessment.Findings.Any(f => f.Code is DiagnosticCodes.NotAssessable or DiagnosticCodes.NotReported)))
        {
            throw new FuzzInvariantException($"a project not assessed ({assessment.Status}) has a grade or total, or no finding saying why");
        }
    }

    private static readonly Lazy<ImmutableArray<AssessmentInput>> SampleProjects = new(() =>
    {
        (IndicatorCategory Category, string Target, string? Actual, decimal? Points)[] rows =
        [
            (IndicatorCategory.Output, "≥90%", "85%", 10m),
            (IndicatorCategory.Output, "≥90%", "120%", 5m),
            (IndicatorCategory.Output, "≤10%", "12%", 10m),
            (IndicatorCategory.Output, "=0起", "1起", 5m),
            (IndicatorCategory.Output, "≥10万人", "123000人", null),
            (IndicatorCategory.Output, "80%-90%", "95%", 5m),
            (IndicatorCategory.Output, "±10%", "-12%", 5m),
            (IndicatorCategory.Output, "12月底前", "2023年11月20日", 5m),
            (IndicatorCategory.Output, "≥9999999999亿元", "0.0000000000000000000000001元", 5m),
            (IndicatorCategory.Benefit, "合法合规", "部分达成", 10m),
            (IndicatorCategory.Benefit, "有所提升", null, 10m),
            (IndicatorCategory.Benefit, "90%以上得10分，每降5%扣1分，扣完为止", "80%", 10m),
            (IndicatorCategory.Satisfaction, "满意度指标低于90%不得分，大于等于90%得满分", "92%", 10m),
            (IndicatorCategory.Satisfaction, "≥95%", "-3%", 0m),
        ];
        var indicators = rows.Select((r, i) => new IndicatorInput("指标" + i, IndicatorParser.ParseTarget(r.Target).Value!)
        {
            Category = r.Category,
            Actual = r.Actual is null ? null : IndicatorParser.ParseActual(r.Actual).Value,
            Points = r.Points,
        }).ToList();
        return
        [
            new AssessmentInput("示例项目", indicators) { FiscalYear = 2023, Budget = new BudgetInput { Initial = 100m, Adjusted = 250000m, Executed = 215457.6m } },
            new AssessmentInput("零预算项目", indicators.Take(3)) { Budget = new BudgetInput { Adjusted = 0m, Executed = 0m } },
            new AssessmentInput("空项目", []),
        ];
    });

    private static void CheckIndicator(Indicator indicator, string text)
    {
        CheckSpan(indicator.Span, text, "indicator span");
        CheckSpan(indicator.NameSpan, text, "name span");
        CheckSpan(indicator.TargetSpan, text, "target span");
    }

    private static void CheckDiagnostics(IEnumerable<Diagnostic> diagnostics, string text, string where)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Code == DiagnosticCodes.InternalError)
            {
                throw new FuzzInvariantException(where + " reported an internal error: " + diagnostic.Message);
            }

            CheckSpan(diagnostic.Span, text, where + " diagnostic " + diagnostic.Code);
        }
    }

    private static void CheckSpan(TextSpan span, string text, string what)
    {
        if (span.Start < 0 || span.Length < 0 || span.Start + span.Length > text.Length)
        {
            throw new FuzzInvariantException($"{what} {span} lies outside the {text.Length} characters of the input");
        }
    }

    private static void WriteCell(Utf8JsonWriter writer, CellParseResult cell)
    {
        writer.WriteStartArray();
        foreach (var indicator in cell.Indicators)
        {
            JsonContract.WriteIndicator(writer, indicator);
        }

        foreach (var diagnostic in cell.Diagnostics)
        {
            JsonContract.WriteDiagnostic(writer, diagnostic);
        }

        writer.WriteEndArray();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonContract.WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

/// <summary>An invariant that must hold for every input did not.</summary>
internal sealed class FuzzInvariantException(string message) : Exception(message);
