using FluentAssertions;
using PerfIndicators.Formats.Pdf;
using Xunit;

namespace PerfIndicators.Tests.Pdf;

/// <summary>
/// The PDF fixtures (the seed documents' own tables printed by LibreOffice Calc and Writer and by Chromium, see
/// <c>TestData/Pdf/make/</c>) read through the PDF path give what the text seeds give — the same projects, amounts,
/// funding, goals, indicators and check sums — except where the PDF's geometry resolves what the extracted text could
/// not. Those differences are listed here, one fact per line: <c>-</c> what the text path reads, <c>+</c> what the
/// PDF path reads instead.
/// </summary>
public sealed class PdfGoldenTests
{
    private static readonly string[] GuangzhouBetter =
    [
        // The seed lost the empty cells of the 州市国内合作服务中心 rows, so their amounts drifted into 财政专户拨款 or
        // 财政拨款 or no column; the PDF's cell borders put every one under 其他资金, where the 合计 row has 1,423.20.
        "- P22 机构运行辅助经费 | amount 50.00 万元 | funding 财政专户拨款 50.00",
        "- P23 广州博览会展览业务费 | amount 1312.23 万元 | funding 财政专户拨款 1312.23",
        "- P24 办公(业务)用房租赁经费 | amount 25.65 万元 | funding -",
        "- P25 办公家具和办公设备购置经费 | amount 21.99 万元 | funding -",
        "- P26 车辆租用经费 | amount 0.36 万元 | funding -",
        "- P27 办公(业务)用房装修经费 | amount 12.97 万元 | funding 财政拨款 12.97",
        // … so the funding columns add up: the two mismatches of the text path become one match.
        "- finding PI2101 TableTotal/Mismatch 项目支出绩效目标表(含转移支付项目)：其他资金 | expected 1423.20 actual 0 diff -1423.20 万元",
        "- finding PI2101 TableTotal/Mismatch 项目支出绩效目标表(含转移支付项目)：财政专户拨款 | expected 0 actual 1423.20 diff 1423.20 万元",
        // The row the seed's page break cut (its indicator cell continued on a line of its own) is one row in the PDF.
        "- P11 广州市对口帮扶梅州指挥部工作经费 | info PI2021",
        // No line outside the rows (the seed's stamp residue 时日名称: / 州市协作办公至), no markup (<sup>-</sup>) to remove.
        "- document info PI2026",
        "- document info PI2024",
        "+ P22 机构运行辅助经费 | amount 50.00 万元 | funding 其他资金 50.00",
        "+ P23 广州博览会展览业务费 | amount 1312.23 万元 | funding 其他资金 1312.23",
        "+ P24 办公(业务)用房租赁经费 | amount 25.65 万元 | funding 其他资金 25.65",
        "+ P25 办公家具和办公设备购置经费 | amount 21.99 万元 | funding 其他资金 21.99",
        "+ P26 车辆租用经费 | amount 0.36 万元 | funding 其他资金 0.36",
        "+ P27 办公(业务)用房装修经费 | amount 12.97 万元 | funding 其他资金 12.97",
        "+ finding PI2100 TableTotal/Match 项目支出绩效目标表(含转移支付项目)：其他资金 | expected 1423.20 actual 1423.20 diff 0.00 万元",
    ];

