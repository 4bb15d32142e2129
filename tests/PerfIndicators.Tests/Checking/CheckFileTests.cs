using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit;
using PerfIndicators.Checking;
using PerfIndicators.Formats.Check;
using PerfIndicators.Tests.Cli;

namespace PerfIndicators.Tests.Checking;

/// <summary>
/// <c>perfind check</c> over files: the corpus form <c>yongde-minglang-2022</c> (selfeval-docs.jsonl names its source_url; two
/// hand-entered scores, 总分 96) written as xlsx by the project's writer, as .xls by LibreOffice (TestData/Check/make), as CSV in
/// UTF-8 and GBK and as text tables, gives the same re-check on every path; hostile forms are read with diagnostics.
/// </summary>
public sealed class CheckFileTests : IDisposable
{
    private const string Doc = "yongde-minglang-2022";
    private readonly string folder = Directory.CreateTempSubdirectory("perfind-check-").FullName;

    static CheckFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static List<string[]> Cells => CorpusForms.All.Single(f => f.Doc.Doc == Doc).Cells;

    private static string Xls => Path.Combine(TestPaths.TestData("Check"), Doc + ".xls");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_library_finds_the_two_hand_entered_scores_and_the_total()
    {
        var result = Library();
        result.Indicators.Should().HaveCount(9);
        result.Indicators.Where(i => i.Difference is not (null or 0m)).Select(i => (i.Published.Name, i.Difference))
            .Should().Equal(("资金到位及时率", -3m), ("政策知晓率", -0.8m));
        result.Published.Total.Should().Be(96m);
        result.Recomputed.Total.Should().Be(99.8m);
        result.Findings.Select(f => f.Code).Should().Contain([DiagnosticCodes.PartialMarksOnMetTarget, DiagnosticCodes.ScoreBelowRule, DiagnosticCodes.TotalDiffersFromRule]);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    [InlineData("csv-utf8")]
    [InlineData("csv-gbk")]
    [InlineData("tabs")]
    [InlineData("bars")]
    public void Every_file_type_gives_the_library_result(string kind)
    {
        var path = Write(kind);
        var file = PublishedFormFiles.Read(path);
        file.Forms.Should().HaveCount(1, string.Join("; ", file.Diagnostics));
        var result = CheckInputs.Recheck(file).Single();
        Same(result, Library());
        if (kind == "csv-gbk")
        {
            file.Diagnostics.Select(d => d.Code).Should().Contain(FormatDiagnosticCodes.CsvEncodingGuessed);
        }
    }

    [Theory]
    [InlineData("\t")]
    [InlineData(" | ")]
    public void Cells_broken_over_lines_in_a_text_table_are_joined_to_their_row(string separator)
    {
        // A PDF copy wraps a long cell onto the next line, the other cells of that line empty: 三级指标 and 年度指标值 of
        // every indicator row are broken after their fourth character here.
        var lines = new List<string>();
        var wrapped = 0;
        foreach (var row in Cells)
        {
            var isIndicator = row.Length > 6 && row[5].Length > 0 && decimal.TryParse(row[5], out _) && row[2].Length > 4;
            if (!isIndicator)
            {
                lines.Add(Line(row));
                continue;
            }

            var first = (string[])row.Clone();
            var rest = row.Select(_ => string.Empty).ToArray();
            first[2] = row[2][..4];
            rest[2] = row[2][4..];
            lines.Add(Line(first));
            lines.Add(Line(rest));
            wrapped++;
        }

        var grids = PublishedFormFiles.FromText(string.Join("\n", lines), "wrapped.txt");
        var file = PublishedFormReader.Read(grids.Grids.Single());

        wrapped.Should().BeGreaterThan(3);
        Same(FormRechecker.Recheck(file.Forms.Single()), Library(), sameRows: false);
        grids.Diagnostics.Count(d => d.Code == FormatDiagnosticCodes.CheckTextCellContinued).Should().Be(wrapped);

        string Line(string[] row) => separator == "\t" ? string.Join("\t", row) : "| " + string.Join(separator, row) + " |";
    }

    [Fact]
    public void The_cli_json_line_is_the_library_result()
    {
        var (exit, output, _) = CliRunner.Run("check", Write("xlsx"), "--json");
        exit.Should().Be(0);
        var line = JsonDocument.Parse(output.Trim()).RootElement;
        var expected = Library();
        line.GetProperty("published").GetProperty("total").GetDecimal().Should().Be(expected.Published.Total!.Value);
        line.GetProperty("recomputed").GetProperty("total").GetDecimal().Should().Be(expected.Recomputed.Total!.Value);
        line.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("recomputedScore").GetDecimal())
            .Should().Equal(expected.Indicators.Select(i => i.RecomputedScore!.Value));
        line.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString())
            .Should().Equal(expected.Findings.Select(f => f.Code));
    }

    [Fact]
    public void The_json_line_has_exactly_the_documented_fields()
    {
        var line = JsonDocument.Parse(CheckJson.ToLine(new CheckedForm("a.xlsx", Library()))).RootElement;
        Names(line).Should().Equal("source", "sheet", "project", "department", "layout", "policy", "published", "recomputed", "indicators", "findings");
        Names(line.GetProperty("policy")).Should().Equal("id", "version", "choice");
        Names(line.GetProperty("published")).Should().Equal("total", "grade", "executionRate", "executionScore");
        Names(line.GetProperty("recomputed")).Should().Equal("total", "grade", "executionRate", "executionScore");
        Names(line.GetProperty("indicators")[0]).Should().Equal(
            "category", "subcategory", "name", "target", "actual", "points", "publishedScore", "recomputedScore", "rule", "explanation", "findings");
        Names(line.GetProperty("findings")[0]).Should().Equal("code", "severity", "message", "location");
    }

    [Fact]
    public void A_folder_counts_a_bad_file_and_sums_up_the_rest()
    {
        Write("xlsx");
        Write("csv-utf8");
        File.WriteAllText(Path.Combine(folder, "broken.xlsx"), "not a workbook");
        var run = CheckInputs.Check([folder]);
        run.Forms.Should().HaveCount(2);
        run.Errors.Should().ContainSingle().Which.Source.Should().EndWith("broken.xlsx");
        var summary = run.Summary;
        summary.Deviating.Should().Be(2);
        summary.TotalDeviation.Should().Be(7.6m);
        summary.LargestDeviation!.Value.Amount.Should().Be(3.8m);
        summary.ByFinding.Single(g => g.Name == DiagnosticCodes.TotalDiffersFromRule).Forms.Should().Be(2);

        var (exit, _, error) = CliRunner.Run("check", folder, "-o", Path.Combine(folder, "复核.md"));
        exit.Should().Be(1);
        error.Should().Contain("broken.xlsx");
        File.ReadAllText(Path.Combine(folder, "复核.md")).Should().Contain("有偏差的 2 张").And.Contain("按发现");
    }

    [Fact]
    public void The_html_report_shows_published_and_recomputed_scores_side_by_side_and_escapes_what_the_files_say()
    {
        var hostile = Path.Combine(folder, "<img src=x onerror=alert(1)>.csv");
        File.Move(Write("csv-utf8"), hostile);
        var output = Path.Combine(folder, "复核.html");

        CliRunner.Run("check", hostile, "-o", output).ExitCode.Should().Be(0);

        var page = File.ReadAllText(output);
        page.Should().StartWith("<!DOCTYPE html>").And.Contain("<h1>自评结果复核（re-check of published self-evaluations）</h1>");
        page.Should().Contain("<th>自评得分</th><th>复核得分</th><th>差额</th>");
        page.Should().Contain("<td>7</td><td>10</td><td class=\"diff\">-3</td>", "资金到位及时率 was scored 7 where the rule gives 10");
        page.Should().Contain("&lt;img src=x onerror=alert(1)&gt;").And.NotContain("<img src=x");
    }

    [Fact]
    public void The_xlsx_report_has_the_form_with_its_review_column_and_the_findings()
    {
        var output = Path.Combine(folder, "out.xlsx");
        CliRunner.Run("check", Write("csv-utf8"), "-o", output).ExitCode.Should().Be(0);
        var book = WorkbookReader.Read(output).GetWorkbookOrThrow();
        book.Sheets.Select(s => s.Name).Should().Equal(CheckWorkbook.SummarySheet, CheckWorkbook.FormSheet(0), CheckWorkbook.FindingsSheet);
        var form = book.Sheets[1];
        form.GetText("H3").Should().Be("复核得分");
        form.GetText("G6").Should().Be("7");
        form.GetText("H6").Should().Be("10");
        book.Sheets[2].Rows.Should().HaveCount(1 + Library().Findings.Length);
    }

    [Fact]
    public void A_sheet_without_a_header_fails_the_file_with_its_diagnostic()
    {
        var path = Path.Combine(folder, "no-header.csv");
        File.WriteAllLines(path, Cells.Skip(5).Select(r => string.Join(",", r)));
        var file = PublishedFormFiles.Read(path);
        file.Failed.Should().BeTrue();
        file.Diagnostics.Select(d => d.Code).Should().Contain(DiagnosticCodes.PublishedFormNoHeader);
    }

    [Fact]
    public void Shifted_columns_and_a_repeated_header_read_the_same_form()
    {
        var cells = Cells.Select(r => (string[])["", "", .. r]).ToList();
        cells.Insert(8, cells[4]);
        var path = Path.Combine(folder, "shifted.csv");
        File.WriteAllLines(path, cells.Select(r => string.Join(",", r)));
        var file = PublishedFormFiles.Read(path);
        file.Diagnostics.Select(d => d.Code).Should().Contain(DiagnosticCodes.PublishedFormRepeatedHeader, file.Forms.Length + " forms " + string.Join(" | ", file.Forms.SelectMany(f => f.Indicators).Select(i => i.Name)));
        Same(CheckInputs.Recheck(file).Single(), Library(), sameRows: false);
    }

    [Fact]
    public void A_form_without_a_score_column_says_there_is_nothing_to_compare()
    {
        var path = Path.Combine(folder, "no-score.csv");
        File.WriteAllLines(path, Cells.Select(r => string.Join(",", r.Where((_, c) => c != 6))));
        var result = CheckInputs.Recheck(PublishedFormFiles.Read(path)).Single();
        result.Findings.Select(f => f.Code).Should().Contain(DiagnosticCodes.NoScoreColumn);
        result.Indicators.Should().OnlyContain(i => i.PublishedScore == null && i.RecomputedScore != null);
    }

    [Fact]
    public void Formulas_without_a_value_in_score_cells_are_reported()
    {
        var book = new WorkbookBuilder();
        var sheet = book.AddSheet("自评表");
        Fill(sheet, Cells);
        sheet.SetFormula("G8", "F8*0.7");
        var path = Path.Combine(folder, "formula.xlsx");
        book.Save(path);
        var file = PublishedFormFiles.Read(path);
        file.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.PublishedFormFormulaWithoutValue && d.Location.Row == 8, string.Join(" | ", file.Forms.Single().Indicators.Select(i => i.Name + "=" + i.Score)));
    }

    [Fact]
    public void A_fifty_thousand_row_sheet_is_read_within_the_bounds()
    {
        var cells = Cells.Take(6).ToList();
        cells.AddRange(Enumerable.Range(0, 50_000).Select(i => Cells[5]));
        var path = Path.Combine(folder, "huge.csv");
        File.WriteAllLines(path, cells.Select(r => string.Join(",", r)));
        var file = PublishedFormFiles.Read(path);
        // The CSV reader's row limit (PI4010) and the form reader's (PI9206) both bound the read.
        file.Diagnostics.Select(d => d.Code).Should().Contain(FormatDiagnosticCodes.TooManyRows);
        file.Forms.Single().Indicators.Length.Should().BeLessThanOrEqualTo(PublishedFormReader.MaxIndicatorRows);
    }

    [Fact]
    public void An_unsupported_file_is_refused_with_its_code()
    {
        var path = Path.Combine(folder, "form.docx");
        File.WriteAllText(path, "x");
        PublishedFormFiles.Read(path).Diagnostics.Select(d => d.Code).Should().Equal(FormatDiagnosticCodes.CheckUnsupportedFile);
    }

    private static RecheckResult Library() =>
        FormRechecker.Recheck(PublishedFormReader.Read(CorpusForms.Grid(Cells)).Forms.Single());

    private static void Same(RecheckResult actual, RecheckResult expected, bool sameRows = true)
    {
        actual.Published.Should().Be(expected.Published);
        actual.Recomputed.Should().Be(expected.Recomputed);
        actual.Policy.Id.Should().Be(expected.Policy.Id);
        actual.Indicators.Select(i => (i.Published.Name, i.PublishedScore, i.RecomputedScore))
            .Should().Equal(expected.Indicators.Select(i => (i.Published.Name, i.PublishedScore, i.RecomputedScore)));
        actual.Findings.Where(f => f.Code.StartsWith("PI93", StringComparison.Ordinal)).Select(f => (f.Code, sameRows ? f.Location.Row ?? f.Location.Line : null))
            .Should().Equal(expected.Findings.Where(f => f.Code.StartsWith("PI93", StringComparison.Ordinal)).Select(f => (f.Code, sameRows ? f.Location.Row : null)));
    }

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name);

    private static void Fill(SheetBuilder sheet, List<string[]> cells)
    {
        for (var r = 0; r < cells.Count; r++)
        {
            for (var c = 0; c < cells[r].Length; c++)
            {
                if (cells[r][c].Length > 0)
                {
                    sheet.SetText(r + 1, c + 1, cells[r][c]);
                }
            }
        }
    }

    private string Write(string kind)
    {
        static string Csv(string[] row) => string.Join(",", row.Select(c => c.Contains(',', StringComparison.Ordinal) ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c));
        static string Padded(string[] row) => string.Join("   ", row.Select(c => c.Length == 0 ? "-" : c.Replace(" ", string.Empty, StringComparison.Ordinal)));
        var path = Path.Combine(folder, kind switch { "xlsx" => Doc + ".xlsx", "xls" => Doc + ".xls", "csv-utf8" or "csv-gbk" => kind + ".csv", _ => kind + ".txt" });
        switch (kind)
        {
            case "xlsx":
                var book = new WorkbookBuilder();
                Fill(book.AddSheet(Doc), Cells);
                book.Save(path);
                break;
            case "xls":
                File.Copy(Xls, path);
                break;
            case "csv-utf8":
                File.WriteAllLines(path, Cells.Select(Csv), new UTF8Encoding(false));
                break;
            case "csv-gbk":
                File.WriteAllLines(path, Cells.Select(Csv), Encoding.GetEncoding("GBK"));
                break;
            case "tabs":
                File.WriteAllLines(path, Cells.Select(r => string.Join("\t", r)));
                break;
            case "bars":
                File.WriteAllLines(path, Cells.Select(r => "| " + string.Join(" | ", r) + " |"));
                break;
            default:
                File.WriteAllLines(path, Cells.Select(Padded));
                break;
        }

        return path;
    }
}
