using System.Reflection;
using FluentAssertions;
using PublicApiGenerator;
using Xunit;

namespace PerfIndicators.Tests.Architecture;

/// <summary>
/// The public API of every shipped assembly is recorded in <c>Architecture/PublicApi/&lt;assembly&gt;.approved.txt</c>, so
/// every change to the surface shows in review. On a difference the test writes <c>&lt;assembly&gt;.received.txt</c>
/// beside it: compare the two and, if the change is meant, rename received to approved.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly ApiGeneratorOptions Options = new()
    {
        // Build metadata (SourceLink's repository, the commit in CI) is not API.
        ExcludeAttributes = ["System.Reflection.AssemblyMetadataAttribute", "System.Reflection.AssemblyInformationalVersionAttribute"],
    };

    public static TheoryData<string> Assemblies => new() { "PerfIndicators", "PerfIndicators.Formats" };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_public_api_is_the_recorded_one(string name)
    {
        var assembly = Assembly.Load(name);
        var api = assembly.GeneratePublicApi(Options).ReplaceLineEndings("\n");
        var folder = Path.Combine(TestPaths.ProjectFolder, "Architecture", "PublicApi");
        var approved = Path.Combine(folder, name + ".approved.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        var recorded = File.Exists(approved) ? File.ReadAllText(approved).ReplaceLineEndings("\n") : string.Empty;
        if (recorded != api)
        {
            File.WriteAllText(received, api);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        api.Should().Be(recorded, "the public API of {0} changed: compare {1} with {2} and rename it if the change is meant", name, received, approved);
    }
}
