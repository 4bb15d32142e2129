namespace PerfIndicators.Formats.Files;

/// <summary>
/// A file format a review can read (JSON project files today; filled xlsx/csv templates later): which file extensions it
/// claims and how to read one project from a file's bytes. Implementations must be thread-safe.
/// </summary>
public interface IProjectFormat
{
    /// <summary>A short name for messages, e.g. <c>JSON</c>.</summary>
    string Name { get; }

    /// <summary>The file extensions this format reads, lower case with the dot (<c>.json</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads one project from <paramref name="content"/>. Never throws for bad content.</summary>
    /// <param name="content">The file's bytes; the caller disposes it.</param>
    /// <returns>The project, or the reasons it could not be read.</returns>
    InputReadResult Read(Stream content);
}
