using System.Collections.Immutable;
using System.Diagnostics;
using FluentAssertions;
using PerfIndicators.Formats.Csv;
using PerfIndicators.Formats.Pdf;
using PerfIndicators.Formats.Templates;
using PerfIndicators.Formats.Workbooks;
using PerfIndicators.Formats.Xlsx;
using PerfIndicators.Tests.Cli;
using PerfIndicators.Tests.Reporting;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Issue 17, findings 2 and 3: a review read its inputs, and the document, CSV, xlsx, .xls, PDF and template readers opened
/// their files, with <c>new FileStream</c>: a <c>*.json</c> symbolic link to <c>/dev/zero</c> among the inputs ended the
/// review in OutOfMemoryException with every result lost, and a FIFO hung it for ever (leaving <c>*.partial-&lt;pid&gt;</c>).
/// Every reader now opens through <see cref="BoundedFile"/>: such a file is one failed input with a Chinese reason, and the
/// review finishes. (The tests may run as root, so an unreadable file is a FIFO or a device, not <c>chmod 000</c>.)
/// </summary>
public sealed class HostileReviewInputTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string folder = Directory.CreateTempSubdirectory("perfind-hostile-review-").FullName;

    [Fact]
    public async Task A_review_counts_a_device_link_and_a_fifo_as_failed_inputs_and_finishes()
    {
        var inputs = HostileFolder();

        var run = Task.Run(() => new Reviewer(ScoringPolicy.National).Run(ProjectSources.FromPaths([inputs])));

        (await Finishes(run)).Should().BeTrue("a FIFO among the inputs must not hang the review");
        var summary = await run;
        summary.Failures.Items.Select(f => Path.GetFileName(f.Source)).Should().Equal("002-fifo.json", "003-zero.json");
        summary.Failures.Items.SelectMany(f => f.Errors).Should().OnlyContain(e => e.Code == FormatDiagnosticCodes.InputUnreadable && e.Message.Contains("不是普通文件", StringComparison.Ordinal) && e.Message.Contains("(not a regular file)", StringComparison.Ordinal));
        summary.Inputs.Read.Should().Be(1);
        summary.Inputs.Failed.Should().Be(2);
    }

    [Fact]
    public async Task The_review_command_writes_its_report_and_leaves_no_partial_file_behind()
    {
        var inputs = HostileFolder();
        var report = Path.Combine(folder, "report.json");

        var run = Task.Run(() => CliRunner.Run("review", inputs, "-o", report));

        (await Finishes(run)).Should().BeTrue("a FIFO among the inputs must not hang the review");
        var (_, _, error) = await run;
        error.Should().NotContain("   at ");
        File.Exists(report).Should().BeTrue();
        Directory.GetFiles(folder, "*.partial-*").Should().BeEmpty();
        File.ReadAllText(report).Should().MatchRegex("\"failed\":\\s*2,").And.Contain("不是普通文件");
    }

    public static TheoryData<string> Readers => ["document", "csv", "xlsx", "xls", "pdf", "template", "template-csv"];

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Every_file_reader_refuses_a_fifo_at_once_with_a_chinese_reason(string reader)
    {
        var fifo = MakeFifo(reader == "template-csv" ? "pipe.csv" : "pipe.bin");

        var run = Task.Run(() => Read(reader, fifo));

        (await Finishes(run)).Should().BeTrue("opening a FIFO with no writer must not block");
        (await run).Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Error)
            .Which.Message.Should().Contain("不是普通文件").And.Contain("(not a regular file)");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Every_file_reader_refuses_a_link_to_a_device(string reader)
    {
        var link = Path.Combine(folder, reader == "template-csv" ? "zero.csv" : "zero.bin");
        File.CreateSymbolicLink(link, "/dev/zero");

        var run = Task.Run(() => Read(reader, link));

        (await Finishes(run)).Should().BeTrue();
        (await run).Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Error)
            .Which.Message.Should().Contain("不是普通文件").And.Contain("(not a regular file)");
    }

    [Fact]
    public void A_device_is_refused_when_opened_not_read_to_the_limit()
    {
        FluentActions.Invoking(() => BoundedFile.OpenRegular("/dev/zero")).Should().Throw<BoundedReadException>().WithMessage("*不是普通文件*(not a regular file)*");
        FluentActions.Invoking(() => BoundedFile.OpenRegular("/dev/null")).Should().Throw<BoundedReadException>().WithMessage("*不是普通文件*");
    }

    private static ImmutableArray<Diagnostic> Read(string reader, string path) => reader switch
    {
        "document" => DocumentFiles.Read(path).Diagnostics,
        "csv" => CsvReader.Read(path).Diagnostics,
        "xlsx" => WorkbookReader.Read(path).Diagnostics,
        "xls" => TargetWorkbookReader.ReadFile(path).Diagnostics,
        "pdf" => PdfTextReader.ReadFile(path).Diagnostics,
        _ => FilledTemplateReader.Read(path).Diagnostics,
    };

    private static async Task<bool> Finishes(Task run) => await Task.WhenAny(run, Task.Delay(Patience)) == run;

    /// <summary>A folder of one project from the year-2023 review set, a FIFO and a link to <c>/dev/zero</c>, all named <c>*.json</c>.</summary>
    private string HostileFolder()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(folder, "inputs")).FullName;
        File.Copy(Path.Combine(ReviewKit.YearFolder, "001-huzhou-zonghe-yewu.json"), Path.Combine(inputs, "001-project.json"));
        MakeFifo(Path.Combine("inputs", "002-fifo.json"));
        File.CreateSymbolicLink(Path.Combine(inputs, "003-zero.json"), "/dev/zero");
        return inputs;
    }

    private string MakeFifo(string name)
    {
        var fifo = Path.Combine(folder, name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
        return fifo;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
