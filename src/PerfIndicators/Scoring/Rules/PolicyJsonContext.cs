using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfIndicators.Scoring.Rules;

/// <summary>
/// The policy file's serializer, generated at build time: the same settings the loader always used (camelCase names
/// matched case-insensitively, unknown members refused, enums as kebab-case names, never numbers), without the
/// reflection that made reading the first policy cost about 90 ms of a command's start-up.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters =
    [
        typeof(KebabCaseEnumConverter<IndicatorCategory>), typeof(KebabCaseEnumConverter<OverAchievementAction>),
        typeof(KebabCaseEnumConverter<RoundingMode>), typeof(KebabCaseEnumConverter<BareTargetMeaning>),
        typeof(KebabCaseEnumConverter<LowerIsBetterFormula>), typeof(KebabCaseEnumConverter<BareNumberOnPercent>),
        typeof(KebabCaseEnumConverter<PartialStep>),
    ])]
[JsonSerializable(typeof(PolicyFileDto))]
internal sealed partial class PolicyJsonContext : JsonSerializerContext;

/// <summary>An enum read from its kebab-case name (<c>at-least</c>, <c>half-up</c>); integers are refused.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class KebabCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
