using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace PerfIndicators.Formats.Html;

/// <summary>
/// Writes a large review as a folder of pages that open at any size: a summary page (key figures, charts, department and
/// unit tables, the lowest projects and every finding list, with no project table) that links each department to its
/// own pages, and per department pages of at most <see cref="ReviewSiteOptions.PageSize"/> project rows each. Every
/// row is the one <see cref="ReviewHtmlWriter"/> writes. While the review runs, each rendered row is appended to a spool
/// file in the folder, chained to the previous row of its department, so only one small record per department is
/// held; at the end the spool is read back department by department (in the summary's order) into the pages and
/// deleted. Page names are made from positions (<c>d001.html</c>, <c>d001-2.html</c>), never from the data.
/// </summary>
public sealed class ReviewSiteWriter : IReviewSink, IDisposable
{
    private const string SpoolName = ".rows.spool";
    private readonly string folder;
    private readonly Stream index;
    private readonly bool leaveOpen;
    private readonly ReviewSiteOptions options;
    private readonly Dictionary<string, Chain> chains = new(StringComparer.Ordinal);
    private readonly StringWriter row = new(CultureInfo.InvariantCulture) { NewLine = "\n" };
    private readonly byte[] recordHead = new byte[12];
    private FileStream? spool;
    private ReviewHeader? header;

