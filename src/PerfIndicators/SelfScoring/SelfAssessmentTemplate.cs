using System.Collections.Immutable;
using System.Globalization;
using PerfIndicators.Documents;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;

namespace PerfIndicators.SelfScoring;

/// <summary>
/// A fill-in template of the 项目支出绩效自评表 (project expenditure performance self-assessment form) for one project:
/// the project header, the budget block, the 年度总体目标, and one row per indicator with its target (年度指标值) and
/// points (分值, allocated by a scoring policy where the source has none). Write it with <c>TemplateWriter</c>;
/// read the filled file back with <c>FilledTemplateReader</c>. Immutable.
/// </summary>
/// <example>
/// <code>
/// var document = DocumentFiles.Read("budget.txt").GetDocumentOrThrow();
/// var template = SelfAssessmentTemplate.FromDocument(document, document.Projects[1], ScoringPolicy.National, "budget.txt");
/// if (!template.HasErrors) File.WriteAllBytes("自评表.xlsx", TemplateWriter.ToXlsx(template));
/// </code>
/// </example>
public sealed class SelfAssessmentTemplate
{
    private SelfAssessmentTemplate(
        string projectName,
        string? department,
        string? unit,
        int? fiscalYear,
        string? goal,
        string? amountUnit,
        decimal? initialBudget,
        decimal budgetPoints,
        string policyId,
        string policyVersion,
        string sourceName,
        string sourceFingerprint,
        ImmutableArray<TemplateRow> rows)
    {
        ProjectName = projectName;
        Department = department;
        Unit = unit;
        FiscalYear = fiscalYear;
        Goal = goal;
        AmountUnit = amountUnit;
        InitialBudget = initialBudget;
        BudgetPoints = budgetPoints;
        PolicyId = policyId;
        PolicyVersion = policyVersion;
        SourceName = sourceName;
        SourceFingerprint = sourceFingerprint;
        Rows = rows;
        Fingerprint = TemplateMetadata.EntriesFingerprint(MetadataEntries(includeFingerprint: false));
    }

    /// <summary>The template format this version writes (<see cref="TemplateFormats.Template"/>).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Part of the template model a reader compares with; callers read it from the instance they hold.")]
    public string Format => TemplateFormats.Template;

    /// <summary>项目名称.</summary>
    public string ProjectName { get; }

    /// <summary>主管部门, or <see langword="null"/>.</summary>
    public string? Department { get; }

    /// <summary>实施单位, or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>The fiscal year (预算年度), or <see langword="null"/>.</summary>
    public int? FiscalYear { get; }

    /// <summary>年度总体目标 (the annual goal) as written in the source, or <see langword="null"/>; the form has a goal block only when there is one.</summary>
    public string? Goal { get; }

    /// <summary>The unit of the budget amounts (<c>万元</c>, <c>元</c>), or <see langword="null"/> when the source does not say.</summary>
    public string? AmountUnit { get; }

    /// <summary>年初预算数 from the source (locked in the form), or <see langword="null"/> (then the cell is left to fill in).</summary>
    public decimal? InitialBudget { get; }

    /// <summary>全年预算数 prefilled (editable), or <see langword="null"/>.</summary>
    public decimal? AdjustedBudget { get; private init; }

    /// <summary>全年执行数 prefilled (from a project JSON that has it), or <see langword="null"/>.</summary>
    public decimal? ExecutedBudget { get; private init; }

    /// <summary>执行偏差原因 prefilled, or <see langword="null"/>.</summary>
    public string? BudgetDeviationReason { get; private init; }

    /// <summary>分值 of budget execution (预算执行率) under the template's policy.</summary>
    public decimal BudgetPoints { get; }

    /// <summary>The id of the policy that allocated the points (and that scores the form unless told otherwise).</summary>
    public string PolicyId { get; }

    /// <summary>The version of that policy.</summary>
    public string PolicyVersion { get; }

    /// <summary>Where the project came from, e.g. <c>budget.txt#2</c> (the file name and the project's 1-based index) or <c>project.json</c>.</summary>
    public string SourceName { get; }

