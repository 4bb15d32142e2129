namespace PerfIndicators.Parsing;

/// <summary>
/// Reads one row of a 绩效目标表 or 自评表 from its cells: category cells (carried down), the name (三级指标), and the value cells in
/// every layout of the national template — <c>指标值</c>; <c>指标性质 | 指标值 | 度量单位</c> with <c>定量/定性/正向/反向</c>, <c>≥</c>,
/// <c>═</c> cells; a 指标解释 cell before the value; 绩效标准, 评分标准, 分值 or 实施进度 cells after it. A value cell is the target even
/// when it is a short phrase (优良, 否, 长期). A row is never "prose with no indicator": an empty value cell takes the target from the name.
/// </summary>
internal static class RowReader
{
    private enum Kind
    {
        Label,
        Property,
        Comparator,
        Unit,
        Standard,
        Rule,
        Progress,
        Header,
        Value,
    }

    private sealed class Cell(int start, int end, CompactText text)
    {
        public int Start { get; } = start;

        public int End { get; } = end;

        public CompactText Text { get; } = text;

        public Kind Kind { get; set; }

        public Target? Trial { get; set; }

        public DiagnosticBag? TrialBag { get; set; }
    }

    /// <summary>
    /// Reads the row whose non-empty cells are <paramref name="ranges"/> (original indices). Label cells update <paramref name="labels"/>.
    /// With <paramref name="strict"/>, the value cells must read as a value (a quantity, date, period, rule, or a known qualitative
    /// phrase), else nothing is read and nothing reported: cells split at single spaces are only a guess.
    /// </summary>
    /// <returns>The indicator, or <see langword="null"/> for a row of labels only, a row with values and no name, or a strict read that failed.</returns>
    public static Indicator? Read(string original, List<(int Start, int End)> ranges, ref Labels labels, DiagnosticBag bag, bool strict = false, TextSpan? line = null)
    {
        var cells = new List<Cell>(ranges.Count);
        foreach (var (start, end) in ranges)
        {
            if (end > start)
            {
                var text = CompactText.Create(original, start, end - start, skipColumnBars: true);
                if (text.Length > 0)
                {
                    cells.Add(new Cell(start, end, text));
                }
            }
        }

        if (cells.Count == 0)
        {
            return null;
        }

        var rowLabels = labels;
        var nameIndex = strict ? 0 : ReadLabels(cells, ref rowLabels);
        if (!strict)
        {
            labels = rowLabels;
        }

        if (nameIndex >= cells.Count)
        {
            return null;
        }

        var name = cells[nameIndex];
        var rowSpan = TextSpan.FromBounds(cells[0].Start, cells[^1].End);
        var values = cells.GetRange(nameIndex + 1, cells.Count - nameIndex - 1);
        foreach (var cell in values)
        {
            Classify(cell);
        }

        var local = new DiagnosticBag();
        if (IsNotAName(name))
        {
            if (!strict)
            {
                bag.Add(DiagnosticCodes.UnreadableRow, DiagnosticSeverity.Warning, line ?? rowSpan, Messages.UnreadableRow(Describe(original, line ?? rowSpan)));
            }

            return null;
        }

        if (values.Count == 0)
        {
            return strict ? null : FromName(name, rowLabels, rowSpan, bag);
        }

        if (!TryChooseValue(values, strict, out var valueIndex, out var comparatorIndex, out var unitIndex, out var property))
        {
            if (strict)
            {
                return null;
            }

            bag.Add(DiagnosticCodes.UnreadableRow, DiagnosticSeverity.Warning, line ?? rowSpan, Messages.UnreadableRow(Describe(original, line ?? rowSpan)));
            return null;
        }

        var value = values[valueIndex];
        if (strict && (!IsDefiniteValue(value) || HasUnexplainedValues(values, valueIndex, unitIndex)))
        {
            return null;
        }

        // Name and context.
        var nameText = name.Text;
        var (nameEnd, nameWritten) = NameWithoutPlaceholder(nameText, rowLabels, out var context);
        if (property is { } p)
        {
            var propertyText = p.Text.CleanSlice(0, p.Text.Length);
            var simplified = Simplified.Of(p.Text.Text);
            Direction? direction = simplified.StartsWith("正向", StringComparison.Ordinal) ? Direction.HigherIsBetter
                : simplified.StartsWith("反向", StringComparison.Ordinal) ? Direction.LowerIsBetter : null;
            context = context with { Property = direction, PropertyText = propertyText };
        }

        var qualitativeProperty = values.Exists(c => c.Kind == Kind.Property && Simplified.Of(c.Text.Text).StartsWith("定性", StringComparison.Ordinal));

        // The value region: [comparator] value [unit].
        var first = comparatorIndex >= 0 ? values[comparatorIndex] : value;
        var last = value;
        if (unitIndex >= 0)
        {
            var unit = values[unitIndex];
            if (Conflicts(value, unit))
            {
                local.Add(DiagnosticCodes.UnitCellConflict, DiagnosticSeverity.Warning, TextSpan.FromBounds(unit.Start, unit.End),
                    Messages.UnitCellConflict(unit.Text.CleanSlice(0, unit.Text.Length), value.Text.CleanSlice(0, value.Text.Length)));
            }
            else
            {
                last = unit;
            }
        }

        var region = CompactText.Create(original, first.Start, last.End - first.Start, skipColumnBars: true);
        var target = TargetParser.Parse(region, 0, region.Length, local, context, afterQualitativeMarker: qualitativeProperty);

        // Cells left out: 指标解释, 绩效标准, 评分标准, 分值, 实施进度, a repeated value.
        for (var k = 0; k < values.Count; k++)
        {
            var cell = values[k];
            if (k != valueIndex && k != comparatorIndex && k != unitIndex && cell.Kind is not (Kind.Property or Kind.Header) && (unitIndex < 0 || cell != values[unitIndex]))
            {
                local.Add(DiagnosticCodes.CellLeftOut, DiagnosticSeverity.Info, TextSpan.FromBounds(cell.Start, cell.End), Messages.CellLeftOut(cell.Text.CleanSlice(0, cell.Text.Length)));
            }
        }

        if (strict && target is UnrecognizedTarget)
        {
            return null;
        }

        bag.AddRange(local);
        var (targetFrom, targetTo) = TargetParser.Trim(region.Text, 0, region.Length);
        var head = region.Text.AsSpan(targetFrom, targetTo - targetFrom);
        if (head.Length > 2 && (head.StartsWith("定性", StringComparison.Ordinal) || head.StartsWith("定量", StringComparison.Ordinal)))
        {
            // 定性 优良中低差 in one cell: the 指标性质 is not part of the target.
            targetFrom += 2;
        }

        var targetSpan = region.ToOriginal(targetFrom, targetTo);
        return new Indicator(nameWritten, target, rowSpan)
        {
            Category = rowLabels.Category,
            CategoryLabel = rowLabels.CategoryLabel,
            Subcategory = rowLabels.Subcategory,
            SubcategoryLabel = rowLabels.SubcategoryLabel,
            NameSpan = nameText.ToOriginal(0, nameEnd),
            TargetSpan = targetSpan,
        };
    }

