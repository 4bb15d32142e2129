using FluentAssertions;
using Xunit;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using PerfIndicators.Scoring.Rules;
using PerfIndicators.Tests.Cli;
using PerfIndicators.Tests.Docs;
using PerfIndicators.Tests.Scoring;

namespace PerfIndicators.Tests.Packaging;

/// <summary>
/// The native (Native AOT, trimmed) build of <c>perfind</c> — what the linux-x64 tool package holds — published once for
/// this machine's runtime with the same properties <c>dotnet pack</c> uses (<c>-p:PerfindNativeAot=true</c>).
/// </summary>
public sealed class NativeTool : IDisposable
{
    private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(20);

    private readonly string folder = Directory.CreateTempSubdirectory("perfind-native-").FullName;

    /// <summary>Publishes the native build.</summary>
    public NativeTool()
    {
        var root = TestPaths.RepositoryRoot ?? throw new InvalidOperationException("the native tool is built from a checkout");
        var output = Path.Combine(folder, "out");
        string[] arguments =
        [
            "publish", Path.Combine(root, "src", "PerfIndicators.Cli"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "-p:PerfindNativeAot=true", "--artifacts-path", Path.Combine(folder, "artifacts"), "-o", output, "-nologo", "-v", "q",
        ];
        var (exit, stdout, stderr) = ProcessRunner.Run("dotnet", arguments, null, null, PublishLimit);
        PublishOutput = stdout + stderr;
        ExitCode = exit;
        Folder = output;
        Executable = Path.Combine(output, OperatingSystem.IsWindows() ? "perfind.exe" : "perfind");
    }

    /// <summary>The publish's exit code.</summary>
    public int ExitCode { get; }

    /// <summary>What the publish printed (its errors and warnings).</summary>
    public string PublishOutput { get; }

    /// <summary>The publish folder.</summary>
    public string Folder { get; }

    /// <summary>The native executable.</summary>
    public string Executable { get; }

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(folder, recursive: true);
}

/// <summary>
/// The native tool behaves as the JIT one, byte for byte: every command the documentation shows (what it prints and every
/// file it writes), and scoring under policy files whose rules are compiled at load, which the native build interprets
/// and whose reflection targets it must keep (<c>src/PerfIndicators.Cli/TrimmerRoots.xml</c>).
/// </summary>
public sealed class NativeToolTests(NativeTool native) : IClassFixture<NativeTool>
{
    public static TheoryData<string> FilesWithCommands => DocsTests.FilesWithCommands;

    [Fact]
    public void The_native_build_is_one_executable_without_managed_assemblies_or_warnings()
    {
        native.ExitCode.Should().Be(0, native.PublishOutput);
        // Trim, AOT, compiler and package warnings (coded); SourceLink's notes on a clone without a remote are not about the build.
        System.Text.RegularExpressions.Regex.Matches(native.PublishOutput, @"warning (IL|CS|NU|NETSDK)\d+").Select(m => m.Value)
            .Should().BeEmpty("the native build has no trim, AOT or compiler warning:\n{0}", native.PublishOutput);
        var head = new byte[4];
        using (var file = File.OpenRead(native.Executable))
        {
            file.ReadExactly(head);
        }

        if (OperatingSystem.IsLinux())
        {
            head.Should().Equal([0x7F, (byte)'E', (byte)'L', (byte)'F']);
        }

        Directory.GetFiles(native.Folder, "*.dll").Should().BeEmpty("a native build has no managed assemblies to JIT");
        Directory.GetFiles(native.Folder, "*.dbg").Should().BeEmpty("the 100 MB of native symbols are not published");
        using var managed = new DocRunner();
        using var natively = new DocRunner(native.Executable);
        natively.Perfind(["--version"]).Should().Be(managed.Perfind(["--version"]));
    }

