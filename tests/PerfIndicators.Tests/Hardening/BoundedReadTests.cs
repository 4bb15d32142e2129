using System.Diagnostics;
using FluentAssertions;
using PerfIndicators.Tests.Cli;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Issue 17, finding 2: policies, project JSON and <c>parse --file</c> were read with File.ReadAllText, so
/// <c>/dev/zero</c> ended in OutOfMemoryException after 4.3 GB and a FIFO hung for ever. Every such read goes through
/// <see cref="BoundedFile"/>: counted against a limit, regular files only, never blocking on a FIFO.
/// </summary>
public sealed class BoundedReadTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("perfind-bounded-").FullName;

    [Fact]
    public void A_device_that_never_ends_is_refused_not_read_to_exhaustion()
    {
        var act = () => BoundedFile.ReadAllBytes("/dev/zero", maxBytes: 1024 * 1024);

        act.Should().Throw<IOException>().WithMessage("*不是普通文件*not a regular file*");
    }

    [Fact]
    public void A_file_over_the_limit_is_cut_at_the_limit()
    {
        var path = Path.Combine(folder, "big.txt");
        File.WriteAllBytes(path, new byte[(1024 * 1024) + 1]);

        var act = () => BoundedFile.ReadAllBytes(path, maxBytes: 1024 * 1024);

        act.Should().Throw<IOException>().WithMessage("*超过 1 MiB*larger than the 1 MiB limit*");
    }

    [Fact]
    public void A_fifo_with_no_writer_is_refused_at_once()
    {
        var fifo = MakeFifo();

        var act = () => BoundedFile.ReadAllText(fifo);

        act.Should().Throw<IOException>().WithMessage("*不是普通文件*not a regular file*");
    }

    [Fact]
    public void A_missing_file_and_a_folder_are_explained_in_chinese()
    {
        FluentActions.Invoking(() => BoundedFile.ReadAllText(Path.Combine(folder, "nothing.json")))
            .Should().Throw<FileNotFoundException>().Which.Should().Match<Exception>(e => FileErrors.Describe(e) == "文件不存在 (no such file)");
        FluentActions.Invoking(() => BoundedFile.ReadAllText(folder))
            .Should().Throw<IOException>().WithMessage("*是文件夹*(a folder, not a file).");
    }

    [Fact]
    public void A_regular_file_is_read_whole_without_its_byte_order_mark()
    {
        var path = Path.Combine(folder, "cells.txt");
        File.WriteAllText(path, "资金支付率≥90%", new System.Text.UTF8Encoding(true));

        BoundedFile.ReadAllText(path).Should().Be("资金支付率≥90%");
    }

    [Theory]
    [InlineData("score", "{fifo}")]
    [InlineData("score", "/dev/zero")]
    [InlineData("parse", "--file", "{fifo}")]
    [InlineData("parse", "--file", "/dev/zero")]
    [InlineData("score", "{project}", "--policy", "{fifo}")]
    public void Commands_refuse_devices_and_fifos_with_an_input_error(params string[] args)
    {
        var fifo = MakeFifo();
        var project = Path.Combine(TestPaths.TestData("Scoring"), "huzhou-liaison-2023.json");
        var argv = args.Select(a => a.Replace("{fifo}", fifo, StringComparison.Ordinal).Replace("{project}", project, StringComparison.Ordinal)).ToArray();

        var (exit, output, error) = CliRunner.Run(argv);

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().MatchRegex("不是普通文件|超过 \\d+ MiB").And.NotContain("   at ");
    }

    private string MakeFifo()
    {
        var fifo = Path.Combine(folder, "pipe-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
        return fifo;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
