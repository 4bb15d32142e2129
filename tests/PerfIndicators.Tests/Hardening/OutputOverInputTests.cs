using FluentAssertions;
using PerfIndicators.Cli;
using PerfIndicators.Tests.Cli;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Issue 17, finding 11: <c>perfind score a.json -o a.json</c> replaced the project with its assessment. An output
/// that is the input (by full path, also when written differently) is refused before anything is read or written.
/// The project is the 驻京联络处工作经费 of seed document 001 (TestData/Scoring).
/// </summary>
public sealed class OutputOverInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("perfind-overwrite-").FullName;

    [Theory]
    [InlineData("a.json", "a.json")]
    [InlineData("a.json", "./sub/../a.json")]
    public void Score_refuses_to_write_over_its_input(string input, string output)
    {
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        var project = Path.Combine(folder, input);
        File.Copy(Path.Combine(TestPaths.TestData("Scoring"), "huzhou-liaison-2023.json"), project);
        var before = File.ReadAllBytes(project);

        var (exit, _, error) = CliRunner.Run("score", project, "-o", Path.Combine(folder, output));

        exit.Should().Be(ExitCodes.Usage);
        error.Should().Contain("输出文件就是输入文件").And.Contain("(the output would overwrite the input)");
        File.ReadAllBytes(project).Should().Equal(before);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
