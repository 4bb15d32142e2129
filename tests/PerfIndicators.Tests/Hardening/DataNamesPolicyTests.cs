using FluentAssertions;
using PerfIndicators.Tests.Cli;
using Xunit;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Issue 17, finding 1: a project file or a filled template may name a policy id, never a path — the person
/// filling the form must not choose which policy file runs. Repro: <c>"policy": "/tmp/any.json"</c> in the
/// huzhou liaison project (TestData/Scoring/huzhou-liaison-2023.json) made <c>perfind score</c> load that file.
/// </summary>
public sealed class DataNamesPolicyTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("perfind-policy-path-").FullName;

    [Theory]
    [InlineData("{0}/evil.json")]
    [InlineData("../rules/national.json")]
    [InlineData("/dev/zero")]
    public void A_project_file_naming_a_policy_path_is_refused(string pattern)
    {
        var evil = Path.Combine(folder, "evil.json");
        File.WriteAllText(evil, File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot!, "rules", "national.json")));
        var named = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, folder);
        var project = Path.Combine(folder, "project.json");
        var json = File.ReadAllText(Path.Combine(TestPaths.TestData("Scoring"), "huzhou-liaison-2023.json"))
            .Replace("\"policy\": \"national\"", "\"policy\": " + System.Text.Json.JsonSerializer.Serialize(named), StringComparison.Ordinal);
        File.WriteAllText(project, json);

        var (exit, output, error) = CliRunner.Run("score", project);

        exit.Should().Be(1, "the input names a policy it may not");
        output.Should().BeEmpty();
        error.Should().Contain("只能写评分办法的 id").And.Contain("a data file may name a policy id, not a path");
    }

    [Fact]
    public void The_user_may_still_name_a_policy_file_on_the_command_line()
    {
        var project = Path.Combine(TestPaths.TestData("Scoring"), "huzhou-liaison-2023.json");

        var (exit, output, _) = CliRunner.Run("score", project, "--policy", Path.Combine(TestPaths.RepositoryRoot!, "rules", "national.json"));

        exit.Should().Be(0);
        output.Should().Contain("驻京联络处工作经费");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
