using System.Text;
using FluentAssertions;
using PerfIndicators.Documents;
using Xunit;

namespace PerfIndicators.Tests.Documents;

/// <summary>What callers of <see cref="BudgetDocumentReader"/> rely on: header, units, spans into the document, clear failures.</summary>
public sealed class DocumentReaderTests
{
    [Fact]
    public void Binary_bytes_are_not_text()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0x00];

        var result = BudgetDocumentReader.Read(new MemoryStream(png));

        result.Success.Should().BeFalse();
        result.Diagnostics.Single().Code.Should().Be(DiagnosticCodes.NotText);
        result.ErrorMessage.Should().Contain("文本");
        result.Invoking(r => r.GetDocumentOrThrow()).Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("这是一封普通的信，没有任何预算表格。\n第二行。")]
    [InlineData("MIT License\n\nPermission is hereby granted")]
    public void Text_that_is_not_a_budget_document_is_a_clear_error(string text)
    {
        var result = BudgetDocumentReader.ReadText(text);

        result.Success.Should().BeFalse();
        result.Diagnostics.Single().Code.Should().Be(DiagnosticCodes.NotABudgetDocument);
    }

    [Fact]
    public void Missing_file_is_a_clear_error_not_an_exception()
    {
        var result = DocumentFiles.Read(Path.Combine(Path.GetTempPath(), "perfind-no-such-file.txt"));

        result.Success.Should().BeFalse();
        result.Diagnostics.Single().Code.Should().Be(DiagnosticCodes.FileUnreadable);
    }

    [Fact]
    public void Huzhou_header_gives_unit_code_year_and_title()
    {
        var header = DocumentTestData.Read("huzhou-2022").Header;

        header.Should().Be(new DocumentHeader("湖州市人民政府区域合作交流办公室", "619001", 2022, "湖州市人民政府区域合作交流办公室(本级) 2022年单位预算"));
    }

    [Fact]
    public void Shanghai_tables_are_in_yuan_and_its_sections_in_ten_thousand_yuan()
    {
        var document = DocumentTestData.Read("shanghai-2022");

        document.Tables.Where(t => t.Kind == TableKind.Other && t.AmountUnit is not null)
            .Count(t => t.AmountUnit == AmountUnit.Yuan).Should().Be(7);
        document.Tables.Single(t => t.Title == "部门“三公”经费和机关运行经费预算表").AmountUnit.Should().Be(AmountUnit.TenThousandYuan);
        document.Tables.Single(t => t.Title == "2022年部门财政拨款收支预算总表").AmountUnit.Should().BeNull();
        document.Projects.Should().OnlyContain(p => p.Amount!.Value.Unit == AmountUnit.TenThousandYuan);
    }

    [Fact]
    public void Indicator_spans_point_at_the_indicator_text_in_the_document()
    {
        var document = DocumentTestData.Read("huzhou-2022");

        var indicator = document.Projects[0].Indicators[0];

        document.Text.Substring(indicator.Span.Start, indicator.Span.Length).Should().Contain("资金支付率≥90%");
        document.Text.Substring(indicator.NameSpan.Start, indicator.NameSpan.Length).Should().Be("资金支付率");
    }

    [Fact]
    public void Indicator_continued_after_a_page_break_points_at_its_own_line()
    {
        var document = DocumentTestData.Read("guangzhou");

        var indicator = document.Projects.Single(p => p.Name == "广州市对口帮扶梅州指挥部工作经费").Indicators.Single(i => i.Name == "宣传报道的次数");

        document.LineOf(indicator.NameSpan.Start).Should().Be(23);
        document.Text.Substring(indicator.NameSpan.Start, indicator.NameSpan.Length).Should().Be("宣传报道的次数");
    }

    [Fact]
    public void Huzhou_2022_partial_coverage_of_the_budget_table_is_reported_not_an_error()
    {
        var document = DocumentTestData.Read("huzhou-2022");

        var finding = document.Checks.Single(f => f.Check == CheckKind.CrossTable);

        finding.Outcome.Should().Be(CheckOutcome.PartialCoverage);
        finding.Diagnostic.Severity.Should().Be(DiagnosticSeverity.Info);
        (finding.Expected, finding.Actual, finding.Difference).Should().Be((965.04m, 315m, -650.04m));
        finding.Diagnostic.Message.Should().Contain("235 + 50 + 30");
        document.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Huzhou_2023_repeated_rows_stay_separate_and_are_flagged()
    {
        var document = DocumentTestData.Read("huzhou-2023");

        var repeated = document.Projects.Where(p => p.Name == "综合业务工作经费").ToList();

        repeated.Select(p => p.Amount!.Value.Value).Should().Equal(4m, 74.2m);
        repeated.Should().OnlyContain(p => p.IsRepeated);
        document.Checks.Where(f => f.Diagnostic.Code == DiagnosticCodes.RepeatedProject).Select(f => f.Subject)
            .Should().BeEquivalentTo("综合业务工作经费", "驻京联络处工作经费");
    }

    [Fact]
    public void Hangzhou_and_shanghai_projects_say_they_have_no_structured_indicators()
    {
        foreach (var seed in new[] { "hangzhou-2024", "shanghai-2022" })
        {
            var document = DocumentTestData.Read(seed);
            document.Projects.Should().NotBeEmpty().And.OnlyContain(p => !p.HasStructuredIndicators
                && p.Diagnostics.Any(d => d.Code == DiagnosticCodes.NoStructuredIndicators));
        }
    }

    [Fact]
    public void Guangzhou_names_broken_by_spaces_and_numbers_with_spaces_are_repaired()
    {
        var document = DocumentTestData.Read("guangzhou");

        var project = document.Projects.Single(p => p.Name == "乡村振兴驻镇帮镇扶村工作经费");

        project.Amount.Should().Be(new Amount(1068.00m, AmountUnit.TenThousandYuan));
        project.Funding.Should().ContainSingle().Which.Should().Be(new FundingAmount(FundingSource.FiscalAppropriation, "财政拨款", new Amount(1068.00m, AmountUnit.TenThousandYuan)));
        document.Projects.Where(p => p.Unit == "州市国内合作服务中心").Should().HaveCount(6);
    }

    [Fact]
    public void Text_reader_and_stream_reader_agree()
    {
        var text = DocumentTestData.Text("huzhou-2023");

        var fromText = BudgetDocumentReader.Read(new StringReader(text)).Document!;
        var fromStream = BudgetDocumentReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).Document!;

        fromText.Projects.Select(p => (p.Name, p.Amount, p.Span)).Should().Equal(fromStream.Projects.Select(p => (p.Name, p.Amount, p.Span)));
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused()
    {
        var result = BudgetDocumentReader.Read(new MemoryStream(new byte[2048]), new BudgetDocumentReaderOptions { MaxBytes = 1024 });

        result.Diagnostics.Single().Code.Should().Be(DiagnosticCodes.DocumentTooLarge);
    }

    [Fact]
    public void Every_document_code_is_in_the_pi2_range_and_unique()
    {
        var codes = typeof(DiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!).Where(c => c.StartsWith("PI2", StringComparison.Ordinal)).ToList();

        codes.Should().OnlyHaveUniqueItems().And.HaveCountGreaterThan(20);
    }
}
