using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PerfIndicators.Formats.Json;

/// <summary>
/// Writes the public JSON shapes of indicators, targets, actuals and diagnostics (documented in the README).
/// Field names and value forms are a contract: they change only with a major version.
/// </summary>
public static class JsonContract
{
    /// <summary>Writer options for the contract: Chinese written as-is (not <c>\uXXXX</c>), no indentation.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes an indicator object: <c>{"category","subcategory","name","target",…,"span"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="indicator">The indicator.</param>
    public static void WriteIndicator(Utf8JsonWriter writer, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(indicator);
        writer.WriteStartObject();
        writer.WriteString("category", indicator.Category?.ToLabel());
        writer.WriteString("categoryLabel", indicator.CategoryLabel);
        writer.WriteString("subcategory", indicator.Subcategory?.ToLabel());
        writer.WriteString("subcategoryLabel", indicator.SubcategoryLabel);
        writer.WriteString("name", indicator.Name);
        writer.WritePropertyName("target");
        WriteTarget(writer, indicator.Target);
        writer.WritePropertyName("span");
        WriteSpan(writer, indicator.Span);
        writer.WritePropertyName("nameSpan");
        WriteSpan(writer, indicator.NameSpan);
        writer.WritePropertyName("targetSpan");
        WriteSpan(writer, indicator.TargetSpan);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a target object: <c>{"kind","comparator","value","multiplier","unit","min","max","deadline","period","per","direction","text"}</c>
    /// with <see langword="null"/> for the fields a kind does not use.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="target">The target.</param>
    public static void WriteTarget(Utf8JsonWriter writer, Target target)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(target);
        var (comparator, quantity, direction) = target switch
        {
            QuantitativeTarget q => (q.Comparator, q.Quantity, (Direction?)q.Direction),
            RateTarget r => (r.Comparator, r.Quantity, r.Direction),
            GradedTarget g => (g.Top.Comparator, g.Top.Threshold, g.Direction),
            _ => (Comparator.None, (Quantity?)null, (Direction?)null),
        };
        var range = target as RangeTarget;
        writer.WriteStartObject();
        writer.WriteString("kind", KindName(target.Kind));
        writer.WriteString("comparator", comparator.ToSymbol());
        writer.WriteNumberOrNull("value", quantity?.Value);
        writer.WriteNumberOrNull("multiplier", quantity?.Multiplier ?? range?.Max.Multiplier);
        var unit = quantity?.Unit ?? range?.Unit;
        writer.WriteString("unit", unit?.Text);
        writer.WriteString("canonicalUnit", unit?.Canonical);
        writer.WriteNumberOrNull("min", range?.Min.Value);
        writer.WriteNumberOrNull("max", range?.Max.Value);
        writer.WriteString("deadline", target is DeadlineTarget d ? d.Deadline.ToIsoString() : null);
        if (target is PeriodTarget p)
        {
            writer.WriteStartObject("period");
            writer.WriteString("start", PeriodBound(p.Start, p.ToInterval()?.Start));
            writer.WriteString("end", PeriodBound(p.End, p.ToInterval()?.End));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("period");
        }

        writer.WriteString("per", quantity?.Per?.Text);
        writer.WriteString("direction", direction switch
        {
            Direction.HigherIsBetter => "higher",
            Direction.LowerIsBetter => "lower",
            Direction.Exact => "exact",
            _ => null,
        });
        writer.WriteString("text", target.Text);
        if (target is QuantitativeTarget { Context: { } context })
        {
            writer.WriteString("context", context);
        }

        if (range is { IsRelative: true })
        {
            writer.WriteBoolean("relative", true);
        }

        if (target is RuleTarget rule)
        {
            writer.WritePropertyName("rule");
            WriteRule(writer, rule.Rule);
        }

        if (target is QuantitativeTarget { DirectionSource: not DirectionSource.Comparator } or RateTarget { DirectionSource: not DirectionSource.Comparator })
        {
            // An inferred direction (反向 from the name, a 正向/反向 cell, a placeholder), which a policy may decline.
            var source = target is QuantitativeTarget qs ? qs.DirectionSource : ((RateTarget)target).DirectionSource;
            writer.WriteString("directionSource", source switch
            {
                DirectionSource.Name => "name",
                DirectionSource.PropertyCell => "property",
                _ => "placeholder",
            });
        }

        if (target is GradedTarget graded)
        {
            writer.WriteStartArray("grades");
            foreach (var grade in graded.Grades)
            {
                writer.WriteStartObject();
                writer.WriteString("label", grade.Label);
                writer.WriteString("comparator", grade.Comparator.ToSymbol());
                writer.WriteNumber("value", grade.Threshold.Value);
                writer.WriteNumber("multiplier", grade.Threshold.Multiplier);
                writer.WriteString("unit", grade.Threshold.Unit.Text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a diagnostic object: <c>{"code","severity","message","span"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostic);
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", diagnostic.Severity.ToName());
        writer.WriteString("message", diagnostic.Message);
        writer.WritePropertyName("span");
        WriteSpan(writer, diagnostic.Span);
        writer.WriteEndObject();
    }

    /// <summary>Writes an actual value object: <c>{"kind","text","comparator","value","multiplier","unit","tier","date","completed"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="actual">The actual value.</param>
    public static void WriteActual(Utf8JsonWriter writer, Actual actual)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(actual);
        writer.WriteStartObject();
        writer.WriteString("kind", actual.Kind.ToString().ToLowerInvariant());
        writer.WriteString("text", actual.Text);
        writer.WriteString("comparator", actual.Comparator.ToSymbol());
        writer.WriteNumberOrNull("value", actual.Quantity?.Value);
        writer.WriteNumberOrNull("multiplier", actual.Quantity?.Multiplier);
        writer.WriteString("unit", actual.Quantity?.Unit.Text);
        writer.WriteString("tier", actual.Tier switch
        {
            AchievementTier.Achieved => "achieved",
            AchievementTier.PartiallyAchieved => "partially-achieved",
            AchievementTier.NotAchieved => "not-achieved",
            _ => null,
        });
        writer.WriteString("date", actual.Date?.ToIsoString());
        writer.WriteBoolean("completed", actual.SaysCompleted);
        writer.WriteEndObject();
    }

    /// <summary>Writes a span object: <c>{"start","length"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="span">The span.</param>
    public static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("length", span.Length);
        writer.WriteEndObject();
    }

    /// <summary>The JSON name of a target kind: <c>quantitative</c>, <c>range</c>, <c>qualitative</c>, <c>deadline</c>, <c>period</c>, <c>rate</c>, <c>rule</c>, <c>unrecognized</c>.</summary>
    /// <param name="kind">The kind.</param>
    public static string KindName(TargetKind kind) => kind.ToString().ToLowerInvariant();

    private static void WriteRule(Utf8JsonWriter writer, ScoringRule rule)
    {
        writer.WriteStartObject();
        writer.WriteString("form", rule.Form);
        switch (rule)
        {
            case StepRule step:
                writer.WriteStartArray("steps");
                foreach (var s in step.Steps)
                {
                    writer.WriteStartObject();
                    writer.WriteString("comparator", s.Comparator.ToSymbol());
                    writer.WriteNumberOrNull("value", s.Threshold.Value);
                    writer.WriteString("unit", s.Threshold.Unit.Text);
                    WriteAward(writer, "award", s.Award);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                if (step.Otherwise is { } otherwise)
                {
                    WriteAward(writer, "otherwise", otherwise);
                }
                else
                {
                    writer.WriteNull("otherwise");
                }

                break;
            case PerStepDeductionRule d:
                writer.WriteString("comparator", d.Comparator.ToSymbol());
                writer.WriteNumberOrNull("threshold", d.Threshold.Value);
                writer.WriteString("unit", d.Threshold.Unit.Text);
                writer.WriteNumberOrNull("fullPoints", d.FullPoints);
                writer.WriteNumberOrNull("step", d.Step.Value);
                writer.WriteNumberOrNull("deductionPerStep", d.DeductionPerStep);
                break;
            case ToleranceBandRule t:
                writer.WriteStartArray("bands");
                foreach (var band in t.Bands)
                {
                    writer.WriteStartObject();
                    writer.WriteNumberOrNull("minDeviation", band.MinDeviation);
                    writer.WriteNumberOrNull("maxDeviation", band.MaxDeviation);
                    WriteAward(writer, "award", band.Award);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                WriteAward(writer, "beyond", t.Beyond);
                break;
            case DiscretionaryRule d:
                writer.WriteString("text", d.Text);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteAward(Utf8JsonWriter writer, string name, Award award)
    {
        writer.WriteStartObject(name);
        writer.WriteString("kind", award.Kind.ToString().ToLowerInvariant());
        if (award.Kind == AwardKind.Points)
        {
            writer.WriteNumber("points", award.Points);
        }

        writer.WriteEndObject();
    }

    private static string PeriodBound(PartialDate written, NodaTime.LocalDate? resolved) =>
        resolved is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : written.ToIsoString();

}
