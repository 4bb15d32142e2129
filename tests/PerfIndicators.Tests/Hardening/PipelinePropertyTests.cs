using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using FluentAssertions;
using PerfIndicators.Documents;
using PerfIndicators.Fuzz;
using PerfIndicators.Parsing;
using PerfIndicators.Scoring;
using PerfIndicators.Tests.Documents;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Properties of the whole pipeline over generated documents and project files (bounded iteration counts): nothing
/// throws, no internal error, every project row and every indicator row comes out or is reported, scores stay within
/// their points and the total within 100, and the same input gives the same bytes. The invariants are the fuzz targets'
/// own (<see cref="FuzzTargets"/>), so CI checks what the fuzzer checks.
/// </summary>
public sealed class PipelinePropertyTests
{
    private static readonly string[] SeedLines = DocumentTestData.Seeds
        .SelectMany(s => DocumentTestData.Text(s).Split('\n'))
        .Where(l => l.Length is > 0 and < 400)
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    private static readonly string[] Cells =
    [
        "302001", "湖州市人民政府办公室", "政府事务综合业务管理", "综合业务工作经费", "其他运转类", "特定目标类", "4", "189.5", "1, 068. 00",
        "220. 00", "合计", "**", "", " ", "数量指标:出刊≥10期;质量指标:更新率=100%", "1、满意度指标:参展商投诉率,年度指标 值:低于10%。",
        "时效指标:完成年度目标定性2023年", "推进杭州都市圈发展规划报批", "-5", "99999999999999999999999999999", "单位：万元", "7",
    ];

    private static readonly Gen<string> Line = Gen.OneOf(
        Gen.OneOf(SeedLines),
        Gen.OneOf(Cells).Array[1, 9].Select(cells => string.Join('\t', cells)),
        Gen.OneOf(Cells).Array[1, 4].Select(cells => string.Concat(cells)),
        Gen.String[0, 20]);

    private static readonly Gen<string> Documents = Line.Array[0, 60].Select(lines => string.Join('\n', lines));

    [Fact]
    public void Any_mixture_of_document_lines_reads_without_exceptions_or_internal_errors()
    {
        Documents.Sample(text =>
        {
            FuzzTargets.Document(Encoding.UTF8.GetBytes(text));
            var first = BudgetDocumentReader.ReadText(text);
            var second = BudgetDocumentReader.ReadText(text);
            Snapshot(second).Should().Be(Snapshot(first), "the same document reads the same way twice");
        }, iter: 150, threads: 1);
    }

