namespace PerfIndicators.Reporting;

/// <summary>
/// One input of a review (年度绩效评价): a file, a stream or anything else that yields one project with its actuals, or the
/// reasons it could not. The reviewer calls <see cref="Read"/> on a worker thread, once; an exception thrown by it is
/// reported as a failure of this input and never stops the review.
/// </summary>
/// <remarks>
/// This is the extension point for new input kinds: <see cref="ProjectSources"/> builds sources for files and folders
/// from a list of <see cref="IProjectFormat"/>s (JSON first; filled xlsx/csv templates plug in the same way), and
/// <see cref="ProjectSources.Create"/> wraps any delegate.
/// </remarks>
public interface IProjectSource
{
    /// <summary>The name shown in reports: the path as given (folder entries joined to the folder as given), or a label.</summary>
    string Name { get; }

    /// <summary>Reads the project. Bad input gives a failed result with reasons rather than an exception.</summary>
    /// <returns>The project, or the reasons it could not be read; warnings either way.</returns>
    ProjectSourceResult Read();
}

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
    ProjectSourceResult Read(Stream content);
}
