namespace Wirecheck.Nlp.Entities;

/// <summary>
/// Feature extraction for the BIO tagger: each feature is a 64-bit hash of a template id and its values
/// (word, lower-cased word, word shape, affixes, casing, lexicon classes, a ±2 context window and the
/// previous tags). Token-level hashes are computed once per sentence; templates only mix them.
/// </summary>
public sealed class NerFeatures
{
    public const int MaxFeatures = 60;
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const int MaxHashedChars = 32;

    private readonly NerLexicon _lexicon;

    private readonly WordClusters? _clusters;

    public NerFeatures(NerLexicon lexicon, WordClusters? clusters = null)
    {
        _lexicon = lexicon;
        _clusters = clusters;
    }

    /// <summary>Per-token values reused by every template.</summary>
    public sealed class SentenceCache
    {
        public int Length;
        public ulong[] Word = new ulong[64], Lower = new ulong[64], Shape = new ulong[64], ShortShape = new ulong[64];
        public ulong[] Suf2 = new ulong[64], Suf3 = new ulong[64], Suf4 = new ulong[64], Pre3 = new ulong[64];
        public int[] Flags = new int[64];
        public int[] Lex = new int[64];
        public int[] Doc = new int[64];
        /// <summary>Run of capitalised words the token is in: length bucket × position (0 = not in a run).</summary>
        public int[] Run = new int[64];
        /// <summary>Word-cluster path (<see cref="WordClusters"/>), 0 when unknown.</summary>
        public uint[] Cluster = new uint[64];
        /// <summary>Lower-case hash of the first and last word of the name-like run the token is in (0 = none).</summary>
        public ulong[] RunFirst = new ulong[64], RunLast = new ulong[64];
        /// <summary>1 when most words of the sentence are capitalised (headline, all-caps text).</summary>
        public int SentenceCase;

        public void Ensure(int n)
        {
            if (Word.Length >= n) return;
            int size = Math.Max(n, Word.Length * 2);
            Array.Resize(ref Word, size); Array.Resize(ref Lower, size); Array.Resize(ref Shape, size);
            Array.Resize(ref ShortShape, size); Array.Resize(ref Suf2, size); Array.Resize(ref Suf3, size);
            Array.Resize(ref Suf4, size); Array.Resize(ref Pre3, size); Array.Resize(ref Flags, size); Array.Resize(ref Lex, size); Array.Resize(ref Doc, size); Array.Resize(ref Run, size); Array.Resize(ref Cluster, size); Array.Resize(ref RunFirst, size); Array.Resize(ref RunLast, size);
        }
    }

    // Casing flags.
    private const int FInitCap = 1, FAllCaps = 2, FHasDigit = 4, FHasHyphen = 8, FAllLower = 16, FHasPeriod = 32, FFirst = 64, FNonLatin = 128;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Prepare(IReadOnlyList<string> words, SentenceCache c, DocumentContext? doc = null)
    {
        int n = words.Count;
        c.Ensure(n);
        c.Length = n;
        for (int i = 0; i < n; i++)
        {
            var w = words[i].AsSpan();
            if (w.Length > MaxHashedChars) w = w[..MaxHashedChars];
            c.Word[i] = Hash(w, lower: false);
            c.Lower[i] = Hash(w, lower: true);
            c.Shape[i] = ShapeHash(w, collapse: false);
            c.ShortShape[i] = ShapeHash(w, collapse: true);
            c.Suf2[i] = w.Length >= 2 ? Hash(w[^2..], true) : 0;
            c.Suf3[i] = w.Length >= 3 ? Hash(w[^3..], true) : 0;
            c.Suf4[i] = w.Length >= 4 ? Hash(w[^4..], true) : 0;
            c.Pre3[i] = w.Length >= 3 ? Hash(w[..3], true) : 0;
            c.Flags[i] = CasingFlags(w) | (i == 0 ? FFirst : 0);
            c.Cluster[i] = _clusters is null ? 0 : _clusters.PathOf(c.Lower[i]);
            c.Doc[i] = doc is null || (c.Flags[i] & FInitCap) == 0 ? 0 : 4 | doc.Bits(c.Lower[i]);
        }
        _lexicon.Classify(words, c.Lower, c.Word, c.Lex);
        int caps = 0, letters = 0;
        for (int i = 0; i < n; i++)
        {
            if ((c.Flags[i] & (FInitCap | FAllLower)) == 0) { c.Run[i] = 0; continue; }
            letters++;
            if ((c.Flags[i] & FInitCap) != 0) caps++;
        }
        c.SentenceCase = letters >= 4 && caps * 4 >= letters * 3 ? 1 : 0;
        int j = 0;
        while (j < n)
        {
            if ((c.Flags[j] & FInitCap) == 0) { c.Run[j++] = 0; continue; }
            int start = j;
            while (j < n && (c.Flags[j] & FInitCap) != 0) j++;
            int len = Math.Min(j - start, 4);
            for (int t = start; t < j; t++)
            {
                int pos = j - start == 1 ? 0 : t == start ? 1 : t == j - 1 ? 3 : 2;
                c.Run[t] = 1 + len * 4 + pos;
            }
        }
        // Name-like runs: capitalised words, also across "of", "for", "de" between capitalised words
        // ("Bay of Bengal"); each token of a run knows the run's first and last word (its likely head).
        j = 0;
        while (j < n)
        {
            if ((c.Flags[j] & FInitCap) == 0) { c.RunFirst[j] = c.RunLast[j] = 0; j++; continue; }
            int start = j;
            int end = j + 1;
            while (true)
            {
                if (end < n && (c.Flags[end] & FInitCap) != 0) { end++; continue; }
                if (end + 1 < n && IsJoiner(words[end]) && (c.Flags[end + 1] & FInitCap) != 0) { end += 2; continue; }
                break;
            }
            for (int t = start; t < end; t++)
            {
                bool capital = (c.Flags[t] & FInitCap) != 0;
                c.RunFirst[t] = capital && end - start > 1 ? c.Lower[start] : 0;
                c.RunLast[t] = capital && end - start > 1 ? c.Lower[end - 1] : 0;
            }
            j = end;
        }
    }

