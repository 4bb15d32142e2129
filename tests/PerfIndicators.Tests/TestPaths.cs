namespace PerfIndicators.Tests;

/// <summary>
/// Where test data lives: the source folder when the tests run from a checkout (so golden <c>.actual</c> files land
/// beside the <c>.expected</c> ones), else the copy in the output folder. Found by walking up from the test assembly,
/// never from compile-time source paths, which a CI build maps to <c>/_/</c>.
/// </summary>
internal static class TestPaths
{
    /// <summary>The test project's source folder, or the output folder when the sources are not there.</summary>
    public static string ProjectFolder { get; } = FindProjectFolder();

    /// <summary>The repository root (the folder holding <c>PerfIndicators.sln</c>), or <see langword="null"/> when not found.</summary>
    public static string? RepositoryRoot { get; } = FindUp("PerfIndicators.sln");

    /// <summary><c>TestData/Parsing</c>.</summary>
    public static string ParsingData => TestData("Parsing");

    /// <summary><c>TestData/&lt;area&gt;</c> in the test project.</summary>
    public static string TestData(string area) => Path.Combine(ProjectFolder, "TestData", area);

    private static string FindProjectFolder() =>
        FindUp("PerfIndicators.Tests.csproj") ?? AppContext.BaseDirectory;

    private static string? FindUp(string marker)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, marker)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
