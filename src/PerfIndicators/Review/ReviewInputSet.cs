using System.Collections.Immutable;

namespace PerfIndicators.Review;

/// <summary>A path given to a review that is not an input, and why: a file of another type in a folder, a subfolder, an empty folder.</summary>
/// <param name="Path">The path as given or found.</param>
/// <param name="Reason">Why it was not read, in Chinese with an English gloss.</param>
public sealed record SkippedPath(string Path, string Reason);

/// <summary>The inputs of a review after folders were expanded: the sources in order, and the paths that are not inputs.</summary>
/// <param name="Sources">The inputs in order: the paths as given, each folder replaced by its files sorted by name.</param>
/// <param name="Skipped">Paths that were looked at but are not inputs (reported, never silently dropped).</param>
public sealed record ReviewInputSet(IReadOnlyList<IProjectSource> Sources, ImmutableArray<SkippedPath> Skipped);