    private static bool IsJoiner(string w) => w is "of" or "for" or "de";

    /// <summary>Writes the features of token <paramref name="i"/> given the two previous tags; returns how many.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public int Extract(SentenceCache c, int i, int prevTag, int prev2Tag, Span<ulong> f)
    {
        int k = 0;
        int n = c.Length;
        ulong lw = c.Lower[i], sh = c.Shape[i];
        ulong lwm1 = i > 0 ? c.Lower[i - 1] : 1, lwp1 = i + 1 < n ? c.Lower[i + 1] : 2;
        ulong lwm2 = i > 1 ? c.Lower[i - 2] : 1, lwp2 = i + 2 < n ? c.Lower[i + 2] : 2;
        ulong shm1 = i > 0 ? c.ShortShape[i - 1] : 1, shp1 = i + 1 < n ? c.ShortShape[i + 1] : 2;
        int lexm1 = i > 0 ? c.Lex[i - 1] : 0, lexp1 = i + 1 < n ? c.Lex[i + 1] : 0;
        f[k++] = Mix(0, 0, 0);
        f[k++] = Mix(1, c.Word[i], 0);
        f[k++] = Mix(2, lw, 0);
        f[k++] = Mix(3, sh, 0);
        f[k++] = Mix(4, c.ShortShape[i], 0);
        if (c.Suf2[i] != 0) f[k++] = Mix(5, c.Suf2[i], 0);
        if (c.Suf3[i] != 0) f[k++] = Mix(6, c.Suf3[i], 0);
        if (c.Suf4[i] != 0) f[k++] = Mix(7, c.Suf4[i], 0);
        if (c.Pre3[i] != 0) f[k++] = Mix(8, c.Pre3[i], 0);
        f[k++] = Mix(9, (ulong)c.Flags[i], 0);
        f[k++] = Mix(10, lwm1, 0);
        f[k++] = Mix(11, lwp1, 0);
        f[k++] = Mix(12, lwm2, 0);
        f[k++] = Mix(13, lwp2, 0);
        f[k++] = Mix(14, shm1, 0);
        f[k++] = Mix(15, shp1, 0);
        f[k++] = Mix(16, shm1, c.ShortShape[i]);
        f[k++] = Mix(17, c.ShortShape[i], shp1);
        f[k++] = Mix(18, lwm1, lw);
        f[k++] = Mix(19, lw, lwp1);
        f[k++] = Mix(20, (ulong)prevTag, 0);
        f[k++] = Mix(21, (ulong)prevTag, (ulong)prev2Tag);
        f[k++] = Mix(22, (ulong)prevTag, lw);
        f[k++] = Mix(23, (ulong)prevTag, c.ShortShape[i]);
        f[k++] = Mix(24, lwm1, c.ShortShape[i]);
        f[k++] = Mix(25, c.ShortShape[i], lwp1);
        if (c.Lex[i] != 0) f[k++] = Mix(26, (ulong)c.Lex[i], (ulong)(c.Flags[i] & (FInitCap | FAllCaps)));
        if (lexm1 != 0) f[k++] = Mix(27, (ulong)lexm1, 0);
        if (lexp1 != 0) f[k++] = Mix(28, (ulong)lexp1, 0);
        if (c.Lex[i] != 0) f[k++] = Mix(29, (ulong)c.Lex[i], (ulong)prevTag);
        f[k++] = Mix(30, (ulong)c.Flags[i], (ulong)prevTag);
        if (c.Doc[i] != 0)
        {
            f[k++] = Mix(31, (ulong)c.Doc[i], (ulong)(c.Flags[i] & FFirst));
            f[k++] = Mix(32, (ulong)c.Doc[i], (ulong)prevTag);
        }
        if ((c.Lex[i] & NerLexicon.Common) != 0 && (c.Flags[i] & FInitCap) != 0) f[k++] = Mix(33, (ulong)(c.Flags[i] & FFirst), 0);
        if (c.Run[i] != 0)
        {
            f[k++] = Mix(34, (ulong)c.Run[i], (ulong)c.SentenceCase);
            f[k++] = Mix(35, (ulong)c.Run[i], (ulong)prevTag);
            f[k++] = Mix(36, (ulong)c.Run[i], lw);
        }
        if (c.SentenceCase != 0) f[k++] = Mix(37, c.ShortShape[i], (ulong)prevTag);
        f[k++] = Mix(38, c.Suf3[i], lwm1);
        f[k++] = Mix(39, c.Suf3[i], lwp1);
        if (c.RunLast[i] != 0)
        {
            f[k++] = Mix(47, c.RunLast[i], 0);
            f[k++] = Mix(48, c.RunFirst[i], 0);
        }
        if (_clusters is not null)
        {
            uint p = c.Cluster[i];
            if (p != 0)
            {
                f[k++] = Mix(40, WordClusters.Prefix(p, 4), 0);
                f[k++] = Mix(41, WordClusters.Prefix(p, 8), 0);
                f[k++] = Mix(42, WordClusters.Prefix(p, 12), 0);
                f[k++] = Mix(43, p, 0);
                f[k++] = Mix(44, WordClusters.Prefix(p, 8), c.ShortShape[i]);
            }
            // Sentence boundaries get values no path prefix can take (a prefix of ≤ 8 steps is below 512).
            ulong pm = i > 0 ? WordClusters.Prefix(c.Cluster[i - 1], 8) : 0xFFFF_FFF0, pp = i + 1 < n ? WordClusters.Prefix(c.Cluster[i + 1], 8) : 0xFFFF_FFF1;
            f[k++] = Mix(45, pm, 0);
            f[k++] = Mix(46, pp, 0);
        }
        return k;
    }

