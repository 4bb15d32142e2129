using global::Parquet;
using global::Parquet.Schema;
using PerfIndicators.Formats.Json;

namespace PerfIndicators.Formats.Parquet;

/// <summary>
/// Writes a review as one Apache Parquet file (Parquet.Net, fully managed) with one row per indicator and the project's
/// columns repeated on each, for engines that read a national year directly (DuckDB, Spark, a warehouse). Amounts, scores
/// and rates are <c>DECIMAL(18,4)</c>; outcomes are the JSON report's names. Rows are buffered and written as a row group
/// every <see cref="RowGroupSize"/> rows, so memory does not grow with the review. The columns to partition a national
/// store on are <c>fiscal_year</c> and <c>department</c> (see docs/review.md). The stream must be seekable.
/// </summary>
public sealed class ReviewParquetWriter : IReviewSink, IDisposable
{
    /// <summary>How many rows one row group holds (the last one fewer).</summary>
    public const int RowGroupSize = 100_000;

    private const int Precision = 18;
    private const int Scale = 4;

    private static readonly DataField<int> InputIndex = new("input_index");
    private static readonly DataField<string> Source = new("source", nullable: false);
    private static readonly DataField<string> ProjectName = new("project", nullable: false);
    private static readonly DataField<string> ProjectCode = new("project_code", nullable: true);
    private static readonly DataField<string> Department = new("department", nullable: true);
    private static readonly DataField<string> Unit = new("unit", nullable: true);
    private static readonly DataField<int?> FiscalYear = new("fiscal_year");
    private static readonly DataField<string> PolicyId = new("policy_id", nullable: false);
    private static readonly DataField<string> PolicyVersion = new("policy_version", nullable: false);
    private static readonly DataField<string> Status = new("status", nullable: false);
    private static readonly DecimalDataField ProjectTotal = new("project_total", Precision, Scale, isNullable: true);
    private static readonly DataField<string> Grade = new("grade", nullable: true);
    private static readonly DecimalDataField ExecutionRate = new("execution_rate", Precision, Scale, isNullable: true);
    private static readonly DataField<int> IndicatorIndex = new("indicator_index");
    private static readonly DataField<string> Category = new("category", nullable: true);
    private static readonly DataField<string> Subcategory = new("subcategory", nullable: true);
    private static readonly DataField<string> IndicatorName = new("indicator", nullable: false);
    private static readonly DataField<string> TargetText = new("target", nullable: false);
    private static readonly DataField<string> ActualText = new("actual", nullable: false);
    private static readonly DecimalDataField Points = new("points", Precision, Scale, isNullable: false);
    private static readonly DecimalDataField Score = new("score", Precision, Scale, isNullable: true);
    private static readonly DataField<string> Outcome = new("outcome", nullable: false);
    private static readonly DataField<string> Rule = new("rule", nullable: true);
    private static readonly DecimalDataField CompletionRatio = new("completion_ratio", Precision, Scale, isNullable: true);
    private static readonly DataField<string> Fingerprint = new("fingerprint", nullable: false);

    private static readonly ParquetSchema Schema = new(
        InputIndex, Source, ProjectName, ProjectCode, Department, Unit, FiscalYear, PolicyId, PolicyVersion, Status, ProjectTotal, Grade, ExecutionRate,
        IndicatorIndex, Category, Subcategory, IndicatorName, TargetText, ActualText, Points, Score, Outcome, Rule, CompletionRatio, Fingerprint);

    private readonly Stream output;
    private readonly bool leaveOpen;
    private readonly Rows rows = new();
    private ParquetWriter? writer;

    /// <summary>Creates a writer onto a seekable stream.</summary>
    /// <param name="output">The stream.</param>
    /// <param name="leaveOpen">Whether to leave <paramref name="output"/> open when disposed.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">When <paramref name="output"/> cannot seek or be written.</exception>
    public ReviewParquetWriter(Stream output, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanSeek || !output.CanWrite)
        {
            throw new ArgumentException("A Parquet file is written to a writable, seekable stream.", nameof(output));
        }

