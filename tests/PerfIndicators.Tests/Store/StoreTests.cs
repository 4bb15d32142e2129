using FluentAssertions;
using Xunit;
using NodaTime;
using PerfIndicators.Formats.Store;
using PerfIndicators.Review;
using PerfIndicators.Scoring;

namespace PerfIndicators.Tests.Store;

/// <summary>The results store, the same tests against SQLite and against a real PostgreSQL server.</summary>
public abstract class StoreTests
{
    private static readonly Instant Start = Instant.FromUtc(2024, 3, 1, 9, 30);

    /// <summary>A new, empty store: a file or a database.</summary>
    protected abstract string NewStore();

    protected abstract StoreKind Kind { get; }

    [Fact]
    public void An_empty_database_is_migrated_to_the_latest_schema_once()
    {
        var target = NewStore();
        using (var store = ResultStore.Open(target))
        {
            store.Kind.Should().Be(Kind);
            store.SchemaVersion.Should().Be(ResultStore.LatestSchemaVersion).And.BeGreaterThan(0);
            store.AssessmentCount().Should().Be(0);
            store.Runs().Should().BeEmpty();
        }

        using var again = ResultStore.Open(target);
        again.SchemaVersion.Should().Be(ResultStore.LatestSchemaVersion);
        SchemaRows(again).Should().Be(ResultStore.LatestSchemaVersion, "each migration is applied and recorded once");
    }

    [Fact]
    public void Every_assessment_is_stored_with_its_indicators_and_the_run_with_its_time_inputs_and_counts()
    {
        var years = TwoYears.Build(12);
        var clock = new TickingClock(Start);
        using var store = ResultStore.Open(NewStore(), clock);
        var summary = Record(store, years.Previous, ["2022/"]);

        store.AssessmentCount().Should().Be(years.Previous.Count);
        store.IndicatorCount().Should().Be(years.Previous.Sum(p => p.Indicators.Length));
        var run = store.Runs().Should().ContainSingle().Subject;
        run.StartedAt.Should().Be(Start + Duration.FromSeconds(1), "the migrations read the clock first");
        (run.FinishedAt > run.StartedAt).Should().BeTrue("the run finished after it started");
        run.Inputs.Should().Equal("2022/");
        run.PolicyId.Should().Be("national");
        run.Given.Should().Be(summary.Inputs.Given);
        run.Assessed.Should().Be(summary.Inputs.Assessed);
        run.Stored.Should().Be(years.Previous.Count);
        run.AlreadyStored.Should().Be(0);

        var stored = store.Year(2022);
        var scored = new Evaluator(ScoringPolicy.Get("national")).Evaluate(years.Previous[1]);
        var first = stored.Single(a => a.Fingerprint == scored.Fingerprint);
        first.Code.Should().Be(years.Previous[1].Code).And.NotBeNull();
        first.Total.Should().Be(scored.Total);
        first.Grade.Should().Be(scored.Grade);
        first.ExecutionRate.Should().Be(scored.BudgetExecution.Rate);
        first.Indicators.Select(i => i.TargetValue).Should().Equal(scored.Indicators.Select(i => i.TargetValue));
        first.Indicators.Select(i => i.ActualText).Should().Equal(scored.Indicators.Select(i => i.ActualText));
    }

    [Fact]
    public void Rerunning_the_same_inputs_stores_nothing_twice_and_records_the_second_run()
    {
        var years = TwoYears.Build(10);
        using var store = ResultStore.Open(NewStore());
        Record(store, years.Previous, ["2022/"]);
        var indicators = store.IndicatorCount();
        Record(store, years.Previous, ["2022/"]);

        store.AssessmentCount().Should().Be(years.Previous.Count);
        store.IndicatorCount().Should().Be(indicators);
        var runs = store.Runs();
        runs.Should().HaveCount(2);
        runs[1].Stored.Should().Be(0);
        runs[1].AlreadyStored.Should().Be(years.Previous.Count);
    }