    private static int CasingFlags(ReadOnlySpan<char> w)
    {
        int flags = 0;
        bool anyLetter = false, allUpper = true, allLower = true;
        foreach (var ch in w)
        {
            if (char.IsLetter(ch))
            {
                anyLetter = true;
                if (char.IsUpper(ch)) allLower = false; else allUpper = false;
                if (ch > 0x024F) flags |= FNonLatin;
            }
            else if (char.IsDigit(ch)) flags |= FHasDigit;
            else if (ch == '-') flags |= FHasHyphen;
            else if (ch == '.') flags |= FHasPeriod;
        }
        if (anyLetter && char.IsUpper(w[0])) flags |= FInitCap;
        if (anyLetter && allUpper && w.Length > 1) flags |= FAllCaps;
        if (anyLetter && allLower) flags |= FAllLower;
        return flags;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static ulong Hash(ReadOnlySpan<char> s, bool lower)
    {
        ulong h = Offset;
        foreach (var ch0 in s)
        {
            var ch = lower ? char.ToLowerInvariant(ch0) : ch0;
            ch = Normalize(ch);
            h = (h ^ ch) * Prime;
        }
        return h;
    }

    /// <summary>Curly quotes and dashes hash like their ASCII forms, so the tagger sees them the same.</summary>
    private static char Normalize(char ch) => ch switch
    {
        '\u2019' or '\u2018' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2013' or '\u2014' => '-',
        _ => ch,
    };

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static ulong ShapeHash(ReadOnlySpan<char> w, bool collapse)
    {
        ulong h = Offset ^ (collapse ? 7UL : 3UL);
        char last = '\0';
        int len = 0;
        foreach (var ch in w)
        {
            char s = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : Normalize(ch);
            if (s == last && (collapse || len >= 4)) continue;
            if (s != last) len = 0;
            len++;
            last = s;
            h = (h ^ s) * Prime;
        }
        return h;
    }

    private static ulong Mix(int template, ulong a, ulong b)
    {
        ulong h = (ulong)(template + 1) * 0x9E3779B97F4A7C15UL;
        h ^= a + 0x632BE59BD9B4E019UL + (h << 6) + (h >> 2);
        h ^= b + 0x85EBCA77C2B2AE63UL + (h << 6) + (h >> 2);
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return h;
    }
}
