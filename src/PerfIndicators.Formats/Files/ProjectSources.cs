using System.Collections.Immutable;
using System.IO.Compression;

namespace PerfIndicators.Formats.Files;

/// <summary>How files become review inputs: the formats to read and the largest file accepted.</summary>
public sealed record ProjectSourceOptions
{
    /// <summary>The default options: JSON project files up to 64 MiB.</summary>
    public static ProjectSourceOptions Default { get; } = new();

    /// <summary>The formats, tried by file extension; a folder is expanded to the files any of them claims.</summary>
    public ImmutableArray<IProjectFormat> Formats { get; init; } = [JsonProjectFormat.Instance];

    /// <summary>Files larger than this many bytes are reported as failures instead of being read (64 MiB by default).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Whether budget documents are inputs too: PDFs, .xls workbooks, and .xlsx/.xlsm workbooks that are not filled templates
    /// (目标表), read by <see cref="DocumentFiles"/>. A document is read when the inputs are listed, and each of its projects
    /// becomes one input, scored on its targets with no actuals reported. Off by default.
    /// </summary>
    public bool ReadsDocuments { get; init; }
}


/// <summary>Builds <see cref="IProjectSource"/>s from paths, streams, JSON text, projects or delegates.</summary>
public static class ProjectSources
{
    /// <summary>
    /// Expands paths into review inputs, in the order given: a file is one input (read by the format its extension names);
    /// a folder is replaced by its files that a format claims, sorted by file name (ordinal), not descending into
    /// subfolders. A path that does not exist, a file of an unknown type given by name, or a folder that cannot be listed
    /// is an input that fails with the reason, so it is counted and reported. Other files in a folder, subfolders and
    /// empty folders are listed in <see cref="ReviewInputSet.Skipped"/>.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="options">Formats and limits, or <see langword="null"/> for <see cref="ProjectSourceOptions.Default"/>.</param>
    /// <returns>The inputs and the skipped paths. The names of a folder's files are held to sort them.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="paths"/> or one of them is null.</exception>
    public static ReviewInputSet FromPaths(IEnumerable<string> paths, ProjectSourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= ProjectSourceOptions.Default;
        var sources = new List<IProjectSource>();
        var skipped = ImmutableArray.CreateBuilder<SkippedPath>();
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            if (Directory.Exists(path))
            {
                ExpandFolder(path, options, sources, skipped);
            }
            else if (options.ReadsDocuments && IsDocument(path))
            {
                sources.AddRange(FromDocument(path));
            }
            else
            {
                sources.Add(FromFile(path, options));
            }
        }

