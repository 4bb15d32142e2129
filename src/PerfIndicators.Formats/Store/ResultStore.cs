using System.Collections.Immutable;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using NodaTime;
using Npgsql;
using PerfIndicators.Review;

namespace PerfIndicators.Formats.Store;

/// <summary>
/// The results store (评价结果库): every assessment of every review, kept across years, in SQLite (a file, the default) or
/// PostgreSQL (a department's shared server). Opening a store applies the schema migrations it lacks. Recording a review is
/// idempotent: an assessment is stored once per fingerprint and policy, and each run records its time, inputs and counts.
/// Schema: <c>docs/store.md</c>. Not thread-safe: one store per thread.
/// </summary>
/// <example>
/// <code>
/// using var store = ResultStore.Open("results.db");
/// var reviewer = new Reviewer(ScoringPolicy.Get("national"));
/// using var recorder = store.Record(reviewer.Header, ["projects/"]);
/// reviewer.Run(ProjectSources.FromPaths(["projects/"]), recorder);
/// var comparison = store.Compare(2022, 2023);
/// </code>
/// </example>
public sealed class ResultStore : IDisposable
{
    private readonly DbConnection connection;

    private ResultStore(DbConnection connection, StoreDialect dialect, IClock clock, int schemaVersion)
    {
        this.connection = connection;
        Dialect = dialect;
        Clock = clock;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The database behind the store.</summary>
    public StoreKind Kind => Dialect.Kind;

    /// <summary>The schema version after migrations (the number of the last migration applied).</summary>
    public int SchemaVersion { get; }

    /// <summary>The schema version this code writes.</summary>
    public static int LatestSchemaVersion => Migrations.Latest(StoreDialect.Sqlite);

    internal StoreDialect Dialect { get; }

    internal IClock Clock { get; }

    internal DbConnection Connection => connection;

    /// <summary>Whether <paramref name="target"/> names a PostgreSQL server: a URI <c>postgresql://…</c> or <c>postgres://…</c>, or a key-value string with a <c>Host=</c>.</summary>
    /// <param name="target">A file path or a connection string.</param>
    public static bool IsPostgreSql(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var text = target.Trim();
        if (text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return text.Split(';').Any(part => part.Split('=', 2) is [var key, _] && key.Trim().Equals("host", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Opens a store: an SQLite file at <paramref name="target"/> (created when missing), or a PostgreSQL server when
    /// <see cref="IsPostgreSql"/> says so. Applies the migrations it lacks.
    /// </summary>
    /// <param name="target">The SQLite file, or a PostgreSQL connection string (<c>Host=…;Database=…</c> or <c>postgresql://user@host:port/db</c>).</param>
    /// <param name="clock">The clock runs are stamped with, or <see langword="null"/> for the system clock.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="StoreException">When the database cannot be opened or migrated.</exception>
    public static ResultStore Open(string target, IClock? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        clock ??= SystemClock.Instance;
        var postgres = IsPostgreSql(target);
        var dialect = postgres ? StoreDialect.PostgreSql : StoreDialect.Sqlite;
        string connectionString;
        try
        {
            connectionString = postgres ? PostgresConnectionString(target.Trim()) : new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
        {
            throw new StoreException("结果库连接串无效 (invalid store connection string): " + e.Message, e);
        }

        DbConnection? connection = null;
        try
        {
            connection = dialect.Open(connectionString);
            var version = Migrations.Apply(connection, dialect, clock);
            return new ResultStore(connection, dialect, clock, version);
        }
        catch (DbException e)
        {
            connection?.Dispose();
            throw new StoreException("无法打开结果库 (cannot open the store): " + e.Message, e);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    /// <summary>Starts recording a review: the returned sink writes each assessment as it completes and the run's counts at the end.</summary>
    /// <param name="header">The review's header (its policy).</param>
    /// <param name="inputs">The inputs as given on the command line (files and folders).</param>
    /// <param name="next">A report writer that receives the review as well, or <see langword="null"/>.</param>
    /// <returns>The recorder; dispose it after the review.</returns>
    public ReviewRecorder Record(ReviewHeader header, IEnumerable<string> inputs, IReviewSink? next = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(inputs);
        return new ReviewRecorder(this, header, [.. inputs], next);
    }

    /// <summary>The runs recorded, oldest first.</summary>
    public IReadOnlyList<StoredRun> Runs()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, started_at, finished_at, policy_id, policy_version, inputs_given, assessed, not_assessable, not_reported, failed, stored, already_stored FROM runs ORDER BY id";
        var runs = new List<(long Id, StoredRun Run)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                runs.Add((reader.GetInt64(0), new StoredRun(
                    reader.GetInt64(0), Dialect.ReadTime(reader, 1), reader.IsDBNull(2) ? null : Dialect.ReadTime(reader, 2), reader.GetString(3), reader.GetString(4), [],
                    reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10), reader.GetInt64(11))));
            }
        }

        var inputs = new Dictionary<long, List<string>>();
        using (var paths = connection.CreateCommand())
        {
            paths.CommandText = "SELECT run_id, path FROM run_inputs ORDER BY run_id, position";
            using var reader = paths.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (!inputs.TryGetValue(id, out var list))
                {
                    inputs[id] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        return [.. runs.Select(r => r.Run with { Inputs = inputs.TryGetValue(r.Id, out var list) ? [.. list] : [] })];
    }

    /// <summary>How many assessments the store holds.</summary>
    public long AssessmentCount() => Count("SELECT COUNT(*) FROM assessments");

    /// <summary>How many indicator rows the store holds.</summary>
    public long IndicatorCount() => Count("SELECT COUNT(*) FROM indicators");

    /// <summary>
    /// The assessments of a fiscal year in the order they were first stored, with their indicators, as year-over-year
    /// comparison reads them. When policies differ, all are returned; <paramref name="policyId"/> keeps one.
    /// </summary>
    /// <param name="fiscalYear">The year.</param>
    /// <param name="policyId">Only assessments under this policy, or <see langword="null"/> for all.</param>
    public IReadOnlyList<YearAssessment> Year(int fiscalYear, string? policyId = null)
    {
        var indicators = new Dictionary<long, ImmutableArray<YearIndicator>.Builder>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "SELECT i.assessment_id, i.category, i.subcategory, i.name, i.target_text, i.actual_text, i.target_value, i.actual_value, i.value_unit, i.lower_is_better "
                + "FROM indicators i JOIN assessments a ON a.id = i.assessment_id WHERE a.fiscal_year = @year" + (policyId is null ? string.Empty : " AND a.policy_id = @policy") + " ORDER BY i.assessment_id, i.position";
            Migrations.Parameter(command, "@year", fiscalYear);
            Migrations.Parameter(command, "@policy", policyId ?? string.Empty);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (!indicators.TryGetValue(id, out var list))
                {
                    indicators[id] = list = ImmutableArray.CreateBuilder<YearIndicator>();
                }

                list.Add(new YearIndicator(
                    Text(reader, 1), Text(reader, 2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    Dialect.ReadDecimal(reader, 6), Dialect.ReadDecimal(reader, 7), Text(reader, 8), Dialect.ReadFlag(reader, 9)));
            }
        }

        var result = new List<YearAssessment>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "SELECT id, project, project_code, department, unit, fiscal_year, status, total, grade, execution_rate, fingerprint FROM assessments "
                + "WHERE fiscal_year = @year" + (policyId is null ? string.Empty : " AND policy_id = @policy") + " ORDER BY id";
            Migrations.Parameter(command, "@year", fiscalYear);
            Migrations.Parameter(command, "@policy", policyId ?? string.Empty);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                result.Add(new YearAssessment(
                    reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), reader.GetInt32(5),
                    reader.GetString(6) == PerfIndicators.Scoring.AssessmentStatus.Assessed.ToName(), Dialect.ReadDecimal(reader, 7) ?? 0m, Text(reader, 8),
                    Dialect.ReadDecimal(reader, 9), reader.GetString(10), indicators.TryGetValue(id, out var list) ? list.ToImmutable() : []));
            }
        }

        return result;
    }

    /// <summary>The fiscal years the store holds assessments of, in order.</summary>
    public IReadOnlyList<int> FiscalYears()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT fiscal_year FROM assessments ORDER BY fiscal_year";
        using var reader = command.ExecuteReader();
        var years = new List<int>();
        while (reader.Read())
        {
            years.Add(reader.GetInt32(0));
        }

        return years;
    }

    /// <summary>Compares two fiscal years of the store (<see cref="YearComparer.Compare"/>).</summary>
    /// <param name="previousYear">The earlier year.</param>
    /// <param name="currentYear">The later year.</param>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="policyId">Only assessments under this policy, or <see langword="null"/> for all.</param>
    /// <returns>The comparison.</returns>
    public YearComparison Compare(int previousYear, int currentYear, YearComparisonOptions? options = null, string? policyId = null) =>
        YearComparer.Compare(previousYear, Year(previousYear, policyId), currentYear, Year(currentYear, policyId), options);

    /// <summary>Closes the connection.</summary>
    public void Dispose() => connection.Dispose();

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private long Count(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string PostgresConnectionString(string target)
    {
        if (!target.Contains("://", StringComparison.Ordinal))
        {
            return new NpgsqlConnectionStringBuilder(target).ToString();
        }

        // postgresql://user:password@host:port/database?key=value — the URI form libpq and most servers print.
        var uri = new Uri(target);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
        }

        return builder.ToString();
    }
}

/// <summary>One recorded run of a review.</summary>
/// <param name="Id">The run's number.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it finished, or <see langword="null"/> when it did not (stopped, failed).</param>
/// <param name="PolicyId">The policy.</param>
/// <param name="PolicyVersion">Its version.</param>
/// <param name="Inputs">The inputs as given.</param>
/// <param name="Given">Inputs read.</param>
/// <param name="Assessed">Projects assessed.</param>
/// <param name="NotAssessable">Projects without indicators.</param>
/// <param name="NotReported">Projects with nothing reported.</param>
/// <param name="Failed">Inputs that could not be read or scored.</param>
/// <param name="Stored">Assessments this run added.</param>
/// <param name="AlreadyStored">Assessments this run found already stored (same fingerprint and policy).</param>
public sealed record StoredRun(
    long Id, Instant StartedAt, Instant? FinishedAt, string PolicyId, string PolicyVersion, ImmutableArray<string> Inputs,
    long Given, long Assessed, long NotAssessable, long NotReported, long Failed, long Stored, long AlreadyStored);
