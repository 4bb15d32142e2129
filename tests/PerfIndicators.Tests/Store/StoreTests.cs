using FluentAssertions;
using Xunit;
using NodaTime;
using PerfIndicators.Formats.Json;
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
    public void Every_column_of_every_indicator_and_finding_row_holds_what_the_assessment_says()
    {
        // The rows are bound by position, text and decimals written without going through objects (docs/performance.md §2.3):
        // every column of every row is read back and compared, so a value bound to the wrong column, an empty text stored as
        // NULL or a decimal that loses its trailing zero fails here. The projects: the two-year seed set, the Huzhou liaison
        // project (a deadline row, a dated actual) and the Guangzhou training project from the test data, one unit-mismatch
        // project with its findings, and a seed project with a blank actual and a name outside the Basic Multilingual Plane.
        var projects = TwoYears.Build(6).Previous;
        foreach (var file in new[] { "huzhou-liaison-2023.json", "guangzhou-training-2023.json", "unit-mismatch.json" })
        {
            projects.Add(ScoringJson.ReadProject(File.ReadAllText(PerfIndicators.Tests.Scoring.ScoringKit.TestData(file))).Input!);
        }

        var seed = projects[0];
        projects.Add(new AssessmentInput(seed.Name + "（𬌗）", seed.Indicators.Select((indicator, i) => i == 0 ? indicator with { Actual = null } : indicator))
        {
            Code = seed.Code,
            Department = seed.Department,
            Unit = "𠮷" + seed.Unit,
            FiscalYear = seed.FiscalYear,
            Budget = seed.Budget,
        });
        using var store = ResultStore.Open(NewStore());
        Record(store, projects, ["mixed/"]);

        var evaluator = new Evaluator(ScoringPolicy.Get("national"));
        var expectedIndicators = new List<string>();
        var expectedFindings = new List<string>();
        foreach (var assessment in projects.Select(evaluator.Evaluate).OrderBy(a => a.Fingerprint, StringComparer.Ordinal))
        {
            expectedIndicators.AddRange(assessment.Indicators.Select((i, position) => Row(
                assessment.Fingerprint, position, i.Category?.ToLabel(), i.Subcategory?.ToLabel(), i.Name, i.TargetText, i.ActualText, Number(i.Points), Number(i.Score),
                ReviewRecorder.OutcomeName(i.Outcome), i.RuleId, Number(i.TargetValue), Number(i.ActualValue), i.ValueUnit, i.IsLowerBetter ? "1" : "0", Number(i.CompletionRatio))));
            expectedFindings.AddRange(assessment.Findings.Select((f, position) => Row(
                assessment.Fingerprint, position, f.Code, f.Severity.ToName(),
                (f.Location.HasSheetPart ? f.Location.SheetText : f.Location.JsonPath) is { Length: > 0 } prefix ? prefix : null, f.Message)));
        }

        projects.Should().Contain(p => p.Indicators.Any(i => i.Actual == null), "the test must hold a blank actual");
        expectedFindings.Should().NotBeEmpty();
        Rows(store, "SELECT a.fingerprint, i.position, i.category, i.subcategory, i.name, i.target_text, i.actual_text, i.points, i.score, i.outcome, i.rule, "
            + "i.target_value, i.actual_value, i.value_unit, i.lower_is_better, i.completion_ratio FROM indicators i JOIN assessments a ON a.id = i.assessment_id "
            + "ORDER BY a.fingerprint, i.position").Should().Equal(expectedIndicators);
        Rows(store, "SELECT a.fingerprint, f.position, f.code, f.severity, f.location, f.message FROM findings f JOIN assessments a ON a.id = f.assessment_id "
            + "ORDER BY a.fingerprint, f.position").Should().Equal(expectedFindings);
    }

    /// <summary>A row as text: NULL as ∅, decimals as the invariant culture writes them, flags as 0 or 1.</summary>
    private static string Row(params object?[] values) => string.Join("|", values.Select(v => v switch
    {
        null or DBNull => "∅",
        bool b => b ? "1" : "0",
        decimal d => Number(d),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => v.ToString(),
    }));

    private static string? Number(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Rows(ResultStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            reader.GetValues(values!);
            rows.Add(Row(values));
        }

        return rows;
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
