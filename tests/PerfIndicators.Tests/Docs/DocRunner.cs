using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PerfIndicators.Tests.Docs;

/// <summary>
/// Runs what the documentation shows, as a user would, in a scratch folder holding a copy of the repository's
/// <c>samples/</c> (commands write there) and seeing its <c>tests/</c>, <c>rules/</c> and <c>docs/</c> (symbolic links,
/// read only by what the documentation shows), which keeps every file written out of the checkout: <c>perfind</c> commands
/// as the built tool (<c>dotnet perfind.dll</c>), and C# blocks compiled as console programs with the defaults of
/// <c>dotnet new console</c> (implicit usings, nullable) against the built library assemblies — the same assemblies the
/// packages hold — and run in their own process.
/// </summary>
public sealed class DocRunner : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    /// <summary>What <c>dotnet new console</c> puts in scope (ImplicitUsings for Microsoft.NET.Sdk).</summary>
    private const string ImplicitUsings =
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\n"
        + "global using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    /// <summary>The assemblies of the packages PerfIndicators and PerfIndicators.Formats, and what their API exposes.</summary>
    private static readonly string[] LibraryAssemblies = ["PerfIndicators.dll", "PerfIndicators.Formats.dll", "NodaTime.dll"];

    /// <summary>The checkout folders linked into <see cref="Folder"/>, read only.</summary>
    internal static readonly string[] Linked = ["tests", "rules", "docs"];

    private readonly List<string> emitted = [];

    private readonly string? executable;

    /// <summary>A scratch folder whose commands run as <c>dotnet perfind.dll</c> (the built tool) or as <paramref name="executable"/>.</summary>
    /// <param name="executable">Another build of the tool to run instead, such as the native one.</param>
    public DocRunner(string? executable = null)
    {
        this.executable = executable;
        Folder = Directory.CreateTempSubdirectory("perfind-docs-").FullName;
        foreach (var name in Linked)
        {
            Directory.CreateSymbolicLink(Path.Combine(Folder, name), Path.Combine(DocBlocks.Root, name));
        }

        var samples = Directory.CreateDirectory(Path.Combine(Folder, "samples"));
        foreach (var file in Directory.GetFiles(Path.Combine(DocBlocks.Root, "samples")))
        {
            File.Copy(file, Path.Combine(samples.FullName, Path.GetFileName(file)));
        }
    }

    /// <summary>The scratch folder the commands and programs run in.</summary>
    public string Folder { get; }

    /// <summary>Runs <c>perfind</c> with <paramref name="arguments"/> in <see cref="Folder"/>.</summary>
    public (int Exit, string Out, string Error) Perfind(IEnumerable<string> arguments, string? standardInput = null) =>
        executable is null
            ? Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "perfind.dll"), .. arguments], Input(standardInput))
            : Run(executable, arguments, Input(standardInput));

    /// <summary>Compiles the C# of <paramref name="block"/>; the errors, or none and the program's path.</summary>
    public (IReadOnlyList<string> Errors, string? Program) Compile(DocBlock block)
    {
        var name = "DocSnippet_" + string.Concat(block.File.Select(c => char.IsLetterOrDigit(c) ? c : '_')) + "_" + block.Line;
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(ImplicitUsings, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp13), "GlobalUsings.g.cs"),
            CSharpSyntaxTree.ParseText(block.Text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp13), block.File + ".cs", Encoding.UTF8),
        };
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetDirectoryName(p) != Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var references = platform.Concat(LibraryAssemblies.Select(a => Path.Combine(AppContext.BaseDirectory, a)))
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(name, trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var program = Path.Combine(AppContext.BaseDirectory, name + ".dll");
        using (var output = File.Create(program))
        {
            var result = compilation.Emit(output);
            if (!result.Success)
            {
                output.Close();
                File.Delete(program);
                return ([.. result.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString())], null);
            }
        }

        // No deps.json: the host takes the assemblies beside the program, the test output's copies of the libraries.
        var config = Path.ChangeExtension(program, ".runtimeconfig.json");
        var version = Environment.Version;
        File.WriteAllText(config, "{\"runtimeOptions\":{\"tfm\":\"net" + version.Major + "." + version.Minor + "\",\"framework\":{\"name\":\"Microsoft.NETCore.App\",\"version\":\"" + version + "\"}}}");
        emitted.Add(program);
        emitted.Add(config);
        return ([], program);
    }

    /// <summary>Runs a compiled program in <see cref="Folder"/>.</summary>
    public (int Exit, string Out, string Error) RunProgram(string program) => Run("dotnet", [program], null);

    public void Dispose()
    {
        foreach (var file in emitted)
        {
            File.Delete(file);
        }

        foreach (var name in Linked)
        {
            Directory.Delete(Path.Combine(Folder, name));
        }

        Directory.Delete(Folder, recursive: true);
    }

    private string? Input(string? standardInput) => standardInput is null ? null : File.ReadAllText(Path.Combine(Folder, standardInput));

    private (int Exit, string Out, string Error) Run(string program, IEnumerable<string> arguments, string? input) =>
        ProcessRunner.Run(program, arguments, Folder, input, Limit);
}