    /// <summary>
    /// <c>sha256:…</c> of the source project as read (name, department, unit, year, 年初预算数, and each indicator's
    /// categories, name, target and given points): the same project gives the same value, whatever the policy.
    /// </summary>
    public string SourceFingerprint { get; }

    /// <summary>The indicator rows, in the order of the source.</summary>
    public ImmutableArray<TemplateRow> Rows { get; }

    /// <summary><c>sha256:…</c> of everything the template locks (its metadata); a filled template is checked against it.</summary>
    public string Fingerprint { get; }

    /// <summary>What happened while making the template: points allocated (PI3012), targets not understood (PI5002) …</summary>
    public ImmutableArray<Diagnostic> Notes { get; private init; } = [];

    /// <summary>Whether a note is an error (e.g. PI5001: no indicators); such a template should not be handed out.</summary>
    public bool HasErrors => Notes.Any(n => n.Severity == DiagnosticSeverity.Error);

    internal TemplateLayout Layout => new(Goal is not null, Rows.Length);

    /// <summary>Makes the template of a project of a budget document (as read by <see cref="BudgetDocumentReader"/>).</summary>
    /// <param name="document">The document, for its header (unit, year).</param>
    /// <param name="project">The project, one of <see cref="BudgetDocument.Projects"/>.</param>
    /// <param name="policy">The policy that allocates the points.</param>
    /// <param name="sourceName">How to name the source in the metadata, e.g. <c>budget.txt#2</c>; the project name when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">When an argument other than <paramref name="sourceName"/> is null.</exception>
    public static SelfAssessmentTemplate FromDocument(BudgetDocument document, Project project, ScoringPolicy policy, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(policy);
        var report = AssessmentInput.FromDocument(document, project);
        return Create(report, policy, sourceName ?? project.Name, project.Goal, project.Amount?.Unit.Label(), prefill: false);
    }

    /// <summary>
    /// Makes the template of a project given as a <see cref="AssessmentInput"/> (e.g. read from the project JSON of
    /// <c>perfind score</c>). Actuals, reasons, scores and budget figures the project already has are prefilled.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="policy">The policy that allocates the points.</param>
    /// <param name="sourceName">How to name the source in the metadata, e.g. <c>project.json</c>; the project name when <see langword="null"/>.</param>
    /// <param name="goal">年度总体目标, or <see langword="null"/> for no goal block.</param>
    /// <param name="amountUnit">The unit of the budget amounts (<c>万元</c>), or <see langword="null"/> for the project's own (<see cref="BudgetInput.Unit"/>).</param>
    /// <exception cref="ArgumentNullException">When <paramref name="project"/> or <paramref name="policy"/> is null.</exception>
    public static SelfAssessmentTemplate FromInput(AssessmentInput project, ScoringPolicy policy, string? sourceName = null, string? goal = null, string? amountUnit = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(policy);
        return Create(project, policy, sourceName ?? project.Name, goal, amountUnit ?? project.Budget?.Unit?.Label(), prefill: true);
    }

    /// <summary>The source fingerprint of a project: see <see cref="SourceFingerprint"/>.</summary>
    /// <param name="project">The project.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="project"/> is null.</exception>
    public static string FingerprintOf(AssessmentInput project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var fields = new List<string?>
        {
            "perfind-source-v1",
            project.Name,
            project.Department,
            project.Unit,
            project.FiscalYear?.ToString(CultureInfo.InvariantCulture),
            project.Budget?.Initial is decimal initial ? TemplateMetadata.Number(initial) : null,
            project.Indicators.Length.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var indicator in project.Indicators)
        {
            fields.Add(indicator.Category?.ToString());
            fields.Add(indicator.Subcategory?.ToString());
            fields.Add(indicator.Name);
            fields.Add(indicator.Target.Text);
            fields.Add(indicator.Points is decimal points ? TemplateMetadata.Number(points) : null);
        }

        return TemplateMetadata.Fingerprint(fields);
    }

