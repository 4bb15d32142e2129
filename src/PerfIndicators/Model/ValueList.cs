using System.Collections;
using System.Collections.Immutable;

namespace PerfIndicators;

/// <summary>
/// An immutable list with value equality, so records that hold lists compare by content.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>The default value is an empty list.</remarks>
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Creates the list from <paramref name="items"/>.</summary>
    /// <param name="items">The elements, copied.</param>
    public ValueList(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        this.items = [.. items];
    }

    /// <summary>An empty list.</summary>
    public static ValueList<T> Empty => default;

    private ImmutableArray<T> Items => items.IsDefault ? [] : items;

    /// <inheritdoc />
    public int Count => Items.Length;

    /// <inheritdoc />
    public T this[int index] => Items[index];

    /// <summary>Compares two lists element by element.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Compares two lists element by element.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ValueList<T> other) => Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether the list holds <paramref name="item"/> (by the type's default equality).</summary>
    /// <param name="item">The element to look for.</param>
    /// <remarks>Without it, <c>Contains</c> was LINQ's over the boxed list and a boxed enumerator: two allocations a call,
    /// on every indicator's category as a project is totalled.</remarks>
    public bool Contains(T item) => Items.Contains(item);

    /// <summary>An enumerator that <c>foreach</c> uses without allocating.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();
}