    public static TheoryData<string, string, string[]> Fixtures => new()
    {
        // Calc, landscape, two tables on their own sheets: identical.
        { "huzhou-2022.pdf", "huzhou-2022", [] },
        // Chromium without cell borders: the tables are read from word positions under their headers; identical.
        { "huzhou-2022-borderless.pdf", "huzhou-2022", ["+ document info PI7014", "+ document info PI7032", "+ document info PI7032"] },
        // Calc, portrait: the 绩效明细表 runs onto a second page with its header repeated (dropped); identical.
        { "huzhou-2023.pdf", "huzhou-2023", ["+ document info PI7030"] },
        // Writer, landscape: the table runs over four pages, rows split by the page breaks.
        { "guangzhou.pdf", "guangzhou", [.. GuangzhouBetter, "+ document info PI7031", "+ document info PI7030", "+ document info PI7031", "+ document info PI7030", "+ document info PI7030"] },
        // Chromium, portrait, with borders: five pages, every cell of a split row continued on the next page.
        { "guangzhou-chromium.pdf", "guangzhou", [.. GuangzhouBetter, "+ document info PI7014", "+ document info PI7031", "+ document info PI7030", "+ document info PI7031", "+ document info PI7030", "+ document info PI7031", "+ document info PI7030", "+ document info PI7031", "+ document info PI7030"] },
        {
            // Writer, portrait, a header over three rows (资金来源 › 财政拨款收入 › 一般公共预算 …).
            "hangzhou-2024.pdf", "hangzhou-2024",
            [
                // The seed's text lost the empty cells, so funding amounts were kept in order without their columns;
                // the PDF's columns name them, and the funding columns are checked against the 合计 row.
                "- budget 都市圈和区域合作工作 | unit 杭州市对口支援和区域合作局 | amount 80.00 万元 | funding Unassigned 20.00, Unassigned 60.00",
                "- budget 对口地区项目援助支出 | unit 杭州市对口支援和区域合作局 | amount 4231.00 万元 | funding Unassigned 4231.00",
                "- budget 对口支援、对口帮扶和对口合作 | unit 杭州市对口支援和区域合作局 | amount 354.00 万元 | funding Unassigned 354.00",
                // Cells broken over lines in the seed (unit names over three lines, goals over ten) are whole cells.
                "- P01 都市圈和区域合作工作 | info PI2021",
                "- P02 对口地区项目援助支出 | info PI2021",
                "- P03 对口支援、对口帮扶和对口合作 | info PI2021",
                "- document info PI2021",
                "- document info PI2028",
                "- document info PI2021",
                "- document info PI2021",
                "+ budget 都市圈和区域合作工作 | unit 杭州市对口支援和区域合作局 | amount 80.00 万元 | funding 一般公共预算 20.00, 单位资金 60.00",
                "+ budget 对口地区项目援助支出 | unit 杭州市对口支援和区域合作局 | amount 4231.00 万元 | funding 一般公共预算 4231.00",
                "+ budget 对口支援、对口帮扶和对口合作 | unit 杭州市对口支援和区域合作局 | amount 354.00 万元 | funding 一般公共预算 354.00",
                "+ finding PI2100 TableTotal/Match 表 10： 2024 年市级部门项目支出预算表：一般公共预算 | expected 4605.00 actual 4605.00 diff 0.00 万元",
                "+ finding PI2100 TableTotal/Match 表 10： 2024 年市级部门项目支出预算表：单位资金 | expected 60.00 actual 60.00 diff 0.00 万元",
            ]
        },
        // Writer, portrait, project sections in prose over six pages: wrapped paragraph lines joined; identical.
        { "shanghai-2022.pdf", "shanghai-2022", [] },
    };

    public static TheoryData<string> Pdfs => new(Fixtures.Select(f => (string)f[0]));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Pdf_extract_equals_the_seed_extract_except_where_the_pdf_is_better(string pdf, string seed, string[] better)
    {
        var read = PdfTestData.ReadDocument(pdf);

        read.Success.Should().BeTrue(read.ErrorMessage);
        read.Document!.EncodingName.Should().Be(PdfBudgetDocumentReader.SourceName);
        var difference = ExtractProjection.Difference(ExtractProjection.Of(PdfTestData.Seed(seed)), ExtractProjection.Of(read.Document));
        difference.Should().BeEquivalentTo(better, "every difference from the text path must be one listed (order aside)");
    }

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void Rebuilt_text_reads_as_reviewed(string pdf)
    {
        PdfTestData.AssertGolden(Path.ChangeExtension(pdf, ".expected"), PdfTestData.Dump(PdfTestData.Read(pdf)));
    }
}