    /// <summary>Consumes the leading label cells; returns the index of the name cell.</summary>
    private static int ReadLabels(List<Cell> cells, ref Labels labels)
    {
        var rowHasCategory = false;
        var k = 0;
        for (; k < cells.Count; k++)
        {
            var cell = cells[k];
            var label = LabelCell.Read(cell.Text.Text, out var known);
            var header = label is null && LabelCell.IsHeader(cell.Text.Text);
            var remaining = cells.Count - k - 1;

            // An unknown first cell before a known label is a label column too (一级 printed 项目决策 over 数量指标).
            if (label is null && !header && remaining >= 2 && LabelCell.Read(cells[k + 1].Text.Text, out var nextKnown) is not null && nextKnown && k == 0 && !LooksLikeValue(cells[k + 1]))
            {
                label = new LabelCell.Label(null, null);
            }

            if (label is null && !header)
            {
                break;
            }

            // The cell before the value region is the name, even if it reads like a label (成本指標 | 社會成本指標 | 定量 | 100 | %;
            // 成本指标 | 成本 | 10万元 | 已完成100%).
            if (remaining == 0 || (k + 1 < cells.Count && (IsPropertyOrComparator(cells[k + 1]) || (LooksLikeValue(cells[k + 1]) && Substantive(cells, k + 1) < 2))))
            {
                break;
            }

            if (header)
            {
                continue;
            }

            var written = cell.Text.CleanSlice(0, cell.Text.Length);
            if (label is { Category: IndicatorCategory.Cost } && (rowHasCategory || k == 1) && labels.Category is IndicatorCategory.Output)
            {
                // 成本指标 in the 二级 column is the 2020 framework's second level under 产出.
                labels = labels with { Subcategory = IndicatorSubcategory.Cost, SubcategoryLabel = written };
            }
            else if (label is { Category: { } category })
            {
                labels = new Labels(category, written, null, null);
                rowHasCategory = true;
            }
            else if (label is { Subcategory: { } subcategory })
            {
                labels = labels with
                {
                    Subcategory = subcategory,
                    SubcategoryLabel = written,
                    Category = labels.CategoryLabel is null ? subcategory.ParentCategory() : labels.Category,
                };
            }
            else if (k == 0 || rowHasCategory is false && known)
            {
                // A label without a category (points only, or another template's 过程管理指标): a new group with no category yet.
                labels = Labels.None;
            }
        }

        return k;
    }

