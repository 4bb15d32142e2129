using System.Collections.Immutable;
using PerfIndicators.Scoring;

namespace PerfIndicators.Review;

/// <summary>
/// Runs an annual review (年度绩效评价): reads and scores many projects under one <see cref="ScoringPolicy"/>, in parallel,
/// streaming. Inputs are read and scored on up to <see cref="ReviewOptions.MaxDegreeOfParallelism"/> worker threads; the
/// results are taken back in input order on the calling thread, folded into the summary and handed to the sink, so the
/// output is the same whatever the thread timing. At most a few inputs per worker are in flight at once, and no
/// assessment is kept after it has been aggregated and written: memory does not grow with the number of projects.
/// </summary>
/// <example>
/// <code>
/// var inputs = ProjectSources.FromPaths(["projects/"]);
/// using var output = File.Create("review.json");
/// using var writer = new ReviewJsonWriter(output);
/// var summary = new Reviewer(ScoringPolicy.Get("national")).Run(inputs, writer);
/// Console.WriteLine($"{summary.Inputs.Read} read, {summary.Inputs.Failed} failed");
/// </code>
/// </example>
public sealed class Reviewer
{
    private readonly Evaluator evaluator;

    /// <summary>Creates a reviewer.</summary>
    /// <param name="policy">The one policy every project is scored under (a project file's own <c>policy</c> is reported, not used).</param>
    /// <param name="options">Settings, or <see langword="null"/> for <see cref="ReviewOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When an option is out of range (parallelism below 1, a negative list length).</exception>
    public Reviewer(ScoringPolicy policy, ReviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        options ??= ReviewOptions.Default;
        options.Validate();
        Policy = policy;
        Options = options;
        evaluator = new Evaluator(policy);
        Header = new ReviewHeader(
            policy.Id, policy.Version, policy.Name, [.. policy.Parameters.Grades.Select(g => g.Grade)], [.. policy.Parameters.Grades.Select(g => g.MinTotal)],
            policy.Parameters.ExecutionReasonBelow,
            options.LowestCount, options.ListLimit);
    }

    /// <summary>The policy.</summary>
    public ScoringPolicy Policy { get; }

    /// <summary>The settings.</summary>
    public ReviewOptions Options { get; }

    /// <summary>The header every report of this reviewer starts with.</summary>
    public ReviewHeader Header { get; }

    /// <summary>Reviews the inputs of <c>ProjectSources.FromPaths</c>; the skipped paths go into the summary.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="sink">Receives the review as it runs (a report writer), or <see langword="null"/>.</param>
    /// <param name="progress">Told after each input, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the review (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="inputs"/> is null.</exception>
    public ReviewSummary Run(ReviewInputSet inputs, IReviewSink? sink = null, IProgress<ReviewProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Run(inputs.Sources, inputs.Skipped, sink, progress, cancellationToken);
    }

    /// <summary>
    /// Reviews <paramref name="sources"/>, enumerated once, lazily: a generator of inputs is never held whole. An input that
    /// cannot be read or scored (even one whose reader throws) is reported as a failure and the review goes on.
    /// </summary>
    /// <param name="sources">The inputs in order.</param>
    /// <param name="sink">Receives the review as it runs (a report writer), or <see langword="null"/>.</param>
    /// <param name="progress">Told after each input, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the review (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="sources"/> is null.</exception>
    /// <exception cref="ArgumentException">When a source is null.</exception>
    public ReviewSummary Run(IEnumerable<IProjectSource> sources, IReviewSink? sink = null, IProgress<ReviewProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(sources, [], sink, progress, cancellationToken);

    private ReviewSummary Run(
        IEnumerable<IProjectSource> sources, ImmutableArray<SkippedPath> skipped, IReviewSink? sink, IProgress<ReviewProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        int? total = sources switch
        {
            IReadOnlyCollection<IProjectSource> list => list.Count,
            ICollection<IProjectSource> collection => collection.Count,
            _ => null,
        };
        var aggregator = new ReviewAggregator(Header);
        sink?.Begin(Header);

        var parallelism = Options.MaxDegreeOfParallelism;
        var window = new Queue<Task<Outcome>>();
        var inFlight = parallelism * 4;
        var schedulers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var index = 0;
            foreach (var source in sources)
            {
                if (source is null)
                {
                    throw new ArgumentException("A source is null (input " + index + ").", nameof(sources));
                }

                stop.Token.ThrowIfCancellationRequested();
                if (window.Count >= inFlight)
                {
                    Consume(window.Dequeue());
                }

                var position = index++;
                window.Enqueue(Task.Factory.StartNew(() => Process(position, source, stop.Token), stop.Token, TaskCreationOptions.DenyChildAttach, schedulers.ConcurrentScheduler));
            }

            while (window.Count > 0)
            {
                Consume(window.Dequeue());
            }
        }
        catch
        {
            // Stop the workers and let them finish before the exception leaves: nothing runs on after Run returns.
            stop.Cancel();
            foreach (var pending in window)
            {
                try
                {
                    pending.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Cancelled or failed work whose result is no longer wanted.
                }
            }

            throw;
        }
        finally
        {
            schedulers.Complete();
        }

        var summary = aggregator.ToSummary(skipped);
        sink?.Complete(summary);
        return summary;

        void Consume(Task<Outcome> task)
        {
            var outcome = task.GetAwaiter().GetResult();
            if (outcome.Digest is { } digest)
            {
                aggregator.Add(digest);
                sink?.Scored(digest.Row, digest.Assessment);
            }
            else
            {
                aggregator.AddFailure(outcome.Failure!);
                sink?.Failed(outcome.Failure!);
            }

            progress?.Report(new ReviewProgress(aggregator.Given, aggregator.Failed, total));
        }
    }

    private Outcome Process(int index, IProjectSource source, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string name;
        try
        {
            name = source.Name ?? "(input " + index + ")";
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            return Outcome.Failed(index, "(input " + index + ")", DiagnosticCodes.InputNameUnreadable, "无法取得输入名称 (the input's name could not be read): " + e.Message);
        }

        InputReadResult? read;
        try
        {
            read = source.Read();
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            return Outcome.Failed(index, name, DiagnosticCodes.InputReaderFailed, "读取时出错 (reading failed): " + e.GetType().Name + ": " + e.Message);
        }

        if (read is null)
        {
            return Outcome.Failed(index, name, DiagnosticCodes.InputReaderReturnedNothing, "读取器没有返回结果 (the reader returned nothing)");
        }

        if (read.Input is not { } project)
        {
            return new Outcome(null, new SourceFailure(index, name, [.. read.Errors]));
        }

        SelfAssessment assessment;
        try
        {
            assessment = evaluator.Evaluate(project);
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            return Outcome.Failed(index, name, DiagnosticCodes.ScoringFailed, "评分时出错 (scoring failed): " + e.GetType().Name + ": " + e.Message);
        }

        return new Outcome(ScoreDigest.Create(index, name, project, assessment, [.. read.Warnings], Options.CostliestPerProject), null);
    }

    private static bool IsRecoverable(Exception e) => e is not (OperationCanceledException or OutOfMemoryException or StackOverflowException);

    private sealed record Outcome(ScoreDigest? Digest, SourceFailure? Failure)
    {
        public static Outcome Failed(int index, string name, string code, string reason) =>
            new(null, new SourceFailure(index, name, [new Diagnostic(code, DiagnosticSeverity.Error, default(DiagnosticLocation), reason)]));
    }
}
