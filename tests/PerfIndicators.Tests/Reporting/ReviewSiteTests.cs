using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using PerfIndicators.Generator;
using PerfIndicators.Scoring;
using PerfIndicators.Tests.Cli;
using Xunit;

namespace PerfIndicators.Tests.Reporting;

/// <summary>
/// The review as a folder of pages (<see cref="ReviewSiteWriter"/>): a bounded summary page, every project reachable from
/// it by links, pages bounded, texts escaped. The large review is a generated year (<c>PerfIndicators.SyntheticData</c>,
/// drawn from the seed documents); nothing here is timed (the load time is measured by benchmarks/ReviewPage).
/// </summary>
public sealed partial class ReviewSiteTests
{
    [Fact]
    public void Every_project_of_a_large_review_is_reachable_from_the_summary_page_and_every_page_is_bounded()
    {
        const int Projects = 6000;
        var year = new SyntheticYear(new YearOptions(Projects, Seed: 14));
        var folder = TempFolder();
        try
        {
            ReviewSummary summary;
            using (var index = File.Create(Path.Combine(folder, "index.html")))
            using (var site = new ReviewSiteWriter(folder, index, ReviewSiteOptions.Default with { PageSize = 400 }))
            {
                summary = new Reviewer(ScoringPolicy.National, new ReviewOptions { MaxDegreeOfParallelism = 2 })
                    .Run(Enumerable.Range(0, Projects).Select(n => ProjectSources.FromJson(year.Project(n).FileName, ProjectJson.ToText(year.Project(n)))), site);
            }

            summary.Inputs.Read.Should().Be(Projects);
            var indexText = File.ReadAllText(Path.Combine(folder, "index.html"), Encoding.UTF8);
            indexText.Should().NotContain("<table id=\"projects\"", "the summary page holds no project table");
            new FileInfo(Path.Combine(folder, "index.html")).Length.Should().BeLessThan(1024 * 1024);

            // Follow the summary page's links, and each page's next links, collecting the rows.
            var seen = new List<int>();
            var visited = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<string>(Links(indexText).Where(l => l.StartsWith('d')));
            while (queue.TryDequeue(out var page))
            {
                if (!visited.Add(page))
                {
                    continue;
                }

                var path = Path.Combine(folder, page);
                File.Exists(path).Should().BeTrue(page + " is linked");
                new FileInfo(path).Length.Should().BeLessThan(400 * 1200, "a page holds at most 400 rows");
                var text = File.ReadAllText(path, Encoding.UTF8);
                Links(text).Should().Contain("index.html");
                var rows = RowIndex().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
                rows.Count.Should().BeInRange(1, 400);
                seen.AddRange(rows);
                foreach (var next in Links(text).Where(l => l.StartsWith('d')))
                {
                    queue.Enqueue(next);
                }
            }

            seen.Should().HaveCount(Projects).And.OnlyHaveUniqueItems();
            seen.Order().Should().Equal(Enumerable.Range(0, Projects));
            visited.Count.Should().BeGreaterThan(summary.Departments.Length, "the largest departments are paginated");
            Directory.GetFiles(folder).Select(Path.GetFileName).Should().OnlyContain(n => n == "index.html" || PageFile().IsMatch(n!), "the spool is deleted");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Department_and_project_names_are_escaped_on_every_page()
    {
        const string Hostile = "<script>alert(\"x\")</script>&部门";
        var project = ScoringJson.ReadProject(File.ReadAllText(Directory.GetFiles(ReviewKit.YearFolder, "0*.json").Order(StringComparer.Ordinal).First(), Encoding.UTF8)).Input!;
        var folder = TempFolder();
        try
        {
            using (var index = File.Create(Path.Combine(folder, "index.html")))
            using (var site = new ReviewSiteWriter(folder, index))
            {
                new Reviewer(ScoringPolicy.National).Run([ProjectSources.FromProject("a.json", project with { Department = Hostile, Unit = "<img src=x onerror=1>" })], site);
            }

            foreach (var file in Directory.GetFiles(folder))
            {
                var text = File.ReadAllText(file, Encoding.UTF8);
                text.Should().NotContain("<script>alert").And.NotContain("<img src=x");
                text.Should().Contain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;部门");
            }

            File.ReadAllText(Path.Combine(folder, "d001.html"), Encoding.UTF8).Should().Contain("&lt;img src=x onerror=1&gt;");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Review_to_a_folder_writes_its_index_and_pages_and_a_rerun_replaces_them()
    {
        var parent = TempFolder();
        var output = Path.Combine(parent, "review") + "/";
        try
        {
            for (var run = 0; run < 2; run++)
            {
                var (exit, _, error) = CliRunner.Run("review", ReviewKit.YearFolder, "-o", output, "--parallel", "2");
                exit.Should().Be(1, "the year folder has unreadable files; " + error);
                var index = File.ReadAllText(Path.Combine(output, "index.html"), Encoding.UTF8);
                var pages = Links(index).Where(l => l.StartsWith('d')).Distinct().ToList();
                pages.Should().NotBeEmpty().And.OnlyContain(p => File.Exists(Path.Combine(output, p)));
                Directory.GetDirectories(parent).Should().ContainSingle("no partial folder is left");
            }

            File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
            CliRunner.Run("review", ReviewKit.YearFolder, "-o", output).ExitCode.Should().Be(1);
            File.ReadAllText(Path.Combine(output, "notes.txt")).Should().Be("mine", "a folder that is not a review is never deleted");
            Directory.GetDirectories(parent).Should().ContainSingle();
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    private static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "perfind-site-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static IEnumerable<string> Links(string html) => Href().Matches(html).Select(m => m.Groups[1].Value);

    [GeneratedRegex("href=\"([^\"#]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<tr data-index=\"([0-9]+)\"><td class=\"c-index\"")]
    private static partial Regex RowIndex();

    [GeneratedRegex("^d[0-9]{3}(-[0-9]+)?\\.html$")]
    private static partial Regex PageFile();
}