    [Theory]
    [MemberData(nameof(FilesWithCommands))]
    public void Every_documented_command_prints_and_writes_the_same_natively(string file)
    {
        native.ExitCode.Should().Be(0, native.PublishOutput);
        using var managed = new DocRunner();
        using var again = new DocRunner();
        using var natively = new DocRunner(native.Executable);
        var commands = DocBlocks.All.Where(b => b.File == file).SelectMany(DocBlocks.Commands).ToList();
        commands.Should().NotBeEmpty();
        foreach (var command in commands)
        {
            var expected = managed.Perfind(command.Arguments, command.StandardInput);
            again.Perfind(command.Arguments, command.StandardInput);
            var actual = natively.Perfind(command.Arguments, command.StandardInput);
            actual.Should().Be(expected, "{0} runs the same natively", command);
        }

        // Files that record when they were written (a results store's run times, a PDF's creation date) differ between two
        // runs of the same build; every other file is the same bytes.
        var expectedFiles = Written(managed.Folder);
        var changing = expectedFiles.Except(Written(again.Folder)).Select(Name).ToHashSet(StringComparer.Ordinal);
        var written = Written(natively.Folder);
        written.Select(Name).Should().Equal(expectedFiles.Select(Name), "the commands of {0} write the same files", file);
        written.Where(f => !changing.Contains(Name(f))).Should().Equal(expectedFiles.Where(f => !changing.Contains(Name(f))), "the files {0} writes hold the same bytes natively", file);
    }

    [Fact]
    public void Policies_compiled_at_load_score_every_project_the_same_natively()
    {
        native.ExitCode.Should().Be(0, native.PublishOutput);
        var work = Directory.CreateTempSubdirectory("perfind-native-policies-");
        try
        {
            var projects = Directory.GetFiles(TestPaths.TestData("Scoring"), "*.json").ToList();
            var onePath = Path.Combine(work.FullName, "one-path.json");
            File.WriteAllText(onePath, OnePathTests.ProjectJson(), new UTF8Encoding(false));
            projects.Add(onePath);

            var policies = Directory.GetFiles(Path.Combine(TestPaths.TestData("Scoring"), "Policies"), "*.json")
                .Concat(Directory.GetFiles(Path.Combine(TestPaths.TestData("Hardening"), "policy"), "*.json"))
                .ToList();
            foreach (var shipped in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot!, "rules"), "*.json").Where(p => !p.EndsWith(".schema.json", StringComparison.Ordinal)))
            {
                var wrapped = Path.Combine(work.FullName, "wrapped-" + Path.GetFileName(shipped));
                File.WriteAllText(wrapped, Wrapped(File.ReadAllText(shipped)), new UTF8Encoding(false));
                var loaded = PolicyLoader.Load(File.ReadAllText(wrapped), wrapped, id => ScoringPolicy.EmbeddedIds.Contains(id) ? new PolicyText(PolicyLoader.ReadEmbedded(id)!, "embedded:" + id) : null);
                if (File.ReadAllText(shipped).Contains("\"expression\"", StringComparison.Ordinal))
                {
                    loaded.IndicatorWorkflow.Rules.Select(r => r.IsPrecompiled).Concat(loaded.BudgetWorkflow.Rules.Select(r => r.IsPrecompiled)).Should().Contain(false, "{0} with its expressions in parentheses is compiled at load", shipped);
                }

                policies.Add(wrapped);
            }

            using var natively = new DocRunner(native.Executable);
            var compared = 0;
            foreach (var project in projects)
            {
                foreach (var policy in policies)
                {
                    string[] arguments = ["score", project, "--policy", policy, "--format", "json"];
                    var (exit, output, error) = CliRunner.Run(arguments);
                    natively.Perfind(arguments).Should().Be((exit, output, error), "perfind {0} runs the same natively", string.Join(' ', arguments));
                    compared += exit == 0 ? 1 : 0;
                }
            }

            compared.Should().BeGreaterThan(projects.Count * 5, "most pairs score");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Name(string written) => written[..written.LastIndexOf(' ')];

    /// <summary>Every file under <paramref name="folder"/> but the linked checkout folders, with its bytes' hash.</summary>
    private static List<string> Written(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Where(f => !DocRunner.Linked.Any(linked => f.StartsWith(linked + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(f => f + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f)))))];

    /// <summary>The policy with every rule expression in parentheses and its id changed: the same meaning, no precompiled form.</summary>
    private static string Wrapped(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root["id"] = root["id"]!.GetValue<string>() + "-wrapped";
        Wrap(root["workflows"]);
        return root.ToJsonString();
    }

    private static void Wrap(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (key == "expression" && value is JsonValue text && text.TryGetValue<string>(out var expression))
                    {
                        obj[key] = "(" + expression + ")";
                    }
                    else
                    {
                        Wrap(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Wrap(item);
                }

                break;
        }
    }
}
