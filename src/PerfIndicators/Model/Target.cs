namespace PerfIndicators;

/// <summary>The kind of a <see cref="Target"/>, as used in JSON (<c>quantitative</c>, <c>range</c> …).</summary>
public enum TargetKind
{
    /// <summary>A number with comparator and unit: <c>≥90%</c>, <c>不少于10个</c>, <c>0起</c>.</summary>
    Quantitative = 0,

    /// <summary>A range: <c>80%-90%</c>, <c>±10%</c>.</summary>
    Range,

    /// <summary>Qualitative text (定性): <c>合法合规</c>, <c>有所提升</c>.</summary>
    Qualitative,

    /// <summary>A deadline: <c>12月底前</c>, <c>2023年11月30日前</c>, <c>2023年</c>.</summary>
    Deadline,

    /// <summary>A period: <c>2020年1月--2020年11月</c>, <c>1-12月</c>.</summary>
    Period,

    /// <summary>A rate per period: <c>1次/月</c>, <c>≤620万/月</c>.</summary>
    Rate,

    /// <summary>A scoring rule written in the target text (评分标准).</summary>
    Rule,

    /// <summary>Text that could not be understood; kept verbatim, with a diagnostic.</summary>
    Unrecognized,

    /// <summary>A graded standard (分档标准): one threshold per grade, <c>100% 90% 85%</c> under 优/良/中.</summary>
    Graded,
}

/// <summary>
/// Where the <see cref="Direction"/> of a target came from. Only <see cref="Comparator"/> is read from the value
/// itself; the others are inferences, each reported by a diagnostic, that a scoring policy may decline (and fall back
/// to <see cref="ComparatorExtensions.ImpliedDirection(PerfIndicators.Comparator, decimal)"/>).
/// </summary>
public enum DirectionSource
{
    /// <summary>From the comparator written in the value (a bare value counts as reaching it, a bare zero as none allowed).</summary>
    Comparator = 0,

    /// <summary>From the indicator's name: a bad quantity such as 投诉率, 差错率, 超支率, 事故发生数, 成本 or 费用 (反向).</summary>
    Name,

    /// <summary>From a 指标性质 or 指标方向 cell of the row: 正向 or 反向.</summary>
    PropertyCell,

    /// <summary>From a template placeholder left in the name: <c>(≥**%)</c>, <c>(≤**元)</c>.</summary>
    Placeholder,
}

/// <summary>
/// A target value (年度指标值) parsed from text. The derived type says what kind of target it is; every target
/// keeps the <see cref="Text"/> it was parsed from.
/// </summary>
public abstract record Target
{
    private protected Target(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>
    /// The target as written in the source: the original characters (not normalized), without the white space that
    /// PDF extraction puts inside words and numbers, as for <see cref="Indicator.Name"/>.
    /// </summary>
    public string Text { get; }

    /// <summary>The kind of target.</summary>
    public abstract TargetKind Kind { get; }
}

/// <summary>A quantitative target: comparator, number, multiplier and unit (<c>≥1.4万人</c>).</summary>
public sealed record QuantitativeTarget : Target
{
    /// <summary>Creates a quantitative target.</summary>
    /// <param name="text">The target as written.</param>
    /// <param name="comparator">The comparator, <see cref="Comparator.None"/> for a bare value.</param>
    /// <param name="quantity">The value.</param>
    /// <param name="direction">Which way is better; derived from the comparator by the parser.</param>
    /// <param name="context">Words around the value in a sentence target (保障…的干部人数), or <see langword="null"/>.</param>
    public QuantitativeTarget(string text, Comparator comparator, Quantity quantity, Direction direction, string? context = null)
        : base(text)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        Comparator = comparator;
        Quantity = quantity;
        Direction = direction;
        Context = context;
    }

    /// <inheritdoc />
    public override TargetKind Kind => TargetKind.Quantitative;

    /// <summary>The comparator; <see cref="Comparator.None"/> for a bare value.</summary>
    public Comparator Comparator { get; }

    /// <summary>The target value.</summary>
    public Quantity Quantity { get; }

    /// <summary>Which way is better (正向/反向/exact).</summary>
    public Direction Direction { get; }

    /// <summary>When the value was written inside a sentence, the words before it; otherwise <see langword="null"/>.</summary>
    public string? Context { get; }

