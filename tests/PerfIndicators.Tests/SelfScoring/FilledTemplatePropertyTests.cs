using System.Text;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace PerfIndicators.Tests.SelfScoring;

/// <summary>
/// Whatever a person does to a CSV template (any cell rewritten with anything, rows inserted, deleted or repeated), reading
/// it never throws, every problem has a location, every template row is accounted for, and what can be scored scores.
/// The template is 综合业务工作经费 of the Huzhou 2023 seed.
/// </summary>
public class FilledTemplatePropertyTests
{
    private static readonly string[] Texts =
    [
        string.Empty, " ", "96", "0.95", "95%", "-5%", "1,234", "2023年12月20日", "完成", "达成", "部分达成年度指标并具有一定效果",
        "未达成年度指标且效果较差", "'=100%", "=SUM(A1:A2)", "#", "#! format=x", "#! fingerprint=sha256:0", "总分", "一级指标", "三级指标",
        "产出指标", "数量指标", "≥10期", "项目名称", "年度资金总额", "填写说明", "1E+30", "79228162514264337593543950336", "\"", "a,b", "\r\n",
        new string('长', 300), "NaN", "0", "100", "12.50",
    ];

    [Fact]
    public void Reading_any_edited_csv_template_never_throws_and_accounts_for_every_row()
    {
        var template = SelfScoringKit.Template(1);
        var original = new SelfScoringKit.CsvGrid(TemplateWriter.ToCsv(template));
        // Mostly the form's grid; now and then the metadata lines after it.
        var gridRows = original.RowOf(original.Rows.First(r => r[0].StartsWith('#'))[0]) - 1;
        var rowsEdited = Gen.Frequency((9, Gen.Int[1, gridRows + 1]), (1, Gen.Int[1, original.Count]));
        var edit = Gen.Select(Gen.Int[0, 3], rowsEdited, Gen.Int[1, 11], Gen.Int[0, Texts.Length - 1]);
        var (scored, refused) = (0, 0);

        edit.Array[1, 6].Sample(edits =>
        {
            var grid = new SelfScoringKit.CsvGrid(TemplateWriter.ToCsv(template));
            foreach (var (kind, row, column, text) in edits)
            {
                var at = Math.Min(row, grid.Count);
                switch (kind)
                {
                    case 0 or 1:
                        grid.Set(at, column, Texts[text]);
                        break;
                    case 2:
                        grid.Insert(at, [.. grid.Rows.ElementAt(Math.Max(0, at - 2))]);
                        break;
                    default:
                        if (grid.Count > 1)
                        {
                            grid.Delete(at);
                        }

                        break;
                }
            }

            var filled = SelfScoringKit.ReadCsv(grid.ToBytes());

            filled.Diagnostics.Where(d => d.Location.Sheet is null && !d.Code.StartsWith("PI4", StringComparison.Ordinal)).Should().BeEmpty("every template problem names its sheet");
            if (filled.Input is { } project)
            {
                project.Indicators.Should().HaveCount(template.Rows.Length, "every template row is scored, reported as deleted if need be");
                filled.Rows.Where(r => r.TemplateRow is not null).Should().HaveCount(template.Rows.Length);
                var assessment = SelfScoringKit.Score(filled);
                assessment.Total.Should().BeInRange(0m, 100m);
                Interlocked.Increment(ref scored);
            }
            else
            {
                filled.HasErrors.Should().BeTrue("a refused file always says why");
                Interlocked.Increment(ref refused);
            }
        }, iter: 400, threads: 1);

        scored.Should().BeGreaterThan(refused / 2, "most edits leave something to score, so the property is exercised ({0} scored, {1} refused)", scored, refused);
    }

    [Fact]
    public void Reading_a_filled_xlsx_cut_short_at_any_byte_never_throws()
    {
        var bytes = RoundTripTests.FilledLiaisonXlsx();

        Gen.Int[0, bytes.Length - 1].Sample(length =>
        {
            var filled = SelfScoringKit.ReadXlsx(bytes[..length]);
            return filled.Input is null ? filled.HasErrors : filled.Input.Indicators.Length == 6;
        }, iter: 150);
    }

    [Fact]
    public void Reading_a_csv_template_as_gbk_or_utf16_gives_the_same_project()
    {
        var csv = Encoding.UTF8.GetString(RoundTripTests.FilledGeneralCsv()).TrimStart('\uFEFF');
        var expected = SelfScoringKit.Score(SelfScoringKit.ReadCsv(Encoding.UTF8.GetBytes(csv))).Fingerprint;

        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(csv)).ToArray();
        SelfScoringKit.Score(SelfScoringKit.ReadCsv(utf16)).Fingerprint.Should().Be(expected);
    }
}
