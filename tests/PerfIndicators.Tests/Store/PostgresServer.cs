using Xunit;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PerfIndicators.Tests.Store;

/// <summary>
/// A real PostgreSQL server for the store's tests, started by the test run itself: Debian's <c>postgresql</c> package
/// (<c>/usr/lib/postgresql/&lt;version&gt;/bin</c>), <c>initdb</c> in a temporary folder, <c>pg_ctl start</c> on a free loopback
/// port, stopped and deleted at the end. PostgreSQL refuses to run as root, so as root the server runs as <c>nobody</c>
/// (<c>runuser</c>). Missing binaries fail the tests with what to install: they are never skipped.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string bin;
    private readonly string folder;
    private readonly string data;
    private readonly string? runAs;
    private int databases;

    public PostgresServer()
    {
        bin = FindBinaries();
        folder = Path.Combine(Path.GetTempPath(), "perfind-pg-" + Guid.NewGuid().ToString("N")[..12]);
        data = Path.Combine(folder, "data");
        Directory.CreateDirectory(folder);
        runAs = Environment.UserName == "root" ? "nobody" : null;
        if (runAs is not null)
        {
            Run("chown", [runAs, folder], asServerUser: false);
        }

        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "perfind", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
        Port = FreePort();
        Run(Path.Combine(bin, "pg_ctl"), [
            "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", "-p " + Port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"]);
    }

    /// <summary>The server's port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>A connection string to the server's <c>postgres</c> database.</summary>
    public string AdminConnectionString => "Host=127.0.0.1;Port=" + Port + ";Username=perfind;Database=postgres;Pooling=false";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "store_" + Interlocked.Increment(ref databases);
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE DATABASE " + name;
        command.ExecuteNonQuery();
        return "Host=127.0.0.1;Port=" + Port + ";Username=perfind;Database=" + name + ";Pooling=false";
    }

    public void Dispose()
    {
        try
        {
            Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string FindBinaries()
    {
        const string Root = "/usr/lib/postgresql";
        var found = Directory.Exists(Root)
            ? Directory.GetDirectories(Root)
                .Select(d => (Folder: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Folder, "initdb")) && File.Exists(Path.Combine(d.Folder, "pg_ctl")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Folder)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under " + Root + "/<version>/bin (initdb, pg_ctl): the store's PostgreSQL tests need them. "
            + "Install Debian's package: apt-get install -y postgresql (.ci/run does this when they are missing).");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void Run(string program, IReadOnlyList<string> arguments, bool asServerUser = true)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asServerUser && runAs is not null)
        {
            start.FileName = "runuser";
            foreach (var argument in new[] { "-u", runAs, "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException(Path.GetFileName(program) + " did not finish in 2 minutes");
        }

        if (process.ExitCode != 0)
        {
            var log = Path.Combine(folder, "server.log");
            throw new InvalidOperationException(
                Path.GetFileName(program) + " failed (" + process.ExitCode + "): " + output.Result + error.Result + (File.Exists(log) ? File.ReadAllText(log) : string.Empty));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}