        this.output = output;
        this.leaveOpen = leaveOpen;
    }

    /// <summary>The column names, in file order.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. Schema.DataFields.Select(f => f.Name)];

    /// <inheritdoc/>
    public void Begin(ReviewHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        writer = ParquetWriter.CreateAsync(Schema, output).GetAwaiter().GetResult();
        writer.CustomMetadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["perfind.contract"] = ReviewJsonWriter.ContractId,
            ["perfind.policy"] = header.PolicyId + " " + header.PolicyVersion,
        };
    }

    /// <inheritdoc/>
    public void Scored(ReviewedProject project, SelfAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(assessment);
        var assessed = project.Status == AssessmentStatus.Assessed;
        for (var i = 0; i < assessment.Indicators.Length; i++)
        {
            var indicator = assessment.Indicators[i];
            rows.InputIndex.Add(project.Index);
            rows.Source.Add(project.Source);
            rows.Project.Add(project.Name);
            rows.Code.Add(assessment.ProjectCode);
            rows.Department.Add(project.Department);
            rows.Unit.Add(project.Unit);
            rows.FiscalYear.Add(project.FiscalYear);
            rows.PolicyId.Add(assessment.PolicyId);
            rows.PolicyVersion.Add(assessment.PolicyVersion);
            rows.Status.Add(project.Status.ToName());
            rows.ProjectTotal.Add(assessed ? Fixed(project.Total) : null);
            rows.Grade.Add(assessed ? project.Grade : null);
            rows.ExecutionRate.Add(Fixed(project.ExecutionRate));
            rows.IndicatorIndex.Add(i);
            rows.Category.Add(indicator.Category?.ToLabel());
            rows.Subcategory.Add(indicator.Subcategory?.ToLabel());
            rows.Indicator.Add(indicator.Name);
            rows.Target.Add(indicator.TargetText);
            rows.Actual.Add(indicator.ActualText);
            rows.Points.Add(Fixed(indicator.Points));
            rows.Score.Add(Fixed(indicator.Score));
            rows.Outcome.Add(ScoringJson.OutcomeName(indicator.Outcome));
            rows.Rule.Add(indicator.RuleId);
            rows.CompletionRatio.Add(Fixed(indicator.CompletionRatio));
            rows.Fingerprint.Add(project.Fingerprint);
        }

        if (rows.InputIndex.Count >= RowGroupSize)
        {
            Flush();
        }
    }

    /// <inheritdoc/>
    public void Failed(SourceFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);

        // A file that could not be read has no indicators: it is in the JSON report, not in the indicator table.
    }

    /// <inheritdoc/>
    public void Complete(ReviewSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Flush();
        writer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        writer = null;
    }

    /// <summary>Closes the file (its footer) if the review did not complete, and the stream unless left open.</summary>
    public void Dispose()
    {
        writer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        writer = null;
        if (!leaveOpen)
        {
            output.Dispose();
        }
    }

    private static decimal Fixed(decimal value) => decimal.Round(value, Scale, MidpointRounding.AwayFromZero);

    private static decimal? Fixed(decimal? value) => value is decimal v ? Fixed(v) : null;

    private void Flush()
    {
        if (writer is null || rows.InputIndex.Count == 0)
        {
            return;
        }

        using (var group = writer.CreateRowGroup())
        {
            Write(group.WriteAsync<int>(InputIndex, rows.InputIndex.ToArray()));
            Write(group.WriteAsync(Source, rows.Source));
            Write(group.WriteAsync(ProjectName, rows.Project));
            Write(group.WriteAsync(ProjectCode, rows.Code!));
            Write(group.WriteAsync(Department, rows.Department!));
            Write(group.WriteAsync(Unit, rows.Unit!));
            Write(group.WriteAsync<int>(FiscalYear, rows.FiscalYear.ToArray()));
            Write(group.WriteAsync(PolicyId, rows.PolicyId));
            Write(group.WriteAsync(PolicyVersion, rows.PolicyVersion));
            Write(group.WriteAsync(Status, rows.Status));
            Write(group.WriteAsync<decimal>(ProjectTotal, rows.ProjectTotal.ToArray()));
            Write(group.WriteAsync(Grade, rows.Grade!));
            Write(group.WriteAsync<decimal>(ExecutionRate, rows.ExecutionRate.ToArray()));
            Write(group.WriteAsync<int>(IndicatorIndex, rows.IndicatorIndex.ToArray()));
            Write(group.WriteAsync(Category, rows.Category!));
            Write(group.WriteAsync(Subcategory, rows.Subcategory!));
            Write(group.WriteAsync(IndicatorName, rows.Indicator));
            Write(group.WriteAsync(TargetText, rows.Target));
            Write(group.WriteAsync(ActualText, rows.Actual));
            Write(group.WriteAsync<decimal>(Points, rows.Points.ToArray()));
            Write(group.WriteAsync<decimal>(Score, rows.Score.ToArray()));
            Write(group.WriteAsync(Outcome, rows.Outcome));
            Write(group.WriteAsync(Rule, rows.Rule!));
            Write(group.WriteAsync<decimal>(CompletionRatio, rows.CompletionRatio.ToArray()));
            Write(group.WriteAsync(Fingerprint, rows.Fingerprint));
        }

        rows.Clear();
    }

    private static void Write(Task task) => task.GetAwaiter().GetResult();

    /// <summary>The columns of the row group being gathered.</summary>
    private sealed class Rows
    {
        public List<int> InputIndex { get; } = [];

        public List<string> Source { get; } = [];

        public List<string> Project { get; } = [];

        public List<string?> Code { get; } = [];

        public List<string?> Department { get; } = [];

        public List<string?> Unit { get; } = [];

        public List<int?> FiscalYear { get; } = [];

        public List<string> PolicyId { get; } = [];

        public List<string> PolicyVersion { get; } = [];

        public List<string> Status { get; } = [];

        public List<decimal?> ProjectTotal { get; } = [];

        public List<string?> Grade { get; } = [];

        public List<decimal?> ExecutionRate { get; } = [];

        public List<int> IndicatorIndex { get; } = [];

        public List<string?> Category { get; } = [];

        public List<string?> Subcategory { get; } = [];

        public List<string> Indicator { get; } = [];

        public List<string> Target { get; } = [];

        public List<string> Actual { get; } = [];

        public List<decimal> Points { get; } = [];

        public List<decimal?> Score { get; } = [];

        public List<string> Outcome { get; } = [];

        public List<string?> Rule { get; } = [];

        public List<decimal?> CompletionRatio { get; } = [];

        public List<string> Fingerprint { get; } = [];

        public void Clear()
        {
            foreach (var list in new System.Collections.IList[]
            {
                InputIndex, Source, Project, Code, Department, Unit, FiscalYear, PolicyId, PolicyVersion, Status, ProjectTotal, Grade, ExecutionRate,
                IndicatorIndex, Category, Subcategory, Indicator, Target, Actual, Points, Score, Outcome, Rule, CompletionRatio, Fingerprint,
            })
            {
                list.Clear();
            }
        }
    }
}
