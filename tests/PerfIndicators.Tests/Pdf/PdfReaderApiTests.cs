using FluentAssertions;
using PerfIndicators.Documents;
using PerfIndicators.Formats.Pdf;
using Xunit;

namespace PerfIndicators.Tests.Pdf;

/// <summary>The public API of the PDF reader: pages of lines, tables, diagnostics in the document, argument checks.</summary>
public sealed class PdfReaderApiTests
{
    [Fact]
    public void Each_line_knows_its_page()
    {
        var result = PdfTestData.Read("guangzhou.pdf");
        var text = result.Text!;

        result.PageOf(text.IndexOf("会展业务费", StringComparison.Ordinal)).Should().Be(1);
        result.PageOf(text.IndexOf("广州博览会工作经费", StringComparison.Ordinal)).Should().Be(2);
        result.PageOf(text.IndexOf("车辆租用经费", StringComparison.Ordinal)).Should().Be(4);
    }

    [Fact]
    public void A_table_over_four_pages_is_one_table_with_every_row()
    {
        var table = PdfTestData.Read("guangzhou.pdf").Tables.Should().ContainSingle().Subject;

        table.FirstPage.Should().Be(1);
        table.LastPage.Should().Be(4);
        table.FromRules.Should().BeTrue();
        table.IsProjectTable.Should().BeTrue();
        table.Header.Should().Equal("项目名称(资金使用单位)", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标");
        // 合计, two unit rows and 27 projects.
        table.Rows.Should().HaveCount(30).And.OnlyContain(r => r.Length == 7);
        table.Rows[0].Should().Equal("合计", "233,875.26", "232,452.06", "", "1,423.20", "", "");
    }

    [Fact]
    public void A_header_over_three_rows_gives_each_column_its_lowest_label()
    {
        var budget = PdfTestData.Read("hangzhou-2024.pdf").Tables[0];

        budget.Header.Should().Equal("单位名称", "一级项目名称", "总计", "一般公共预算", "政府性基金", "国有资本经营预算", "财政专户管理资金", "单位资金");
        budget.Rows[1].Should().Equal("杭州市对口支援和区域合作局", "都市圈和区域合作工作", "80.00", "20.00", "", "", "", "60.00");
    }

    [Fact]
    public void The_document_carries_the_pdf_diagnostics_with_spans_into_its_text()
    {
        var document = PdfTestData.ReadDocument("guangzhou.pdf").GetDocumentOrThrow();

        var continued = document.Diagnostics.Where(d => d.Code == FormatDiagnosticCodes.TableContinued).ToList();
        continued.Should().HaveCount(3);
        continued.Should().OnlyContain(d => d.Span.End <= document.Text.Length && d.Span.Length > 0);
        document.EncodingName.Should().Be("pdf");
    }

    [Fact]
    public void The_header_recognizer_is_the_readers_own()
    {
        ProjectTableHeader.TryRecognize(["项目名称(资金使用单位)", "总计", "财政拨款", "绩效目标"], out var kinds).Should().BeTrue();
        kinds.Should().Equal(ProjectTableColumnKind.Key, ProjectTableColumnKind.Amount, ProjectTableColumnKind.Amount, ProjectTableColumnKind.Text);
        ProjectTableHeader.TryRecognize(["收入", "支出"], out kinds).Should().BeFalse();
        kinds.Should().BeEmpty();
    }

    [Fact]
    public void Reading_a_stream_leaves_it_open()
    {
        using var stream = File.OpenRead(PdfTestData.PathOf("huzhou-2022.pdf"));

        PdfBudgetDocumentReader.Read(stream).Success.Should().BeTrue();
        stream.CanRead.Should().BeTrue();
    }

    [Fact]
    public void Null_arguments_and_invalid_limits_throw()
    {
        FluentActions.Invoking(() => PdfTextReader.Read((Stream)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => PdfTextReader.ReadFile(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => PdfBudgetDocumentReader.ToDocument(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => PdfTextReader.Read(new MemoryStream(), new PdfReadOptions { Limits = PdfReadLimits.Default with { MaxPages = 0 } }))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => DocumentReadResult.Failure([new Diagnostic(FormatDiagnosticCodes.TableContinued, DiagnosticSeverity.Info, default(DiagnosticLocation), "x")]))
            .Should().Throw<ArgumentException>();
    }
}
