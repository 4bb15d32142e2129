namespace PerfIndicators.Generator;

/// <summary>
/// A small deterministic random source (SplitMix64): the same seed gives the same sequence on every machine and
/// .NET version, unlike <see cref="Random"/>, whose algorithm is an implementation detail. Integer and
/// <see cref="decimal"/> draws only.
/// </summary>
public sealed class SplitMix
{
    private ulong state;

    /// <summary>Starts a sequence from <paramref name="seed"/>.</summary>
    /// <param name="seed">The seed.</param>
    public SplitMix(ulong seed) => state = seed;

    /// <summary>A source for one item of a larger whole (project <paramref name="index"/> of a year), independent of the other items.</summary>
    /// <param name="seed">The year's seed.</param>
    /// <param name="index">The item's index.</param>
    public static SplitMix For(ulong seed, long index) => new(Mix(seed ^ Mix(unchecked((ulong)index + 0x9E3779B97F4A7C15UL))));

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        state = unchecked(state + 0x9E3779B97F4A7C15UL);
        return Mix(state);
    }

    /// <summary>A number in [0, <paramref name="count"/>).</summary>
    /// <param name="count">How many values there are; at least 1.</param>
    public int Below(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return (int)(Next() % (ulong)count);
    }

    /// <summary>True with probability <paramref name="perMille"/> ÷ 1000.</summary>
    /// <param name="perMille">The probability in thousandths.</param>
    public bool Chance(int perMille) => Below(1000) < perMille;

    /// <summary>A decimal in [<paramref name="low"/>, <paramref name="high"/>] on a grid of <paramref name="decimals"/> places.</summary>
    /// <param name="low">The lowest value.</param>
    /// <param name="high">The highest value.</param>
    /// <param name="decimals">The places kept (0 to 6).</param>
    public decimal Between(decimal low, decimal high, int decimals = 4)
    {
        var scale = 1m;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10m;
        }

        var steps = (long)decimal.Floor((high - low) * scale);
        return steps <= 0 ? low : low + ((decimal)(long)(Next() % (ulong)(steps + 1)) / scale);
    }

    /// <summary>One item of <paramref name="items"/>, each equally likely.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items; at least one.</param>
    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
