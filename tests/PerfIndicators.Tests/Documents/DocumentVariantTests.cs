using System.Text;
using FluentAssertions;
using PerfIndicators.Documents;
using Xunit;

namespace PerfIndicators.Tests.Documents;

/// <summary>
/// Variants of the seed documents — shuffled rows, GBK encoding, page breaks in other places, damaged rows,
/// truncation — showing the reader handles the family of layouts, not five files.
/// </summary>
public sealed class DocumentVariantTests
{
    private static string[] Lines(string seed) => DocumentTestData.Text(seed).Split('\n');

    private static BudgetDocument Read(string[] lines) => DocumentTestData.ReadText(string.Join('\n', lines));

    private static int Index(string[] lines, string startsWith) =>
        Array.FindIndex(lines, l => l.StartsWith(startsWith, StringComparison.Ordinal));

    private static List<string> Summary(BudgetDocument document) =>
        [.. document.Projects.Select(p => $"{p.Name}|{p.Amount}|{p.Indicators.Length}|{p.IsRepeated}").Order(StringComparer.Ordinal)];

    [Fact]
    public void Shuffled_performance_rows_give_the_same_projects_and_check_sums()
    {
        var lines = Lines("huzhou-2023");
        var first = Index(lines, "302001\t");
        var rows = lines[first..];
        rows.Should().HaveCount(6);
        string[] shuffled = [rows[3], rows[5], rows[0], rows[4], rows[2], rows[1]];
        var variant = lines[..first].Concat(shuffled).ToArray();

        var original = DocumentTestData.Read("huzhou-2023");
        var document = Read(variant);

        Summary(document).Should().Equal(Summary(original));
        document.Checks.Select(f => (f.Diagnostic.Code, f.Outcome, f.Expected, f.Actual)).Order()
            .Should().Equal(original.Checks.Select(f => (f.Diagnostic.Code, f.Outcome, f.Expected, f.Actual)).Order());
        document.Checks.Should().Contain(f => f.Diagnostic.Code == DiagnosticCodes.TableTotalMatches && f.Expected == 340.39m && f.Actual == 340.39m);
        document.Projects.Count(p => p.IsRepeated).Should().Be(4);
    }

    [Theory]
    [MemberData(nameof(SeedGoldenTests.Seeds), MemberType = typeof(SeedGoldenTests))]
    public void Gbk_encoded_copy_reads_like_the_utf8_original(string seed)
    {
        var text = DocumentTestData.Text(seed);
        var gbk = BudgetDocumentReaderOptions.FindEncoding("gbk")!;
        var strict = Encoding.GetEncoding(gbk.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var bytes = strict.GetBytes(text);

        var result = BudgetDocumentReader.Read(new MemoryStream(bytes));

        result.Success.Should().BeTrue();
        var document = result.Document!;
        document.EncodingName.Should().Be("gb18030");
        document.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.DecodedAsGb18030);
        var expected = DocumentDump.Write(BudgetDocumentReader.ReadText(text));
        var actual = DocumentDump.Write(result);
        Strip(actual).Should().Be(Strip(expected).Replace("encoding: text", "encoding: gb18030", StringComparison.Ordinal));

        static string Strip(string dump) => string.Join('\n', dump.Split('\n').Where(l => !l.Contains(DiagnosticCodes.DecodedAsGb18030, StringComparison.Ordinal) && !l.StartsWith("diagnostics (", StringComparison.Ordinal)));
    }

