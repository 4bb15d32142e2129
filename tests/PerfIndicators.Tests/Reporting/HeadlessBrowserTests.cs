using System.Diagnostics;
using System.Globalization;
using FluentAssertions;
using Xunit;

namespace PerfIndicators.Tests.Reporting;

/// <summary>
/// Opens the HTML review in a real headless browser (Debian's <c>chromium</c>, installed by <c>.ci/run</c> when missing)
/// and reads the DOM after its script ran: the page rendered, the summary was moved above the project table, the charts
/// are there, the <c>#sort=</c> address sorted the table, and every number matches the JSON report of the same run.
/// </summary>
public class HeadlessBrowserTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    [Fact]
    public void Chromium_renders_the_report_sorts_it_and_shows_the_json_numbers()
    {
        var chromium = FindChromium();
        var folder = Directory.CreateTempSubdirectory("perfind-review-browser-");
        try
        {
            var (json, html, _) = ReviewKit.Reports();
            var page = Path.Combine(folder.FullName, "report.html");
            File.WriteAllBytes(page, html);
            var root = ReviewKit.Parse(json);

            var dom = Run(chromium, folder.FullName, "--dump-dom", new Uri(page).AbsoluteUri + "#sort=-total");

            dom.Should().Contain("data-ready=\"1\"", "the page's script ran to the end");
            dom.IndexOf("id=\"summary\"", StringComparison.Ordinal).Should().BeLessThan(dom.IndexOf("id=\"all-projects\"", StringComparison.Ordinal), "the script moves the summary above the table");
            foreach (var chart in new[] { "grades", "totals", "departments", "scatter", "execution" })
            {
                dom.Should().Contain("<svg class=\"chart\" data-chart=\"" + chart + "\"");
            }

            dom.Should().Contain("<circle class=\"dot\"");
            HtmlDom.Table(dom, "projects").Should().Contain("data-sorted=\"total:desc\"").And.Contain("aria-sort=\"descending\"");

            var rows = HtmlDom.Rows(dom, "projects");
            var expected = root.GetProperty("projects").EnumerateArray()
                .Where(p => p.GetProperty("status").GetString() == "scored")
                .OrderByDescending(p => p.GetProperty("total").GetDecimal())
                .ThenBy(p => p.GetProperty("index").GetInt32())
                .Select(p => p.GetProperty("index").GetInt32());
            rows.Select(r => r.Index).Should().Equal(expected, "the table is sorted by total, highest first, ties in input order");
            HtmlDom.AssertRowsMatchJson(rows, root);
            HtmlDom.AssertSummaryMatchesJson(dom, root);

            var byRate = HtmlDom.Rows(Run(chromium, folder.FullName, "--dump-dom", new Uri(page).AbsoluteUri + "#sort=rate"), "projects");
            byRate.Select(r => decimal.Parse(r.Cells["rate"].Value!, CultureInfo.InvariantCulture)).Should().BeInAscendingOrder();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string FindChromium()
    {
        foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "Headless browser test: chromium is not installed (looked for /usr/bin/chromium). Install it with "
            + "`apt-get update && apt-get install -y chromium` (.ci/run does this when it is missing).");
    }

    private static string Run(string chromium, string work, string mode, string url)
    {
        var profile = Directory.CreateTempSubdirectory("perfind-chromium-profile-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = work,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.FullName, mode, url,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within " + Limit.TotalSeconds + " s; stderr: " + Tail(error));
            }

            process.WaitForExit();
            process.ExitCode.Should().Be(0, "chromium failed: " + Tail(error));
            return output.Result;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A crash-reporter file still open; the folder is in the temp directory.
            }
        }
    }

    private static string Tail(Task<string> text) => text.IsCompleted ? text.Result[Math.Max(0, text.Result.Length - 2000)..] : "(not read)";
}