    /// <summary>A row whose value cell is empty: the name holds the whole clause (资金支付率≥90%), or states the qualitative target.</summary>
    private static Indicator? FromName(Cell name, Labels labels, TextSpan rowSpan, DiagnosticBag bag)
    {
        var text = name.Text;
        var local = new DiagnosticBag();
        var indicator = ClauseParser.Parse(text, 0, text.Length, labels, local, out _);
        if (indicator.Target is not UnrecognizedTarget)
        {
            // 指标1:年度资金支付完成率100% | (empty): the name cell holds the whole clause.
            if (indicator.TargetSpan.Length > 0 && indicator.NameSpan.Length > 0)
            {
                bag.Add(DiagnosticCodes.TargetInName, DiagnosticSeverity.Info, indicator.TargetSpan, Messages.TargetInName(statement: false));
            }

            bag.AddRange(local);
            return indicator with { Span = rowSpan };
        }

        // 增加就业机会,提高农民收入。 | (empty): the statement is the target.
        var (start, end) = TargetParser.Trim(text.Text, 0, text.Length);
        var written = text.CleanSlice(start, end);
        bag.Add(DiagnosticCodes.TargetInName, DiagnosticSeverity.Info, text, start, end, Messages.TargetInName(statement: true));
        return new Indicator(written, new QualitativeTarget(written), rowSpan)
        {
            Category = labels.Category,
            CategoryLabel = labels.CategoryLabel,
            Subcategory = labels.Subcategory,
            SubcategoryLabel = labels.SubcategoryLabel,
            NameSpan = text.ToOriginal(start, end),
            TargetSpan = text.ToOriginal(start, end),
        };
    }

    /// <summary>The kind of a value-region cell.</summary>
    private static void Classify(Cell cell)
    {
        var s = cell.Text.Text;
        var simplified = Simplified.Of(s);
        if (simplified is "定量" or "定性" or "正向" or "反向" or "定量指标" or "定性指标" or "正向指标" or "反向指标")
        {
            cell.Kind = Kind.Property;
        }
        else if (Lexicon.Symbols.TryMatch(s, out Comparator _, out var length) && length == s.Length
            || Lexicon.TryMatchPreWord(s, out _, out length) && length == s.Length)
        {
            cell.Kind = Kind.Comparator;
        }
        else if (IsUnitCell(s))
        {
            cell.Kind = Kind.Unit;
        }
        else if (IsStandard(simplified))
        {
            cell.Kind = Kind.Standard;
        }
        else if (LabelCell.IsHeader(s))
        {
            cell.Kind = Kind.Header;
        }
        else if (simplified.StartsWith("已完成", StringComparison.Ordinal) || simplified.StartsWith("已达", StringComparison.Ordinal))
        {
            cell.Kind = Kind.Progress;
        }
        else if (IsRuleText(simplified))
        {
            cell.Kind = Kind.Rule;
        }
        else
        {
            cell.Kind = Kind.Value;
        }
    }