    [Fact]
    public void Comparing_two_years_finds_what_was_planted()
    {
        var years = TwoYears.Build(30);
        using var store = ResultStore.Open(NewStore());
        Record(store, years.Previous, ["2022/"]);
        Record(store, years.Current, ["2023/"]);

        var comparison = store.Compare(2022, 2023);

        comparison.Pairs.Should().HaveCount(years.Current.Count);
        comparison.OnlyPrevious.Should().BeEmpty();
        comparison.OnlyCurrent.Should().BeEmpty();
        foreach (var pair in comparison.Pairs)
        {
            pair.Rule.Should().Be(pair.Current.Code is null ? ProjectMatchRule.NameAndUnit : ProjectMatchRule.Code);
            pair.Current.Unit.Should().Be(pair.Previous.Unit);
        }

        comparison.Pairs.Where(p => p.LoweredTargets.Length > 0).Select(p => p.Current.Project).Should().BeEquivalentTo(years.Lowered);
        comparison.Pairs.Where(p => p.Dropped.Length > 0).Select(p => p.Current.Project).Should().BeEquivalentTo(years.Dropped);
        comparison.Pairs.Where(p => p.Added.Length > 0).Select(p => p.Current.Project).Should().BeEquivalentTo(years.Dropped);
        comparison.Pairs.Where(p => p.LowExecutionBothYears).Select(p => p.Current.Project).Should().BeEquivalentTo(years.LowExecution);
        var lowered = comparison.Pairs.SelectMany(p => p.LoweredTargets).ToList();
        lowered.Should().OnlyContain(l => l.Target < l.PreviousActual);

        var departments = comparison.Pairs.Select(p => p.Current.Department).Distinct().Count();
        comparison.Departments.Should().HaveCount(departments);
        comparison.Departments.Select(d => d.Change).Should().BeInAscendingOrder();
        comparison.Departments.Sum(d => d.Projects).Should().Be(comparison.Pairs.Count(p => p.TotalChange is not null));
        foreach (var pair in comparison.Pairs.Where(p => p.TotalChange is not null))
        {
            pair.TotalChange.Should().Be(pair.Current.Total - pair.Previous.Total);
        }
    }

    [Fact]
    public void A_store_newer_than_the_tool_is_refused()
    {
        var target = NewStore();
        using (var store = ResultStore.Open(target))
        {
            using var command = store.Connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (" + (ResultStore.LatestSchemaVersion + 1) + ", 'future', 'x')";
            command.ExecuteNonQuery();
        }

        var open = () => ResultStore.Open(target);
        open.Should().Throw<StoreException>().WithMessage("*高于本程序支持*");
    }

    [Fact]
    public void A_store_that_fails_while_the_review_runs_fails_the_review_and_commits_nothing_after_the_error()
    {
        // A store lost in the middle of a review (a server gone, a file closed) must stop the review with the store's error,
        // not be reported as a review that stored its results. Here the connection is closed once the run is begun.
        var years = TwoYears.Build(12);
        using var store = ResultStore.Open(NewStore());
        var reviewer = new Reviewer(ScoringPolicy.Get("national"), new ReviewOptions { MaxDegreeOfParallelism = 2 });
        var recorder = store.Record(reviewer.Header, ["2022/"], new ClosingSink(store));

        var run = () => reviewer.Run(TwoYears.Sources(years.Previous), recorder);

        run.Should().Throw<InvalidOperationException>();
        recorder.Stored.Should().Be(0);
        recorder.Dispose();
    }

    /// <summary>A sink that closes the store's connection when the review begins.</summary>
    private sealed class ClosingSink(ResultStore store) : IReviewSink
    {
        public void Begin(ReviewHeader header) => store.Connection.Close();

        public void Scored(ReviewedProject project, SelfAssessment assessment)
        {
        }

        public void Failed(SourceFailure failure)
        {
        }

        public void Complete(ReviewSummary summary)
        {
        }
    }

    private static ReviewSummary Record(ResultStore store, IEnumerable<AssessmentInput> projects, string[] inputs)
    {
        var reviewer = new Reviewer(ScoringPolicy.Get("national"), new ReviewOptions { MaxDegreeOfParallelism = 2 });
        using var recorder = store.Record(reviewer.Header, inputs);
        return reviewer.Run(TwoYears.Sources(projects), recorder);
    }

    private static long SchemaRows(ResultStore store)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM schema_version";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class SqliteStoreTests : StoreTests, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("perfind-store-").FullName;
    private int count;

    protected override StoreKind Kind => StoreKind.Sqlite;

    protected override string NewStore() => Path.Combine(folder, "results-" + ++count + ".db");

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : StoreTests
{
    protected override StoreKind Kind => StoreKind.PostgreSql;

    protected override string NewStore() => server.CreateDatabase();
}

/// <summary>A clock that starts at a given instant and moves one second each time it is read.</summary>
internal sealed class TickingClock(Instant start) : IClock
{
    private Instant now = start;

    public Instant GetCurrentInstant()
    {
        var value = now;
        now += Duration.FromSeconds(1);
        return value;
    }
}
