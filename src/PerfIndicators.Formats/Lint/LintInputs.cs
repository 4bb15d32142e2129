using System.Collections.Immutable;
using PerfIndicators.Formats.Files;
using PerfIndicators.Lint;

namespace PerfIndicators.Formats.Lint;

/// <summary>One project reviewed, with the file it came from.</summary>
/// <param name="Input">The file (and the project's position for a document holding several).</param>
/// <param name="Report">The review.</param>
public sealed record LintedProject(string Input, LintReport Report);

/// <summary>A file that could not be reviewed, with why.</summary>
/// <param name="Input">The file.</param>
/// <param name="Diagnostics">The errors that stopped it.</param>
public sealed record LintInputError(string Input, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Every project of the files and folders given to <c>perfind lint</c>, reviewed, and the files that could not be.</summary>
/// <param name="Projects">The reviews, in path order (a folder's files by name, a document's projects in order).</param>
/// <param name="Errors">The files that could not be read.</param>
public sealed record LintRun(ImmutableArray<LintedProject> Projects, ImmutableArray<LintInputError> Errors);

/// <summary>
/// Reads what target review takes: budget documents (text, PDF), 目标表 workbooks (.xlsx, .xls), project JSON files,
/// self-scoring templates made by <c>perfind template</c> (.xlsx, .xlsm, .csv: the project they were made for), and folders
/// of them (not their subfolders). A project JSON or a template is a scoring input; everything else is a document.
/// </summary>
public static class LintInputs
{
    /// <summary>Reviews every project of <paramref name="paths"/> with <paramref name="linter"/>.</summary>
    public static LintRun Lint(IEnumerable<string> paths, TargetLinter linter, LintContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(linter);
        var projects = ImmutableArray.CreateBuilder<LintedProject>();
        var errors = ImmutableArray.CreateBuilder<LintInputError>();
        foreach (var (file, input, document, problems) in Read(paths))
        {
            if (input is not null)
            {
                projects.Add(new LintedProject(file, linter.Lint(input, context)));
            }
            else if (document is not null)
            {
                for (var i = 0; i < document.Projects.Length; i++)
                {
                    projects.Add(new LintedProject(document.Projects.Length == 1 ? file : file + "#" + (i + 1), linter.Lint(document, document.Projects[i], context)));
                }
            }
            else
            {
                errors.Add(new LintInputError(file, problems));
            }
        }

        return new LintRun(projects.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>Last year's projects from <paramref name="path"/> (a document, a project JSON or a folder), for <see cref="LintContext.PreviousYear"/>.</summary>
    public static LintContext ReadPrevious(string path, out ImmutableArray<LintInputError> errors)
    {
        ArgumentNullException.ThrowIfNull(path);
        var projects = new List<Scoring.AssessmentInput>();
        var problems = ImmutableArray.CreateBuilder<LintInputError>();
        foreach (var (file, input, document, fileErrors) in Read([path]))
        {
            if (input is not null)
            {
                projects.Add(input);
            }
            else if (document is not null)
            {
                projects.AddRange(document.Projects.Select(p => Scoring.AssessmentInput.FromDocument(document, p)));
            }
            else
            {
                problems.Add(new LintInputError(file, fileErrors));
            }
        }

        errors = problems.ToImmutable();
        return new LintContext { PreviousYear = projects };
    }

    /// <summary>
    /// Last year's projects from a results store (<c>perfind review --store</c>): the assessments of
    /// <paramref name="fiscalYear"/>, each with its indicators' targets and actuals as reported, for
    /// <see cref="LintContext.PreviousYear"/>.
    /// </summary>
    /// <param name="store">The open store.</param>
    /// <param name="fiscalYear">The year to read.</param>
    /// <returns>The context; empty when the store holds nothing of that year.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="store"/> is <see langword="null"/>.</exception>
    public static LintContext ReadPrevious(Store.ResultStore store, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(store);
        var projects = store.Year(fiscalYear)
            .Select(a => new Scoring.AssessmentInput(
                a.Project,
                a.Indicators.Select(i => Scoring.IndicatorInput.FromText(i.Name, i.TargetText, i.ActualText.Length == 0 ? null : i.ActualText, i.Category, i.Subcategory)))
            {
                Code = a.Code,
                Department = a.Department,
                Unit = a.Unit,
                FiscalYear = a.FiscalYear,
            })
            .ToList();
        return new LintContext { PreviousYear = projects };
    }

    /// <summary>
    /// Each file of <paramref name="paths"/> read once: a project JSON as review reads it (<see cref="ProjectSources.FromFile"/>),
    /// anything else as a budget document; exactly one of input and document is set, or the errors say why neither is.
    /// </summary>
    private static IEnumerable<(string File, Scoring.AssessmentInput? Input, Documents.BudgetDocument? Document, ImmutableArray<Diagnostic> Errors)> Read(IEnumerable<string> paths)
    {
        foreach (var file in Files(paths))
        {
            if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                var read = ProjectSources.FromFile(file).Read();
                yield return (file, read.Input, null, read.Input is null ? [.. read.Errors] : []);
            }
            else if (ReadTemplate(file) is { } template)
            {
                yield return (file, template.Input, null, template.Input is null ? [.. template.Errors] : []);
            }
            else
            {
                var read = DocumentFiles.Read(file);
                yield return (file, null, read.Document, read.Document is null ? [.. read.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)] : []);
            }
        }
    }

    /// <summary>
    /// A self-scoring template (xlsx, xlsm, csv made by <c>perfind template</c>) read as review reads it; <see langword="null"/>
    /// when the file carries no template metadata, so it is read as a document (a 目标表 workbook).
    /// </summary>
    private static Scoring.InputReadResult? ReadTemplate(string file)
    {
        if (Path.GetExtension(file).ToLowerInvariant() is not (".xlsx" or ".xlsm" or ".csv"))
        {
            return null;
        }

        var read = ProjectSources.FromFile(file, Templates.FilledTemplateFormat.ReviewSources).Read();
        return read.Input is null && read.Errors.All(e => e.Code == DiagnosticCodes.NotATemplate) ? null : read;
    }

    private static IEnumerable<string> Files(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path).Where(IsReviewable).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    private static bool IsReviewable(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".json" or ".txt" or ".pdf" or ".xlsx" or ".xlsm" or ".xls" or ".csv";
}
