using System.Globalization;

namespace PerfIndicators.Parsing;

/// <summary>
/// Applies what the indicator's name and row say to a parsed quantitative target: a unit printed in the name, a bare 万 on money,
/// an Excel serial where a date is expected, a comparator OCR read as <c>2</c>, the direction of a bad quantity, a 正向/反向 cell or a
/// placeholder, a yes/no question given a number. Every inference is reported, and the direction's source is kept on the target.
/// </summary>
internal static class TargetHints
{
    public static Target Apply(CompactText text, int start, int end, Target target, in TargetContext context, DiagnosticBag bag) => target switch
    {
        QuantitativeTarget q => Quantitative(text, start, end, q.Text, q.Comparator, q.Quantity, q.Context, context, bag),
        RateTarget r => Quantitative(text, start, end, r.Text, r.Comparator, r.Quantity, null, context, bag),
        _ => target,
    };

    private static Target Quantitative(CompactText text, int start, int end, string written, Comparator comparator, Quantity quantity, string? sentence, in TargetContext context, DiagnosticBag bag)
    {
        var hints = context.Hints;
        var span = text.ToOriginal(start, end);

        // A unit printed in the name: 造林面积(亩) | 80000, 项目总投入(≥**万元) | 6070, 人员到位率(%) | 100.
        if (quantity.Unit.IsNone && quantity.Per is null && hints.Unit is { } nameUnit && (quantity.Multiplier == 1m || hints.Multiplier == 1m))
        {
            var multiplier = quantity.Multiplier == 1m ? hints.Multiplier : quantity.Multiplier;
            var multiplierText = quantity.Multiplier == 1m ? hints.MultiplierText : quantity.MultiplierText;
            quantity = new Quantity(quantity.Value, quantity.ValueText, multiplier, multiplierText, nameUnit, hints.Per);
            bag.Remove(DiagnosticCodes.MissingUnit, span);
            bag.Add(DiagnosticCodes.UnitFromName, DiagnosticSeverity.Info, span, Messages.UnitFromName(context.Name ?? string.Empty, (hints.MultiplierText ?? string.Empty) + nameUnit.Text + (hints.Per is null ? string.Empty : "/" + hints.Per.Text)));
        }
        else if (quantity.Unit.IsNone && (quantity.Multiplier != 1m || quantity.Per is not null) && hints.Money)
        {
            // 250万 under 控制在预算成本内, ≤620万/月 under 人工成本: 万元; 每亩300 under 造林补助: 元/亩.
            quantity = new Quantity(quantity.Value, quantity.ValueText, quantity.Multiplier, quantity.MultiplierText, UnitCatalog.Find("元")!, quantity.Per);
            bag.Remove(DiagnosticCodes.MissingUnit, span);
            bag.Add(DiagnosticCodes.MoneyUnitImplied, DiagnosticSeverity.Info, span, Messages.MoneyUnitImplied(quantity.ValueText + quantity.MultiplierText));
        }

        // An Excel date serial where the name asks for a date: 项目财政资金到位时间 | = | 44,561.
        if (hints.ExpectsDate && comparator is Comparator.None or Comparator.Equal && quantity is { Unit.IsNone: true, Multiplier: 1m, Per: null }
            && NumericDate.TryReadSerial(quantity.ValueText, out var day))
        {
            bag.Add(DiagnosticCodes.ExcelDateSerial, DiagnosticSeverity.Info, span, Messages.ExcelDateSerial(quantity.ValueText, day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
            return new DeadlineTarget(written, new PartialDate(day.Year, day.Month, day.Day));
        }

        // A yes/no question answered with a bare number (规章制度建立与否20): the number is not its value, most likely the 分值.
        if (hints.YesNo && comparator == Comparator.None && quantity is { Unit.IsNone: true, Multiplier: 1m, Per: null }
            && decimal.IsInteger(quantity.Value) && quantity.Value is not (0m or 1m or 100m))
        {
            bag.Add(DiagnosticCodes.NumberForYesNo, DiagnosticSeverity.Error, span, Messages.NumberForYesNo(context.Name ?? string.Empty, quantity.ValueText));
            return new UnrecognizedTarget(written);
        }

        // ≥ read as 2 by OCR: 290% for a 满意度 is ≥90%.
        if (comparator == Comparator.None && TryReadGreaterAsTwo(quantity, out var repaired))
        {
            if (hints.BoundedRate)
            {
                bag.Add(DiagnosticCodes.OcrRepaired, DiagnosticSeverity.Warning, span,
                    Messages.OcrRepaired(quantity.ToString(), "≥" + repaired, $"「{context.Name}」不超过100%，“2”是OCR识别错的“≥”"));
                comparator = Comparator.GreaterOrEqual;
                quantity = repaired;
            }
            else if (context.Name is null || context.SuspectOcr)
            {
                bag.Add(DiagnosticCodes.OcrSuspect, DiagnosticSeverity.Warning, span, Messages.OcrSuspect(quantity.ToString(), "≥" + repaired, "“≥”识别成了“2”"));
            }
        }
        else if (comparator == Comparator.None && context.SuspectOcr && TryReadGreaterAsTwoCount(quantity, out var count))
        {
            bag.Add(DiagnosticCodes.OcrSuspect, DiagnosticSeverity.Warning, span, Messages.OcrSuspect(quantity.ToString(), "≥" + count, "“≥”识别成了“2”"));
        }

        // …率 with ≥1 and no %: 100% meant?
        if (quantity is { Unit.IsNone: true, Multiplier: 1m, Per: null } && context.Name is { } rateName
            && (rateName.EndsWith('率') || rateName.Contains("率(", StringComparison.Ordinal)) && quantity.Value <= 1m && quantity.Value > 0m)
        {
            bag.Add(DiagnosticCodes.RateWithoutPercent, DiagnosticSeverity.Warning, span, Messages.RateWithoutPercent(rateName, written));
        }

        var (direction, source) = DirectionOf(span, comparator, quantity, context, bag);
        if (hints.HasPlaceholder && context.Placeholder is { } placeholder)
        {
            var gives = (hints.PlaceholderComparator != Comparator.None ? "方向" + (hints.PlaceholderComparator.ImpliedDirection(1m) == PerfIndicators.Direction.LowerIsBetter ? "（反向）" : "（正向）") : string.Empty)
                + (hints.Unit is { } u ? (hints.PlaceholderComparator != Comparator.None ? "和" : string.Empty) + "单位" + hints.MultiplierText + u.Text : string.Empty);
            bag.Add(DiagnosticCodes.PlaceholderInName, DiagnosticSeverity.Info, span, Messages.PlaceholderInName(placeholder, gives));
        }

        return TargetParser.IsRate(quantity)
            ? new RateTarget(written, comparator, quantity, direction) { DirectionSource = source }
            : new QuantitativeTarget(written, comparator, quantity, direction, sentence) { DirectionSource = source };
    }

    /// <summary>The direction: the comparator's, unless a 正向/反向 cell, a placeholder or a bad quantity in the name says otherwise.</summary>
    private static (Direction Direction, DirectionSource Source) DirectionOf(TextSpan span, Comparator comparator, Quantity quantity, in TargetContext context, DiagnosticBag bag)
    {
        var implied = comparator.ImpliedDirection(quantity.Value);
        if (context.Property is { } property)
        {
            if (comparator is Comparator.None or Comparator.Equal)
            {
                bag.Add(DiagnosticCodes.DirectionFromProperty, DiagnosticSeverity.Info, span, Messages.DirectionFromProperty(context.PropertyText ?? string.Empty, property == PerfIndicators.Direction.LowerIsBetter));
                return (property, DirectionSource.PropertyCell);
            }

            if (implied != property)
            {
                bag.Add(DiagnosticCodes.DirectionConflict, DiagnosticSeverity.Warning, span, Messages.DirectionConflict(context.PropertyText ?? string.Empty, comparator.ToDisplay() + quantity));
            }

            return (implied, DirectionSource.Comparator);
        }

        if (comparator != Comparator.None || quantity.Value == 0m)
        {
            return (implied, DirectionSource.Comparator);
        }

        if (context.Hints.HasPlaceholder && context.Hints.PlaceholderComparator != Comparator.None)
        {
            return (context.Hints.PlaceholderComparator.ImpliedDirection(quantity.Value), DirectionSource.Placeholder);
        }

        if (context.Hints.LowerIsBetter)
        {
            bag.Add(DiagnosticCodes.DirectionFromName, DiagnosticSeverity.Info, span, Messages.DirectionFromName(context.Name ?? string.Empty));
            return (PerfIndicators.Direction.LowerIsBetter, DirectionSource.Name);
        }

        return (implied, DirectionSource.Comparator);
    }

    /// <summary>
    /// In a block where OCR damage was repaired (a <c>292%</c> read as <c>≥92%</c>), a bare count that starts with 2 (<c>2280次</c>)
    /// may have lost its <c>≥</c> too: each is flagged (PI1029) and kept as written.
    /// </summary>
    public static void FlagOcrSuspects(System.Collections.Immutable.ImmutableArray<Indicator> indicators, DiagnosticBag bag)
    {
        foreach (var indicator in indicators)
        {
            if (indicator.Target is QuantitativeTarget { Comparator: Comparator.None, Quantity: var quantity } && TryReadGreaterAsTwoCount(quantity, out var count))
            {
                bag.Add(DiagnosticCodes.OcrSuspect, DiagnosticSeverity.Warning, indicator.TargetSpan, Messages.OcrSuspect(quantity.ToString(), "≥" + count, "“≥”识别成了“2”"));
            }
        }
    }

    /// <summary><c>290%</c> → <c>90%</c>, <c>2100%</c> → <c>100%</c>: a percentage over 100 that is 2 and a percentage up to 100.</summary>
    internal static bool TryReadGreaterAsTwo(Quantity quantity, out Quantity repaired)
    {
        repaired = quantity;
        var digits = quantity.ValueText;
        if (quantity.Unit.Canonical != "%" || quantity.Multiplier != 1m || quantity.Per is not null || quantity.Value <= 100m
            || digits.Length < 2 || digits[0] != '2' || digits[1] == '0' || !decimal.TryParse(digits.AsSpan(1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rest)
            || rest > 100m)
        {
            return false;
        }

        repaired = new Quantity(rest, digits[1..], 1m, null, quantity.Unit);
        return true;
    }

    /// <summary><c>2280次</c> → <c>280次</c>: a count of three or more digits that starts with 2, the rest not starting with 0.</summary>
    private static bool TryReadGreaterAsTwoCount(Quantity quantity, out Quantity repaired)
    {
        repaired = quantity;
        var digits = quantity.ValueText;
        if (digits.Length < 3 || digits[0] != '2' || digits[1] == '0' || !decimal.IsInteger(quantity.Value) || quantity.Unit.IsNone
            || !decimal.TryParse(digits.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var rest))
        {
            return false;
        }

        repaired = new Quantity(rest, digits[1..], quantity.Multiplier, quantity.MultiplierText, quantity.Unit, quantity.Per);
        return true;
    }
}
