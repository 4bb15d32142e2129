using System.Globalization;
using System.Text;
using System.Xml;

namespace PerfIndicators.Formats.Xlsx;

/// <summary>XML helpers shared by the part readers: secure settings, bounded text, OOXML string escapes.</summary>
internal static class XmlText
{
    /// <summary>No DTDs (so no entity expansion), no external resolution, comments and processing instructions skipped.</summary>
    public static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = false,
        MaxCharactersFromEntities = 1024,
        CheckCharacters = false,
    };

    /// <summary>
    /// Reads the text content of the element the reader is on (which must be a start element) and leaves the reader on
    /// its end element. Child elements are skipped. At most <paramref name="maxLength"/> characters are kept;
    /// <paramref name="truncated"/> says whether more were there.
    /// </summary>
    public static string ReadBoundedContent(XmlReader reader, int maxLength, char[] buffer, out bool truncated)
    {
        truncated = false;
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        StringBuilder? text = null;
        string? single = null;
        while (reader.Read())
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int count;
                while ((count = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                {
                    var room = maxLength - (text?.Length ?? single?.Length ?? 0);
                    if (count > room)
                    {
                        truncated = true;
                        count = Math.Max(room, 0);
                    }

                    if (count == 0)
                    {
                        continue;
                    }

                    if (single is null && text is null)
                    {
                        single = new string(buffer, 0, count);
                    }
                    else
                    {
                        text ??= new StringBuilder(single);
                        text.Append(buffer, 0, count);
                        single = null;
                    }
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }
        }

        return text?.ToString() ?? single ?? string.Empty;
    }

    /// <summary>Decodes the OOXML escapes <c>_xHHHH_</c> (e.g. <c>_x000D_</c> for a carriage return, <c>_x005F_</c> for an underscore).</summary>
    public static string DecodeEscapes(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (i + 6 < text.Length && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_'
                && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                result.Append((char)code);
                i += 7;
            }
            else
            {
                result.Append(text[i]);
                i++;
            }
        }

        return result.ToString();
    }

    /// <summary>Returns the value of the attribute with <paramref name="localName"/> in any namespace, or <see langword="null"/>.</summary>
    public static string? AttributeByLocalName(XmlReader reader, string localName)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return null;
        }

        try
        {
            do
            {
                if (reader.LocalName == localName)
                {
                    return reader.Value;
                }
            }
            while (reader.MoveToNextAttribute());
            return null;
        }
        finally
        {
            reader.MoveToElement();
        }
    }

    /// <summary>Returns the relationship id attribute (<c>r:id</c> in the transitional or strict namespace), or <see langword="null"/>.</summary>
    public static string? RelationshipId(XmlReader reader)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return null;
        }

        try
        {
            do
            {
                if (reader.LocalName == "id" && reader.NamespaceURI.Contains("relationships", StringComparison.Ordinal))
                {
                    return reader.Value;
                }
            }
            while (reader.MoveToNextAttribute());
            return null;
        }
        finally
        {
            reader.MoveToElement();
        }
    }

    /// <summary>Whether an xsd:boolean attribute value is true (<c>1</c> or <c>true</c>).</summary>
    public static bool IsTrue(string? value) => value is "1" or "true";
}