    [Fact]
    public void Explicit_gbk_encoding_reads_a_gbk_file_and_wrong_explicit_encoding_is_reported()
    {
        var gbk = BudgetDocumentReaderOptions.FindEncoding("GBK")!;
        var bytes = gbk.GetBytes(DocumentTestData.Text("huzhou-2022"));

        var right = BudgetDocumentReader.Read(new MemoryStream(bytes), new BudgetDocumentReaderOptions { Encoding = gbk });
        var wrong = BudgetDocumentReader.Read(new MemoryStream(bytes), new BudgetDocumentReaderOptions { Encoding = new UTF8Encoding(false) });

        right.Document!.Projects.Should().HaveCount(3);
        right.Document.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.DecodedAsGb18030);
        wrong.Success.Should().BeFalse();
        wrong.Diagnostics.Single().Code.Should().Be(DiagnosticCodes.NotText);
    }

    [Fact]
    public void Utf8_with_bom_and_utf16_with_bom_are_read()
    {
        var text = DocumentTestData.Text("huzhou-2022");
        var withBom = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var a = BudgetDocumentReader.Read(new MemoryStream(withBom)).Document!;
        var b = BudgetDocumentReader.Read(new MemoryStream(utf16)).Document!;

        a.Text.Should().Be(text);
        b.Text.Should().Be(text);
        a.Projects.Should().HaveCount(3);
        b.EncodingName.Should().Be("utf-16");
    }

    [Fact]
    public void Page_break_inside_a_huzhou_indicator_cell_is_joined_and_the_page_number_dropped()
    {
        var lines = Lines("huzhou-2022").ToList();
        var row = lines.FindIndex(l => l.Contains("山海协作挂职干部工作经费\t", StringComparison.Ordinal));
        var cut = lines[row].IndexOf("指标: 提升了认知度", StringComparison.Ordinal);
        var head = lines[row][..cut];
        var tail = lines[row][cut..];
        lines[row] = head;
        lines.InsertRange(row + 1, ["", "12", "", tail]);

        var document = Read([.. lines]);

        var project = document.Projects.Single(p => p.Name == "山海协作挂职干部工作经费");
        project.Amount.Should().Be(new Amount(50m, AmountUnit.TenThousandYuan));
        project.Indicators.Select(i => i.Name).Should().Equal("援派丽水挂职干部数量", "提升了认知度(影响力)");
        project.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.RowContinued);
        document.LineOf(project.Indicators[1].Span.Start).Should().Be(row + 1, "the clause starts with 社会效益 before the break");
        document.LineOf(project.Indicators[1].NameSpan.Start).Should().Be(row + 1 + 4);
        document.Projects.Should().HaveCount(3);
        document.Projects.Sum(p => p.Indicators.Length).Should().Be(7);
    }

    [Fact]
    public void Guangzhou_page_break_in_another_row_is_joined_like_the_original_one()
    {
        var lines = Lines("guangzhou").ToList();
        var broken = lines.FindIndex(l => l.StartsWith("广州市对口帮扶梅州指挥部", StringComparison.Ordinal));
        var continuation = lines.FindIndex(broken, l => l.TrimStart('\t').StartsWith("、效益指标", StringComparison.Ordinal));
        lines[broken] += lines[continuation].TrimStart('\t');
        lines.RemoveRange(broken + 1, continuation - broken);

        var training = lines.FindIndex(l => l.StartsWith("会议培训费", StringComparison.Ordinal));
        var at = lines[training].IndexOf("、产出指标:学员培训率", StringComparison.Ordinal);
        var rest = lines[training][at..];
        lines[training] = lines[training][..at];
        lines.InsertRange(training + 1, ["", "\t\t\t\t\t" + rest]);

        var original = DocumentTestData.Read("guangzhou");
        var document = Read([.. lines]);

        document.Projects.Select(p => (p.Name, p.Amount, p.Indicators.Length))
            .Should().Equal(original.Projects.Select(p => (p.Name, p.Amount, p.Indicators.Length)));
        document.Projects.Single(p => p.Name == "会议培训费").Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.RowContinued);
        document.Projects.Single(p => p.Name == "广州市对口帮扶梅州指挥部工作经费").Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.RowContinued);
    }

    [Fact]
    public void Hangzhou_cells_broken_at_other_places_read_the_same()
    {
        var lines = Lines("hangzhou-2024").ToList();
        var amountLine = lines.FindIndex(l => l == "都市圈和区域合作工作 20.00");
        lines[amountLine] = "都市圈和区域合";
        lines.InsertRange(amountLine + 1, ["", "作工作 20.00"]);
        var goalLine = lines.FindIndex(l => l.StartsWith("报批，完善都市圈专家库", StringComparison.Ordinal));
        lines.InsertRange(goalLine, ["", "23", ""]);

        var original = DocumentTestData.Read("hangzhou-2024");
        var document = Read([.. lines]);

        document.Projects.Select(p => (p.Name, p.Amount, p.Goal)).Should().Equal(original.Projects.Select(p => (p.Name, p.Amount, p.Goal)));
        document.Projects.Should().OnlyContain(p => p.Diagnostics.Any(d => d.Code == DiagnosticCodes.NoStructuredIndicators));
    }

    [Fact]
    public void Damaged_huzhou_row_becomes_an_error_with_its_line_and_the_other_rows_still_come_out()
    {
        var lines = Lines("huzhou-2023");
        var row = Index(lines, "302001\t湖州市人民政府办公室\t信息化建设与运维");
        lines[row] = lines[row].Replace('\t', ' ');

        var document = Read(lines);

        var error = document.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.UnreadableTableRow).Subject;
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        document.LineOf(error.Span.Start).Should().Be(row + 1);
        error.Message.Should().Contain($"第 {row + 1} 行");
        document.Projects.Should().HaveCount(5);
        document.Checks.Should().Contain(f => f.Diagnostic.Code == DiagnosticCodes.TableTotalMismatch && f.Expected == 340.39m && f.Actual == 274.05m && f.Difference == -66.34m);
        document.Checks.Should().Contain(f => f.Diagnostic.Code == DiagnosticCodes.BudgetProjectWithoutTargets && f.Subject == "信息化建设与运维");
        document.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void Damaged_amount_keeps_the_project_without_an_amount_and_reports_it()
    {
        var lines = Lines("guangzhou");
        var row = Index(lines, "会议培训费");
        lines[row] = lines[row].Replace("200. 00\t200. 00", "2O0. 00\t200. 00", StringComparison.Ordinal);

        var document = Read(lines);

        var project = document.Projects.Single(p => p.Name == "会议培训费");
        project.Amount.Should().BeNull();
        project.Indicators.Should().HaveCount(7);
        project.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.MisplacedCell || d.Code == DiagnosticCodes.InvalidAmount);
        project.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InvalidAmount && d.Severity == DiagnosticSeverity.Error);
        document.Checks.Should().Contain(f => f.Check == CheckKind.Subtotal && f.Outcome == CheckOutcome.Mismatch && f.Difference == -200m);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(40)]
    public void Truncated_guangzhou_file_keeps_every_row_read_and_warns(int into)
    {
        var text = DocumentTestData.Text("guangzhou");
        var cut = text.IndexOf("广州博览会展览业务费\t1, 312. 23\t\t1, 312. 23\t引资", StringComparison.Ordinal) + into;

        var document = DocumentTestData.ReadText(text[..cut]);

        document.Projects.Should().HaveCount(23);
        document.Projects[^1].Name.Should().Be("广州博览会展览业务费");
        document.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.DocumentTruncated);
        document.Checks.Should().Contain(f => f.Check == CheckKind.Subtotal && f.Subject == "州市国内合作服务中心" && f.Outcome == CheckOutcome.Mismatch);
    }

    [Fact]
    public void Truncated_huzhou_row_without_its_amount_is_an_error_and_a_truncation_warning()
    {
        var text = DocumentTestData.Text("huzhou-2022");
        var cut = text.IndexOf("长三角城市经济协调会", StringComparison.Ordinal) + 5;

        var document = DocumentTestData.ReadText(text[..cut]);

        var last = document.Projects[^1];
        last.Name.Should().Be("长三角城市");
        last.Amount.Should().BeNull();
        last.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InvalidAmount);
        document.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.DocumentTruncated);
    }

    [Fact]
    public void Truncated_shanghai_section_reports_the_missing_part()
    {
        var text = DocumentTestData.Text("shanghai-2022");
        var cut = text.LastIndexOf("详见单位的项目绩效目标表", StringComparison.Ordinal);

        var document = DocumentTestData.ReadText(text[..cut]);

        var last = document.Projects[^1];
        last.Unit.Should().Be("上海市人民政府驻西宁办事处");
        last.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.SectionPartMissing);
        last.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.DocumentTruncated);
        document.Projects.Should().HaveCount(6);
    }

    [Fact]
    public void Shanghai_breakdown_that_does_not_add_up_is_a_finding_with_the_numbers()
    {
        var text = DocumentTestData.Text("shanghai-2022").Replace("课题费2.5万元", "课题费3.5万元", StringComparison.Ordinal);

        var document = DocumentTestData.ReadText(text);

        var finding = document.Checks.Single(f => f.Diagnostic.Code == DiagnosticCodes.BreakdownMismatch);
        finding.Expected.Should().Be(11.74m);
        finding.Actual.Should().Be(12.74m);
        finding.Difference.Should().Be(1.00m);
        finding.AmountUnit.Should().Be(AmountUnit.TenThousandYuan);
        finding.Diagnostic.Message.Should().Contain("12.74").And.Contain("11.74");
    }

    [Theory]
    [InlineData("2022年3月至2022年11月", "2022-03-01", "2022-11-30")]
    [InlineData("2023年1月1日至12月31日", "2023-01-01", "2023-12-31")]
    [InlineData("2022年7月1日—2023年6月30日", "2022-07-01", "2023-06-30")]
    public void Shanghai_period_forms_become_date_intervals(string written, string start, string end)
    {
        var text = DocumentTestData.Text("shanghai-2022").Replace("2022年1月1日至2022年12月31日期间。", written, StringComparison.Ordinal);

        var project = DocumentTestData.ReadText(text).Projects[0];

        project.Period!.Start.ToString("uuuu-MM-dd", null).Should().Be(start);
        project.Period.End.ToString("uuuu-MM-dd", null).Should().Be(end);
    }

    [Fact]
    public void Period_with_a_date_that_does_not_exist_is_a_warning_not_a_crash()
    {
        var text = DocumentTestData.Text("shanghai-2022").Replace("2022年1月1日至2022年12月31日期间。", "2022年2月30日至2022年12月31日", StringComparison.Ordinal);

        var project = DocumentTestData.ReadText(text).Projects[0];

        project.Period.Should().BeNull();
        project.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.PeriodNotDateRange && d.Severity == DiagnosticSeverity.Warning);
    }

    [Theory]
    [MemberData(nameof(SeedGoldenTests.Seeds), MemberType = typeof(SeedGoldenTests))]
    public void Any_truncation_of_a_seed_reads_without_throwing(string seed)
    {
        var text = DocumentTestData.Text(seed);
        for (var cut = 0; cut <= text.Length; cut += Math.Max(1, text.Length / 40))
        {
            var result = BudgetDocumentReader.ReadText(text[..cut]);
            if (result.Document is { } document)
            {
                document.Projects.Where(p => p.Span.End > cut).Should().BeEmpty();
            }
            else
            {
                result.Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Error);
            }
        }
    }
}