    /// <summary>
    /// Picks the value among the value-region cells: after a comparator cell; else the one candidate; else the one with a comparator,
    /// the ones not marked as a 指标解释 (…(计划标准)), an earlier full value before a bare trailing number (the 分值), one of equal values.
    /// </summary>
    private static bool TryChooseValue(List<Cell> values, bool strict, out int valueIndex, out int comparatorIndex, out int unitIndex, out Cell? property)
    {
        valueIndex = -1;
        comparatorIndex = -1;
        unitIndex = -1;
        property = values.FirstOrDefault(c => c.Kind == Kind.Property && Simplified.Of(c.Text.Text) is "正向" or "反向" or "正向指标" or "反向指标")
            ?? values.FirstOrDefault(c => c.Kind == Kind.Property);

        var comparator = values.FindIndex(c => c.Kind == Kind.Comparator);
        if (comparator >= 0)
        {
            var next = values.FindIndex(comparator + 1, c => c.Kind == Kind.Value);
            if (next >= 0)
            {
                comparatorIndex = comparator;
                valueIndex = next;
            }
        }

        if (valueIndex < 0)
        {
            // A rule standing as the only value (低于90%不得分…) is the target.
            var kind = Kind.Value;
            var first = IndexOf(values, kind, 0);
            if (first < 0)
            {
                kind = Kind.Rule;
                first = IndexOf(values, kind, 0);
            }

            if (first < 0)
            {
                return false;
            }

            valueIndex = IndexOf(values, kind, first + 1) < 0 ? first : ChooseAmong(values, Positions(values, kind), strict);
            if (valueIndex < 0)
            {
                return false;
            }
        }

        if (valueIndex + 1 < values.Count && values[valueIndex + 1].Kind == Kind.Unit)
        {
            unitIndex = valueIndex + 1;
        }

        return true;
    }

