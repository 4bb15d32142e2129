using System.Collections.Immutable;
using PerfIndicators.Scoring;

namespace PerfIndicators.Reporting;

/// <summary>What reading one review input gave: a project, or the errors that prevent it; warnings either way. Immutable.</summary>
public sealed class ProjectSourceResult
{
    private ProjectSourceResult(ProjectReport? project, ImmutableArray<string> errors, ImmutableArray<string> warnings)
    {
        Project = project;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The project, or <see langword="null"/> when it could not be read (then <see cref="Errors"/> says why).</summary>
    public ProjectReport? Project { get; }

    /// <summary>Why the project could not be read (in Chinese with an English gloss); empty on success.</summary>
    public ImmutableArray<string> Errors { get; }

    /// <summary>What was ignored or guessed while reading (unknown fields …); the project is still reviewed.</summary>
    public ImmutableArray<string> Warnings { get; }

    /// <summary>Whether a project was read.</summary>
    public bool Succeeded => Project is not null;

    /// <summary>A project that was read.</summary>
    /// <param name="project">The project.</param>
    /// <param name="warnings">What was ignored while reading, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="project"/> is null.</exception>
    public static ProjectSourceResult Success(ProjectReport project, IEnumerable<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new ProjectSourceResult(project, [], warnings is null ? [] : [.. warnings]);
    }

    /// <summary>An input that could not be read.</summary>
    /// <param name="errors">Why; at least one reason.</param>
    /// <param name="warnings">Warnings found before giving up, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="errors"/> is null.</exception>
    /// <exception cref="ArgumentException">When <paramref name="errors"/> is empty.</exception>
    public static ProjectSourceResult Failure(IEnumerable<string> errors, IEnumerable<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ImmutableArray<string> list = [.. errors];
        if (list.IsEmpty)
        {
            throw new ArgumentException("A failure needs at least one reason.", nameof(errors));
        }

        return new ProjectSourceResult(null, list, warnings is null ? [] : [.. warnings]);
    }

    /// <summary>An input that could not be read, for one reason.</summary>
    /// <param name="error">Why.</param>
    public static ProjectSourceResult Failure(string error) => Failure([error]);

    /// <summary>The result of <see cref="ScoringJson.ReadProject"/> as a source result.</summary>
    /// <param name="read">The JSON reader's result.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="read"/> is null.</exception>
    public static ProjectSourceResult From(ProjectReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return read.Project is { } project
            ? new ProjectSourceResult(project, [], read.Warnings)
            : new ProjectSourceResult(null, read.Errors.IsEmpty ? ["无法读取项目 (the project could not be read)"] : read.Errors, read.Warnings);
    }
}
