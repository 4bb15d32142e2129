using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Data.Common;
using System.Reflection;
using System.Runtime.ExceptionServices;
using PerfIndicators.Review;
using PerfIndicators.Scoring;

namespace PerfIndicators.Formats.Store;

/// <summary>
/// A review sink that writes every assessment into a <see cref="ResultStore"/> as the review runs, in transactions of a few
/// hundred projects, and passes everything on to another sink (a report writer). An assessment already stored under the same
/// fingerprint and policy is not written again, only linked to this run. The run's counts are written when the review completes;
/// a run that never completes keeps no finish time.
/// </summary>
/// <remarks>
/// The rows are written on a thread of the recorder's own, fed through a bounded queue, so that the store's work runs beside
/// the summary and the scoring instead of after them on the thread that receives the results (docs/performance.md §2.3).
/// The next sink is still called on the caller's thread, in order. An error of the store (a full disk, a lost server) is
/// raised by the next call after it happened, or by <see cref="Complete"/>; nothing written after it is committed.
/// </remarks>
public sealed class ReviewRecorder : IReviewSink, IDisposable
{
    private const int Batch = 256;

    /// <summary>Assessments waiting for the store's thread at most; the caller waits when the queue is full.</summary>
    private const int QueueCapacity = 512;

    private readonly ResultStore store;
    private readonly ReviewHeader header;
    private readonly ImmutableArray<string> inputs;
    private readonly IReviewSink? next;
    private DbTransaction? transaction;
    private readonly Dictionary<string, RowStatement> statements = new(StringComparer.Ordinal);
    private int pending;
    private int failures;
    private long runId;
    private BlockingCollection<Action>? queue;
    private Thread? writer;
    private volatile ExceptionDispatchInfo? fault;

    internal ReviewRecorder(ResultStore store, ReviewHeader header, ImmutableArray<string> inputs, IReviewSink? next)
    {
        this.store = store;
        this.header = header;
        this.inputs = inputs;
        this.next = next;
    }

    /// <summary>The run's number in the store (0 until the review begins).</summary>
    public long RunId => runId;

    /// <summary>Assessments this run added to the store.</summary>
    public long Stored { get; private set; }

    /// <summary>Assessments this run found already stored.</summary>
    public long AlreadyStored { get; private set; }

