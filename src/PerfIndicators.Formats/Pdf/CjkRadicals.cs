namespace PerfIndicators.Formats.Pdf;

/// <summary>
/// Maps the CJK radical code points some producers write into a PDF's text layer back to the ideographs meant.
/// Chromium (Skia) and others look a glyph up in the font's character map and write the lowest code point mapping to
/// it; in fonts such as Noto CJK the Kangxi radicals (U+2F00–U+2FD5) and the CJK radicals supplement (U+2E80–U+2EF3)
/// share their glyphs with ideographs, so <c>人民</c> comes out as <c>⼈⺠</c>, which no reader matches. Each radical
/// is mapped to its equivalent unified ideograph (Unicode's EquivalentUnifiedIdeograph data; the Kangxi radicals by
/// their compatibility decomposition); the few supplement radicals without one are kept.
/// </summary>
internal static class CjkRadicals
{
    private const string Kangxi = "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

    private const string Supplement = "\0厂\0\0\0亻冂\0\0刂卜㔾小\0兀尣尢\0巳幺彑\0忄㣺扌攵\0旡\0月歺母民氵氺灬爫\0丬\0犭王疋\0示礻\0糸纟\0罒㓁\0\0\0羊\0耂\0聿\0臼艹艹艹虎衤覀西见角\0讠贝\0车辶辶\0阝钅長\0长门\0阝\0青韦页风飞食\0飠饣\0马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟";

    /// <summary>The ideograph for a radical code point, or the character itself.</summary>
    public static char Map(char c)
    {
        // Two radicals whose glyphs in simplified-Chinese fonts are the mainland forms of their characters, not the
        // Kangxi forms the compatibility decomposition names: ⼾ is drawn 户 (not 戶), ⻘/⾭ 青 (not 靑).
        if (c == '\u2F3E')
        {
            return '户';
        }

        if (c == '\u2FAD')
        {
            return '青';
        }

        if (c is >= '\u2F00' and <= '\u2FD5')
        {
            return Kangxi[c - '\u2F00'];
        }

        if (c is >= '\u2E80' and <= '\u2EF3' && Supplement[c - '\u2E80'] is var mapped and not '\0')
        {
            return mapped;
        }

        return c;
    }

    /// <summary>Whether the text holds a radical code point that <see cref="Map(char)"/> changes.</summary>
    public static bool Has(string text)
    {
        foreach (var c in text)
        {
            if (Map(c) != c)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with every radical code point mapped.</summary>
    public static string Apply(string text)
    {
        if (!Has(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Map(chars[i]);
        }

        return new string(chars);
    }
}
