using FluentAssertions;
using PerfIndicators.Cli;
using Xunit;

namespace PerfIndicators.Tests.Scale;

/// <summary>perfind builds only the command it runs; what it prints does not depend on that.</summary>
public sealed class StartupTests
{
    [Fact]
    public void Each_command_factory_is_named_after_the_command_it_builds()
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, TextReader.Null);
        Perfind.CommandNames.Should().OnlyContain(name => Perfind.CreateCommand(name, console).Name == name);
    }

    [Fact]
    public void The_root_help_still_lists_every_command()
    {
        var output = new StringWriter();
        Perfind.Run(["--help"], new CliConsole(output, TextWriter.Null, TextReader.Null)).Should().Be(ExitCodes.Ok);
        foreach (var name in Perfind.CommandNames)
        {
            output.ToString().Should().Contain(name);
        }
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_naming_the_known_ones()
    {
        var error = new StringWriter();
        Perfind.Run(["scroe", "x.json"], new CliConsole(TextWriter.Null, error, TextReader.Null)).Should().Be(ExitCodes.Usage);
        error.ToString().Should().Contain("scroe");
    }
}