        return new ReviewInputSet(sources, skipped.ToImmutable());
    }

    /// <summary>A file read by the format its extension names; a missing file, an unknown type or an oversized file fails when read.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Formats and limits, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is null.</exception>
    public static IProjectSource FromFile(string path, ProjectSourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ProjectSourceOptions.Default;
        var format = FormatOf(path, options);
        return new DelegateSource(path, () => ReadFile(path, format, options));
    }

    /// <summary>An input read from a stream opened when the reviewer gets to it (and disposed after).</summary>
    /// <param name="name">The name shown in reports.</param>
    /// <param name="open">Opens the stream.</param>
    /// <param name="format">The format, or <see langword="null"/> for JSON.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="name"/> or <paramref name="open"/> is null.</exception>
    public static IProjectSource FromStream(string name, Func<Stream> open, IProjectFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(open);
        var reader = format ?? JsonProjectFormat.Instance;
        return new DelegateSource(name, () =>
        {
            using var stream = open();
            return reader.Read(stream);
        });
    }

    /// <summary>An input given as project JSON text.</summary>
    /// <param name="name">The name shown in reports.</param>
    /// <param name="json">The project JSON.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static IProjectSource FromJson(string name, string json)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(json);
        return new DelegateSource(name, () => json.AsSpan().Trim().IsEmpty
            ? InputReadResult.Failed(FormatDiagnosticCodes.InputEmpty, "文件为空 (empty file)")
            : ScoringJson.ReadProject(json));
    }

    /// <summary>An input that is already a project (built in code).</summary>
    /// <param name="name">The name shown in reports.</param>
    /// <param name="project">The project.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static IProjectSource FromProject(string name, AssessmentInput project)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(project);
        var result = InputReadResult.Read(project);
        return new DelegateSource(name, () => result);
    }

    /// <summary>An input read by a delegate: the general extension point (e.g. a filled template from a database).</summary>
    /// <param name="name">The name shown in reports.</param>
    /// <param name="read">Reads the project; called once, on a worker thread.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static IProjectSource Create(string name, Func<InputReadResult> read)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(read);
        return new DelegateSource(name, read);
    }

    private static void ExpandFolder(string folder, ProjectSourceOptions options, List<IProjectSource> sources, ImmutableArray<SkippedPath>.Builder skipped)
    {
        List<(string Name, string Path, bool IsFolder)> entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().Select(e => (e.Name, Path.Join(folder, e.Name), e is DirectoryInfo))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            var reason = "无法列出文件夹内容：" + FileErrors.Describe(e) + " (the folder cannot be listed)";
            sources.Add(new DelegateSource(folder, () => InputReadResult.Failed(FormatDiagnosticCodes.InputUnreadable, reason)));
            return;
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var found = 0;
        foreach (var (_, path, isFolder) in entries)
        {
            if (isFolder)
            {
                skipped.Add(new SkippedPath(path, "子文件夹不展开 (subfolders are not read)"));
            }
            else if (options.ReadsDocuments && IsDocument(path))
            {
                sources.AddRange(FromDocument(path));
                found++;
            }
            else if (FormatOf(path, options) is null)
            {
                skipped.Add(new SkippedPath(path, "不是可读的项目文件类型（" + ExtensionList(options) + "）(not a project file type)"));
            }
            else
            {
                sources.Add(FromFile(path, options));
                found++;
            }
        }

        if (found == 0)
        {
            skipped.Add(new SkippedPath(folder, "文件夹中没有项目文件（" + ExtensionList(options) + "）(no project files in the folder)"));
        }
    }

    /// <summary>
    /// One input per project of the budget document at <paramref name="path"/> (a PDF, a 目标表 workbook, or text), named
    /// <c>path#index 项目名称</c>; the document is read now. A document that cannot be read, or has no projects, is one input
    /// that fails with the reasons.
    /// </summary>
    /// <param name="path">The document's path.</param>
    /// <returns>The inputs, in the document's order.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is null.</exception>
    public static IReadOnlyList<IProjectSource> FromDocument(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var read = DocumentFiles.Read(path);
        if (read.Document is not { } document)
        {
            var reasons = read.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            return [new DelegateSource(path, () => InputReadResult.Failed(reasons))];
        }

        if (document.Projects.IsEmpty)
        {
            return [new DelegateSource(path, () => InputReadResult.Failed(FormatDiagnosticCodes.InputEmpty, "预算文件中没有项目 (the document holds no projects)"))];
        }

        return [.. document.Projects.Select((project, index) =>
        {
            var result = InputReadResult.Read(AssessmentInput.FromDocument(document, project));
            return (IProjectSource)new DelegateSource(path + "#" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + project.Name, () => result);
        })];
    }

    /// <summary>A PDF or .xls by name; an .xlsx/.xlsm whose workbook has no template metadata sheet (a 目标表, not a filled template).</summary>
    private static bool IsDocument(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".pdf" or ".xls")
        {
            return true;
        }

        if (extension is not (".xlsx" or ".xlsm"))
        {
            return false;
        }

        try
        {
            using var file = BoundedFile.OpenRegular(path);
            using var zip = new ZipArchive(file, ZipArchiveMode.Read);
            var entry = zip.GetEntry("xl/workbook.xml");
            if (entry is null || entry.Length > 1024 * 1024)
            {
                return false;
            }

            using var reader = new StreamReader(entry.Open());
            return !reader.ReadToEnd().Contains("name=\"" + WorkbookBuilder.DefaultMetadataSheetName + "\"", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or NotSupportedException)
        {
            // Not a readable zip: the template reader says what it is.
            return false;
        }
    }

    private static IProjectFormat? FormatOf(string path, ProjectSourceOptions options)
    {
        var extension = Path.GetExtension(path);
        foreach (var format in options.Formats)
        {
            foreach (var claimed in format.Extensions)
            {
                if (string.Equals(claimed, extension, StringComparison.OrdinalIgnoreCase))
                {
                    return format;
                }
            }
        }

        return null;
    }

    private static string ExtensionList(ProjectSourceOptions options) =>
        string.Join("、", options.Formats.SelectMany(f => f.Extensions));

    private static InputReadResult ReadFile(string path, IProjectFormat? format, ProjectSourceOptions options)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return InputReadResult.Failed(FormatDiagnosticCodes.InputNotFound, "文件或文件夹不存在 (no such file or folder)");
            }

            if (format is null)
            {
                return InputReadResult.Failed(FormatDiagnosticCodes.UnsupportedFileType, "不支持的文件类型「" + info.Extension + "」，可读：" + ExtensionList(options) + " (unsupported file type)");
            }

            // Opened before its length is trusted: a FIFO or a link to a device is refused here, without blocking.
            using var stream = BoundedFile.OpenRegular(path);
            if (stream.Length > options.MaxFileBytes)
            {
                return InputReadResult.Failed(FormatDiagnosticCodes.InputTooLarge, "文件过大：" + stream.Length + " 字节，上限 " + options.MaxFileBytes + " 字节 (file too large)");
            }

            return format.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            return InputReadResult.Failed(FormatDiagnosticCodes.InputUnreadable, "无法读取文件：" + FileErrors.Describe(e) + " (the file cannot be read)");
        }
    }

    private sealed class DelegateSource(string name, Func<InputReadResult> read) : IProjectSource
    {
        public string Name { get; } = name;

        public InputReadResult Read() => read();
    }
}
