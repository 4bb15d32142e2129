using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace PerfIndicators.Tests.Docs;

/// <summary>
/// The documentation works as written: every C# block of the READMEs and <c>docs/</c> compiles and runs (and prints
/// what a <c>$ dotnet run</c> block after it shows), every <c>perfind</c> command shown runs on the files it names and
/// prints what is shown under it (or its shortened form: lines left out, <c>…</c> for any text), the install steps name
/// the packages and the tool as they are built, and each package has its own README with absolute links.
/// </summary>
/// <remarks>
/// The C# blocks are compiled against the built library assemblies (the ones the packages hold), not against packages
/// installed from a feed: packing and restoring in every test run would take minutes on the build machine.
/// </remarks>
public partial class DocsTests
{
    private static readonly string[] PathExtensions = [".txt", ".json", ".csv", ".xlsx", ".xlsm", ".pdf", ".md", ".html"];

    public static TheoryData<string> CSharpBlocks => [.. DocBlocks.CSharp.Select(b => b.ToString())];

    public static TheoryData<string> FilesWithCommands =>
        [.. DocBlocks.All.Where(b => DocBlocks.Commands(b).Count > 0).Select(b => b.File).Distinct()];

    [Fact]
    public void The_documentation_shows_programs_and_commands_to_test()
    {
        DocBlocks.Files.Should().Contain(["README.md", "docs/review.md", "src/PerfIndicators/README.md", "src/PerfIndicators.Cli/README.md", "src/PerfIndicators.Formats/README.md"]);
        DocBlocks.CSharp.Should().HaveCountGreaterThanOrEqualTo(10);
        DocBlocks.All.SelectMany(DocBlocks.Commands).Should().HaveCountGreaterThanOrEqualTo(30);
        DocBlocks.All.SelectMany(DocBlocks.Commands).Count(c => c.Shown.Count > 0).Should().BeGreaterThanOrEqualTo(8, "outputs are shown, and checked");
    }

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public void Every_csharp_block_compiles_and_runs(string id)
    {
        var block = DocBlocks.CSharp.Single(b => b.ToString() == id);
        using var runner = new DocRunner();

        var (errors, program) = runner.Compile(block);

        errors.Should().BeEmpty($"{id} compiles as a console program that references the packages");
        var (exit, output, error) = runner.RunProgram(program!);
        exit.Should().Be(0, $"{id} runs: {error}");
        error.Should().BeEmpty();
        if (block.Next is { Language: "text" } next && next.Text.StartsWith("$ dotnet run", StringComparison.Ordinal))
        {
            var shown = next.Text.Split('\n').Skip(1).Where(l => l.Trim().Length > 0).ToList();
            DocBlocks.FirstMissing(shown, output).Should().BeNull($"{next} shows what {id} prints; it printed:\n{output}");
        }
    }

    [Theory]
    [MemberData(nameof(FilesWithCommands))]
    public void Every_perfind_command_runs_on_the_files_it_names_and_prints_what_is_shown(string file)
    {
        using var runner = new DocRunner();
        foreach (var command in DocBlocks.All.Where(b => b.File == file).SelectMany(DocBlocks.Commands))
        {
            foreach (var path in InputPaths(command))
            {
                (File.Exists(Path.Combine(runner.Folder, path)) || Directory.Exists(Path.Combine(runner.Folder, path)))
                    .Should().BeTrue($"{command} names {path}, which is in the repository or written by a command before it");
            }

            var (exit, output, error) = runner.Perfind(command.Arguments, command.StandardInput);

            exit.Should().NotBe(2, $"{command} is a valid command line: {error}");
            error.Should().NotContain("Unhandled exception");
            if (command.Shown.Count > 0)
            {
                var printed = command.ErrorOnly ? error : output + error;
                DocBlocks.FirstMissing(command.Shown, printed).Should().BeNull($"{command} prints what is shown; it printed:\n{printed}");
            }
        }
    }

    [Fact]
    public void The_install_steps_name_the_packages_and_the_tool_as_they_are_built()
    {
        var readme = File.ReadAllText(Path.Combine(DocBlocks.Root, "README.md"));
        var tool = Project("src/PerfIndicators.Cli/PerfIndicators.Cli.csproj");

        readme.Should().Contain($"dotnet tool install --global {tool.Element("PackageId")} ");
        tool.Element("ToolCommandName").Should().Be("perfind");
        foreach (var library in new[] { "src/PerfIndicators/PerfIndicators.csproj", "src/PerfIndicators.Formats/PerfIndicators.Formats.csproj" })
        {
            readme.Should().Contain($"dotnet add package {Project(library).Element("PackageId")} ");
        }
    }

    [Theory]
    [InlineData("src/PerfIndicators/PerfIndicators.csproj")]
    [InlineData("src/PerfIndicators.Formats/PerfIndicators.Formats.csproj")]
    [InlineData("src/PerfIndicators.Cli/PerfIndicators.Cli.csproj")]
    public void Each_package_has_its_own_readme_for_nuget_users_with_absolute_links(string csproj)
    {
        var project = Project(csproj);
        var folder = Path.GetDirectoryName(Path.Combine(DocBlocks.Root, csproj))!;
        project.Element("PackageReadmeFile").Should().Be("README.md");
        project.Packed.Should().Contain(i => i.Include == "README.md" && i.PackagePath == "/", "the package's own README, not the repository's, is packed");

        var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
        readme.Should().NotContain("dotnet run --project", "a NuGet user has the package, not the repository");
        foreach (Match link in MarkdownLink().Matches(readme))
        {
            link.Groups[1].Value.Should().StartWith("https://", $"NuGet shows the README away from the repository, so links are absolute ({link.Value})");
        }

        readme.Should().Contain("dotnet " + (csproj.Contains("Cli", StringComparison.Ordinal) ? "tool install" : "add package"));
    }

    /// <summary>The paths a command reads: its arguments that look like paths, except the file it writes (after <c>-o</c>).</summary>
    private static IEnumerable<string> InputPaths(DocCommand command)
    {
        for (var i = 0; i < command.Arguments.Count; i++)
        {
            var argument = command.Arguments[i];
            if (argument is "-o" or "--output" or "--encoding" or "--format" or "--password" or "--project" or "--lowest" or "--list-limit" or "--parallel")
            {
                i++;
                continue;
            }

            if (argument.StartsWith('-') || command.Arguments[0] == "parse" && i > 0 && command.Arguments[i - 1] != "--file")
            {
                continue;
            }

            if (argument.Contains('/', StringComparison.Ordinal) || PathExtensions.Any(e => argument.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                yield return argument;
            }
        }

        if (command.StandardInput is { } input)
        {
            yield return input;
        }
    }

    private static PackageProject Project(string csproj) => new(XDocument.Load(Path.Combine(DocBlocks.Root, csproj)));

    [GeneratedRegex(@"\[[^\]]*\]\(([^)]+)\)")]
    private static partial Regex MarkdownLink();

    private sealed record PackageProject(XDocument Document)
    {
        public IEnumerable<(string? Include, string? PackagePath)> Packed =>
            Document.Descendants("None").Where(n => (string?)n.Attribute("Pack") == "true").Select(n => ((string?)n.Attribute("Include"), (string?)n.Attribute("PackagePath")));

        public string? Element(string name) => Document.Descendants(name).FirstOrDefault()?.Value;
    }
}