    [Fact]
    public void Every_project_row_of_a_generated_table_comes_out_as_a_project()
    {
        var (head, rows) = (DocumentTestData.Text("huzhou-2023").Split('\n') is var lines
            && Array.FindIndex(lines, l => l.StartsWith("单位代码\t", StringComparison.Ordinal)) is var header)
            ? (string.Join('\n', lines[..(header + 1)]) + "\n", lines[(header + 1)..].Where(l => l.StartsWith("302001\t", StringComparison.Ordinal)).ToArray())
            : default;

        Gen.Select(Gen.Int[0, rows.Length - 1].Array[1, 40], Gen.OneOf(Cells).Array[1, 40], Gen.Bool.Array[1, 40])
            .Sample((picks, indicatorCells, damaged) =>
            {
                var table = new StringBuilder(head);
                for (var i = 0; i < picks.Length; i++)
                {
                    var cells = rows[picks[i]].Split('\t');
                    cells[3] = "项目" + i.ToString("D3", CultureInfo.InvariantCulture);
                    if (damaged[i % damaged.Length])
                    {
                        cells[^1] = indicatorCells[i % indicatorCells.Length];
                    }

                    table.Append(string.Join('\t', cells)).Append('\n');
                }

                var document = BudgetDocumentReader.ReadText(table.ToString()).GetDocumentOrThrow();
                var names = document.Projects.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                for (var i = 0; i < picks.Length; i++)
                {
                    var name = "项目" + i.ToString("D3", CultureInfo.InvariantCulture);
                    names.Should().Contain(n => n.Contains(name, StringComparison.Ordinal), "row {0} of {1} must come out", i, picks.Length);
                }

                document.AllDiagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError);
            }, iter: 60, threads: 1);
    }

    private static readonly string[] TargetTexts =
    [
        "≥90%", "≤10%", "=0起", "100%", "≥10万人", "80%-90%", "±10%", "合法合规", "有所提升", "12月底前", "2022年1月1日至2022年12月31日",
        "90%以上得10分，每降5%扣1分，扣完为止", "满意度指标低于90%不得分，大于等于90%得满分", "未达指标值酌情扣分", "≥9999999999亿元", "", "乱码￿",
    ];

    private static readonly string[] ActualTexts =
    [
        "85%", "120%", "12%", "1起", "0", "123000人", "95%", "-3%", "部分达成", "达成", "未达成", "完成", "2023年11月20日", "0.92", "", "≥95%", "abc",
    ];

    private static readonly Gen<string> JsonNumber = Gen.OneOf(
        Gen.Int[-100, 20000].Select(i => (i / 100m).ToString(CultureInfo.InvariantCulture)),
        Gen.OneOf("0", "100", "1e3", "\"12.5\"", "\"1,000\"", "null", "\"abc\"", "true", "79228162514264337593543950335", "-0"));

    private static readonly Gen<string> Indicator = Gen.Select(
        Gen.OneOf("产出指标", "效益指标", "满意度指标", "成本指标", "output", "未知", null),
        Gen.OneOf(TargetTexts),
        Gen.OneOf(ActualTexts),
        JsonNumber,
        Gen.OneOf("null", "\"原因\"", "\"\""),
        Gen.OneOf("false", "true", "null"),
        Gen.Frequency((4, Gen.Const("null")), (1, JsonNumber)),
        Gen.Int[0, 99])
        .Select((category, target, actual, points, reason, notApplicable, score, n) =>
            "{\"name\":\"指标" + n + "\"" + (category is null ? string.Empty : ",\"category\":" + JsonSerializer.Serialize(category))
            + ",\"target\":" + JsonSerializer.Serialize(target) + ",\"actual\":" + JsonSerializer.Serialize(actual) + ",\"points\":" + points
            + ",\"deviationReason\":" + reason + ",\"notApplicable\":" + notApplicable + ",\"score\":" + score + "}");

    private static readonly Gen<string> ProjectJson = Gen.Select(
        Indicator.Array[0, 15],
        JsonNumber,
        JsonNumber,
        Gen.OneOf("national", "hubei", "execution-caps", "national-linear", "national-integer", "nowhere"),
        Gen.OneOf("2023", "1800", "null", "\"二〇二三\""))
        .Select((indicators, adjusted, executed, policy, year) =>
            "{\"name\":\"生成项目\",\"fiscalYear\":" + year + ",\"policy\":\"" + policy + "\",\"budget\":{\"adjusted\":" + adjusted + ",\"executed\":" + executed
            + "},\"indicators\":[" + string.Join(",", indicators) + "]}");

    [Fact]
    public void Any_project_file_is_read_and_scored_with_every_row_accounted_for_and_every_score_in_bounds()
    {
        ProjectJson.Sample(json =>
        {
            FuzzTargets.Project(Encoding.UTF8.GetBytes(json));

            var read = ScoringJson.ReadProject(json);
            var rows = JsonDocument.Parse(json).RootElement.GetProperty("indicators").GetArrayLength();
            if (read.Input is { } project)
            {
                project.Indicators.Length.Should().Be(rows, "every indicator row of the file is in the project");
            }
            else
            {
                read.Errors.Should().NotBeEmpty();
            }
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void Damaged_project_files_give_errors_never_exceptions()
    {
        ProjectJson.Select(Gen.Int[0, 400], Gen.Char, (json, cut, c) => (json, cut, c))
            .Sample(t =>
            {
                var (json, cut, c) = t;
                var at = Math.Min(cut, json.Length);
                FuzzTargets.Project(Encoding.UTF8.GetBytes(json[..at]));
                FuzzTargets.Project(Encoding.UTF8.GetBytes(json[..at] + c + json[at..]));
            }, iter: 400, threads: 1);
    }

    [Fact]
    public void A_review_of_any_project_files_accounts_for_every_file_and_gives_the_same_bytes_twice()
    {
        // Review counts every file as read or failed (with its reason), keeps totals in 0…100 and writes the same JSON
        // for the same files: the review fuzz target's checks, over generated files of which some are cut short.
        Gen.Select(ProjectJson.Array[1, 8], Gen.Int[0, 400], (files, cut) =>
                string.Join('\u001e', files.Select((f, i) => i == 0 ? f[..Math.Min(cut, f.Length)] : f)))
            .Sample(joined => FuzzTargets.Review(Encoding.UTF8.GetBytes(joined)), iter: 40, threads: 1);
    }

    private static string Snapshot(DocumentReadResult result)
    {
        if (result.Document is not { } document)
        {
            return string.Join("\n", result.Diagnostics);
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonContract.WriterOptions))
        {
            DocumentJson.Write(writer, document);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