    /// <inheritdoc/>
    public void Begin(ReviewHeader header)
    {
        var connection = store.Connection;
        using (var transaction = connection.BeginTransaction())
        {
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = "INSERT INTO runs (started_at, tool_version, policy_id, policy_version) VALUES (@at, @tool, @policy, @version) RETURNING id";
                Migrations.Parameter(command, "@at", store.Dialect.Time(store.Clock.GetCurrentInstant()));
                Migrations.Parameter(command, "@tool", typeof(ReviewRecorder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
                Migrations.Parameter(command, "@policy", this.header.PolicyId);
                Migrations.Parameter(command, "@version", this.header.PolicyVersion);
                runId = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }

            var input = Statement("INSERT INTO run_inputs (run_id, position, path) VALUES (@run, @position, @path)");
            for (var i = 0; i < inputs.Length; i++)
            {
                input.Integer(0, runId);
                input.Integer(1, i);
                input.Text(2, inputs[i]);
                input.Execute(transaction);
            }

            transaction.Commit();
        }

        next?.Begin(header);
    }

    /// <summary>Queues <paramref name="work"/> for the store's thread, starting it on first use; raises an error the thread met.</summary>
    private void Enqueue(Action work)
    {
        fault?.Throw();
        if (queue is null)
        {
            queue = new BlockingCollection<Action>(QueueCapacity);
            writer = new Thread(Write) { IsBackground = true, Name = "perfind store" };
            writer.Start();
        }

        queue.Add(work);
    }

    private void Write()
    {
        foreach (var work in queue!.GetConsumingEnumerable())
        {
            if (fault is not null)
            {
                continue;
            }

            try
            {
                work();
            }
            catch (Exception ex)
            {
                fault = ExceptionDispatchInfo.Capture(ex);
            }
        }
    }

    /// <summary>Lets the store's thread write what is queued and waits for it; raises an error it met.</summary>
    private void Drain(bool raise)
    {
        if (queue is not null)
        {
            queue.CompleteAdding();
            writer!.Join();
            queue.Dispose();
            queue = null;
            writer = null;
        }

        if (raise)
        {
            fault?.Throw();
        }
    }

    /// <inheritdoc/>
    public void Scored(ReviewedProject project, SelfAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(assessment);
        Enqueue(() => Store(project, assessment));
        next?.Scored(project, assessment);
    }

    private void Store(ReviewedProject project, SelfAssessment assessment)
    {
        transaction ??= store.Connection.BeginTransaction();
        var insert = Statement(
            "INSERT INTO assessments (fingerprint, policy_id, policy_version, first_run_id, source, project, project_code, department, unit, fiscal_year, status, total, uncapped_total, grade, provisional, execution_rate, execution_score, budget_adjusted, budget_executed) "
            + "VALUES (@fingerprint, @policy, @version, @run, @source, @project, @code, @department, @unit, @year, @status, @total, @uncapped, @grade, @provisional, @rate, @score, @adjusted, @executed) "
            + "ON CONFLICT (fingerprint, policy_id, policy_version) DO NOTHING RETURNING id");
        insert.Text(0, assessment.Fingerprint);
        insert.Text(1, assessment.PolicyId);
        insert.Text(2, assessment.PolicyVersion);
        insert.Integer(3, runId);
        insert.Text(4, project.Source);
        insert.Text(5, assessment.ProjectName);
        insert.Text(6, assessment.ProjectCode);
        insert.Text(7, assessment.Department);
        insert.Text(8, assessment.Unit);
        insert.Integer(9, assessment.FiscalYear);
        insert.Text(10, assessment.Status.ToName());
        insert.Decimal(11, assessment.Total);
        insert.Decimal(12, assessment.UncappedTotal);
        insert.Text(13, assessment.Grade);
        insert.Flag(14, assessment.IsProvisional);
        insert.Decimal(15, assessment.BudgetExecution.Rate);
        insert.Decimal(16, assessment.BudgetExecution.Score);
        insert.Decimal(17, assessment.BudgetExecution.Adjusted);
        insert.Decimal(18, assessment.BudgetExecution.Executed);
        var id = insert.ExecuteInt64(transaction);

        if (id is long newId)
        {
            Stored++;
            WriteIndicators(transaction, newId, assessment);
            WriteFindings(transaction, newId, assessment);
        }
        else
        {
            AlreadyStored++;
            var find = Statement("SELECT id FROM assessments WHERE fingerprint = @fingerprint AND policy_id = @policy AND policy_version = @version");
            find.Text(0, assessment.Fingerprint);
            find.Text(1, assessment.PolicyId);
            find.Text(2, assessment.PolicyVersion);
            id = find.ExecuteInt64(transaction) ?? throw new InvalidOperationException("An assessment the store refused as a duplicate is not in the store.");
        }

        var link = Statement("INSERT INTO run_assessments (run_id, assessment_id) VALUES (@run, @id) ON CONFLICT DO NOTHING");
        link.Integer(0, runId);
        link.Integer(1, id.Value);
        link.Execute(transaction);

        Flush(force: false);
    }

    /// <inheritdoc/>
    public void Failed(SourceFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        Enqueue(() => Store(failure));
        next?.Failed(failure);
    }

    private void Store(SourceFailure failure)
    {
        transaction ??= store.Connection.BeginTransaction();
        var command = Statement("INSERT INTO run_failures (run_id, position, source, codes, message) VALUES (@run, @position, @source, @codes, @message)");
        command.Integer(0, runId);
        command.Integer(1, failures++);
        command.Text(2, failure.Source);
        command.Text(3, string.Join(",", failure.Errors.Select(e => e.Code)));
        command.Text(4, string.Join("；", failure.Errors.Select(e => e.Text)));
        command.Execute(transaction);

        Flush(force: false);
    }

    /// <inheritdoc/>
    public void Complete(ReviewSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Drain(raise: true);
        transaction ??= store.Connection.BeginTransaction();
        using (var command = store.Connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "UPDATE runs SET finished_at = @at, inputs_given = @given, assessed = @assessed, not_assessable = @notAssessable, not_reported = @notReported, failed = @failed, stored = @stored, already_stored = @already WHERE id = @run";
            Migrations.Parameter(command, "@at", store.Dialect.Time(store.Clock.GetCurrentInstant()));
            Migrations.Parameter(command, "@given", (long)summary.Inputs.Given);
            Migrations.Parameter(command, "@assessed", (long)summary.Inputs.Assessed);
            Migrations.Parameter(command, "@notAssessable", (long)summary.Inputs.NotAssessable);
            Migrations.Parameter(command, "@notReported", (long)summary.Inputs.NotReported);
            Migrations.Parameter(command, "@failed", (long)summary.Inputs.Failed);
            Migrations.Parameter(command, "@stored", Stored);
            Migrations.Parameter(command, "@already", AlreadyStored);
            Migrations.Parameter(command, "@run", runId);
            command.ExecuteNonQuery();
        }

        Flush(force: true);
        next?.Complete(summary);
    }

    /// <summary>Rolls back what a review that did not complete left unwritten, and disposes the next sink.</summary>
    public void Dispose()
    {
        // What was queued is written (and committed in whole batches, as it was before the thread); an error met now has no
        // caller left to take it, and the uncommitted rest is rolled back below.
        Drain(raise: false);
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }

        statements.Clear();
        transaction?.Dispose();
        transaction = null;
        (next as IDisposable)?.Dispose();
    }

