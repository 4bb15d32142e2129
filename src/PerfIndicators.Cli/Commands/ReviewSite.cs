namespace PerfIndicators.Cli.Commands;

/// <summary>
/// Where <c>perfind review</c> writes a review as pages (<see cref="ReviewSiteWriter"/>): <c>-o review/</c> is the folder
/// <c>review/index.html</c> with the department pages beside it; <c>-o review.html</c> of a large review is that file,
/// the summary, with its department pages in the folder <c>review/</c> beside it. Everything is written under temporary
/// names and moved into place at the end, so a failed run leaves no half-written review.
/// </summary>
internal static class ReviewSite
{
    public static ReviewSummary Write(string output, bool asFolder, Func<IReviewSink, ReviewSummary> run)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var pages = asFolder ? full : Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full));
        var temporaryPages = pages + ".partial-" + Environment.ProcessId;
        var temporaryIndex = asFolder ? Path.Combine(temporaryPages, "index.html") : full + ".partial-" + Environment.ProcessId;
        var options = asFolder
            ? ReviewSiteOptions.Default
            : ReviewSiteOptions.Default with { PagesHref = Path.GetFileName(pages) + "/", IndexHref = "../" + Path.GetFileName(full) };
        try
        {
            Directory.CreateDirectory(temporaryPages);
            ReviewSummary summary;
            using (var index = new FileStream(temporaryIndex, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            using (var sink = new ReviewSiteWriter(temporaryPages, index, options))
            {
                summary = run(sink);
            }

            if (Directory.Exists(pages))
            {
                // Only a folder of an earlier review is replaced; anything else is left alone and reported.
                if (Directory.EnumerateFileSystemEntries(pages).Any(e => !IsPage(Path.GetFileName(e))))
                {
                    throw new IOException("「" + pages + "」已存在且不是评价报告的文件夹 (exists and is not a review folder)");
                }

                Directory.Delete(pages, recursive: true);
            }

            Directory.Move(temporaryPages, pages);
            if (!asFolder)
            {
                File.Move(temporaryIndex, full, overwrite: true);
            }

            return summary;
        }
        finally
        {
            if (Directory.Exists(temporaryPages))
            {
                Directory.Delete(temporaryPages, recursive: true);
            }

            if (!asFolder && File.Exists(temporaryIndex))
            {
                File.Delete(temporaryIndex);
            }
        }
    }

    private static bool IsPage(string name) =>
        name == "index.html" || (name.Length > 6 && name[0] == 'd' && name.EndsWith(".html", StringComparison.Ordinal) && name[1..^5].All(c => char.IsAsciiDigit(c) || c == '-'));
}
