using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;
using Npgsql;

namespace PerfIndicators.Formats.Store;

/// <summary>The database behind a results store.</summary>
public enum StoreKind
{
    /// <summary>An SQLite file (the embedded default).</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL server.</summary>
    PostgreSql,
}

/// <summary>
/// What differs between SQLite and PostgreSQL for the store: how a connection is opened, which migration files apply, and how
/// decimals, flags and times are written and read (SQLite keeps decimals as text so that 87.50 stays 87.50). The SQL itself is
/// the same for both.
/// </summary>
internal abstract class StoreDialect
{
    public static readonly StoreDialect Sqlite = new SqliteDialect();

    public static readonly StoreDialect PostgreSql = new PostgreSqlDialect();

    public abstract StoreKind Kind { get; }

    /// <summary>The suffix of this dialect's migration files (<c>0001-initial.sqlite.sql</c>).</summary>
    public abstract string MigrationSuffix { get; }

    public abstract DbConnection Open(string connectionString);

    /// <summary>Prepares <paramref name="sql"/> on <paramref name="connection"/> for execution row after row, its parameters set by position.</summary>
    public abstract RowStatement Prepare(DbConnection connection, string sql);

    public abstract object Decimal(decimal? value);

    public abstract decimal? ReadDecimal(DbDataReader reader, int ordinal);

    public abstract object Flag(bool value);

    public abstract bool ReadFlag(DbDataReader reader, int ordinal);

    public abstract object Time(Instant value);

    public abstract Instant ReadTime(DbDataReader reader, int ordinal);

    private sealed class SqliteDialect : StoreDialect
    {
        public override StoreKind Kind => StoreKind.Sqlite;

        public override string MigrationSuffix => ".sqlite.sql";

        public override DbConnection Open(string connectionString)
        {
            var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var pragma = connection.CreateCommand();
            // WAL with synchronous=NORMAL: a crash or power cut can lose the last commits, never corrupt the file, and a review
            // rerun stores exactly what is missing (fingerprints); it saves a disk flush per batch of 256 projects.
            pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
            pragma.ExecuteNonQuery();
            return connection;
        }

        public override RowStatement Prepare(DbConnection connection, string sql) => new RowStatement.Sqlite((SqliteConnection)connection, sql);

        public override object Decimal(decimal? value) => value is decimal d ? d.ToString(CultureInfo.InvariantCulture) : DBNull.Value;

        public override decimal? ReadDecimal(DbDataReader reader, int ordinal) =>
            reader.IsDBNull(ordinal) ? null : decimal.Parse(reader.GetString(ordinal), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

        public override object Flag(bool value) => value ? 1L : 0L;

        public override bool ReadFlag(DbDataReader reader, int ordinal) => reader.GetInt64(ordinal) != 0;

        public override object Time(Instant value) => InstantPattern.ExtendedIso.Format(value);

        public override Instant ReadTime(DbDataReader reader, int ordinal) => InstantPattern.ExtendedIso.Parse(reader.GetString(ordinal)).GetValueOrThrow();
    }

    private sealed class PostgreSqlDialect : StoreDialect
    {
        public override StoreKind Kind => StoreKind.PostgreSql;

        public override string MigrationSuffix => ".postgresql.sql";

        public override DbConnection Open(string connectionString)
        {
            var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            return connection;
        }

        public override RowStatement Prepare(DbConnection connection, string sql) => new RowStatement.Command(connection, this, sql);

        public override object Decimal(decimal? value) => value is decimal d ? d : DBNull.Value;

        public override decimal? ReadDecimal(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal);

        public override object Flag(bool value) => value;

        public override bool ReadFlag(DbDataReader reader, int ordinal) => reader.GetBoolean(ordinal);

        public override object Time(Instant value) => value.ToDateTimeUtc();

        public override Instant ReadTime(DbDataReader reader, int ordinal) => Instant.FromDateTimeUtc(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));
    }
}
