using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PerfIndicators.Documents;

namespace PerfIndicators.Cli.Commands;

/// <summary>
/// <c>perfind extract &lt;file&gt; [--json | --csv] [--encoding &lt;name&gt;] [--password &lt;pdf password&gt;]</c>: reads a budget document (text,
/// PDF, or a 目标表 workbook, xlsx or xls) into projects
/// and their indicators; a table on stdout with a short summary on stderr, or JSON / CSV on stdout.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file")
        {
            Description = "预算文件：PDF、目标表工作簿（.xlsx 或 .xls），或从 PDF 提取的文本（UTF-8、UTF-16 或 GB18030/GBK，自动识别）；- 表示标准输入的文本 (the budget document: a PDF, a 目标表 workbook, or extracted text; - for text on standard input)",
        };
        var json = new Option<bool>("--json")
        {
            Description = "输出 JSON（结构见 docs/documents-json.md）(write JSON)",
        };
        var csv = new Option<bool>("--csv")
        {
            Description = "输出 CSV，每个指标一行 (write CSV, one line per indicator)",
        };
        var encoding = new Option<string?>("--encoding")
        {
            Description = "文件编码，例如 utf-8、gbk、gb18030；默认自动识别 (the file's encoding; detected by default)",
        };

        var password = new Option<string?>("--password")
        {
            Description = "PDF 的打开密码（文件加密时）(the PDF's password to open it, when it has one)",
        };

        var command = new Command("extract", "读取预算公开文件中的项目、金额和绩效指标 (read projects, amounts and indicators from a budget document)")
        {
            file, json, csv, encoding, password,
        };
        command.SetAction(result =>
        {
            if (result.GetValue(json) && result.GetValue(csv))
            {
                console.Error.WriteLine("perfind extract: --json 与 --csv 只能选一个 (give --json or --csv, not both).");
                return ExitCodes.Usage;
            }

            var options = BudgetDocumentReaderOptions.Default;
            if (result.GetValue(encoding) is { } name)
            {
                if (BudgetDocumentReaderOptions.FindEncoding(name) is not { } found)
                {
                    console.Error.WriteLine($"perfind extract: 不认识的编码「{name}」，可用 utf-8、gbk、gb18030 (unknown encoding).");
                    return ExitCodes.Usage;
                }

                options = options with { Encoding = found };
            }

            var path = result.GetValue(file)!;
            if (!CommandPaths.InputFile(console, "extract", path, standardInput: true))
            {
                return ExitCodes.InputErrors;
            }

            var read = path == "-" ? BudgetDocumentReader.Read(console.In, options) : DocumentFiles.Read(path, options, new PdfReadOptions { Password = result.GetValue(password) });
            if (read.Document is not { } document)
            {
                console.Error.WriteLine($"perfind extract: 无法读取「{path}」：{read.ErrorMessage}");
                return ExitCodes.InputErrors;
            }

            if (result.GetValue(json))
            {
                WriteJson(console.Out, document);
            }
            else if (result.GetValue(csv))
            {
                DocumentCsv.Write(console.Out, document);
            }
            else
            {
                WriteTable(console.Out, document);
                WriteSummary(console.Error, document);
            }

            return document.HasErrors ? ExitCodes.InputErrors : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteJson(TextWriter output, BudgetDocument document) =>
        JsonContract.WriteLine(output, writer => DocumentJson.Write(writer, document));

    private static void WriteTable(TextWriter output, BudgetDocument document)
    {
        var header = document.Header;
        output.WriteLine($"{header.Title ?? "（无标题）"}");
        output.WriteLine($"单位: {header.Unit ?? "-"}{(header.UnitCode is null ? "" : $"（{header.UnitCode}）")}  年度: {header.Year?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
        foreach (var table in document.Tables.Where(t => t.Kind != TableKind.Other))
        {
            output.WriteLine($"表格: 第 {table.Line} 行 {table.Title}（{table.AmountUnit?.Label() ?? "单位未知"}{(table.AmountUnitStated ? "" : "，未写明")}，{table.RowCount} 行）");
        }

        output.WriteLine();
        var number = 0;
        foreach (var project in document.Projects)
        {
            number++;
            var amount = project.Amount is { } a ? a.ToString() : "无金额";
            var parent = project.ParentName is null ? "" : $"  一级项目: {project.ParentName}";
            var category = project.Category is null ? "" : $"  {project.Category}";
            output.WriteLine($"{number}. {project.Name}  {amount}{category}{parent}  （第 {project.Line} 行{(project.IsRepeated ? "，重复" : "")}）");
            if (project.Unit is not null)
            {
                output.WriteLine($"   单位: {project.Unit}");
            }

            if (project.Period is { } period)
            {
                output.WriteLine($"   实施周期: {period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} 至 {period.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}");
            }

            if (!project.BudgetItems.IsDefaultOrEmpty)
            {
                output.WriteLine("   预算分项: " + string.Join("；", project.BudgetItems.Select(i => $"{i.Name} {i.Amount}")));
            }

            if (project.Indicators.IsDefaultOrEmpty)
            {
                output.WriteLine("   （没有结构化的绩效指标）");
            }

            var index = 0;
            foreach (var indicator in project.Indicators)
            {
                index++;
                var label = indicator.SubcategoryLabel ?? indicator.CategoryLabel ?? indicator.Subcategory?.ToLabel() ?? indicator.Category?.ToLabel() ?? "-";
                output.WriteLine($"   {index}) [{label}] {indicator.Name}：{ParseCommand.Describe(indicator.Target)}");
            }

            foreach (var diagnostic in project.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
            {
                output.WriteLine($"   {diagnostic.Severity.ToName()} {diagnostic.Code} 第 {document.LineOf(diagnostic.Span.Start)} 行: {diagnostic.Message}");
            }
        }

        if (document.Projects.IsEmpty)
        {
            output.WriteLine("（没有读出项目）");
        }
    }

    private static void WriteSummary(TextWriter error, BudgetDocument document)
    {
        var all = document.AllDiagnostics.ToList();
        var indicators = document.Projects.Sum(p => p.Indicators.Length);
        error.WriteLine(
            $"项目 {document.Projects.Length} 个（{document.Projects.Count(p => !p.HasStructuredIndicators)} 个没有结构化指标），指标 {indicators} 个；" +
            $"诊断 error {all.Count(d => d.Severity == DiagnosticSeverity.Error)}、warning {all.Count(d => d.Severity == DiagnosticSeverity.Warning)}、info {all.Count(d => d.Severity == DiagnosticSeverity.Info)}；" +
            $"核对 {document.Checks.Length} 项：相符 {document.Checks.Count(f => f.Outcome == CheckOutcome.Match)}、不符 {document.Checks.Count(f => f.Outcome == CheckOutcome.Mismatch)}、部分覆盖 {document.Checks.Count(f => f.Outcome == CheckOutcome.PartialCoverage)}、其他 {document.Checks.Count(f => f.Outcome is CheckOutcome.Missing or CheckOutcome.NotChecked or CheckOutcome.Flagged)}");
        foreach (var finding in document.Checks.Where(f => f.Outcome != CheckOutcome.Match))
        {
            error.WriteLine($"  {finding.Diagnostic.Severity.ToName()} {finding.Diagnostic.Code}: {finding.Diagnostic.Message}");
        }

        foreach (var diagnostic in document.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            error.WriteLine($"  {diagnostic.Severity.ToName()} {diagnostic.Code} 第 {document.LineOf(diagnostic.Span.Start)} 行: {diagnostic.Message}");
        }
    }
}
