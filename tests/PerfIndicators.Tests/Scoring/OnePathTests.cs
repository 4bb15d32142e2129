using System.Globalization;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;
using PerfIndicators.Tests.Cli;
using PerfIndicators.Tests.Parsing;
using PerfIndicators.Tests.SelfScoring;
using Xunit;
using Xunit.Abstractions;

namespace PerfIndicators.Tests.Scoring;

/// <summary>
/// One behaviour, every path (issue 11): the case table <c>TestData/Scoring/one-path.asv</c> runs through
/// <see cref="IndicatorParser"/> (the row and the table cell), <see cref="IndicatorInput.FromText"/>, a project JSON, a csv and an xlsx
/// template filled in with the actual, and <c>perfind parse</c>, <c>perfind score</c> and <c>perfind review</c> run in-process. Every
/// path must give the indicator and the score the table says. The rows form one project; the rows copied from the corpus name
/// their document in the file.
/// </summary>
public sealed class OnePathTests(ITestOutputHelper output)
{
    private const string Separator = " ⇥ ";

    private static readonly Lazy<IReadOnlyList<Case>> Table = new(Load);

    private static string CasePath => Path.Combine(TestPaths.TestData("Scoring"), "one-path.asv");

    private static IReadOnlyList<Case> Cases => Table.Value;

    [Fact]
    public void The_table_has_rows_of_every_family()
    {
        Cases.Should().HaveCountGreaterThanOrEqualTo(24);
        Cases.Select(c => c.Category).Should().Contain(["产出指标(50分)", "(30分)", "產出指標", "效果指标", "过程管理指标"]);
        Cases.Select(c => c.Actual).Should().Contain(["31", "无", "≥80%", "96%以上", "基本完成", "是"]);
    }

