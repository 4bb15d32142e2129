using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace PerfIndicators.Tests.Excel;

/// <summary>Writes a small 自评表-shaped template and reads it back.</summary>
public class WorkbookWriterTests
{
    private static readonly string[] Tiers = ["达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差"];

    internal static WorkbookBuilder Template()
    {
        var book = new WorkbookBuilder { Title = "项目支出绩效自评表" };
        var form = book.AddSheet("自评表");
        form.Merge("A1:I1", "项目支出绩效自评表（2023年度）", CellStyle.Header);
        form.SetText("A2", "项目名称", CellStyle.Header).Merge("B2:I2", "综合业务工作经费", CellStyle.Body);
        string[] headers = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "评价等级"];
        for (var i = 0; i < headers.Length; i++)
        {
            form.SetText(3, i + 1, headers[i], CellStyle.Header);
        }

        form.SetText("A4", "产出指标", CellStyle.Body).SetText("B4", "数量指标", CellStyle.Body).SetText("C4", "培训人次", CellStyle.Body)
            .SetText("D4", "≥90%", CellStyle.Body).SetBlank("E4", CellStyle.Input).SetNumber("F4", 10m, CellStyle.Body with { NumberFormat = "0.00" })
            .SetBlank("G4", CellStyle.Body).SetBlank("H4", CellStyle.Input).SetBlank("I4", CellStyle.Input);
        form.SetText("A5", "效益指标", CellStyle.Body).SetText("B5", "社会效益指标", CellStyle.Body).SetText("C5", "服务水平", CellStyle.Body)
            .SetText("D5", "逐步提升", CellStyle.Body).SetBlank("E5", CellStyle.Input).SetNumber("F5", 12.5m, CellStyle.Body with { NumberFormat = "0.00" })
            .SetBlank("G5", CellStyle.Body).SetBlank("H5", CellStyle.Input).SetBlank("I5", CellStyle.Input);
        form.SetFormula("F6", "SUM(F4:F5)", 22.5m, CellStyle.Body);
        form.SetText("A7", "第一行\r\n第二行 _x0041_ \u0001 ", CellStyle.Body);
        form.SetColumnWidth("C", 24m).SetColumnWidth(8, 40.5m).SetRowHeight(1, 30m);
        form.FreezePanes(3);
        form.AddListValidation("I4:I5", Tiers, prompt: "定性指标请选择评价等级");
        form.AddDecimalValidation("E4", 0m, 1000000m, error: "请输入数字");
        form.Protect();
        var options = book.AddSheet("选项", SheetVisibility.Hidden);
        for (var i = 0; i < Tiers.Length; i++)
        {
            options.SetText(i + 1, 1, Tiers[i]);
        }

