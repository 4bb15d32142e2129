using System.Text;
using PerfIndicators.Documents;

namespace PerfIndicators.Tests.Documents;

/// <summary>Finds the seed documents and golden files in the source tree, and compares against golden files.</summary>
internal static class DocumentTestData
{
    public static readonly string[] Seeds = ["huzhou-2022", "huzhou-2023", "hangzhou-2024", "shanghai-2022", "guangzhou"];

    /// <summary>The folder <c>tests/PerfIndicators.Tests/TestData/Documents</c> in the source tree.</summary>
    public static string Folder() => TestPaths.TestData("Documents");

    public static string PathOf(string name) => Path.Combine(Folder(), name);

    public static string Text(string seed) => File.ReadAllText(PathOf(seed + ".txt"), Encoding.UTF8);

    public static BudgetDocument Read(string seed) => DocumentFiles.Read(PathOf(seed + ".txt")).GetDocumentOrThrow();

    public static BudgetDocument ReadText(string text) => BudgetDocumentReader.ReadText(text).GetDocumentOrThrow();

    /// <summary>
    /// Compares <paramref name="actual"/> with the golden file <paramref name="expectedName"/>; on a mismatch writes
    /// <c>.actual</c> beside it (a reviewer diffs and accepts by renaming) and fails.
    /// </summary>
    public static void AssertGolden(string expectedName, string actual)
    {
        var expectedPath = PathOf(expectedName);
        var actualPath = Path.ChangeExtension(expectedPath, ".actual");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath, Encoding.UTF8).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            if (File.Exists(actualPath))
            {
                File.Delete(actualPath);
            }

            return;
        }

        File.WriteAllText(actualPath, actual, new UTF8Encoding(false));
        var message = expected is null
            ? $"No golden file {expectedPath}; wrote {actualPath} for review."
            : $"Output differs from {expectedPath}; wrote {actualPath}. First difference at line {FirstDifference(expected, actual)}.";
        throw new Xunit.Sdk.XunitException(message);
    }

    private static int FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return i + 1;
            }
        }

        return Math.Min(a.Length, b.Length) + 1;
    }
}