    [Fact]
    public void The_parser_reads_every_row_as_reviewed_as_a_row_and_as_a_table_cell()
    {
        var failures = new List<string>();
        var rendered = new StringBuilder();
        foreach (var c in Cases)
        {
            var row = Parse(c);
            var cell = IndicatorParser.ParseCell(c.TableRow);
            var target = Canonical.Target(row.Target);
            rendered.Append(c.Input).Append(" ⇶ ").Append(target).Append(Separator).Append(c.ExpectedScore).Append(Separator).AppendLine(c.ExpectedRule);
            if (target != c.ExpectedTarget)
            {
                failures.Add($"one-path.asv:{c.Line} {c.Name}: expected {c.ExpectedTarget}, the parser reads {target}");
            }

            if (cell.Indicators.Length != 1 || Canonical.Target(cell.Indicators[0].Target) != target || cell.Indicators[0].Category != row.Category)
            {
                failures.Add($"one-path.asv:{c.Line} {c.Name}: the table cell reads {Canonical.Cell(cell)}, the row {Canonical.Indicator(row)}");
            }
        }

        if (failures.Count > 0)
        {
            File.WriteAllText(CasePath + ".actual", rendered.ToString(), new UTF8Encoding(false));
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void A_project_json_scores_every_row_as_reviewed()
    {
        var scored = ScoreJson();

        Report("project JSON", scored.Indicators.Select(Result).ToList());
        scored.Indicators.Select(i => i.Name).Should().Equal(Cases.Select(c => c.Name));
        scored.Indicators.Select(Result).Should().Equal(Cases.Select(c => c.Expected));
    }

    [Fact]
    public void The_library_reads_and_scores_every_row_as_the_project_json_does()
    {
        var rows = Cases.Select(c => IndicatorInput.FromText(c.Name, c.Target, c.Actual, c.Category, c.Subcategory) with { Points = c.Points });
        var project = new AssessmentInput("一条路径", rows) { FiscalYear = 2023, Budget = new BudgetInput { Adjusted = 100m, Executed = 95m } };

        var scored = new Evaluator().Evaluate(project);

        var json = ReadJson();
        project.Indicators.Select(Identity).Should().Equal(json.Indicators.Select(Identity));
        scored.Indicators.Select(Result).Should().Equal(Cases.Select(c => c.Expected));
        project.Indicators.Select(i => Canonical.Target(i.Target)).Should().Equal(Cases.Select(c => c.ExpectedTarget));
    }

    [Fact]
    public void A_csv_template_filled_with_the_actuals_scores_every_row_as_the_project_json_does()
    {
        var template = Template();
        var grid = new SelfScoringKit.CsvGrid(TemplateWriter.ToCsv(template));
        var records = grid.Rows.ToList();
        foreach (var c in Cases)
        {
            var record = records.FindIndex(r => r.Count > 2 && r[2] == c.Name) + 1;
            record.Should().BePositive("the template has a row for {0}", c.Name);
            grid.Set(record, 5, c.Actual);
        }

        var budget = grid.RowOf("年度资金总额");
        grid.Set(budget, 3, "100").Set(budget, 4, "95");

        var filled = SelfScoringKit.ReadCsv(grid.ToBytes());

        filled.HasErrors.Should().BeFalse(string.Join("\n", filled.Diagnostics));
        AssertSameAsJson("csv template", filled);
    }

    [Fact]
    public void An_xlsx_template_filled_with_the_actuals_scores_every_row_as_the_project_json_does()
    {
        var template = Template();
        using var filler = new XlsxFiller(TemplateWriter.ToXlsx(template));
        foreach (var (c, row) in Cases.Zip(template.Rows))
        {
            row.Name.Should().Be(c.Name);
            if (decimal.TryParse(c.Actual, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                filler.Number("E" + row.RowNumber, number);
            }
            else
            {
                filler.Text("E" + row.RowNumber, c.Actual);
            }
        }

        const int budgetRow = TemplateLayout.BudgetRow;
        filler.Number("C" + budgetRow, 100m).Number("D" + budgetRow, 95m);

        var filled = SelfScoringKit.ReadXlsx(filler.ToArray());

        filled.HasErrors.Should().BeFalse(string.Join("\n", filled.Diagnostics));
        AssertSameAsJson("xlsx template", filled);
    }

    [Fact]
    public void Perfind_parse_gives_every_row_the_indicator_the_parser_gives()
    {
        foreach (var c in Cases)
        {
            var (exit, stdout, error) = CliRunner.Run("parse", "--json", c.TableRow);

            exit.Should().Be(0, error);
            var indicators = JsonDocument.Parse(stdout).RootElement.GetProperty("indicators");
            indicators.GetArrayLength().Should().Be(1, c.Name);
            indicators[0].GetProperty("target").GetRawText().Should().Be(TargetJson(Parse(c).Target), "one-path.asv:{0} {1}", c.Line, c.Name);
        }
    }

    [Fact]
    public void Perfind_score_scores_every_row_as_the_project_json_does()
    {
        var (exit, stdout, error) = CliRunner.RunWithInput(ProjectJson(), "score", "-", "--format", "json");

        exit.Should().Be(0, error);
        var indicators = JsonDocument.Parse(stdout).RootElement.GetProperty("indicators");
        Results(indicators).Should().Equal(Cases.Select(c => c.Expected));
    }

    [Fact]
    public void Perfind_review_scores_every_row_as_the_project_json_does()
    {
        var folder = Directory.CreateTempSubdirectory("perfind-one-path-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "one-path.json"), ProjectJson(), new UTF8Encoding(false));

            var (exit, stdout, error) = CliRunner.Run("review", folder.FullName, "--details", "-o", "-");

            exit.Should().Be(0, error);
            var project = JsonDocument.Parse(stdout).RootElement.GetProperty("projects")[0];
            project.GetProperty("status").GetString().Should().Be("scored");
            Results(project.GetProperty("assessment").GetProperty("indicators")).Should().Equal(Cases.Select(c => c.Expected));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private void AssertSameAsJson(string path, FilledTemplate filled)
    {
        var json = ReadJson();
        filled.Input!.Indicators.Select(Identity).Should().Equal(json.Indicators.Select(Identity), "{0} reads the same indicators", path);
        var scored = SelfScoringKit.Score(filled);
        Report(path, scored.Indicators.Select(Result).ToList());
        scored.Indicators.Select(Result).Should().Equal(Cases.Select(c => c.Expected), "{0} scores as the project JSON", path);
    }

    private void Report(string path, IReadOnlyList<string> results)
    {
        foreach (var (c, result) in Cases.Zip(results).Where(p => p.First.Expected != p.Second))
        {
            output.WriteLine($"{path}: one-path.asv:{c.Line} {c.Name}: expected {c.Expected}, got {result}");
        }
    }

    /// <summary>What every path must agree on for a row: its category, name and target meaning.</summary>
    private static string Identity(IndicatorInput row) => row.Category + "|" + row.Name + "|" + row.Target.Kind + "|" + TargetFormatter.Format(row.Target);

    private static string Result(IndicatorAssessment row) => Score(row.Score) + Separator + row.RuleId;

    private static IEnumerable<string> Results(JsonElement indicators) =>
        indicators.EnumerateArray().Select(i =>
            Score(i.GetProperty("score").ValueKind == JsonValueKind.Null ? null : i.GetProperty("score").GetDecimal()) + Separator + i.GetProperty("rule").GetString());

    private static string Score(decimal? score) => score is decimal s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    private static Indicator Parse(Case c) =>
        IndicatorParser.ParseIndicator(c.Name, c.Target, Usable(c.Category), Usable(c.Subcategory)).Value!;

    /// <summary>A label the scoring passes to the parser: one it recognizes, or one cut to its points (an unknown one is not a cell of the row).</summary>
    private static string? Usable(string? label) => label is not null && PrintedLabel.Read(label) is { IsRecognized: true } or { IsOnlyPoints: true } ? label : null;

    private static string TargetJson(Target target)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonContract.WriterOptions))
        {
            JsonContract.WriteTarget(writer, target);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>All rows of the table as one project JSON (also scored by the native tool, <c>Packaging/NativeToolTests</c>).</summary>
    internal static string ProjectJson(bool withActuals = true) => JsonSerializer.Serialize(new
    {
        name = "一条路径",
        fiscalYear = 2023,
        budget = new { adjusted = 100, executed = 95 },
        indicators = Cases.Select(c => new { category = c.Category, subcategory = c.Subcategory, name = c.Name, target = c.Target, points = c.Points, actual = withActuals ? c.Actual : null }),
    });

    private static AssessmentInput ReadJson()
    {
        var read = ScoringJson.ReadProject(ProjectJson());
        read.Errors.Should().BeEmpty();
        return read.Input!;
    }

    private static SelfAssessment ScoreJson() => new Evaluator().Evaluate(ReadJson());

    private static SelfAssessmentTemplate Template() =>
        SelfAssessmentTemplate.FromInput(ScoringJson.ReadProject(ProjectJson(withActuals: false)).Input!, ScoringPolicy.National, "one-path.json");

    private static List<Case> Load()
    {
        var cases = new List<Case>();
        foreach (var (line, number) in File.ReadLines(CasePath).Select((l, i) => (l, i + 1)))
        {
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var arrow = line.IndexOf(" ⇶ ", StringComparison.Ordinal);
            var cells = line[..arrow].Split(Separator);
            var expected = line[(arrow + 3)..].Trim().Split(Separator);
            if (cells.Length != 6 || expected.Length != 3)
            {
                throw new FormatException($"one-path.asv:{number}: six cells ⇶ target ⇥ score ⇥ rule");
            }

            string? Cell(int i) => cells[i] == "_" ? null : cells[i];
            cases.Add(new Case(
                number, line[..arrow], Cell(0), Cell(1), cells[2], cells[3], cells[4], decimal.Parse(cells[5], CultureInfo.InvariantCulture), expected[0], expected[1], expected[2]));
        }

        return cases;
    }

    /// <summary>One row of the table.</summary>
    internal sealed record Case(
        int Line, string Input, string? Category, string? Subcategory, string Name, string Target, string Actual, decimal Points, string ExpectedTarget, string ExpectedScore, string ExpectedRule)
    {
        public string Expected => ExpectedScore + Separator + ExpectedRule;

        /// <summary>The row as a table prints it, with the labels the scoring reads (an unknown one left out).</summary>
        public string TableRow => string.Join('\t', Usable(Category) ?? string.Empty, Usable(Subcategory) ?? string.Empty, Name, Target);
    }
}
