using System.Collections.Frozen;

namespace PerfIndicators;

/// <summary>
/// The names <see cref="Enum.ToString()"/> gives the values of <typeparamref name="T"/>, made once: hot paths (every indicator
/// of a year's fingerprints) write them without the reflection and the new string of each call. A value with no name is
/// written as <see cref="Enum.ToString()"/> writes it.
/// </summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names = Enum.GetValues<T>().Distinct().ToFrozenDictionary(value => value, value => value.ToString());

    public static string Of(T value) => Names.TryGetValue(value, out var name) ? name : value.ToString();
}
