namespace PerfIndicators.Parsing;

/// <summary>
/// The traditional characters of indicator labels, names and units, each with its simplified form, one character for one
/// character. Pages that mirror sites converted to traditional script (<c>產出指標</c>, <c>滿意度</c>, <c>28.8萬元</c>) are read
/// through this map for recognition only: names and targets keep the characters as printed.
/// </summary>
internal static class Simplified
{
    private const string Pairs =
        "產产標标質质時时數数滿满經经濟济會会態态續续響响務务對对進进費费調调錯错誤误結结餘余發发資资額额預预補补貼贴價价" +
        "規规範范違违達达獲获驗验覆覆蓋盖項项門门間间場场個个條条輛辆處处類类種种頭头隻只畝亩噸吨頃顷週周戶户課课學学歲岁" +
        "萬万億亿實实際际現现節节約约營营運运維维護护設设備备導导難难險险據据務务員员選选擇择壽寿醫医療疗環环衛卫綠绿" +
        "業业務务傳传統统護护脫脱貧贫農农業业職职級级應应盡尽準准確确誌志檢检測测範范圍围內内後后報报審审計计覈核統统覽览" +
        "務务積积極极強强廣广東东惠惠樂乐歡欢觀观圖图書书館馆聯联絡络區区縣县鄉乡鎮镇車车輸输運运電电話话網网絡络線线" +
        "該该與与為为從从轉转證证構构機机關关開开體体創创當当並并於于們们來来說说參参總总議议論论認认識识還还這这過过動动擔担災灾訓训記记許许評评詢询語语談谈請请諮咨變变負负責责軟软輔辅輕轻連连遠远適适遺遗邊边釋释針针鐵铁長长閱阅隊队陽阳靈灵頁页順顺領领頻频風风飛飞飲饮點点黨党齊齐齡龄歷历氣气濕湿畢毕禮礼穩稳窮穷競竞簡简糧粮紅红紙纸綜综緊紧興兴舊旧藝艺藥药術术裝装製制複复見见親亲覺觉訂订詳详讓让貢贡貿贸賓宾軍军載载輪轮辦办遞递郵邮鄰邻錄录陸陆雜杂雙双離离靜静題题願愿顧顾馬马駐驻魚鱼麗丽黃黄龍龙圓圆團团園园壓压夠够寧宁寫写寬宽將将專专尋寻屆届廳厅廢废彈弹徑径復复徵征懷怀戲戏擬拟斷断暢畅樣样樹树橋桥檔档權权殘残況况溝沟漢汉潔洁無无煙烟熱热燈灯爭争爾尔狀状獨独獻献畫画盤盘眾众礙碍礎础稅税筆笔築筑終终絕绝練练繫系繼继罰罚義义習习聞闻聲声聽听腦脑臨临艱艰莊庄華华葉叶藍蓝號号虧亏蟲虫衝冲訪访訴诉診诊讀读財财貴贵賠赔賽赛踐践轄辖遊游遷迁銀银銷销鋼钢錢钱階阶隨随須须雲云顯显養养駕驾鮮鲜";

    private const char FirstIdeograph = '\u4E00';
    private const char LastIdeograph = '\u9FFF';

    /// <summary>The simplified form of each CJK ideograph (indexed from U+4E00), or 0 where it is its own; one load per character.</summary>
    private static readonly char[] Ideographs = BuildIdeographs();

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Of(char c) =>
        c is >= FirstIdeograph and <= LastIdeograph && Ideographs[c - FirstIdeograph] is var simple and not '\0' ? simple : c;

    /// <summary>Copies <paramref name="text"/> into <paramref name="destination"/> with every character simplified.</summary>
    public static void Copy(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = Of(text[i]);
        }
    }

    /// <summary>Returns <paramref name="text"/> with every character simplified (the same string when nothing changes).</summary>
    public static string Of(string text)
    {
        var i = 0;
        while (i < text.Length && Of(text[i]) == text[i])
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) => Copy(source, span));
    }

    private static char[] BuildIdeographs()
    {
        var table = new char[LastIdeograph - FirstIdeograph + 1];
        foreach (var (traditional, simple) in Build())
        {
            if (traditional is < FirstIdeograph or > LastIdeograph)
            {
                throw new InvalidOperationException($"The traditional character {traditional} is outside the CJK ideographs the table covers.");
            }

            table[traditional - FirstIdeograph] = simple;
        }

        return table;
    }

    private static Dictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            if (Pairs[i] != Pairs[i + 1])
            {
                map[Pairs[i]] = Pairs[i + 1];
            }
        }

        return map;
    }
}
