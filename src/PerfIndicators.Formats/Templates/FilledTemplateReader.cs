using System.Collections.Immutable;
using System.Globalization;
using PerfIndicators.Documents;
using PerfIndicators.Parsing;

namespace PerfIndicators.Formats.Templates;

/// <summary>
/// Reads a filled-in self-assessment template (xlsx or CSV, as written by <see cref="TemplateWriter"/> and filled by a
/// person) back into a <see cref="AssessmentInput"/> ready to score, checking it against the template's metadata.
/// </summary>
/// <remarks>
/// <para>What people type is read as they mean it: <c>95%</c>, <c>0.95</c> formatted as a percent or not, <c>95</c>,
/// numbers stored as text, dates, <c>完成</c>, <c>达成</c>, a formula's saved result, the 评价等级 drop-down. A plain number
/// is read in the target's unit (PI5118).</para>
/// <para>What is detected, never guessed: rows added (not scored) or deleted (scored as not reported), locked cells
/// edited (the template's original value is used), rows moved, a renamed form sheet, a form from another project's
/// template, missing or edited metadata (nothing scored). Every problem is a <see cref="Diagnostic"/> with
/// sheet, row and column, and is carried into the project so that scoring reports it. Bad files never throw.</para>
/// </remarks>
public static class FilledTemplateReader
{
    /// <summary>Reads the file at <paramref name="path"/>: CSV when the name ends in <c>.csv</c>, else xlsx.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">Limits for an xlsx file; <see cref="WorkbookReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is empty.</exception>
    public static FilledTemplate Read(string path, WorkbookReadLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return FromSpreadsheet(CsvReader.Read(path), isCsv: true);
        }

        // Opened here so that a missing or locked file is said in Chinese (FileErrors), then read in place.
        FileStream stream;
        try
        {
            stream = BoundedFile.OpenRegular(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException or ArgumentException)
        {
            var problem = new Diagnostic(FormatDiagnosticCodes.FileNotReadable, DiagnosticSeverity.Error, default(DiagnosticLocation), SpreadsheetMessages.FileNotReadable(exception));
            return FromSpreadsheet(new SpreadsheetReadResult(null, [problem]), isCsv: false);
        }

        using (stream)
        {
            return FromSpreadsheet(WorkbookReader.Read(stream, limits), isCsv: false);
        }
    }

    /// <summary>Reads a filled xlsx template from <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="limits">Limits; <see cref="WorkbookReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">When <paramref name="stream"/> is null or not readable.</exception>
    public static FilledTemplate ReadXlsx(Stream stream, WorkbookReadLimits? limits = null) => FromSpreadsheet(WorkbookReader.Read(stream, limits), isCsv: false);

    /// <summary>Reads a filled CSV template from <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="sheetName">The name to report locations with (e.g. the file name); <c>Sheet1</c> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">When <paramref name="stream"/> is null or not readable.</exception>
    public static FilledTemplate ReadCsv(Stream stream, string? sheetName = null) =>
        FromSpreadsheet(CsvReader.Read(stream, CsvReadOptions.Default with { SheetName = sheetName }), isCsv: true);