    /// <summary>
    /// Where <see cref="Direction"/> came from: the comparator (the default), or an inference from the name, a 正向/反向 cell
    /// or a placeholder, which the parser reports with a diagnostic.
    /// </summary>
    public DirectionSource DirectionSource { get; init; }
}

/// <summary>A range target: <c>80%-90%</c>, or a tolerance <c>±10%</c> (<see cref="IsRelative"/>).</summary>
public sealed record RangeTarget : Target
{
    /// <summary>Creates a range target.</summary>
    /// <param name="text">The target as written.</param>
    /// <param name="min">The lower bound (inclusive).</param>
    /// <param name="max">The upper bound (inclusive).</param>
    /// <param name="isRelative">Whether the bounds are a tolerance around a reference value (<c>±10%</c>).</param>
    public RangeTarget(string text, Quantity min, Quantity max, bool isRelative = false)
        : base(text)
    {
        ArgumentNullException.ThrowIfNull(min);
        ArgumentNullException.ThrowIfNull(max);
        Min = min;
        Max = max;
        IsRelative = isRelative;
    }

    /// <inheritdoc />
    public override TargetKind Kind => TargetKind.Range;

    /// <summary>The lower bound (inclusive).</summary>
    public Quantity Min { get; }

    /// <summary>The upper bound (inclusive).</summary>
    public Quantity Max { get; }

    /// <summary>The unit of the bounds (the upper bound's unit).</summary>
    public Unit Unit => Max.Unit;

    /// <summary>Whether the range is a tolerance around a reference value (<c>±10%</c>) rather than absolute bounds.</summary>
    public bool IsRelative { get; }
}

/// <summary>A qualitative target (定性指标): its text is the expectation, e.g. <c>合法合规</c>.</summary>
public sealed record QualitativeTarget : Target
{
    /// <summary>Creates a qualitative target.</summary>
    /// <param name="text">The target as written.</param>
    public QualitativeTarget(string text)
        : base(text)
    {
    }

    /// <inheritdoc />
    public override TargetKind Kind => TargetKind.Qualitative;
}

/// <summary>A deadline target: <c>12月底前</c>, <c>2025年10月底前</c>, <c>2023年11月30日前完成</c>, <c>2023年</c>.</summary>
public sealed record DeadlineTarget : Target
{
    /// <summary>Creates a deadline target.</summary>
    /// <param name="text">The target as written.</param>
    /// <param name="deadline">The date, as precise as written.</param>
    public DeadlineTarget(string text, PartialDate deadline)
        : base(text)
    {
        Deadline = deadline;
    }

    /// <inheritdoc />
    public override TargetKind Kind => TargetKind.Deadline;

    /// <summary>The deadline as precise as written; resolve a missing year with the fiscal year.</summary>
    public PartialDate Deadline { get; }
}

/// <summary>A period target: <c>2020年1月--2020年11月</c>, <c>1-12月</c>.</summary>
public sealed record PeriodTarget : Target
{
    /// <summary>Creates a period target.</summary>
    /// <param name="text">The target as written.</param>
    /// <param name="start">The start, as precise as written.</param>
    /// <param name="end">The end, as precise as written.</param>
    public PeriodTarget(string text, PartialDate start, PartialDate end)
        : base(text)
    {
        Start = start;
        End = end;
    }

    /// <inheritdoc />
    public override TargetKind Kind => TargetKind.Period;

    /// <summary>The start of the period.</summary>
    public PartialDate Start { get; }

    /// <summary>The end of the period.</summary>
    public PartialDate End { get; }

    /// <summary>The period as a NodaTime interval, taking <paramref name="fiscalYear"/> where no year is written.</summary>
    /// <param name="fiscalYear">The budget's fiscal year, if known.</param>
    /// <returns>The interval, or <see langword="null"/> when a year is missing or the end is before the start.</returns>
    public NodaTime.DateInterval? ToInterval(int? fiscalYear = null)
    {
        var first = Start.FirstDay(fiscalYear);
        var last = End.LastDay(Start.Year ?? fiscalYear);
        return first is { } f && last is { } l && l >= f ? new NodaTime.DateInterval(f, l) : null;
    }
}

