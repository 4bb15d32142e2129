using PerfIndicators.Scoring;

namespace PerfIndicators.Review;

/// <summary>
/// One input of a review (年度绩效评价): a file, a stream or anything else that yields one project with its actuals, or the
/// reasons it could not. The reviewer calls <see cref="Read"/> on a worker thread, once; an exception thrown by it is
/// reported as a failure of this input and never stops the review.
/// </summary>
/// <remarks>
/// This is the extension point for new input kinds: the format adapters (<c>PerfIndicators.Formats.Files.ProjectSources</c>) build sources for files and folders
/// from a list of file formats (JSON first; filled xlsx/csv templates plug in the same way), and
/// <c>ProjectSources.Create</c> wraps any delegate.
/// </remarks>
public interface IProjectSource
{
    /// <summary>The name shown in reports: the path as given (folder entries joined to the folder as given), or a label.</summary>
    string Name { get; }

    /// <summary>Reads the project. Bad input gives a failed result with reasons rather than an exception.</summary>
    /// <returns>The project, or the reasons it could not be read; warnings either way.</returns>
    InputReadResult Read();
}