    /// <summary>Reads a filled template from a spreadsheet already read with <see cref="WorkbookReader"/> or <see cref="CsvReader"/>.</summary>
    /// <param name="read">The read result; its diagnostics are kept. When it has errors, nothing is scored.</param>
    /// <param name="isCsv">Whether it was read from CSV (metadata in <c>#!</c> lines, <c>'</c> before <c>= + - @</c> removed).</param>
    /// <exception cref="ArgumentNullException">When <paramref name="read"/> is null.</exception>
    public static FilledTemplate FromSpreadsheet(SpreadsheetReadResult read, bool isCsv)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new Session(read, isCsv).Run();
    }

    private sealed class Session(SpreadsheetReadResult read, bool isCsv)
    {
        private readonly List<Diagnostic> all = [.. read.Diagnostics];
        private readonly List<Diagnostic> project = [.. read.Diagnostics];
        private readonly List<FilledRow> rows = [];
        private readonly HashSet<int> commentRows = [];
        private Worksheet sheet = null!;
        private SelfAssessmentTemplate template = null!;
        private bool uses1904;

        public FilledTemplate Run()
        {
            if (read.Workbook is not { } workbook || read.HasErrors)
            {
                return Refused(null);
            }

            uses1904 = workbook.Uses1904DateSystem;
            var entries = isCsv ? CsvMetadata(workbook.Sheets.FirstOrDefault()) : workbook.ReadMetadata(FormLabels.MetadataSheet);
            if (entries is null || entries.Count == 0)
            {
                Project(DiagnosticCodes.NotATemplate, DiagnosticSeverity.Error, default, TemplateMessages.NoFormat);
                return Refused(null);
            }

            var template = SelfAssessmentTemplate.FromMetadata(entries, out var code, out var problem);
            if (template is null)
            {
                var where = isCsv ? DiagnosticLocation.InSheet(workbook.Sheets[0].Name) : DiagnosticLocation.InSheet(FormLabels.MetadataSheet);
                Project(code!, DiagnosticSeverity.Error, where, problem!);
                return Refused(null);
            }

            this.template = template;
            var sheetName = TemplateMetadata.Unescape(entries.GetValueOrDefault("sheet", FormLabels.FormSheet)) ?? FormLabels.FormSheet;
            if (FindSheet(workbook, sheetName) is not { } sheet)
            {
                return Refused(template);
            }

            this.sheet = sheet;
            if (!isCsv && !sheet.IsProtected)
            {
                Project(FormatDiagnosticCodes.ProtectionRemoved, DiagnosticSeverity.Info, DiagnosticLocation.InSheet(sheet.Name), FilledFormMessages.ProtectionRemoved);
            }

            return ReadForm();
        }

        private FilledTemplate ReadForm()
        {
            var rows = this.sheet.Rows.Where(r => !commentRows.Contains(r.Number)).ToList();
            int? Find(Func<Row, bool> predicate) => rows.FirstOrDefault(predicate)?.Number;
            var header = Find(r => Text(r.Number, 1) == FormLabels.IndicatorHeaders[0] && Text(r.Number, 3) == FormLabels.IndicatorHeaders[2]);
            if (header is not int headerRow)
            {
                Project(FormatDiagnosticCodes.FormLayoutChanged, DiagnosticSeverity.Error, DiagnosticLocation.InSheet(this.sheet.Name), FilledFormMessages.HeaderMissing);
                return Refused(this.template);
            }

            for (var column = 1; column <= FormLabels.Column.Last + 1; column++)
            {
                var expected = column <= FormLabels.Column.Last ? FormLabels.IndicatorHeaders[column - 1] : string.Empty;
                var found = Text(headerRow, column);
                if (found != expected)
                {
                    Project(FormatDiagnosticCodes.FormLayoutChanged, DiagnosticSeverity.Error, At(headerRow, column), FilledFormMessages.ColumnsChanged(CellAddress.ColumnNameOf(column), expected, found));
                    return Refused(this.template);
                }
            }

            var title = Find(r => Text(r.Number, 1).StartsWith(FormLabels.Title, StringComparison.Ordinal));
            var name = Find(r => Text(r.Number, 1) == FormLabels.ProjectName);
            var department = Find(r => Text(r.Number, 1) == FormLabels.Department);
            var budget = Find(r => Text(r.Number, 1) == FormLabels.BudgetTotal);
            var sources = FormLabels.SourceLabels.Select(label => Find(r => Text(r.Number, 1) == label)).ToArray();
            var goalHeader = Find(r => Text(r.Number, 1) == FormLabels.Goal);
            var total = Find(r => r.Number > headerRow && Text(r.Number, 1) == FormLabels.Total);
            var notes = Find(r => Text(r.Number, 1).StartsWith(FormLabels.Notes, StringComparison.Ordinal));
            var signature = Find(r => Text(r.Number, 1).StartsWith(FormLabels.Signatures[0].Label, StringComparison.Ordinal));

            // The columns each row of the form may fill; anything else in these rows, and any row that is not one of
            // them, is content outside the form.
            const int Last = FormLabels.Column.Last;
            var known = new Dictionary<int, int[]> { [headerRow] = Columns(1, Last) };
            void Known(int? row, int[] columns)
            {
                if (row is int r)
                {
                    known.TryAdd(r, columns);
                }
            }

            Known(title, [1]);
            Known(name, [1, 2]);
            Known(department, [1, 2, FormLabels.Column.UnitLabel, FormLabels.Column.UnitValue]);
            Known(budget - 1, Columns(1, FormLabels.Column.BudgetReason));
            Known(budget, Columns(1, FormLabels.Column.BudgetReason));
            foreach (var source in sources)
            {
                Known(source, Columns(1, FormLabels.Column.Executed));
            }

            Known(goalHeader, [1, FormLabels.Column.GoalExpected, FormLabels.Column.GoalActual]);
            Known(goalHeader + 1, [FormLabels.Column.GoalExpected, FormLabels.Column.GoalActual]);
            Known(total, [1, FormLabels.Column.TotalPoints, FormLabels.Column.TotalScore, FormLabels.Column.GradeLabel, FormLabels.Column.GradeValue]);
            Known(notes, [1]);
            Known(signature, [.. FormLabels.Signatures.Select(s => s.First)]);

            var end = total ?? notes ?? (rows.Count == 0 ? headerRow + 1 : rows[^1].Number + 1);
            if (total is null)
            {
                Project(FormatDiagnosticCodes.FormRowMissing, DiagnosticSeverity.Warning, DiagnosticLocation.InSheet(this.sheet.Name), FilledFormMessages.RowMissing(FormLabels.Total));
            }

            var candidates = rows.Where(r => r.Number > headerRow && r.Number < end && !IsBlank(r.Number, 1, FormLabels.Column.Last)).Select(r => r.Number).ToList();
            foreach (var row in rows.Where(r => r.Number > headerRow && r.Number < end))
            {
                known.TryAdd(row.Number, Columns(1, Last));
            }

            var nameEdited = CheckHeader(title, name, department, goalHeader);
            var matches = Match(candidates, nameEdited, name, out var refused);
            if (refused)
            {
                return Refused(this.template);
            }

            if (nameEdited is { } edit)
            {
                Project(FormatDiagnosticCodes.LockedHeaderCellEdited, DiagnosticSeverity.Warning, At(name!.Value, 2), FilledFormMessages.HeaderCellEdited(FormLabels.ProjectName, this.template.ProjectName, edit));
            }

            foreach (var row in rows)
            {
                var allowed = known.GetValueOrDefault(row.Number, []);
                if (row.Cells.FirstOrDefault(c => Array.IndexOf(allowed, c.ColumnNumber) < 0 && Text(row.Number, c.ColumnNumber).Length > 0) is { } stray)
                {
                    Project(FormatDiagnosticCodes.ContentOutsideForm, DiagnosticSeverity.Warning, At(row.Number, stray.ColumnNumber), FilledFormMessages.OutsideForm(stray.Text));
                }
            }

            var budgetReport = ReadBudget(budget, sources);
            if (total is int totalRow)
            {
                Output(totalRow, FormLabels.Column.TotalScore, FormLabels.Total);
                Output(totalRow, FormLabels.Column.GradeValue, FormLabels.Grade);
            }

            string? goalActual = null;
            if (this.template.Goal is not null && goalHeader is int goalRow)
            {
                goalActual = NullIfEmpty(InputText(goalRow + 1, FormLabels.Column.GoalActual, FormLabels.GoalActual, null));
            }

            var indicators = new List<IndicatorInput>();
            for (var i = 0; i < this.template.Rows.Length; i++)
            {
                indicators.Add(Indicator(i, this.template.Rows[i], matches[i]));
            }

            var project = new AssessmentInput(this.template.ProjectName, indicators)
            {
                Department = this.template.Department,
                Unit = this.template.Unit,
                FiscalYear = this.template.FiscalYear,
                Policy = this.template.PolicyId,
                Budget = budgetReport,
                Diagnostics = [.. this.project.Select(d => d)],
            };
            return new FilledTemplate(this.template, project, [.. all], [.. this.rows], this.sheet.Name, goalActual);
        }

        /// <summary>Checks the locked header cells; returns the project name typed when it differs from the template's (reported later).</summary>
        private string? CheckHeader(int? title, int? name, int? department, int? goalHeader)
        {
            if (title is int titleRow)
            {
                Locked(titleRow, 1, FormLabels.Title, FormLabels.TitleOf(this.template.FiscalYear));
            }

            string? nameEdited = null;
            if (name is int nameRow)
            {
                var found = Text(nameRow, 2);
                nameEdited = found == this.template.ProjectName ? null : found;
            }
            else
            {
                Project(FormatDiagnosticCodes.FormRowMissing, DiagnosticSeverity.Warning, DiagnosticLocation.InSheet(this.sheet.Name), FilledFormMessages.RowMissing(FormLabels.ProjectName));
            }

            if (department is int departmentRow)
            {
                Locked(departmentRow, 2, FormLabels.Department, this.template.Department ?? string.Empty);
                Locked(departmentRow, FormLabels.Column.UnitValue, FormLabels.Unit, this.template.Unit ?? string.Empty);
            }
            else
            {
                Project(FormatDiagnosticCodes.FormRowMissing, DiagnosticSeverity.Warning, DiagnosticLocation.InSheet(this.sheet.Name), FilledFormMessages.RowMissing(FormLabels.Department));
            }

            if (this.template.Goal is { } goal)
            {
                if (goalHeader is int goalRow)
                {
                    Locked(goalRow + 1, FormLabels.Column.GoalExpected, FormLabels.GoalExpected, goal);
                }
                else
                {
                    Project(FormatDiagnosticCodes.FormRowMissing, DiagnosticSeverity.Warning, DiagnosticLocation.InSheet(this.sheet.Name), FilledFormMessages.RowMissing(FormLabels.Goal));
                }
            }

            return nameEdited;
        }

        private void Locked(int row, int column, string label, string expected)
        {
            var found = Text(row, column);
            if (found != expected)
            {
                Project(FormatDiagnosticCodes.LockedHeaderCellEdited, DiagnosticSeverity.Warning, At(row, column), FilledFormMessages.HeaderCellEdited(label, expected, found));
            }
        }

        private void LockedNumber(int row, int column, string label, decimal expected)
        {
            var cell = CellAt(row, column);
            if (NumberOf(cell) != expected)
            {
                Project(FormatDiagnosticCodes.LockedHeaderCellEdited, DiagnosticSeverity.Warning, At(row, column), FilledFormMessages.HeaderCellEdited(label, TemplateMetadata.Number(expected), Text(row, column)));
            }
        }

        /// <summary>
        /// Pairs the template's rows with the rows found: by key, then (edited rows) by name, then by target. Returns the
        /// sheet row of each template row (or null when deleted); reports added, deleted, edited and moved rows.
        /// </summary>
        private int?[] Match(List<int> candidates, string? nameEdited, int? nameRow, out bool refused)
        {
            refused = false;
            var expected = this.template.Rows;
            var found = candidates.Select(r => (Row: r, Category: Text(r, 1), Subcategory: Text(r, 2), Name: Text(r, 3), Target: Text(r, 4), Points: NumberOf(CellAt(r, FormLabels.Column.Points)))).ToList();
            var keys = found.Select(f => f.Points is decimal p ? TemplateMetadata.RowKey(f.Category, f.Subcategory, f.Name, f.Target, p) : string.Empty).ToList();
            var matches = new int?[expected.Length];
            var used = new bool[found.Count];

            // Each pass pairs a template row with the first unused row found that has the same key (then name, then
            // target); lookups keep it linear however many rows a hostile file has.
            int Pair(Func<TemplateRow, string> expectedKey, Func<int, string> foundKey)
            {
                var lookup = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
                for (var j = 0; j < found.Count; j++)
                {
                    if (!used[j])
                    {
                        var key = foundKey(j);
                        if (!lookup.TryGetValue(key, out var queue))
                        {
                            lookup[key] = queue = new Queue<int>();
                        }

                        queue.Enqueue(j);
                    }
                }

                var count = 0;
                for (var i = 0; i < expected.Length; i++)
                {
                    if (matches[i] is null && lookup.TryGetValue(expectedKey(expected[i]), out var queue) && queue.TryDequeue(out var j))
                    {
                        used[j] = true;
                        matches[i] = j;
                        count++;
                    }
                }

                return count;
            }

            var byKey = Pair(row => row.Key, j => keys[j]);
            var byName = Pair(row => row.Name, j => found[j].Name);
            Pair(row => row.Target.Text, j => found[j].Target);

            if (found.Count > 0 && expected.Length > 0 && (byKey + byName == 0 || (nameEdited is not null && byKey * 2 < expected.Length)))
            {
                var location = nameEdited is not null && nameRow is int at ? At(at, 2) : DiagnosticLocation.InSheet(this.sheet.Name);
                Project(
                    FormatDiagnosticCodes.TemplateFromAnotherProject,
                    DiagnosticSeverity.Error,
                    location,
                    nameEdited is not null ? FilledFormMessages.AnotherProject(this.template.ProjectName, nameEdited) : FilledFormMessages.NoRowMatches(this.template.ProjectName));
                refused = true;
                return matches;
            }

            var rows = new int?[expected.Length];
            var last = 0;
            var moved = false;
            for (var i = 0; i < expected.Length; i++)
            {
                var row = expected[i];
                if (matches[i] is not int j)
                {
                    Row(i, FormatDiagnosticCodes.TemplateRowDeleted, DiagnosticSeverity.Error, DiagnosticLocation.InSheet(this.sheet.Name, row.RowNumber), FilledFormMessages.RowDeleted(row.RowNumber, row.Name));
                    this.rows.Add(new FilledRow(FilledRowStatus.Deleted, null, row.RowNumber, row.Name));
                    continue;
                }

                var f = found[j];
                rows[i] = f.Row;
                moved |= f.Row < last;
                last = f.Row;
                var edited = keys[j] != row.Key;
                if (edited)
                {
                    EditedCell(i, f.Row, FormLabels.Column.Category, row.CategoryLabel, f.Category);
                    EditedCell(i, f.Row, FormLabels.Column.Subcategory, row.SubcategoryLabel, f.Subcategory);
                    EditedCell(i, f.Row, FormLabels.Column.Name, row.Name, f.Name);
                    EditedCell(i, f.Row, FormLabels.Column.Target, row.Target.Text, f.Target);
                    if (f.Points != row.Points)
                    {
                        EditedCell(i, f.Row, FormLabels.Column.Points, TemplateMetadata.Number(row.Points), Text(f.Row, FormLabels.Column.Points));
                    }
                }

                this.rows.Add(new FilledRow(edited ? FilledRowStatus.Edited : FilledRowStatus.Matched, f.Row, row.RowNumber, row.Name));
            }

            if (moved)
            {
                Project(FormatDiagnosticCodes.TemplateRowsReordered, DiagnosticSeverity.Info, DiagnosticLocation.InSheet(this.sheet.Name), FilledFormMessages.RowsReordered);
            }

            for (var j = 0; j < found.Count; j++)
            {
                if (!used[j])
                {
                    var f = found[j];
                    Project(FormatDiagnosticCodes.TemplateRowAdded, DiagnosticSeverity.Warning, DiagnosticLocation.InSheet(this.sheet.Name, f.Row), FilledFormMessages.RowAdded(f.Name, f.Target));
                    this.rows.Add(new FilledRow(FilledRowStatus.Added, f.Row, null, f.Name));
                }
            }

            this.rows.Sort((a, b) => (a.SheetRow ?? a.TemplateRow ?? 0).CompareTo(b.SheetRow ?? b.TemplateRow ?? 0));
            return rows;

            void EditedCell(int index, int sheetRow, int column, string original, string now)
            {
                if (original != now)
                {
                    var template = expected[index];
                    Row(index, FormatDiagnosticCodes.LockedIndicatorCellEdited, DiagnosticSeverity.Warning, At(sheetRow, column), FilledFormMessages.IndicatorCellEdited(template.RowNumber, template.Name, FormLabels.IndicatorHeaders[column - 1], original, now));
                }
            }
        }

        private readonly Dictionary<int, List<Diagnostic>> rowDiagnostics = [];

        private void Row(int index, string code, DiagnosticSeverity severity, DiagnosticLocation location, string message)
        {
            var diagnostic = new Diagnostic(code, severity, location, message);
            all.Add(diagnostic);
            if (!rowDiagnostics.TryGetValue(index, out var list))
            {
                rowDiagnostics[index] = list = [];
            }

            list.Add(diagnostic);
        }

        private IndicatorInput Indicator(int index, TemplateRow row, int? sheetRow)
        {
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            Actual? actual = null;
            string? reason = null;
            decimal? manualScore = null;
            if (sheetRow is int r)
            {
                var text = ActualText(index, r, row);
                if (text is not null)
                {
                    var parsed = IndicatorParser.ParseActual(text, new Indicator(row.Name, row.Target, default));
                    diagnostics.AddRange(parsed.Diagnostics);
                    actual = parsed.Value ?? new Actual(text, ActualKind.Text);
                }

                if (Tier(index, r, row) is AchievementTier tier)
                {
                    if (actual?.Tier is AchievementTier written && written != tier)
                    {
                        Row(index, FormatDiagnosticCodes.TierDisagreesWithActual, DiagnosticSeverity.Info, At(r, FormLabels.Column.Tier), FilledFormMessages.TierDisagrees(FormLabels.Tiers[(int)tier], actual.Text));
                    }

                    diagnostics.Clear();
                    actual = new Actual(text ?? FormLabels.Tiers[(int)tier], ActualKind.Tier) { Tier = tier };
                }

                reason = NullIfEmpty(InputText(r, FormLabels.Column.Reason, FormLabels.IndicatorHeaders[FormLabels.Column.Reason - 1], index));
                if (row.TakesManualScore)
                {
                    manualScore = InputNumber(r, FormLabels.Column.Score, FormLabels.IndicatorHeaders[FormLabels.Column.Score - 1], index);
                }
                else
                {
                    Output(r, FormLabels.Column.Score, FormLabels.IndicatorHeaders[FormLabels.Column.Score - 1], index);
                }
            }

            if (rowDiagnostics.TryGetValue(index, out var list))
            {
                diagnostics.InsertRange(0, list.Select(d => d));
            }

            return new IndicatorInput(row.Name, row.Target)
            {
                Category = row.Category,
                Subcategory = row.Subcategory,
                Points = row.PointsAllocated ? null : row.Points,
                Actual = actual,
                DeviationReason = reason,
                EvaluatorScore = manualScore,
                Diagnostics = diagnostics.ToImmutable(),
            };
        }

        /// <summary>The 实际完成值 to parse: the cell as Excel shows it, a plain number given the target's unit.</summary>
        private string? ActualText(int index, int row, TemplateRow template)
        {
            var content = Content(row, FormLabels.Column.Actual, FormLabels.IndicatorHeaders[FormLabels.Column.Actual - 1], index);
            if (content is null)
            {
                return null;
            }

            if (content.Kind == CellContentKind.Number && content.Number is decimal number && UnitSuffix(template.Target) is { } suffix)
            {
                var read = TemplateMetadata.Number(number) + suffix;
                Row(index, FormatDiagnosticCodes.ActualUnitFromTarget, DiagnosticSeverity.Info, At(row, FormLabels.Column.Actual), FilledFormMessages.UnitFromTarget(content.Text, read, template.Target.Text));
                return read;
            }

            return content.Text;
        }

        private AchievementTier? Tier(int index, int row, TemplateRow template)
        {
            var text = Text(row, FormLabels.Column.Tier);
            if (text.Length == 0)
            {
                return null;
            }

            if (!template.TakesTier)
            {
                Row(index, FormatDiagnosticCodes.InvalidTier, DiagnosticSeverity.Warning, At(row, FormLabels.Column.Tier), FilledFormMessages.TierOnQuantitative(text));
                return null;
            }

            if (IndicatorParser.ParseActual(text).Value is { Kind: ActualKind.Tier, Tier: AchievementTier tier })
            {
                return tier;
            }

            Row(index, FormatDiagnosticCodes.InvalidTier, DiagnosticSeverity.Warning, At(row, FormLabels.Column.Tier), FilledFormMessages.InvalidTier(text));
            return null;
        }

        private BudgetInput? ReadBudget(int? budget, int?[] sources)
        {
            if (budget is not int row)
            {
                Project(FormatDiagnosticCodes.FormRowMissing, DiagnosticSeverity.Warning, DiagnosticLocation.InSheet(this.sheet.Name), FilledFormMessages.RowMissing(FormLabels.BudgetTotal));
                return this.template.InitialBudget is decimal only ? new BudgetInput { Initial = only } : null;
            }

            var headers = FormLabels.BudgetHeaders;
            var initial = this.template.InitialBudget;
            if (initial is decimal locked)
            {
                LockedNumber(row, FormLabels.Column.Initial, headers[1], locked);
            }
            else
            {
                initial = InputAmount(row, FormLabels.Column.Initial, headers[1]);
            }

            LockedNumber(row, FormLabels.Column.BudgetPoints, headers[4], this.template.BudgetPoints);
            var adjusted = InputAmount(row, FormLabels.Column.Adjusted, headers[2]);
            var executed = InputAmount(row, FormLabels.Column.Executed, headers[3]);
            Output(row, FormLabels.Column.Rate, headers[5]);
            Output(row, FormLabels.Column.BudgetScore, headers[6]);
            var reason = NullIfEmpty(InputText(row, FormLabels.Column.BudgetReason, headers[7], null));

            var funding = ImmutableArray.CreateBuilder<FundingInput>();
            for (var s = 0; s < sources.Length; s++)
            {
                var label = FormLabels.SourceLabels[s];
                if (sources[s] is not int sourceRow)
                {
                    Project(FormatDiagnosticCodes.FormRowMissing, DiagnosticSeverity.Warning, DiagnosticLocation.InSheet(this.sheet.Name), FilledFormMessages.RowMissing(label));
                    continue;
                }

                var values = new[] { FormLabels.Column.Initial, FormLabels.Column.Adjusted, FormLabels.Column.Executed }
                    .Select(c => InputAmount(sourceRow, c, label + headers[c - 1])).ToArray();
                if (values.Any(v => v is not null))
                {
                    funding.Add(new FundingInput(label.Replace("其中：", string.Empty, StringComparison.Ordinal), values[0], values[1], values[2]));
                }
            }

            if (initial is null && adjusted is null && executed is null && funding.Count == 0 && reason is null)
            {
                return null;
            }

            return new BudgetInput { Initial = initial, Adjusted = adjusted, Executed = executed, DeviationReason = reason, Sources = funding.ToImmutable() };
        }

        /// <summary>
        /// An amount cell: a number, or text as budget blocks print amounts (<c>4753.66万元</c>, <c>387,664.62元</c>, <c>1.2亿</c>), converted to
        /// the form's unit (its 项目资金 header) with PI3027 at the cell, read as the project JSON reads it.
        /// </summary>
        private decimal? InputAmount(int row, int column, string what)
        {
            var content = Content(row, column, what, null);
            if (content is null)
            {
                return null;
            }

            if (content.Kind == CellContentKind.Number && content.Number is decimal number)
            {
                return number;
            }

            if (BudgetText.TryReadAmount(content.Text, out var value, out var yuan))
            {
                if (yuan is not decimal factor || AmountUnits.FromLabel(this.template.AmountUnit ?? string.Empty) is not AmountUnit unit || factor == unit.YuanFactor())
                {
                    return value;
                }

                if (BudgetText.Convert(value, factor, unit) is decimal converted)
                {
                    Project(DiagnosticCodes.AmountConverted, DiagnosticSeverity.Info, At(row, column), FilledFormMessages.AmountConverted(what, content.Text, unit.Label(), BudgetText.Show(converted)));
                    return converted;
                }
            }

            Project(FormatDiagnosticCodes.NumberExpected, DiagnosticSeverity.Warning, At(row, column), FilledFormMessages.NumberExpected(what, content.Text));
            return null;
        }

        /// <summary>What a fill-in cell holds, or null when blank or unusable (reported).</summary>
        private CellContent? Content(int row, int column, string what, int? index)
        {
            var cell = CellAt(row, column);
            if (cell is null)
            {
                return null;
            }

            var content = CellContent.Of(cell, uses1904);
            if (content.IsFormulaResult && content.Kind == CellContentKind.Blank)
            {
                Report(index, FormatDiagnosticCodes.UnusableCellValue, DiagnosticSeverity.Warning, At(row, column), FilledFormMessages.FormulaWithoutResult(content.Formula ?? string.Empty));
                return null;
            }

            if (content.Kind is CellContentKind.Error or CellContentKind.Boolean)
            {
                Report(index, FormatDiagnosticCodes.UnusableCellValue, DiagnosticSeverity.Warning, At(row, column), FilledFormMessages.UnusableValue(what, content.Text));
                return null;
            }

            if (content.Kind == CellContentKind.Blank)
            {
                return null;
            }

            if (content.IsFormulaResult)
            {
                Report(index, FormatDiagnosticCodes.FormulaResultUsed, DiagnosticSeverity.Info, At(row, column), FilledFormMessages.FormulaResult(content.Formula ?? "…", content.Text));
            }

            return content;
        }

        private string InputText(int row, int column, string what, int? index) => Content(row, column, what, index)?.Text ?? string.Empty;

        private decimal? InputNumber(int row, int column, string what, int? index)
        {
            var content = Content(row, column, what, index);
            if (content is null)
            {
                return null;
            }

            if (content.Kind == CellContentKind.Number && content.Number is decimal number)
            {
                return number;
            }

            Report(index, FormatDiagnosticCodes.NumberExpected, DiagnosticSeverity.Warning, At(row, column), FilledFormMessages.NumberExpected(what, content.Text));
            return null;
        }

        private void Output(int row, int column, string what, int? index = null)
        {
            var text = Text(row, column);
            if (text.Length > 0)
            {
                Report(index, FormatDiagnosticCodes.OutputCellFilled, DiagnosticSeverity.Warning, At(row, column), FilledFormMessages.OutputFilled(what, text));
            }
        }

        private void Report(int? index, string code, DiagnosticSeverity severity, DiagnosticLocation location, string message)
        {
            if (index is int i)
            {
                Row(i, code, severity, location, message);
            }
            else
            {
                Project(code, severity, location, message);
            }
        }

        private Worksheet? FindSheet(Workbook workbook, string name)
        {
            if (isCsv)
            {
                return workbook.Sheets[0];
            }

            if (workbook.GetSheet(name) is { } sheet)
            {
                return sheet;
            }

            var candidates = workbook.Sheets
                .Where(s => s.Visibility == SheetVisibility.Visible && !string.Equals(s.Name, FormLabels.MetadataSheet, StringComparison.OrdinalIgnoreCase))
                .Where(s => s.Rows.Any(r => r.GetText(1).Trim() == FormLabels.IndicatorHeaders[0] && r.GetText(3).Trim() == FormLabels.IndicatorHeaders[2]))
                .ToList();
            if (candidates.Count == 1)
            {
                Project(FormatDiagnosticCodes.FormSheetRenamed, DiagnosticSeverity.Warning, DiagnosticLocation.InSheet(candidates[0].Name), FilledFormMessages.SheetRenamed(name, candidates[0].Name));
                return candidates[0];
            }

            Project(FormatDiagnosticCodes.FormSheetMissing, DiagnosticSeverity.Error, default, FilledFormMessages.SheetMissing(name));
            return null;
        }

        /// <summary>The <c>#! key=value</c> lines of a CSV template (a line split at commas by a spreadsheet program is joined again).</summary>
        private ImmutableDictionary<string, string>? CsvMetadata(Worksheet? sheet)
        {
            if (sheet is null)
            {
                return null;
            }

            var entries = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var row in sheet.Rows)
            {
                var first = row.GetText(1).TrimStart();
                if (!first.StartsWith(FormLabels.CsvCommentPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                commentRows.Add(row.Number);
                if (!first.StartsWith(FormLabels.CsvMetadataPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var last = row.Cells[^1].ColumnNumber;
                var line = string.Join(',', Enumerable.Range(1, last).Select(row.GetText)).TrimEnd(',', ' ');
                var body = line[FormLabels.CsvMetadataPrefix.Length..].TrimStart();
                var equals = body.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0 && !entries.ContainsKey(body[..equals]))
                {
                    entries.Add(body[..equals], body[(equals + 1)..]);
                }
            }

            return entries.ToImmutable();
        }

        private FilledTemplate Refused(SelfAssessmentTemplate? template) =>
            new(template, null, [.. all], [.. this.rows], this.sheet?.Name, null);

        private void Project(string code, DiagnosticSeverity severity, DiagnosticLocation location, string message)
        {
            var diagnostic = new Diagnostic(code, severity, location, message);
            all.Add(diagnostic);
            this.project.Add(diagnostic);
        }

        private DiagnosticLocation At(int row, int column) => DiagnosticLocation.InSheet(this.sheet.Name, row, column);

        private Cell? CellAt(int row, int column)
        {
            var cell = this.sheet.GetCell(row, column);
            if (cell is null || !isCsv || cell.Text.Length < 2 || cell.Text[0] != '\'' || cell.Text[1] is not ('=' or '+' or '-' or '@'))
            {
                return cell;
            }

            return cell with { Text = cell.Text[1..] };
        }

        private string Text(int row, int column) => CellAt(row, column)?.Text.Trim() ?? string.Empty;

        private bool IsBlank(int row, int first, int last)
        {
            for (var column = first; column <= last; column++)
            {
                if (Text(row, column).Length > 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static decimal? NumberOf(Cell? cell)
        {
            if (cell is null)
            {
                return null;
            }

            if (cell.Number is decimal number)
            {
                return number;
            }

            var text = cell.Text.Trim();
            return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        }

        private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

        private static int[] Columns(int first, int last) => [.. Enumerable.Range(first, last - first + 1)];

        /// <summary>
        /// The unit a plain number in 实际完成值 is read in: the target's, with its multiplier (万, 亿); none for percent targets. The
        /// rule is the scoring's own (<c>UnitReconciler.BareNumberScale</c>), so a bare number means the same here as in a project JSON.
        /// </summary>
        private static string? UnitSuffix(Target target) =>
            UnitReconciler.BareNumberScale(target) is { } scale ? UnitReconciler.UnitText(scale) : null;
    }
}
