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
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private DbCommand? current;
    private int nextParameter;
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
            var command = Command(transaction,
                "INSERT INTO runs (started_at, tool_version, policy_id, policy_version) VALUES (@at, @tool, @policy, @version) RETURNING id");
            Add(command, "@at", store.Dialect.Time(store.Clock.GetCurrentInstant()));
            Add(command, "@tool", typeof(ReviewRecorder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            Add(command, "@policy", this.header.PolicyId);
            Add(command, "@version", this.header.PolicyVersion);
            runId = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            for (var i = 0; i < inputs.Length; i++)
            {
                var input = Command(transaction, "INSERT INTO run_inputs (run_id, position, path) VALUES (@run, @position, @path)");
                Add(input, "@run", runId);
                Add(input, "@position", i);
                Add(input, "@path", inputs[i]);
                input.ExecuteNonQuery();
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
        var dialect = store.Dialect;
        long? id;
        var insert = Command(transaction,
            "INSERT INTO assessments (fingerprint, policy_id, policy_version, first_run_id, source, project, project_code, department, unit, fiscal_year, status, total, uncapped_total, grade, provisional, execution_rate, execution_score, budget_adjusted, budget_executed) "
            + "VALUES (@fingerprint, @policy, @version, @run, @source, @project, @code, @department, @unit, @year, @status, @total, @uncapped, @grade, @provisional, @rate, @score, @adjusted, @executed) "
            + "ON CONFLICT (fingerprint, policy_id, policy_version) DO NOTHING RETURNING id");
        {
            Add(insert, "@fingerprint", assessment.Fingerprint);
            Add(insert, "@policy", assessment.PolicyId);
            Add(insert, "@version", assessment.PolicyVersion);
            Add(insert, "@run", runId);
            Add(insert, "@source", project.Source);
            Add(insert, "@project", assessment.ProjectName);
            Add(insert, "@code", assessment.ProjectCode);
            Add(insert, "@department", assessment.Department);
            Add(insert, "@unit", assessment.Unit);
            Add(insert, "@year", assessment.FiscalYear);
            Add(insert, "@status", assessment.Status.ToName());
            Add(insert, "@total", dialect.Decimal(assessment.Total));
            Add(insert, "@uncapped", dialect.Decimal(assessment.UncappedTotal));
            Add(insert, "@grade", assessment.Grade);
            Add(insert, "@provisional", dialect.Flag(assessment.IsProvisional));
            Add(insert, "@rate", dialect.Decimal(assessment.BudgetExecution.Rate));
            Add(insert, "@score", dialect.Decimal(assessment.BudgetExecution.Score));
            Add(insert, "@adjusted", dialect.Decimal(assessment.BudgetExecution.Adjusted));
            Add(insert, "@executed", dialect.Decimal(assessment.BudgetExecution.Executed));
            var result = insert.ExecuteScalar();
            id = result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (id is long newId)
        {
            Stored++;
            WriteIndicators(transaction, newId, assessment);
            WriteFindings(transaction, newId, assessment);
        }
        else
        {
            AlreadyStored++;
            var find = Command(transaction, "SELECT id FROM assessments WHERE fingerprint = @fingerprint AND policy_id = @policy AND policy_version = @version");
            Add(find, "@fingerprint", assessment.Fingerprint);
            Add(find, "@policy", assessment.PolicyId);
            Add(find, "@version", assessment.PolicyVersion);
            id = Convert.ToInt64(find.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var link = Command(transaction, "INSERT INTO run_assessments (run_id, assessment_id) VALUES (@run, @id) ON CONFLICT DO NOTHING");
        {
            Add(link, "@run", runId);
            Add(link, "@id", id.Value);
            link.ExecuteNonQuery();
        }

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
        var command = Command(transaction, "INSERT INTO run_failures (run_id, position, source, codes, message) VALUES (@run, @position, @source, @codes, @message)");
        {
            Add(command, "@run", runId);
            Add(command, "@position", failures++);
            Add(command, "@source", failure.Source);
            Add(command, "@codes", string.Join(",", failure.Errors.Select(e => e.Code)));
            Add(command, "@message", string.Join("；", failure.Errors.Select(e => e.Text)));
            command.ExecuteNonQuery();
        }

        Flush(force: false);
    }

    /// <inheritdoc/>
    public void Complete(ReviewSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Drain(raise: true);
        transaction ??= store.Connection.BeginTransaction();
        var command = Command(transaction,
            "UPDATE runs SET finished_at = @at, inputs_given = @given, assessed = @assessed, not_assessable = @notAssessable, not_reported = @notReported, failed = @failed, stored = @stored, already_stored = @already WHERE id = @run");
        {
            Add(command, "@at", store.Dialect.Time(store.Clock.GetCurrentInstant()));
            Add(command, "@given", (long)summary.Inputs.Given);
            Add(command, "@assessed", (long)summary.Inputs.Assessed);
            Add(command, "@notAssessable", (long)summary.Inputs.NotAssessable);
            Add(command, "@notReported", (long)summary.Inputs.NotReported);
            Add(command, "@failed", (long)summary.Inputs.Failed);
            Add(command, "@stored", Stored);
            Add(command, "@already", AlreadyStored);
            Add(command, "@run", runId);
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
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
        transaction?.Dispose();
        transaction = null;
        (next as IDisposable)?.Dispose();
    }

    private void WriteIndicators(DbTransaction transaction, long id, SelfAssessment assessment)
    {
        var dialect = store.Dialect;
        var position = 0;
        foreach (var indicator in assessment.Indicators)
        {
            var command = Command(transaction,
                "INSERT INTO indicators (assessment_id, position, category, subcategory, name, target_text, actual_text, points, score, outcome, rule, target_value, actual_value, value_unit, lower_is_better, completion_ratio) "
                + "VALUES (@id, @position, @category, @subcategory, @name, @target, @actual, @points, @score, @outcome, @rule, @a, @b, @unit, @lower, @ratio)");
            Add(command, "@id", id);
            Add(command, "@position", position++);
            Add(command, "@category", indicator.Category?.ToLabel());
            Add(command, "@subcategory", indicator.Subcategory?.ToLabel());
            Add(command, "@name", indicator.Name);
            Add(command, "@target", indicator.TargetText);
            Add(command, "@actual", indicator.ActualText);
            Add(command, "@points", dialect.Decimal(indicator.Points));
            Add(command, "@score", dialect.Decimal(indicator.Score));
            Add(command, "@outcome", OutcomeName(indicator.Outcome));
            Add(command, "@rule", indicator.RuleId);
            Add(command, "@a", dialect.Decimal(indicator.TargetValue));
            Add(command, "@b", dialect.Decimal(indicator.ActualValue));
            Add(command, "@unit", indicator.ValueUnit);
            Add(command, "@lower", dialect.Flag(indicator.IsLowerBetter));
            Add(command, "@ratio", dialect.Decimal(indicator.CompletionRatio));
            command.ExecuteNonQuery();
        }
    }

    private void WriteFindings(DbTransaction transaction, long id, SelfAssessment assessment)
    {
        var position = 0;
        foreach (var finding in assessment.Findings)
        {
            var command = Command(transaction,
                "INSERT INTO findings (assessment_id, position, code, severity, location, message) VALUES (@id, @position, @code, @severity, @location, @message)");
            Add(command, "@id", id);
            Add(command, "@position", position++);
            Add(command, "@code", finding.Code);
            Add(command, "@severity", finding.Severity.ToString().ToLowerInvariant());
            var prefix = finding.Location.HasSheetPart ? finding.Location.SheetText : finding.Location.JsonPath;
            Add(command, "@location", string.IsNullOrEmpty(prefix) ? null : prefix);
            Add(command, "@message", finding.Message);
            command.ExecuteNonQuery();
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
    /// The command for <paramref name="sql"/>, made once per recorder and reused for every row: a new command per row made the
    /// database compile the statement again for each of a year's million indicator rows.
    /// </summary>
    private DbCommand Command(DbTransaction transaction, string sql)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = store.Connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }

        command.Transaction = transaction;
        current = command;
        nextParameter = 0;
        return command;
    }

    /// <summary>
    /// Sets parameter <paramref name="name"/> of a reused command, adding it on first use. A command's parameters are always
    /// set in the same order, so the next one is found by position (its name checked), not by a search of the names.
    /// </summary>
    private void Add(DbCommand command, string name, object? value)
    {
        if (command != current)
        {
            current = command;
            nextParameter = 0;
        }

        var parameters = command.Parameters;
        if (nextParameter < parameters.Count && parameters[nextParameter] is var parameter && string.Equals(parameter.ParameterName, name, StringComparison.Ordinal))
        {
            parameter.Value = value ?? DBNull.Value;
        }
        else if (parameters.Contains(name))
        {
            parameters[name].Value = value ?? DBNull.Value;
        }
        else
        {
            Migrations.Parameter(command, name, value);
        }

        nextParameter++;
    }
}
