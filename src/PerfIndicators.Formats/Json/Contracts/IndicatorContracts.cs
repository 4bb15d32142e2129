using System.Globalization;
using System.Text.Json.Serialization;

namespace PerfIndicators.Formats.Json.Contracts;

/// <summary>An indicator as <c>perfind parse --json</c> writes it (README, "JSON output").</summary>
internal sealed record IndicatorDto(
    string? Category,
    string? CategoryLabel,
    string? Subcategory,
    string? SubcategoryLabel,
    string Name,
    TargetDto Target,
    SpanDto Span,
    SpanDto NameSpan,
    SpanDto TargetSpan)
{
    public static IndicatorDto From(Indicator indicator) => new(
        indicator.Category?.ToLabel(),
        indicator.CategoryLabel,
        indicator.Subcategory?.ToLabel(),
        indicator.SubcategoryLabel,
        indicator.Name,
        TargetDto.From(indicator.Target),
        SpanDto.From(indicator.Span),
        SpanDto.From(indicator.NameSpan),
        SpanDto.From(indicator.TargetSpan));
}

/// <summary>A half-open text span.</summary>
internal sealed record SpanDto(int Start, int Length)
{
    public static SpanDto From(TextSpan span) => new(span.Start, span.Length);
}

/// <summary>A diagnostic of the parser: code, severity, message and span.</summary>
internal sealed record DiagnosticDto(string Code, string Severity, string Message, SpanDto Span)
{
    public static DiagnosticDto From(Diagnostic diagnostic) =>
        new(diagnostic.Code, diagnostic.Severity.ToName(), diagnostic.Message, SpanDto.From(diagnostic.Span));
}

/// <summary>
/// A target: the fields every kind has (<see langword="null"/> where a kind does not use one), then the fields only
/// some kinds have, left out when absent.
/// </summary>
internal sealed record TargetDto(
    string Kind,
    string? Comparator,
    decimal? Value,
    decimal? Multiplier,
    string? Unit,
    string? CanonicalUnit,
    decimal? Min,
    decimal? Max,
    string? Deadline,
    PeriodDto? Period,
    string? Per,
    string? Direction,
    string Text)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Context { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Relative { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RuleDto? Rule { get; init; }

    /// <summary>Where an inferred direction came from (反向 from the name, a 正向/反向 cell, a placeholder), which a policy may decline.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DirectionSource { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TargetGradeDto>? Grades { get; init; }

    public static TargetDto From(Target target)
    {
        var (comparator, quantity, direction) = target switch
        {
            QuantitativeTarget q => (q.Comparator, q.Quantity, (Direction?)q.Direction),
            RateTarget r => (r.Comparator, r.Quantity, r.Direction),
            GradedTarget g => (g.Top.Comparator, g.Top.Threshold, g.Direction),
            _ => (PerfIndicators.Comparator.None, (Quantity?)null, (Direction?)null),
        };
        var range = target as RangeTarget;
        var unit = quantity?.Unit ?? range?.Unit;
        var directionSource = target switch
        {
            QuantitativeTarget q => q.DirectionSource,
            RateTarget r => r.DirectionSource,
            _ => PerfIndicators.DirectionSource.Comparator,
        };
        return new TargetDto(
            JsonContract.KindName(target.Kind),
            comparator.ToSymbol(),
            quantity?.Value,
            quantity?.Multiplier ?? range?.Max.Multiplier,
            unit?.Text,
            unit?.Canonical,
            range?.Min.Value,
            range?.Max.Value,
            target is DeadlineTarget d ? d.Deadline.ToIsoString() : null,
            target is PeriodTarget p ? new PeriodDto(PeriodBound(p.Start, p.ToInterval()?.Start), PeriodBound(p.End, p.ToInterval()?.End)) : null,
            quantity?.Per?.Text,
            direction switch
            {
                PerfIndicators.Direction.HigherIsBetter => "higher",
                PerfIndicators.Direction.LowerIsBetter => "lower",
                PerfIndicators.Direction.Exact => "exact",
                _ => null,
            },
            target.Text)
        {
            Context = target is QuantitativeTarget { Context: { } context } ? context : null,
            Relative = range is { IsRelative: true } ? true : null,
            Rule = target is RuleTarget rule ? RuleDto.From(rule.Rule) : null,
            DirectionSource = directionSource switch
            {
                PerfIndicators.DirectionSource.Comparator => null,
                PerfIndicators.DirectionSource.Name => "name",
                PerfIndicators.DirectionSource.PropertyCell => "property",
                _ => "placeholder",
            },
            Grades = target is GradedTarget graded
                ? [.. graded.Grades.Select(g => new TargetGradeDto(g.Label, g.Comparator.ToSymbol(), g.Threshold.Value, g.Threshold.Multiplier, g.Threshold.Unit.Text))]
                : null,
        };
    }

    private static string PeriodBound(PartialDate written, NodaTime.LocalDate? resolved) =>
        resolved is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : written.ToIsoString();
}

/// <summary>The start and end of a period target, resolved to dates where the text allows.</summary>
internal sealed record PeriodDto(string Start, string End);

/// <summary>One grade of a graded target (优 ≥ 90%).</summary>
internal sealed record TargetGradeDto(string? Label, string? Comparator, decimal Value, decimal Multiplier, string? Unit);

/// <summary>A scoring rule written in the target text; its <c>form</c> says which fields follow.</summary>
[JsonDerivedType(typeof(StepRuleDto))]
[JsonDerivedType(typeof(PerStepDeductionRuleDto))]
[JsonDerivedType(typeof(ToleranceBandRuleDto))]
[JsonDerivedType(typeof(DiscretionaryRuleDto))]
internal abstract record RuleDto
{
    public static RuleDto From(ScoringRule rule) => rule switch
    {
        StepRule step => new StepRuleDto(
            step.Form,
            [.. step.Steps.Select(s => new RuleStepDto(s.Comparator.ToSymbol(), s.Threshold.Value, s.Threshold.Unit.Text, AwardDto.From(s.Award)))],
            step.Otherwise is { } otherwise ? AwardDto.From(otherwise) : null),
        PerStepDeductionRule d => new PerStepDeductionRuleDto(d.Form, d.Comparator.ToSymbol(), d.Threshold.Value, d.Threshold.Unit.Text, d.FullPoints, d.Step.Value, d.DeductionPerStep),
        ToleranceBandRule t => new ToleranceBandRuleDto(
            t.Form,
            [.. t.Bands.Select(b => new ToleranceBandDto(b.MinDeviation, b.MaxDeviation, AwardDto.From(b.Award)))],
            AwardDto.From(t.Beyond)),
        DiscretionaryRule d => new DiscretionaryRuleDto(d.Form, d.Text),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Form, "Unknown rule form."),
    };
}

