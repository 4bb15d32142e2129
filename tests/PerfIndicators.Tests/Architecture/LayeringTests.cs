using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FluentAssertions;
using Xunit;

namespace PerfIndicators.Tests.Architecture;

/// <summary>
/// The layers of docs/architecture.md, checked on the built assemblies and the sources: the core (Model, Parsing,
/// Documents, Scoring, SelfScoring, Review) references no adapter and does no file, format or console work; the
/// adapters reference the core and never the tool; dependencies run one way.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>Types whose use means file, archive, XML, network or console work.</summary>
    private static readonly string[] ForbiddenInCore =
    [
        "System.IO.File", "System.IO.FileInfo", "System.IO.FileStream", "System.IO.FileSystemInfo", "System.IO.Directory",
        "System.IO.DirectoryInfo", "System.IO.DriveInfo", "System.IO.FileSystemWatcher", "System.IO.StreamWriter", "System.Console",
        "System.Diagnostics.Process",
    ];

    private static readonly string[] ForbiddenNamespacesInCore = ["System.IO.Compression", "System.IO.Pipes", "System.Xml", "System.Net"];

    [Fact]
    public void The_core_references_no_adapter_and_no_format_library()
    {
        var references = AssemblyReferences(typeof(Indicator).Assembly.Location);

        references.Should().NotContain(r => r.StartsWith("PerfIndicators", StringComparison.Ordinal), "the core is referenced by the adapters, never the reverse");
        references.Should().NotContain(["DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework", "UglyToad.PdfPig", "ExcelDataReader", "System.CommandLine", "Spectre.Console"]);
        references.Where(r => !r.StartsWith("System.", StringComparison.Ordinal) && r is not ("System" or "netstandard"))
            .Should().BeSubsetOf(["NodaTime", "Sprache", "RulesEngine", "FastExpressionCompiler", "System.Linq.Dynamic.Core"], "the core depends only on the product card's libraries");
    }

    [Fact]
    public void The_core_does_no_file_archive_xml_network_or_console_work()
    {
        var used = TypeReferences(typeof(Indicator).Assembly.Location);

        used.Should().NotContain(ForbiddenInCore);
        used.Should().NotContain(t => ForbiddenNamespacesInCore.Any(n => t.StartsWith(n + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void Only_the_policy_loader_reads_json_in_the_core()
    {
        var core = Path.Combine(TestPaths.RepositoryRoot!, "src", "PerfIndicators");
        var rules = Path.Combine(core, "Scoring", "Rules") + Path.DirectorySeparatorChar;
        var readers = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("System.Text.Json", StringComparison.Ordinal))
            .ToList();

        readers.Should().NotBeEmpty("the policy loader reads policy files");
        readers.Should().OnlyContain(f => f.StartsWith(rules, StringComparison.Ordinal), "JSON is a format: only policies, the core's own configuration, are read in it");
    }

    [Theory]
    [InlineData("PerfIndicators.Formats")]
    public void An_adapter_references_the_core_and_never_the_tool(string adapter)
    {
        var references = AssemblyReferences(Path.Combine(AppContext.BaseDirectory, adapter + ".dll"));

        references.Should().Contain("PerfIndicators");
        references.Should().NotContain("perfind");
    }

    [Fact]
    public void The_tool_is_a_shell_over_the_core_and_the_adapters()
    {
        var references = AssemblyReferences(Path.Combine(AppContext.BaseDirectory, "perfind.dll"));

        references.Should().Contain(["PerfIndicators", "PerfIndicators.Formats"]);
    }

    private static List<string> AssemblyReferences(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        return [.. metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))];
    }

    private static List<string> TypeReferences(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        return [.. metadata.TypeReferences.Select(h => metadata.GetTypeReference(h)).Select(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name))];
    }
}