    private static SelfAssessmentTemplate Create(AssessmentInput project, ScoringPolicy policy, string sourceName, string? goal, string? amountUnit, bool prefill)
    {
        var notes = new List<Diagnostic>();
        var indicators = new List<IndicatorInput>();
        foreach (var indicator in project.Indicators)
        {
            var readable = Readable(indicator.Target, indicator, notes);
            indicators.Add(ReferenceEquals(readable, indicator.Target)
                ? indicator
                : new IndicatorInput(indicator.Name, readable)
                {
                    Category = indicator.Category,
                    Subcategory = indicator.Subcategory,
                    CategoryLabel = indicator.CategoryLabel,
                    SubcategoryLabel = indicator.SubcategoryLabel,
                    Points = indicator.Points,
                    Actual = indicator.Actual,
                    DeviationReason = indicator.DeviationReason,
                    EvaluatorScore = indicator.EvaluatorScore,
                });
        }

        if (indicators.Count == 0)
        {
            notes.Add(Diagnostic.ForIndicator(DiagnosticCodes.TemplateWithoutIndicators, DiagnosticSeverity.Error, null, TemplateMessages.NoIndicators(project.Name)));
        }

        var allocation = PointsAllocator.Allocate(policy, indicators);
        notes.AddRange(allocation.Findings);
        var layout = new TemplateLayout(!string.IsNullOrWhiteSpace(goal), indicators.Count);
        var rows = ImmutableArray.CreateBuilder<TemplateRow>(indicators.Count);
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var row = new TemplateRow(layout.FirstIndicatorRow + i, indicator.Category, indicator.Subcategory, indicator.Name, indicator.Target, allocation.Points[i], allocation.IsAllocated[i]);
            if (prefill)
            {
                row = row with
                {
                    PrefilledActual = string.IsNullOrWhiteSpace(indicator.Actual?.Text) ? null : indicator.Actual!.Text,
                    PrefilledDeviationReason = string.IsNullOrWhiteSpace(indicator.DeviationReason) ? null : indicator.DeviationReason,
                    PrefilledScore = row.TakesManualScore ? indicator.EvaluatorScore : null,
                };
            }

            rows.Add(row);
        }