/// <summary>A rate per period: <c>1次/月</c>, <c>≤620万/月</c>.</summary>
public sealed record RateTarget : Target
{
    /// <summary>Creates a rate target.</summary>
    /// <param name="text">The target as written.</param>
    /// <param name="comparator">The comparator.</param>
    /// <param name="quantity">The value; its <see cref="Quantity.Per"/> is the period.</param>
    /// <param name="direction">Which way is better.</param>
    public RateTarget(string text, Comparator comparator, Quantity quantity, Direction direction)
        : base(text)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        if (quantity.Per is null)
        {
            throw new ArgumentException("A rate needs a period unit (Quantity.Per).", nameof(quantity));
        }

        Comparator = comparator;
        Quantity = quantity;
        Direction = direction;
    }

    /// <inheritdoc />
    public override TargetKind Kind => TargetKind.Rate;

    /// <summary>The comparator.</summary>
    public Comparator Comparator { get; }

    /// <summary>The value per period.</summary>
    public Quantity Quantity { get; }

    /// <summary>The period unit (月, 天, 年 …).</summary>
    public Unit Per => Quantity.Per!;

    /// <summary>Which way is better.</summary>
    public Direction Direction { get; }

    /// <summary>Where <see cref="Direction"/> came from (see <see cref="QuantitativeTarget.DirectionSource"/>).</summary>
    public DirectionSource DirectionSource { get; init; }
}

/// <summary>
/// One grade of a <see cref="GradedTarget"/>: its label as printed (优, 良, 中, 差 …, or <see langword="null"/> when the cell
/// gives only the values) and its threshold.
/// </summary>
/// <param name="Label">The grade's label, or <see langword="null"/> when none is printed with the values.</param>
/// <param name="Comparator">The comparator written with the threshold (<see cref="Comparator.None"/> for a bare value).</param>
/// <param name="Threshold">The threshold value of the grade.</param>
public sealed record TargetGrade(string? Label, Comparator Comparator, Quantity Threshold);

/// <summary>
/// A graded standard (分档评价标准) printed in one cell: a threshold for each grade, best first, e.g. <c>100% 90% 85% 85%</c>
/// under the 优/良/中/差 columns of a 绩效目标表. The best grade's threshold is the annual target (<see cref="Top"/>).
/// </summary>
public sealed record GradedTarget : Target
{
    /// <summary>Creates a graded target.</summary>
    /// <param name="text">The target as written.</param>
    /// <param name="grades">The grades, best first; at least two.</param>
    /// <param name="direction">Which way is better: <see cref="Direction.HigherIsBetter"/> when the thresholds fall from the best grade.</param>
    /// <exception cref="ArgumentException">When fewer than two grades are given.</exception>
    public GradedTarget(string text, ValueList<TargetGrade> grades, Direction direction)
        : base(text)
    {
        if (grades.Count < 2)
        {
            throw new ArgumentException("A graded target needs at least two grades.", nameof(grades));
        }

        Grades = grades;
        Direction = direction;
    }

    /// <inheritdoc />
    public override TargetKind Kind => TargetKind.Graded;

    /// <summary>The grades, best first.</summary>
    public ValueList<TargetGrade> Grades { get; }

    /// <summary>The best grade, whose threshold is the annual target value.</summary>
    public TargetGrade Top => Grades[0];

    /// <summary>Which way is better.</summary>
    public Direction Direction { get; }
}

/// <summary>A target whose text is a scoring rule (评（扣）分标准), e.g. "低于90%不得分，大于等于90%得满分".</summary>
public sealed record RuleTarget : Target
{
    /// <summary>Creates a rule target.</summary>
    /// <param name="text">The target as written.</param>
    /// <param name="rule">The parsed rule.</param>
    public RuleTarget(string text, ScoringRule rule)
        : base(text)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
    }

    /// <inheritdoc />
    public override TargetKind Kind => TargetKind.Rule;

    /// <summary>The parsed rule.</summary>
    public ScoringRule Rule { get; }
}

/// <summary>Target text that could not be understood. It is kept verbatim and always comes with an error diagnostic.</summary>
public sealed record UnrecognizedTarget : Target
{
    /// <summary>Creates an unrecognized target.</summary>
    /// <param name="text">The text as written.</param>
    public UnrecognizedTarget(string text)
        : base(text)
    {
    }

    /// <inheritdoc />
    public override TargetKind Kind => TargetKind.Unrecognized;
}
