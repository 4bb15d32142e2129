using System.Data.Common;
using System.Globalization;
using System.Reflection;
using NodaTime;

namespace PerfIndicators.Formats.Store;

/// <summary>
/// The store's schema migrations: embedded SQL files <c>Store/Migrations/NNNN-name.&lt;dialect&gt;.sql</c>, applied in order of
/// their number, each once, each in its own transaction together with its row in <c>schema_version</c>.
/// </summary>
internal static class Migrations
{
    private const string Prefix = "PerfIndicators.Formats.Store.Migrations.";

    /// <summary>The migrations of a dialect in order: (version, name, SQL).</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> For(StoreDialect dialect)
    {
        var assembly = typeof(Migrations).Assembly;
        var list = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(dialect.MigrationSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[Prefix.Length..^dialect.MigrationSuffix.Length];
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            var version = int.Parse(name[..dash], NumberStyles.None, CultureInfo.InvariantCulture);
            list.Add((version, name[(dash + 1)..], Read(assembly, resource)));
        }

        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Item1 != i + 1)
            {
                throw new InvalidOperationException("Store migrations are not numbered 1, 2, 3 … (" + dialect.Kind + ": " + list[i].Item1 + ").");
            }
        }

        return list;
    }

    /// <summary>The highest version the code knows.</summary>
    public static int Latest(StoreDialect dialect) => For(dialect).Count;

    /// <summary>Applies the migrations the database lacks; returns the schema version after.</summary>
    /// <exception cref="StoreException">When the database is newer than this code.</exception>
    public static int Apply(DbConnection connection, StoreDialect dialect, IClock clock)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var current = CurrentVersion(connection);
        var migrations = For(dialect);
        if (current > migrations.Count)
        {
            throw new StoreException("结果库的结构版本 " + current + " 高于本程序支持的 " + migrations.Count + "，请升级 perfind (the store's schema is newer than this tool)");
        }

        foreach (var (version, name, sql) in migrations.Skip(current))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)";
            Parameter(record, "@version", version);
            Parameter(record, "@name", name);
            Parameter(record, "@at", NodaTime.Text.InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()));
            record.ExecuteNonQuery();
            transaction.Commit();
        }

        return CurrentVersion(connection);
    }

    public static int CurrentVersion(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    internal static void Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