    /// <summary>Creates a writer of the summary page onto <paramref name="index"/> and of the department pages into <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder of the department pages (created when missing).</param>
    /// <param name="index">The summary page's stream (UTF-8, no byte order mark).</param>
    /// <param name="options">Page size and links; <see cref="ReviewSiteOptions.Default"/> when null.</param>
    /// <param name="leaveOpen">Whether to leave <paramref name="index"/> open when disposed.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="folder"/> or <paramref name="index"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the page size is below 1.</exception>
    public ReviewSiteWriter(string folder, Stream index, ReviewSiteOptions? options = null, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(index);
        this.options = options ?? ReviewSiteOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.PageSize, 1, nameof(options));
        this.folder = folder;
        this.index = index;
        this.leaveOpen = leaveOpen;
    }

    /// <summary>The name of a department's page: <c>d001.html</c> for its first page, <c>d001-2.html</c> for the next ones.</summary>
    /// <param name="department">The department's position (1-based) in the summary's order.</param>
    /// <param name="page">The page (1-based).</param>
    /// <returns>The file name.</returns>
    public static string PageName(int department, int page) =>
        "d" + department.ToString("000", CultureInfo.InvariantCulture) + (page > 1 ? "-" + page.ToString(CultureInfo.InvariantCulture) : string.Empty) + ".html";

    /// <inheritdoc/>
    public void Begin(ReviewHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        this.header = header;
        Directory.CreateDirectory(folder);
        spool = new FileStream(Path.Combine(folder, SpoolName), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
    }

    /// <inheritdoc/>
    public void Scored(ReviewedProject project, SelfAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(project);
        var h = header ?? throw new InvalidOperationException("Begin was not called.");
        var file = spool!;
        row.GetStringBuilder().Clear();
        ReviewHtmlWriter.WriteRow(row, project, h);
        var bytes = Encoding.UTF8.GetBytes(row.ToString());
        var key = Key(project.Department);
        chains.TryGetValue(key, out var chain);
        var offset = file.Position;
        BinaryPrimitives.WriteInt64LittleEndian(recordHead, chain?.Last ?? -1);
        BinaryPrimitives.WriteInt32LittleEndian(recordHead.AsSpan(8), bytes.Length);
        file.Write(recordHead);
        file.Write(bytes);
        if (chain is null)
        {
            chains[key] = new Chain { Last = offset, Rows = 1 };
        }
        else
        {
            chain.Last = offset;
            chain.Rows++;
        }
    }

    /// <inheritdoc/>
    public void Failed(SourceFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);

        // Failures are listed on the summary page, as on the single page.
    }

    /// <inheritdoc/>
    public void Complete(ReviewSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var h = header ?? summary.Header;
        var templates = ReviewHtmlWriter.Templates;
        var grades = summary.Grades.Select(g => g.Grade).ToList();

        // Departments in the summary's order, then any whose rows are none of them assessed (not in its statistics).
        var names = summary.Departments.Select(d => d.Name).ToList();
        foreach (var key in chains.Keys.Where(k => !names.Any(n => Key(n) == k)).Order(StringComparer.Ordinal))
        {
            names.Add(key.Length == 0 ? null : key[1..]);
        }

        var links = new List<TemplateValues>();
        var hrefs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (!chains.TryGetValue(Key(names[i]), out var chain))
            {
                continue;
            }

            var group = summary.Departments.FirstOrDefault(d => d.Name == names[i]);
            var pageCount = (chain.Rows + options.PageSize - 1) / options.PageSize;
            WritePages(i + 1, ReviewHtmlWriter.DepartmentName(names[i]), group, chain, pageCount, grades, h);
            var href = options.PagesHref + PageName(i + 1, 1);
            hrefs[Key(names[i])] = href;
            links.Add(new TemplateValues
            {
                ["department"] = ReviewHtmlWriter.DepartmentName(names[i]),
                ["href"] = href,
                ["rows"] = HtmlText.Count(chain.Rows),
                ["more"] = pageCount > 1,
                ["pageCount"] = HtmlText.Count(pageCount),
                ["pages"] = Enumerable.Range(1, pageCount).Select(p => new TemplateValues
                {
                    ["first"] = p == 1,
                    ["href"] = options.PagesHref + PageName(i + 1, p),
                    ["number"] = HtmlText.Count(p),
                }).ToList(),
            });
        }

        var values = ReviewSummaryValues.Of(summary, h);
        foreach (var (key, value) in ReviewHtmlWriter.HeadValues(h))
        {
            values[key] = value;
        }

        var departments = (List<TemplateValues>)values["departments"]!;
        for (var i = 0; i < summary.Departments.Length; i++)
        {
            departments[i]["href"] = hrefs.GetValueOrDefault(Key(summary.Departments[i].Name));
        }

        values["pageLinks"] = links;
        values["pageSize"] = HtmlText.Count(options.PageSize);
        using var writer = new StreamWriter(index, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        templates.Render("review-index", writer, values);
    }

    /// <summary>Deletes the spool (when the review did not complete) and releases the summary page's stream unless left open.</summary>
    public void Dispose()
    {
        spool?.Dispose();
        spool = null;
        row.Dispose();
        if (!leaveOpen)
        {
            index.Dispose();
        }
    }

    /// <summary>The spool key of a department: a name cannot collide with the missing one.</summary>
    private static string Key(string? department) => department is null ? string.Empty : "=" + department;

    private void WritePages(int number, string department, GroupSummary? group, Chain chain, int pageCount, List<string> grades, ReviewHeader h)
    {
        var file = spool!;

        // Walk the department's chain back from its last row; the offsets of one department are all that is held.
        var offsets = new long[chain.Rows];
        var at = chain.Last;
        for (var k = chain.Rows - 1; k >= 0; k--)
        {
            offsets[k] = at;
            file.Position = at;
            file.ReadExactly(recordHead);
            at = BinaryPrimitives.ReadInt64LittleEndian(recordHead);
        }

        var units = group is null ? [] : group.Units.Select(u => ReviewSummaryValues.Group(u, grades, ReviewHtmlWriter.UnitName(u.Name))).ToList();
        var buffer = new byte[4096];
        for (var page = 1; page <= pageCount; page++)
        {
            var first = (page - 1) * options.PageSize;
            var count = Math.Min(options.PageSize, chain.Rows - first);
            var values = ReviewHtmlWriter.HeadValues(h);
            values["indexHref"] = options.IndexHref;
            values["department"] = department;
            values["page"] = HtmlText.Count(page);
            values["pageCount"] = HtmlText.Count(pageCount);
            values["pageRows"] = HtmlText.Count(count);
            values["rows"] = HtmlText.Count(chain.Rows);
            values["previous"] = page > 1 ? PageName(number, page - 1) : null;
            values["next"] = page < pageCount ? PageName(number, page + 1) : null;
            values["gradeColumns"] = grades.Select((g, i) => new TemplateValues { ["position"] = HtmlText.Count(i), ["label"] = ReviewHtmlWriter.GradeLabel(g) }).ToList();
            values["units"] = page == 1 ? units : new List<TemplateValues>();
            values["script"] = HtmlAssets.Script;
            using var output = new FileStream(Path.Combine(folder, PageName(number, page)), FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
            using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024) { NewLine = "\n" };
            ReviewHtmlWriter.Templates.Render("review-page-head", writer, values);
            writer.Flush();
            for (var k = first; k < first + count; k++)
            {
                file.Position = offsets[k];
                file.ReadExactly(recordHead);
                var length = BinaryPrimitives.ReadInt32LittleEndian(recordHead.AsSpan(8));
                if (buffer.Length < length)
                {
                    buffer = new byte[length];
                }

                file.ReadExactly(buffer, 0, length);
                output.Write(buffer, 0, length);
            }

            ReviewHtmlWriter.Templates.Render("review-page-tail", writer, values);
        }
    }

    /// <summary>The last spooled row of a department and how many it has.</summary>
    private sealed class Chain
    {
        public long Last { get; set; }

        public int Rows { get; set; }
    }
}

/// <summary>How <see cref="ReviewSiteWriter"/> pages a review.</summary>
public sealed record ReviewSiteOptions
{
    /// <summary>1,000 rows a page, pages beside the summary page (<c>index.html</c>).</summary>
    public static ReviewSiteOptions Default { get; } = new();

    /// <summary>The most project rows on one department page (default 1,000: about 0.7 MB of HTML).</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>What the summary page puts before a page's name in its links: empty when the pages are beside it, <c>review/</c> when they are in a folder beside it.</summary>
    public string PagesHref { get; init; } = string.Empty;

    /// <summary>The link from a department page back to the summary page (default <c>index.html</c>).</summary>
    public string IndexHref { get; init; } = "index.html";
}