        var budget = project.Budget;
        var initial = budget?.Initial ?? (budget?.Sources.Any(s => s.Initial is not null) == true ? budget.Sources.Sum(s => s.Initial ?? 0m) : null);
        return new SelfAssessmentTemplate(
            project.Name,
            project.Department,
            project.Unit,
            project.FiscalYear,
            string.IsNullOrWhiteSpace(goal) ? null : goal,
            amountUnit,
            initial,
            policy.Parameters.Weights.BudgetExecution,
            policy.Id,
            policy.Version,
            sourceName,
            FingerprintOf(project),
            rows.MoveToImmutable())
        {
            AdjustedBudget = prefill ? budget?.Adjusted ?? initial : initial,
            ExecutedBudget = prefill ? budget?.Executed : null,
            BudgetDeviationReason = prefill ? budget?.DeviationReason : null,
            Notes = [.. notes],
        };
    }

    /// <summary>
    /// Returns a target whose text reads back with the same meaning: the target itself when its text does, else one
    /// written in canonical form (PI5003). A target that cannot be understood is kept and noted (PI5002).
    /// </summary>
    private static Target Readable(Target target, IndicatorInput indicator, List<Diagnostic> notes)
    {
        var name = indicator.Name;
        Target? Read(string text) => ReadTarget(name, text, indicator.Category, indicator.Subcategory);

        if (target.Kind == TargetKind.Unrecognized)
        {
            notes.Add(Diagnostic.ForIndicator(DiagnosticCodes.TemplateTargetNotUnderstood, DiagnosticSeverity.Warning, name, TemplateMessages.TargetNotUnderstood(target.Text)));
            return target;
        }

        if (SameMeaning(Read(target.Text), target))
        {
            return target;
        }

        var canonical = TargetFormatter.Format(target);
        if (Read(canonical) is { } rewritten && SameMeaning(rewritten, target))
        {
            notes.Add(Diagnostic.ForIndicator(DiagnosticCodes.TemplateTargetRewritten, DiagnosticSeverity.Info, name, TemplateMessages.TargetRewritten(target.Text, canonical)));
            return rewritten;
        }

        return target;
    }

    private static string KindName(TargetKind kind) => kind.ToString().ToLowerInvariant();

    private static bool SameMeaning(Target? read, Target original) =>
        read is not null && read.Kind == original.Kind && TargetFormatter.Format(read) == TargetFormatter.Format(original) && DirectionOf(read) == DirectionOf(original);

    private static Direction? DirectionOf(Target target) => target switch
    {
        QuantitativeTarget q => q.Direction,
        RateTarget r => r.Direction,
        _ => null,
    };

    /// <summary>
    /// Reads a row's target as every scoring input reads it: with its name and labels (<see cref="IndicatorParser.ParseIndicator(string, string, string?, string?)"/>),
    /// so that a direction or unit the name gives (投诉率 | 10%, 造林面积(亩) | 80000) survives the template.
    /// </summary>
    private static Target? ReadTarget(string name, string text, IndicatorCategory? category, IndicatorSubcategory? subcategory) =>
        IndicatorParser.ParseIndicator(name, text, category?.ToLabel(), subcategory?.ToLabel()).Value?.Target is { } read and not UnrecognizedTarget
            ? read
            : IndicatorParser.ParseTarget(text).Value;

    /// <summary>The metadata entries, in the order written.</summary>
    internal IEnumerable<KeyValuePair<string, string>> MetadataEntries(bool includeFingerprint = true)
    {
        KeyValuePair<string, string> Entry(string key, string value) => new(key, TemplateMetadata.Escape(value));

        yield return Entry("format", Format);
        yield return Entry("sheet", TemplateFormats.FormSheet);
        yield return Entry("project", ProjectName);
        if (Department is not null)
        {
            yield return Entry("department", Department);
        }

        if (Unit is not null)
        {
            yield return Entry("unit", Unit);
        }

        if (FiscalYear is int year)
        {
            yield return Entry("fiscalYear", year.ToString(CultureInfo.InvariantCulture));
        }

        if (Goal is not null)
        {
            yield return Entry("goal", Goal);
        }

        if (AmountUnit is not null)
        {
            yield return Entry("amountUnit", AmountUnit);
        }

        if (InitialBudget is decimal initial)
        {
            yield return Entry("budget.initial", TemplateMetadata.Number(initial));
        }

        yield return Entry("budget.points", TemplateMetadata.Number(BudgetPoints));
        yield return Entry("policy", PolicyId);
        yield return Entry("policy.version", PolicyVersion);
        yield return Entry("source", SourceName);
        yield return Entry("source.fingerprint", SourceFingerprint);
        yield return Entry("rows", Rows.Length.ToString(CultureInfo.InvariantCulture));
        foreach (var row in Rows)
        {
            yield return new(
                "row." + row.RowNumber.ToString(CultureInfo.InvariantCulture),
                TemplateMetadata.Record(
                    row.Key,
                    row.Category?.ToString() ?? string.Empty,
                    row.Subcategory?.ToString() ?? string.Empty,
                    row.Name,
                    row.Target.Text,
                    TemplateMetadata.Number(row.Points),
                    row.PointsAllocated ? "allocated" : "given",
                    KindName(row.Target.Kind)));
        }

        if (includeFingerprint)
        {
            yield return Entry("fingerprint", Fingerprint);
        }
    }

    /// <summary>
    /// Rebuilds the template from its metadata entries (values escaped as written), checking the fingerprint and every
    /// row key. Returns <see langword="null"/> with the code and message of the problem when the metadata cannot be trusted.
    /// </summary>
    internal static SelfAssessmentTemplate? FromMetadata(IReadOnlyDictionary<string, string> entries, out string? problemCode, out string? problem)
    {
        problemCode = DiagnosticCodes.TemplateMetadataDamaged;
        problem = null;
        string? Get(string key) => entries.TryGetValue(key, out var value) ? TemplateMetadata.Unescape(value) : null;

        var format = Get("format");
        if (format is null)
        {
            problemCode = DiagnosticCodes.NotATemplate;
            problem = TemplateMessages.NoFormat;
            return null;
        }

        if (format == TemplateFormats.Scored)
        {
            problemCode = DiagnosticCodes.ScoredFormNotTemplate;
            problem = TemplateMessages.ScoredForm;
            return null;
        }

        if (format != TemplateFormats.Template)
        {
            problemCode = format.StartsWith(TemplateFormats.TemplatePrefix, StringComparison.Ordinal) ? DiagnosticCodes.UnsupportedTemplateVersion : DiagnosticCodes.NotATemplate;
            problem = TemplateMessages.UnknownFormat(format);
            return null;
        }

        var stored = Get("fingerprint");
        if (stored is null || stored != TemplateMetadata.EntriesFingerprint(entries))
        {
            problem = TemplateMessages.FingerprintMismatch;
            return null;
        }

        var name = Get("project");
        var points = Get("budget.points") is { } p ? TemplateMetadata.ParseNumber(p) : null;
        var count = Get("rows") is { } r && int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= entries.Count ? n : -1;
        int? year = Get("fiscalYear") is { } y && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedYear) ? parsedYear : null;
        decimal? initial = Get("budget.initial") is { } i ? TemplateMetadata.ParseNumber(i) : null;
        if (name is null || points is null || count < 0 || Get("policy") is not { } policyId || Get("policy.version") is not { } policyVersion
            || Get("source") is not { } source || Get("source.fingerprint") is not { } sourceFingerprint
            || (entries.ContainsKey("fiscalYear") && year is null) || (entries.ContainsKey("budget.initial") && initial is null))
        {
            problem = TemplateMessages.MissingEntry;
            return null;
        }

        var goal = Get("goal");
        var layout = new TemplateLayout(goal is not null, count);
        var rows = ImmutableArray.CreateBuilder<TemplateRow>(count);
        for (var index = 0; index < count; index++)
        {
            var number = layout.FirstIndicatorRow + index;
            var key = "row." + number.ToString(CultureInfo.InvariantCulture);
            if (!entries.TryGetValue(key, out var record) || TemplateMetadata.SplitRecord(record) is not { Length: 8 } fields
                || TemplateMetadata.ParseNumber(fields[5]) is not decimal rowPoints || fields[6] is not ("given" or "allocated"))
            {
                problem = TemplateMessages.BadRow(number);
                return null;
            }

            IndicatorCategory? category = fields[1].Length == 0 ? null : Enum.TryParse<IndicatorCategory>(fields[1], out var c) && Enum.IsDefined(c) ? c : (IndicatorCategory)(-1);
            IndicatorSubcategory? subcategory = fields[2].Length == 0 ? null : Enum.TryParse<IndicatorSubcategory>(fields[2], out var s) && Enum.IsDefined(s) ? s : (IndicatorSubcategory)(-1);
            if (category == (IndicatorCategory)(-1) || subcategory == (IndicatorSubcategory)(-1))
            {
                problem = TemplateMessages.BadRow(number);
                return null;
            }

            // A target the source could not read stays unrecognized: read alone, its text might pass for a qualitative one.
            var target = fields[7] == KindName(TargetKind.Unrecognized) ? new UnrecognizedTarget(fields[4]) : ReadTarget(fields[3], fields[4], category, subcategory);
            if (target is null || KindName(target.Kind) != fields[7])
            {
                problem = TemplateMessages.BadRow(number);
                return null;
            }

            var row = new TemplateRow(number, category, subcategory, fields[3], target, rowPoints, fields[6] == "allocated");
            if (row.Key != fields[0])
            {
                problem = TemplateMessages.BadRow(number);
                return null;
            }

            rows.Add(row);
        }

        problemCode = null;
        return new SelfAssessmentTemplate(
            name, Get("department"), Get("unit"), year, goal, Get("amountUnit"), initial, points.Value, policyId, policyVersion, source, sourceFingerprint, rows.MoveToImmutable())
        {
            AdjustedBudget = initial,
        };
    }
}
