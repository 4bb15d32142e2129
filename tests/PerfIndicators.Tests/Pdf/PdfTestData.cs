using System.Globalization;
using System.Text;
using PerfIndicators.Documents;
using PerfIndicators.Formats.Pdf;
using PerfIndicators.Tests.Documents;

namespace PerfIndicators.Tests.Pdf;

/// <summary>The PDF fixtures (made by <c>TestData/Pdf/make/make.sh</c>) and helpers to compare their extracts with the text seeds'.</summary>
internal static class PdfTestData
{
    /// <summary>The folder <c>tests/PerfIndicators.Tests/TestData/Pdf</c> in the source tree.</summary>
    public static string Folder() => TestPaths.TestData("Pdf");

    public static string PathOf(string name) => Path.Combine(Folder(), name);

    public static PdfReadResult Read(string name, PdfReadOptions? options = null) => PdfTextReader.ReadFile(PathOf(name), options);

    public static DocumentReadResult ReadDocument(string name, PdfReadOptions? options = null) => PdfBudgetDocumentReader.ReadFile(PathOf(name), options);

    /// <summary>Compares with the golden file <c>TestData/Pdf/<paramref name="expectedName"/></c>; on a mismatch writes <c>.actual</c> beside it and fails.</summary>
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

    /// <summary>The rebuilt text of a PDF with its pages and diagnostics, for the golden files of the PDF reader itself.</summary>
    public static string Dump(PdfReadResult result)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"pages {result.PagesRead}/{result.PageCount}, tables {result.Tables.Length}, encrypted {result.IsEncrypted.ToString().ToLowerInvariant()}\n");
        foreach (var table in result.Tables)
        {
            builder.Append(CultureInfo.InvariantCulture, $"table L{table.Line} pages {table.FirstPage}-{table.LastPage} {(table.FromRules ? "rules" : "positions")} {(table.IsProjectTable ? "project" : "other")} columns {table.Header.Length} rows {table.Rows.Length}\n");
        }

        foreach (var d in result.Diagnostics)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{d.Severity.ToName()} {d.Code} p{result.PageOf(d.Span.Start)}: {d.Message}\n");
        }

        builder.Append("----\n");
        if (result.Text is { } text)
        {
            var page = 0;
            var offset = 0;
            foreach (var line in text.Split('\n'))
            {
                if (offset < text.Length && result.PageOf(offset) != page)
                {
                    page = result.PageOf(offset);
                    builder.Append(CultureInfo.InvariantCulture, $"=== page {page}\n");
                }

                if (offset < text.Length)
                {
                    builder.Append(line.Replace("\t", " ⇥ ", StringComparison.Ordinal)).Append('\n');
                }

                offset += line.Length + 1;
            }
        }

        return builder.ToString();
    }

    /// <summary>The text seed's reading of the same document (as <see cref="SeedGoldenTests"/> checks it).</summary>
    public static BudgetDocument Seed(string seed) => DocumentTestData.Read(seed);
}
