
namespace PerfIndicators.Formats.Templates;

/// <summary>
/// Filled self-assessment templates (<c>.xlsx</c>, <c>.xlsm</c>, <c>.csv</c>) as a review input format: add it to
/// <see cref="ProjectSourceOptions.Formats"/> and a review reads a folder of filled templates like project JSON files.
/// xlsx is told from CSV by the file's first bytes (a zip archive), not by the name. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var options = ProjectSourceOptions.Default with { Formats = [JsonProjectFormat.Instance, FilledTemplateFormat.Instance] };
/// var inputs = ProjectSources.FromPaths(["自评表/"], options);
/// </code>
/// </example>
public sealed class FilledTemplateFormat : IProjectFormat
{
    private FilledTemplateFormat()
    {
    }

    /// <summary>The one instance.</summary>
    public static FilledTemplateFormat Instance { get; } = new();

    /// <summary>
    /// Review input options that read project JSON and filled self-assessment templates (xlsx, csv): what
    /// <c>perfind review</c> uses.
    /// </summary>
    public static ProjectSourceOptions ReviewSources { get; } = ProjectSourceOptions.Default with
    {
        Formats = [.. ProjectSourceOptions.Default.Formats, Instance],
    };

    /// <inheritdoc/>
    public string Name => "自评表模板 (filled template)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".xlsx", ".xlsm", ".csv"];

    /// <summary>
    /// Reads one filled template. The project carries every template problem as findings-to-be (so a deleted row still
    /// shows in the review); a template that cannot be scored fails with its diagnostics, each with sheet, row and column.
    /// </summary>
    /// <param name="content">The file's bytes; the caller disposes it.</param>
    /// <returns>The project, or the reasons it could not be read.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="content"/> is null.</exception>
    public InputReadResult Read(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stream = content;
        if (!content.CanSeek)
        {
            var limit = WorkbookReadLimits.Default.MaxFileBytes;
            var copy = new MemoryStream();
            var buffer = new byte[81920];
            int count;
            while ((count = content.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (copy.Length + count > limit)
                {
                    return InputReadResult.Failed(FormatDiagnosticCodes.FileTooLarge, "文件超过 " + (limit / (1024 * 1024)) + " MiB，未读取 (file too large)");
                }

                copy.Write(buffer, 0, count);
            }

            copy.Position = 0;
            stream = copy;
        }

        var start = stream.Position;
        Span<byte> head = stackalloc byte[2];
        var read = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        stream.Position = start;
        var filled = read == 2 && head[0] == (byte)'P' && head[1] == (byte)'K'
            ? FilledTemplateReader.ReadXlsx(stream)
            : FilledTemplateReader.ReadCsv(stream, FormLabels.FormSheet);
        return filled.Input is { } project
            ? InputReadResult.Read(project)
            : filled.HasErrors
                ? InputReadResult.Failed(filled.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                : InputReadResult.Failed(DiagnosticCodes.NotATemplate, "无法读取模板 (the template cannot be read)");
    }
}
