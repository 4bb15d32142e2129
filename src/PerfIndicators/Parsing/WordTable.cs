using System.Buffers;
using System.Collections.Frozen;

namespace PerfIndicators.Parsing;

/// <summary>
/// Words matched at a position of a text, each with its value, in priority order (longest forms first). The words are
/// grouped by their first character: most positions of a text start no word and are refused by one lookup, and the rest
/// compare only the words that start with their character.
/// </summary>
internal sealed class WordTable<T>
{
    private readonly (string Word, T Value)[] entries;
    private readonly FrozenDictionary<char, (string Word, T Value)[]> byFirst;

    public WordTable((string Word, T Value)[] entries)
    {
        this.entries = entries;
        byFirst = entries.GroupBy(e => e.Word[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The words and their values, in priority order.</summary>
    public ReadOnlySpan<(string Word, T Value)> Entries => entries;

    /// <summary>Matches the first word of the table that <paramref name="text"/> starts with.</summary>
    public bool TryMatch(ReadOnlySpan<char> text, out T value, out int length)
    {
        var found = TryMatchWord(text, out value, out var word);
        length = word.Length;
        return found;
    }

    /// <summary>Matches the first word of the table that <paramref name="text"/> starts with, giving the word as the table holds it.</summary>
    public bool TryMatchWord(ReadOnlySpan<char> text, out T value, out string word)
    {
        if (!text.IsEmpty && byFirst.TryGetValue(text[0], out var candidates))
        {
            foreach (var (w, v) in candidates)
            {
                if (text.StartsWith(w, StringComparison.Ordinal))
                {
                    value = v;
                    word = w;
                    return true;
                }
            }
        }

        value = default!;
        word = string.Empty;
        return false;
    }
}

/// <summary>
/// A set of words looked for inside, at the start or at the end of a text. A text is scanned once for the characters that
/// can start a word, not once per word; an ending is refused by its last character or looked up by its length, not compared with every word.
/// </summary>
internal sealed class WordSet
{
    private readonly string[] words;
    private readonly SearchValues<char> firsts;
    private readonly FrozenDictionary<char, string[]> byFirst;
    private readonly SearchValues<char> lasts;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> endings;
    private readonly int[] lengths;

    public WordSet(params string[] words)
    {
        this.words = words;
        firsts = SearchValues.Create(string.Concat(words.Select(w => w[0]).Distinct()));
        byFirst = words.GroupBy(w => w[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        lasts = SearchValues.Create(string.Concat(words.Select(w => w[^1]).Distinct()));
        endings = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        lengths = [.. words.Select(w => w.Length).Distinct().Order()];
    }

    /// <summary>The words, in the order given.</summary>
    public ReadOnlySpan<string> Words => words;

    /// <summary>Whether any of the words occurs in <paramref name="text"/>.</summary>
    public bool ContainedIn(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOfAny(firsts);
            if (at < 0)
            {
                return false;
            }

            offset += at;
            if (WordAtStart(text[offset..]) is not null)
            {
                return true;
            }

            offset++;
        }

        return false;
    }

    /// <summary>The first of the words (in the order given) that <paramref name="text"/> starts with, or <see langword="null"/>.</summary>
    public string? WordAtStart(ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty && byFirst.TryGetValue(text[0], out var candidates))
        {
            foreach (var word in candidates)
            {
                if (text.StartsWith(word, StringComparison.Ordinal))
                {
                    return word;
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> starts with a character that starts one of the words (a quick refusal).</summary>
    public bool MayStart(ReadOnlySpan<char> text) => !text.IsEmpty && firsts.Contains(text[0]);

    /// <summary>Whether <paramref name="text"/> ends with any of the words.</summary>
    public bool EndsWithOne(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !lasts.Contains(text[^1]))
        {
            return false;
        }

        foreach (var length in lengths)
        {
            if (length > text.Length)
            {
                return false;
            }

            if (endings.Contains(text[^length..]))
            {
                return true;
            }
        }

        return false;
    }
}