        book.AddMetadataSheet(
        [
            new("template", "perfind.self-assessment/1"),
            new("project", "综合业务工作经费"),
            new("fingerprint", "sha256:3f5a0c"),
        ]);
        book.AddDefinedName("实际完成值", "'自评表'!$E$4:$E$5");
        book.AddDefinedName("等级选项", "'选项'!$A$1:$A$3", hidden: true);
        return book;
    }

    private static readonly Lazy<(byte[] Bytes, SpreadsheetReadResult Result)> Written = new(() =>
    {
        var bytes = Template().ToArray();
        return (bytes, WorkbookReader.Read(new MemoryStream(bytes)));
    });

    private static Workbook Book => Written.Value.Result.Workbook!;

    private static Worksheet Form => Book.GetSheet("自评表")!;

    [Fact]
    public void Reads_back_without_diagnostics()
    {
        Written.Value.Result.Diagnostics.Should().BeEmpty();
        Book.Sheets.Select(s => (s.Name, s.Visibility)).Should().Equal(
            ("自评表", SheetVisibility.Visible), ("选项", SheetVisibility.Hidden), ("_perfind", SheetVisibility.VeryHidden));
    }

    [Fact]
    public void The_written_package_is_valid_open_xml()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Written.Value.Bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        errors.Should().BeEmpty();
    }

    [Fact]
    public void Text_numbers_and_formulas_round_trip()
    {
        Form.GetText("A1").Should().Be("项目支出绩效自评表（2023年度）");
        Form.GetText("B2").Should().Be("综合业务工作经费");
        Form.GetText("D4").Should().Be("≥90%");
        Form.GetCell("F5")!.Number.Should().Be(12.5m);
        Form.GetCell("F5")!.NumberFormat.Should().Be("0.00");
        Form.GetCell("F6")!.Formula.Should().Be("SUM(F4:F5)");
        Form.GetCell("F6")!.Number.Should().Be(22.5m);
        Form.GetText("A7").Should().Be("第一行\r\n第二行 _x0041_ \u0001 ", "carriage returns, control characters, literal _x escapes and trailing spaces survive");
    }

    [Fact]
    public void Input_cells_are_unlocked_and_targets_locked_under_protection()
    {
        Form.IsProtected.Should().BeTrue();
        Form.GetCell("D4")!.IsLocked.Should().BeTrue();
        Form.GetCell("F4")!.IsLocked.Should().BeTrue();
        foreach (var input in new[] { "E4", "H4", "I4", "E5", "H5", "I5" })
        {
            Form.GetCell(input)!.IsLocked.Should().BeFalse(input);
        }
    }

    [Fact]
    public void The_tier_drop_down_and_the_number_rule_round_trip()
    {
        var list = Form.GetValidations(CellAddress.Parse("I5")).Should().ContainSingle().Subject;
        list.Type.Should().Be(DataValidationType.List);
        list.ListItems.Should().Equal(Tiers);
        list.Prompt.Should().Be("定性指标请选择评价等级");
        Book.GetListItems(list, Form).Should().Equal(Tiers);

        var number = Form.GetValidations(CellAddress.Parse("E4")).Should().ContainSingle().Subject;
        number.Type.Should().Be(DataValidationType.Decimal);
        (number.Formula1, number.Formula2).Should().Be(("0", "1000000"));
        number.Error.Should().Be("请输入数字");
    }

    [Fact]
    public void Merged_ranges_frozen_rows_and_defined_names_round_trip()
    {
        Form.MergedRanges.Select(r => r.ToString()).Should().Equal("A1:I1", "B2:I2");
        Form.GetMergedRange(CellAddress.Parse("E1")).Should().Be(CellRange.Parse("A1:I1"));
        Form.FrozenRows.Should().Be(3);
        Form.FrozenColumns.Should().Be(0);
        Book.GetDefinedName("实际完成值")!.RefersTo.Should().Be("'自评表'!$E$4:$E$5");
        Book.GetDefinedName("等级选项")!.IsHidden.Should().BeTrue();
        Book.GetListItems(new DataValidation(DataValidationType.List, [CellRange.Parse("I4")], "等级选项", null), Form).Should().Equal(Tiers);
    }

    [Fact]
    public void The_hidden_metadata_sheet_round_trips()
    {
        Book.ReadMetadata(WorkbookBuilder.DefaultMetadataSheetName).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["template"] = "perfind.self-assessment/1",
            ["project"] = "综合业务工作经费",
            ["fingerprint"] = "sha256:3f5a0c",
        });
        Book.GetSheet("_perfind")!.IsProtected.Should().BeTrue();
        Book.ReadMetadata("没有这个表").Should().BeNull();
    }

    [Fact]
    public void Writing_twice_gives_byte_identical_files()
    {
        var first = Template().ToArray();
        var second = Template().ToArray();
        second.Should().Equal(first);

        var withDate = Template();
        withDate.Created = Instant.FromUtc(2024, 1, 1, 0, 0);
        withDate.ToArray().Should().Equal(withDate.ToArray());
    }

    /// <summary>
    /// Every part of the written template equals its golden file under TestData/Excel/golden-template. On a
    /// difference the test writes <c>name.actual</c> beside the golden file; review it and rename it to accept.
    /// The zip bytes themselves depend on the runtime's deflate, so the parts are compared, not the file.
    /// </summary>
    [Fact]
    public void Every_written_part_matches_its_golden_file()
    {
        var folder = Path.Combine(TestPaths.TestData("Excel"), "golden-template");
        using var zip = new ZipArchive(new MemoryStream(Written.Value.Bytes));
        var mismatches = new List<string>();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var actual = reader.ReadToEnd();
            var golden = Path.Combine(folder, entry.FullName);
            if (!File.Exists(golden) || File.ReadAllText(golden, Encoding.UTF8) != actual)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
                File.WriteAllText(golden + ".actual", actual, new UTF8Encoding(false));
                mismatches.Add(entry.FullName);
            }
        }

        mismatches.Should().BeEmpty("each differing part was written beside its golden file as .actual");
    }

    [Fact]
    public void Zip_entries_carry_a_fixed_timestamp_and_a_fixed_order()
    {
        using var zip = new ZipArchive(new MemoryStream(Written.Value.Bytes));
        zip.Entries.Select(e => e.FullName).Take(5).Should().Equal("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml");
        zip.Entries.Should().OnlyContain(e => e.LastWriteTime.Year == 1980);
    }

    [Fact]
    public void Refuses_what_excel_cannot_hold()
    {
        var book = new WorkbookBuilder();
        FluentActions.Invoking(() => book.AddSheet("名称[1]")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => book.AddSheet(new string('表', 32))).Should().Throw<ArgumentException>();
        var sheet = book.AddSheet("自评表");
        FluentActions.Invoking(() => book.AddSheet("自评表")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => sheet.SetText("A1", new string('字', 32_768))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => sheet.AddListValidation("A1", ["达成,部分达成"])).Should().Throw<ArgumentException>();
        sheet.Merge("A1:B2");
        FluentActions.Invoking(() => sheet.Merge("B2:C3")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => book.AddDefinedName("A1", "自评表!A1")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new WorkbookBuilder().ToArray()).Should().Throw<InvalidOperationException>();
    }
}