    private void WriteIndicators(DbTransaction transaction, long id, SelfAssessment assessment)
    {
        var command = Statement(
            "INSERT INTO indicators (assessment_id, position, category, subcategory, name, target_text, actual_text, points, score, outcome, rule, target_value, actual_value, value_unit, lower_is_better, completion_ratio) "
            + "VALUES (@id, @position, @category, @subcategory, @name, @target, @actual, @points, @score, @outcome, @rule, @a, @b, @unit, @lower, @ratio)");
        var position = 0;
        foreach (var indicator in assessment.Indicators)
        {
            command.Integer(0, id);
            command.Integer(1, position++);
            command.Text(2, indicator.Category?.ToLabel());
            command.Text(3, indicator.Subcategory?.ToLabel());
            command.Text(4, indicator.Name);
            command.Text(5, indicator.TargetText);
            command.Text(6, indicator.ActualText);
            command.Decimal(7, indicator.Points);
            command.Decimal(8, indicator.Score);
            command.Text(9, OutcomeName(indicator.Outcome));
            command.Text(10, indicator.RuleId);
            command.Decimal(11, indicator.TargetValue);
            command.Decimal(12, indicator.ActualValue);
            command.Text(13, indicator.ValueUnit);
            command.Flag(14, indicator.IsLowerBetter);
            command.Decimal(15, indicator.CompletionRatio);
            command.Execute(transaction);
        }
    }

    private void WriteFindings(DbTransaction transaction, long id, SelfAssessment assessment)
    {
        var command = Statement("INSERT INTO findings (assessment_id, position, code, severity, location, message) VALUES (@id, @position, @code, @severity, @location, @message)");
        var position = 0;
        foreach (var finding in assessment.Findings)
        {
            command.Integer(0, id);
            command.Integer(1, position++);
            command.Text(2, finding.Code);
            command.Text(3, finding.Severity.ToName());
            var prefix = finding.Location.HasSheetPart ? finding.Location.SheetText : finding.Location.JsonPath;
            command.Text(4, string.IsNullOrEmpty(prefix) ? null : prefix);
            command.Text(5, finding.Message);
            command.Execute(transaction);
        }
    }

    /// <summary>The outcome as the store writes it: <c>met</c>, <c>partially-met</c>, <c>not-met</c>, <c>not-applicable</c>, <c>needs-manual-scoring</c>.</summary>
    internal static string OutcomeName(IndicatorOutcome outcome) => outcome switch
    {
        IndicatorOutcome.Met => "met",
        IndicatorOutcome.PartiallyMet => "partially-met",
        IndicatorOutcome.NotMet => "not-met",
        IndicatorOutcome.NotApplicable => "not-applicable",
        _ => "needs-manual-scoring",
    };

    private void Flush(bool force)
    {
        if (++pending < Batch && !force)
        {
            return;
        }

        transaction?.Commit();
        transaction?.Dispose();
        transaction = null;
        pending = 0;
    }

    /// <summary>
    /// The statement for <paramref name="sql"/>, prepared once per recorder and reused for every row: a new command per row made
    /// the database compile the statement again for each of a year's million indicator rows.
    /// </summary>
    private RowStatement Statement(string sql)
    {
        if (!statements.TryGetValue(sql, out var statement))
        {
            statement = store.Dialect.Prepare(store.Connection, sql);
            statements[sql] = statement;
        }

        return statement;
    }
}