    /// <summary>The first cell of <paramref name="kind"/> from <paramref name="start"/> on, or -1.</summary>
    private static int IndexOf(List<Cell> values, Kind kind, int start)
    {
        for (var k = start; k < values.Count; k++)
        {
            if (values[k].Kind == kind)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The positions of the cells of <paramref name="kind"/>.</summary>
    private static List<int> Positions(List<Cell> values, Kind kind)
    {
        var positions = new List<int>();
        for (var k = 0; k < values.Count; k++)
        {
            if (values[k].Kind == kind)
            {
                positions.Add(k);
            }
        }

        return positions;
    }

    private static int ChooseAmong(List<Cell> values, List<int> candidates, bool strict)
    {
        foreach (var k in candidates)
        {
            Trial(values[k]);
        }

        var withComparator = candidates.Where(k => HasComparator(values[k].Trial)).ToList();
        if (withComparator.Count == 1)
        {
            return withComparator[0];
        }

        // 90%(计划标准) | 1: the first is the 指标解释 with its basis, the second the target.
        var unmarked = candidates.Where(k => !EndsWithBasis(values[k].Text.Text)).ToList();
        if (unmarked.Count == 1)
        {
            return unmarked[0];
        }

        if (unmarked.Count == 0)
        {
            return -1;
        }

        // ≤65万元 | 10: a full value, then a bare number (the 分值).
        var lastIndex = unmarked[^1];
        if (unmarked.Count == 2 && IsBareNumber(values[lastIndex].Trial) && !IsBareNumber(values[unmarked[0]].Trial))
        {
            return unmarked[0];
        }

        // 100% | 100%, 44,561 | 44,561: the same value twice.
        var firstTarget = values[unmarked[0]].Trial;
        if (unmarked.All(k => Same(values[k].Trial, firstTarget)))
        {
            return lastIndex;
        }

        // A 指标解释 sentence before the value: take the one cell that reads as a value (not when the cells are only a guess).
        var definite = unmarked.Where(k => IsDefiniteValue(values[k])).ToList();
        if (!strict && definite.Count == 1)
        {
            return definite[0];
        }

        return -1;
    }

    /// <summary>
    /// Whether value cells other than the chosen one remain that nothing explains (a 指标解释 marked (计划标准), the same value again,
    /// a trailing bare number): cells split at single spaces are then not one row.
    /// </summary>
    private static bool HasUnexplainedValues(List<Cell> values, int valueIndex, int unitIndex)
    {
        var chosen = values[valueIndex];
        Trial(chosen);
        for (var k = 0; k < values.Count; k++)
        {
            var cell = values[k];
            if (k == valueIndex || k == unitIndex || cell.Kind is not Kind.Value || EndsWithBasis(cell.Text.Text))
            {
                continue;
            }

            Trial(cell);
            if (SameValue(cell.Trial, chosen.Trial) || (k == values.Count - 1 && k > valueIndex && IsBareNumber(cell.Trial)))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static void Trial(Cell cell)
    {
        if (cell.Trial is null)
        {
            cell.TrialBag = new DiagnosticBag();
            cell.Trial = TargetParser.Parse(cell.Text, 0, cell.Text.Length, cell.TrialBag);
        }
    }

    /// <summary>Whether a cell reads as a value on its own: a quantity, range, date, period, rule or graded standard, or a known qualitative phrase.</summary>
    private static bool IsDefiniteValue(Cell cell)
    {
        Trial(cell);
        return cell.Trial switch
        {
            QuantitativeTarget => true,
            RangeTarget or DeadlineTarget or PeriodTarget or RateTarget or RuleTarget or GradedTarget => true,
            QualitativeTarget => QualitativeWords.IsValue(cell.Text.Text) || Simplified.Of(cell.Text.Text) is "优良中低差" or "优良中差",
            _ => false,
        };
    }

    private static bool LooksLikeValue(Cell cell)
    {
        if (cell.Text.Length == 0 || !(Lexicon.IsDigit(cell.Text.Text[0]) || Lexicon.Symbols.TryMatch(cell.Text.Text, out Comparator _, out _)))
        {
            return false;
        }

        Trial(cell);
        return cell.Trial is not (UnrecognizedTarget or QualitativeTarget);
    }

    /// <summary>The cells from <paramref name="from"/> on that could be a name or a value (not 绩效标准, 实施进度, 评分标准, headers).</summary>
    private static int Substantive(List<Cell> cells, int from)
    {
        var count = 0;
        for (var k = from; k < cells.Count; k++)
        {
            var s = Simplified.Of(cells[k].Text.Text);
            if (!(IsStandard(s) || IsRuleText(s) || s.StartsWith("已完成", StringComparison.Ordinal) || LabelCell.IsHeader(cells[k].Text.Text) || IsUnitCell(cells[k].Text.Text)))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsPropertyOrComparator(Cell cell)
    {
        var s = Simplified.Of(cell.Text.Text);
        return s is "定量" or "定性" or "正向" or "反向" or "定量指标" or "定性指标"
            || (Lexicon.Symbols.TryMatch(s, out Comparator _, out var length) && length == s.Length);
    }

    /// <summary>A name cell that cannot be a name: a scoring rule or explanation standing first.</summary>
    private static bool IsNotAName(Cell name)
    {
        var s = Simplified.Of(name.Text.Text);
        return IsRuleText(s) && (s.Contains("扣分", StringComparison.Ordinal) || s.Contains("酌情", StringComparison.Ordinal));
    }

    /// <summary>Whether the unit cell and the value cell's own unit disagree (28.8萬元 | %), or the value is not a number (應保盡保 | %).</summary>
    private static bool Conflicts(Cell value, Cell unit)
    {
        Trial(value);
        if (value.Trial is QualitativeTarget)
        {
            return true;
        }

        if (value.Trial is not QuantitativeTarget { Quantity: var q } || (q.Unit.IsNone && q.Multiplier == 1m))
        {
            return false;
        }

        if (!NameHints.TryReadUnitText(unit.Text.Text, out _, out _, out var cellUnit, out var multiplier, out _, out _) || cellUnit is null)
        {
            return false;
        }

        return q.Unit.IsNone ? multiplier != q.Multiplier : cellUnit.Canonical != q.Unit.Canonical || multiplier != q.Multiplier;
    }

    private static bool IsUnitCell(string s)
    {
        var t = s;
        var gloss = t.IndexOf('(');
        if (gloss > 0 && t[^1] == ')')
        {
            // %(百分比), 人(人数)
            t = t[..gloss];
        }

        return NameHints.TryReadUnitText(t, out var comparator, out var stars, out var unit, out _, out _, out _) && comparator == Comparator.None && !stars && unit is not null;
    }

    private static bool IsStandard(string s) =>
        s is "计划标准" or "历史标准" or "行业标准" or "其他标准" or "计划标准值" or "历史标准值" or "行业标准值"
        || s.StartsWith("该指标", StringComparison.Ordinal) || s.StartsWith("反映", StringComparison.Ordinal) || s.StartsWith("主要考察", StringComparison.Ordinal)
        || s.EndsWith("数据合理", StringComparison.Ordinal);

    private static bool IsRuleText(string s) =>
        s.Contains("扣分", StringComparison.Ordinal) || s.Contains("不得分", StringComparison.Ordinal) || s.Contains("得满分", StringComparison.Ordinal)
        || s.Contains("酌情", StringComparison.Ordinal) || (s.Contains('得') && s.Contains('分') && s.Length > 4);

    private static bool EndsWithBasis(string s) =>
        s.EndsWith("(历史标准)", StringComparison.Ordinal) || s.EndsWith("(计划标准)", StringComparison.Ordinal)
        || s.EndsWith("(行业标准)", StringComparison.Ordinal) || s.EndsWith("(其他标准)", StringComparison.Ordinal);

    private static bool HasComparator(Target? target) => target switch
    {
        QuantitativeTarget q => q.Comparator != Comparator.None,
        RateTarget r => r.Comparator != Comparator.None,
        _ => false,
    };

    private static bool IsBareNumber(Target? target) =>
        target is QuantitativeTarget { Comparator: Comparator.None, Quantity: { Unit.IsNone: true, Multiplier: 1m, Per: null } };

    private static bool Same(Target? a, Target? b) => (a, b) switch
    {
        (QuantitativeTarget x, QuantitativeTarget y) => x.Comparator == y.Comparator && Quantity.SameScaledNumber(x.Quantity, y.Quantity)
            && x.Quantity.Unit.Canonical == y.Quantity.Unit.Canonical,
        (null, _) or (_, null) => false,
        _ => a!.Text == b!.Text,
    };

    /// <summary>The same number and unit, whatever the comparator (a 指标解释 of 60% before the target ≥60%).</summary>
    private static bool SameValue(Target? a, Target? b) => (a, b) switch
    {
        (QuantitativeTarget x, QuantitativeTarget y) => Quantity.SameScaledNumber(x.Quantity, y.Quantity)
            && x.Quantity.Unit.Canonical == y.Quantity.Unit.Canonical,
        _ => Same(a, b),
    };

    /// <summary>The name as written without a template placeholder at its end, and the context its hints give.</summary>
    private static (int End, string Written) NameWithoutPlaceholder(CompactText name, Labels labels, out TargetContext context)
    {
        var end = name.Length;
        var written = name.CleanSlice(0, end);
        context = TargetContext.ForName(name, 0, end, written, labels);
        if (context.Hints.HasPlaceholder && context.Hints.PlaceholderEnd == end && context.Hints.PlaceholderStart > 0)
        {
            end = context.Hints.PlaceholderStart;
            written = name.CleanSlice(0, end);
            context = context with { Name = written };
        }

        return (end, written);
    }

    private static string Describe(string original, TextSpan span) => original.Substring(span.Start, span.Length).Trim();
}