/// <summary>Thresholds with awards.</summary>
internal sealed record StepRuleDto(string Form, IReadOnlyList<RuleStepDto> Steps, AwardDto? Otherwise) : RuleDto;

/// <summary>One step of a step rule.</summary>
internal sealed record RuleStepDto(string? Comparator, decimal Value, string? Unit, AwardDto Award);

/// <summary>Full points at a threshold, a deduction per step below it.</summary>
internal sealed record PerStepDeductionRuleDto(string Form, string? Comparator, decimal Threshold, string? Unit, decimal? FullPoints, decimal Step, decimal DeductionPerStep) : RuleDto;

/// <summary>Bands of deviation from the target.</summary>
internal sealed record ToleranceBandRuleDto(string Form, IReadOnlyList<ToleranceBandDto> Bands, AwardDto Beyond) : RuleDto;

/// <summary>One band of a tolerance-band rule.</summary>
internal sealed record ToleranceBandDto(decimal MinDeviation, decimal MaxDeviation, AwardDto Award);

/// <summary>A rule that leaves the score to the evaluator.</summary>
internal sealed record DiscretionaryRuleDto(string Form, string Text) : RuleDto;

/// <summary>What a rule awards: its kind, and the points when the kind is <c>points</c>.</summary>
internal sealed record AwardDto(string Kind)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Points { get; init; }

    public static AwardDto From(Award award) =>
        new(award.Kind.ToString().ToLowerInvariant()) { Points = award.Kind == AwardKind.Points ? award.Points : null };
}

/// <summary>An actual value as parsed: kind, text, comparator, quantity, tier, date, completion.</summary>
internal sealed record ActualDto(string Kind, string Text, string? Comparator, decimal? Value, decimal? Multiplier, string? Unit, string? Tier, string? Date, bool Completed)
{
    public static ActualDto From(Actual actual) => new(
        actual.Kind.ToString().ToLowerInvariant(),
        actual.Text,
        actual.Comparator.ToSymbol(),
        actual.Quantity?.Value,
        actual.Quantity?.Multiplier,
        actual.Quantity?.Unit.Text,
        actual.Tier switch
        {
            AchievementTier.Achieved => "achieved",
            AchievementTier.PartiallyAchieved => "partially-achieved",
            AchievementTier.NotAchieved => "not-achieved",
            _ => null,
        },
        actual.Date?.ToIsoString(),
        actual.SaysCompleted);
}
