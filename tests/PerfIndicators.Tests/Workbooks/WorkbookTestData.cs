using System.Text;
using PerfIndicators.Documents;
using PerfIndicators.Formats.Workbooks;

namespace PerfIndicators.Tests.Workbooks;

/// <summary>The 目标表 workbook fixtures (made by <c>TestData/Workbooks/make/make.sh</c> with LibreOffice) and their golden files.</summary>
internal static class WorkbookTestData
{
    public static string Folder() => TestPaths.TestData("Workbooks");

    public static string PathOf(string name) => Path.Combine(Folder(), name);

    public static DocumentReadResult Read(string name, TargetWorkbookReadOptions? options = null) => TargetWorkbookReader.ReadFile(PathOf(name), options);

    public static BudgetDocument Document(string name) => Read(name).GetDocumentOrThrow();

    /// <summary>Compares with the golden file <c>TestData/Workbooks/<paramref name="expectedName"/></c>; on a mismatch writes <c>.actual</c> beside it and fails.</summary>
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
        throw new Xunit.Sdk.XunitException(expected is null
            ? $"No golden file {expectedPath}; wrote {actualPath} for review."
            : $"Output differs from {expectedPath}; wrote {actualPath}.");
    }
}
