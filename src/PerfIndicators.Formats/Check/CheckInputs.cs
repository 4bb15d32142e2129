using System.Collections.Immutable;
using PerfIndicators.Checking;
using PerfIndicators.Scoring;

namespace PerfIndicators.Formats.Check;

/// <summary>One published form re-checked, with the file it came from.</summary>
/// <param name="Source">The file.</param>
/// <param name="Result">The re-check.</param>
public sealed record CheckedForm(string Source, RecheckResult Result);

/// <summary>A file from which no form could be re-checked, with why.</summary>
/// <param name="Source">The file.</param>
/// <param name="Diagnostics">What reading it said.</param>
public sealed record CheckInputError(string Source, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Every form of the files and folders given to <c>perfind check</c>, re-checked, and the files that failed.</summary>
/// <param name="Forms">The re-checks, in path order (a folder's files by name, a file's forms in order).</param>
/// <param name="Errors">The files that gave no form; one bad file never stops the others.</param>
public sealed record CheckRun(ImmutableArray<CheckedForm> Forms, ImmutableArray<CheckInputError> Errors)
{
    /// <summary>The summary over all forms (<see cref="CheckSummary.Of"/>).</summary>
    public CheckSummary Summary => CheckSummary.Of(this);
}

/// <summary>How many forms of a group were read and how many deviate.</summary>
/// <param name="Name">The group (a department, or a finding code).</param>
/// <param name="Forms">Forms in the group.</param>
/// <param name="Deviating">Forms with at least one deviation.</param>
/// <param name="Findings">Findings in the group.</param>
public sealed record CheckGroup(string Name, int Forms, int Deviating, int Findings);

/// <summary>
/// A folder's re-check summed up (自评结果抽查复核汇总): forms read, files failed, how many forms deviate, the sum of the absolute
/// differences between published and recomputed 总分 and the largest, by department and by kind of finding.
/// </summary>
public sealed record CheckSummary
{
    /// <summary>Forms re-checked.</summary>
    public int Forms { get; init; }

    /// <summary>Files that gave no form.</summary>
    public int FailedFiles { get; init; }

    /// <summary>Forms with at least one finding that a published number differs from the rule.</summary>
    public int Deviating { get; init; }

    /// <summary>Σ |published 总分 − recomputed 总分| over the forms that print a 总分.</summary>
    public decimal TotalDeviation { get; init; }

    /// <summary>The largest |published 总分 − recomputed 总分|, and the form it is in; <see langword="null"/> when none differs.</summary>
    public (decimal Amount, CheckedForm Form)? LargestDeviation { get; init; }

    /// <summary>By department (<c>（未注明部门）</c> when the form names none), by name.</summary>
    public ImmutableArray<CheckGroup> ByDepartment { get; init; } = [];

    /// <summary>By finding code, by code.</summary>
    public ImmutableArray<CheckGroup> ByFinding { get; init; } = [];

    /// <summary>The summary of <paramref name="run"/>.</summary>
    /// <param name="run">The run.</param>
    public static CheckSummary Of(CheckRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var deviations = run.Forms
            .Select(f => (Form: f, Amount: f.Result.Published.Total is { } p && f.Result.Recomputed.Total is { } r ? Math.Abs(p - r) : 0m))
            .ToList();
        var largest = deviations.Where(d => d.Amount > 0).OrderByDescending(d => d.Amount).FirstOrDefault();
        return new CheckSummary
        {
            Forms = run.Forms.Length,
            FailedFiles = run.Errors.Length,
            Deviating = run.Forms.Count(Deviates),
            TotalDeviation = deviations.Sum(d => d.Amount),
            LargestDeviation = largest.Form is null ? null : (largest.Amount, largest.Form),
            ByDepartment = [.. run.Forms
                .GroupBy(f => f.Result.Form.Department ?? "（未注明部门）", StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CheckGroup(g.Key, g.Count(), g.Count(Deviates), g.Sum(f => f.Result.Findings.Length)))],
            ByFinding = [.. run.Forms
                .SelectMany(f => f.Result.Findings.Select(d => (f, d.Code)))
                .GroupBy(x => x.Code, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CheckGroup(g.Key, g.Select(x => x.f).Distinct().Count(), g.Select(x => x.f).Distinct().Count(Deviates), g.Count()))],
        };
    }

    /// <summary>Whether a form has a finding that a published number differs from the rule.</summary>
    /// <param name="form">The form.</param>
    public static bool Deviates(CheckedForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Result.Findings.Any(f => RecheckResult.IsDeviation(f.Code));
    }
}

/// <summary>
/// Reads what <c>perfind check</c> takes — published 自评表 files (<see cref="PublishedFormFiles.Extensions"/>) and folders of them
/// (not their subfolders) — and re-checks every form, under the policy given or the one each layout implies.
/// </summary>
public static class CheckInputs
{
    /// <summary>Re-checks every form of <paramref name="paths"/>.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="policy">The policy; <see langword="null"/> for the one each form's layout implies.</param>
    public static CheckRun Check(IEnumerable<string> paths, ScoringPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var forms = ImmutableArray.CreateBuilder<CheckedForm>();
        var errors = ImmutableArray.CreateBuilder<CheckInputError>();
        foreach (var file in Files(paths))
        {
            var read = PublishedFormFiles.Read(file);
            if (read.Failed)
            {
                errors.Add(new CheckInputError(file, read.Diagnostics));
                continue;
            }

            forms.AddRange(Recheck(read, policy).Select(r => new CheckedForm(file, r)));
        }

        return new CheckRun(forms.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>
    /// Re-checks the forms of one file. The file readers' diagnostics (not the form reader's, which each form carries) are added to
    /// the findings of its first form, so nothing said while reading is lost.
    /// </summary>
    /// <param name="file">The file as read.</param>
    /// <param name="policy">The policy; <see langword="null"/> for the one each layout implies.</param>
    public static ImmutableArray<RecheckResult> Recheck(PublishedFormFile file, ScoringPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var own = file.Forms.SelectMany(f => f.Diagnostics).ToHashSet();
        var fileNotes = file.Diagnostics.Where(d => !own.Contains(d)).ToImmutableArray();
        return [.. file.Forms.Select((form, i) =>
        {
            var result = policy is null ? FormRechecker.Recheck(form) : FormRechecker.Recheck(form, policy);
            return i == 0 && !fileNotes.IsEmpty ? result with { Findings = fileNotes.AddRange(result.Findings) } : result;
        })];
    }

    private static IEnumerable<string> Files(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path)
                    .Where(f => PublishedFormFiles.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal))
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
}
