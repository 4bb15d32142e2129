using System.Text;
using PerfIndicators.Documents;
using PerfIndicators.Scoring;
using PerfIndicators.Tests.Documents;

namespace PerfIndicators.Tests.SelfScoring;

/// <summary>
/// Templates made from the real seed document 湖州市人民政府办公室（本级）2023年单位预算 (<c>shared/seeds/001_…</c>,
/// copied as <c>TestData/Documents/huzhou-2023.txt</c>): project 1 综合业务工作经费 (4 万元), 2 驻京联络处工作经费
/// (189.5 万元, lines 497), 3 数字政府建设专项 (66.34 万元). Helpers to fill them in and compare against golden files.
/// </summary>
internal static class SelfScoringKit
{
    public const string Seed = "001_bcddf65ccbf67a67.txt";

    private static readonly Lazy<BudgetDocument> Huzhou = new(() => DocumentTestData.Read("huzhou-2023"));

    public static BudgetDocument Document => Huzhou.Value;

    /// <summary>The template of project <paramref name="index"/> (1-based) of the Huzhou 2023 seed, named as the README's sample names it.</summary>
    public static SelfAssessmentTemplate Template(int index, string policy = "national") =>
        SelfAssessmentTemplate.FromDocument(Document, Document.Projects[index - 1], ScoringPolicy.Get(policy), Seed + "#" + index);

    public static byte[] Xlsx(int index) => TemplateWriter.ToXlsx(Template(index));

    public static byte[] Csv(int index) => TemplateWriter.ToCsv(Template(index));

    public static FilledTemplate ReadXlsx(byte[] bytes) => FilledTemplateReader.ReadXlsx(new MemoryStream(bytes));

    public static FilledTemplate ReadCsv(byte[] bytes, string name = "自评表") => FilledTemplateReader.ReadCsv(new MemoryStream(bytes), name);

    public static SelfAssessment Score(FilledTemplate filled, string? policy = null)
    {
        var scoring = ScoringPolicy.Get(policy ?? filled.Template!.PolicyId);
        return new Evaluator(scoring).Evaluate(filled.InputFor(scoring)!);
    }

    public static string Folder => TestPaths.TestData("SelfScoring");

    /// <summary>
    /// A readable dump of a filled template as read and scored: every template diagnostic with its location, what became
    /// of every row, then the scored 自评表 as the terminal prints it.
    /// </summary>
    public static string Dump(FilledTemplate filled)
    {
        var text = new StringBuilder();
        text.Append("== 模板检查 ==\n");
        foreach (var diagnostic in filled.Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }

        text.Append("== 行 ==\n");
        foreach (var row in filled.Rows)
        {
            text.Append(row.Status).Append(" 表第 ").Append(row.SheetRow?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—")
                .Append(" 行 ← 模板第 ").Append(row.TemplateRow?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—").Append(" 行 ").Append(row.Name).Append('\n');
        }

        if (filled.Input is not null)
        {
            text.Append("== 自评表 ==\n").Append(SelfAssessmentText.ToTable(Score(filled)).ReplaceLineEndings("\n"));
        }

        return text.ToString();
    }

    /// <summary>Compares with <c>TestData/SelfScoring/&lt;name&gt;</c>; on a mismatch writes <c>&lt;name&gt;.actual</c> beside it and fails.</summary>
    public static void AssertGolden(string name, string actual)
    {
        var expectedPath = Path.Combine(Folder, name);
        var actualPath = (expectedPath.EndsWith(".expected", StringComparison.Ordinal) ? expectedPath[..^".expected".Length] : expectedPath) + ".actual";
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
            : $"Output differs from {expectedPath}; wrote {actualPath}: review the difference and rename it to accept.");
    }

    /// <summary>A CSV file as a grid of fields, to edit the way a person does in a text editor or spreadsheet program.</summary>
    public sealed class CsvGrid
    {
        private readonly List<List<string>> rows;

        public CsvGrid(byte[] bytes)
        {
            var read = CsvReader.Read(new MemoryStream(bytes));
            var sheet = read.Workbook!.Sheets[0];
            rows = [.. CsvWriter.RowsOf(sheet).Select(r => r.ToList())];
        }

        public int Count => rows.Count;

        public string this[int row, int column] => column <= rows[row - 1].Count ? rows[row - 1][column - 1] : string.Empty;

        /// <summary>Sets the field at 1-based <paramref name="row"/> and <paramref name="column"/> (A = 1).</summary>
        public CsvGrid Set(int row, int column, string text)
        {
            var fields = rows[row - 1];
            while (fields.Count < column)
            {
                fields.Add(string.Empty);
            }

            fields[column - 1] = text;
            return this;
        }

        public CsvGrid Insert(int row, params string[] fields)
        {
            rows.Insert(row - 1, [.. fields]);
            return this;
        }

        public CsvGrid Delete(int row)
        {
            rows.RemoveAt(row - 1);
            return this;
        }

        public int RowOf(string firstField) => rows.FindIndex(r => r.Count > 0 && r[0] == firstField) + 1;

        public IEnumerable<IReadOnlyList<string>> Rows => rows;

        public byte[] ToBytes(bool padToWidth = false)
        {
            var width = rows.Max(r => r.Count);
            return CsvWriter.ToArray(rows.Select(r => padToWidth ? r.Concat(Enumerable.Repeat(string.Empty, width - r.Count)) : r));
        }
    }
}
