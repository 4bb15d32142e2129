using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PerfIndicators.Formats.Store;

/// <summary>
/// One SQL statement of the recorder, prepared once and executed for every row, its parameters set by position: the
/// <c>@name</c>s in the order they first appear in the SQL. The same SQL serves SQLite and PostgreSQL; each dialect binds
/// decimals, flags and text its own way (<see cref="StoreDialect.Prepare"/>).
/// </summary>
/// <remarks>
/// For SQLite the statement is bound through SQLitePCLRaw directly (positional <c>sqlite3_bind_*</c>, text encoded into a
/// buffer kept for the statement, decimals formatted into a stack buffer): Microsoft.Data.Sqlite looks every parameter up by name and
/// converts every value through <see cref="object"/>, which was half of what storing a year's 1.1 million rows cost
/// (docs/performance.md §2.3). Statements run inside the connection's current transaction.
/// </remarks>
internal abstract partial class RowStatement : IDisposable
{
    /// <summary>The parameter names of <paramref name="sql"/>, in order of first appearance.</summary>
    public static IReadOnlyList<string> ParameterNames(string sql)
    {
        var names = new List<string>();
        foreach (Match match in ParameterPattern().Matches(sql))
        {
            if (!names.Contains(match.Value, StringComparer.Ordinal))
            {
                names.Add(match.Value);
            }
        }

        return names;
    }

    /// <summary>Sets parameter <paramref name="index"/> (0-based) to text, or to NULL.</summary>
    public abstract void Text(int index, string? value);

    /// <summary>Sets parameter <paramref name="index"/> to an integer.</summary>
    public abstract void Integer(int index, long value);

    /// <summary>Sets parameter <paramref name="index"/> to an integer, or to NULL.</summary>
    public void Integer(int index, long? value)
    {
        if (value is long v)
        {
            Integer(index, v);
        }
        else
        {
            Null(index);
        }
    }

    /// <summary>Sets parameter <paramref name="index"/> to a decimal as the dialect keeps it, or to NULL.</summary>
    public abstract void Decimal(int index, decimal? value);

    /// <summary>Sets parameter <paramref name="index"/> to a flag as the dialect keeps it.</summary>
    public abstract void Flag(int index, bool value);

    /// <summary>Sets parameter <paramref name="index"/> to NULL.</summary>
    public abstract void Null(int index);

    /// <summary>Runs the statement inside <paramref name="transaction"/>, returning nothing.</summary>
    public abstract void Execute(DbTransaction? transaction);

    /// <summary>Runs the statement inside <paramref name="transaction"/> and returns the first column of its first row as an integer, or <see langword="null"/> when it returns no row.</summary>
    public abstract long? ExecuteInt64(DbTransaction? transaction);

    /// <inheritdoc/>
    public abstract void Dispose();

    [GeneratedRegex(@"@[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();

    /// <summary>A statement run through ADO.NET (PostgreSQL): parameters made once, their values set by position.</summary>
    internal sealed class Command : RowStatement
    {
        private readonly DbCommand command;
        private readonly StoreDialect dialect;

        public Command(DbConnection connection, StoreDialect dialect, string sql)
        {
            this.dialect = dialect;
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in ParameterNames(sql))
            {
                Migrations.Parameter(command, name, null);
            }
        }

        public override void Text(int index, string? value) => Set(index, value);

        public override void Integer(int index, long value) => Set(index, value);

        public override void Decimal(int index, decimal? value) => Set(index, dialect.Decimal(value));

        public override void Flag(int index, bool value) => Set(index, dialect.Flag(value));

        public override void Null(int index) => Set(index, null);

        public override void Execute(DbTransaction? transaction)
        {
            command.Transaction = transaction;
            command.ExecuteNonQuery();
        }

        public override long? ExecuteInt64(DbTransaction? transaction)
        {
            command.Transaction = transaction;
            var result = command.ExecuteScalar();
            return result is null or DBNull ? null : Convert.ToInt64(result, CultureInfo.InvariantCulture);
        }

        public override void Dispose() => command.Dispose();

        private void Set(int index, object? value) => command.Parameters[index].Value = value ?? DBNull.Value;
    }

    /// <summary>A statement prepared on an SQLite connection's handle and bound through SQLitePCLRaw.</summary>
    internal sealed class Sqlite : RowStatement
    {
        private const int Row = 100;
        private const int Done = 101;

        private readonly sqlite3 database;
        private readonly sqlite3_stmt statement;
        private byte[] text = new byte[256];

        public Sqlite(SqliteConnection connection, string sql)
        {
            database = connection.Handle ?? throw new InvalidOperationException("结果库连接已关闭 (the store's connection is closed).");
            Check(raw.sqlite3_prepare_v2(database, sql, out statement));
            var names = ParameterNames(sql);
            if (raw.sqlite3_bind_parameter_count(statement) != names.Count)
            {
                statement.Dispose();
                throw new InvalidOperationException("SQLite numbered the parameters of a store statement differently from their order in the SQL: " + sql);
            }
        }

        public override void Text(int index, string? value)
        {
            if (value is null)
            {
                Null(index);
                return;
            }

            // UTF-8 as Microsoft.Data.Sqlite wrote it (a lone surrogate becomes U+FFFD), into a buffer kept for the statement;
            // SQLite copies the bytes (SQLITE_TRANSIENT) before the call returns.
            var needed = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (text.Length < needed)
            {
                text = new byte[Math.Max(needed, text.Length * 2)];
            }

            var written = Encoding.UTF8.GetBytes(value, text);
            Check(raw.sqlite3_bind_text(statement, index + 1, text.AsSpan(0, written)));
        }

        public override void Integer(int index, long value) => Check(raw.sqlite3_bind_int64(statement, index + 1, value));

        public override void Decimal(int index, decimal? value)
        {
            if (value is not decimal d)
            {
                Null(index);
                return;
            }

            // The text decimal.ToString(InvariantCulture) gives (29 digits, a sign and a point fit in 32 bytes).
            Span<byte> digits = stackalloc byte[32];
            if (!d.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("A decimal did not fit its text buffer.");
            }

            Check(raw.sqlite3_bind_text(statement, index + 1, digits[..written]));
        }

        public override void Flag(int index, bool value) => Integer(index, value ? 1L : 0L);

        public override void Null(int index) => Check(raw.sqlite3_bind_null(statement, index + 1));

        public override void Execute(DbTransaction? transaction)
        {
            try
            {
                int rc;
                while ((rc = raw.sqlite3_step(statement)) == Row)
                {
                }

                Finish(rc);
            }
            finally
            {
                raw.sqlite3_reset(statement);
            }
        }

        public override long? ExecuteInt64(DbTransaction? transaction)
        {
            try
            {
                long? first = null;
                int rc;
                while ((rc = raw.sqlite3_step(statement)) == Row)
                {
                    first ??= raw.sqlite3_column_int64(statement, 0);
                }

                Finish(rc);
                return first;
            }
            finally
            {
                raw.sqlite3_reset(statement);
            }
        }

        public override void Dispose() => statement.Dispose();

        private void Finish(int rc)
        {
            if (rc != Done)
            {
                SqliteException.ThrowExceptionForRC(rc, database);
            }
        }

        private void Check(int rc)
        {
            if (rc != 0)
            {
                SqliteException.ThrowExceptionForRC(rc, database);
            }
        }
    }
}
