namespace Wirecheck.Extraction.Html.Dom;

/// <summary>
/// A compact parsed HTML page: nodes in flat arrays in document (pre-)order, so an element's subtree is the index
/// range [i, <see cref="SubtreeEnd"/>(i)); links by index (parent, first child, next sibling); text and attribute
/// values are spans of <see cref="Source"/> (a copy is made only for text with character references).
/// Built by <see cref="HtmlParser"/>. Elements can be marked removed (the whole subtree is then skipped).
/// </summary>
public sealed class HtmlDocument : IDisposable
{
    internal Node[] Nodes;
    internal Attr[] Attrs;
    internal List<string> Decoded = new();
    internal List<int> MetadataElements = new();

    /// <summary>The meta, script, title, h1, time and link elements, in document order.</summary>
    public IReadOnlyList<int> MetadataNodes => MetadataElements;
    internal int AttrCount;

    /// <summary>A document over <paramref name="source"/>; its arrays come from a pool (sized from the source length)
    /// and go back on <see cref="Dispose"/> (optional: an undisposed document is simply collected).</summary>
    public HtmlDocument(ReadOnlyMemory<char> source)
    {
        Source = source;
        Nodes = System.Buffers.ArrayPool<Node>.Shared.Rent(Math.Clamp(source.Length / 32, 64, 1 << 20));
        Attrs = System.Buffers.ArrayPool<Attr>.Shared.Rent(Math.Clamp(source.Length / 48, 64, 1 << 20));
    }

    internal static void Grow<T>(ref T[] array)
    {
        var bigger = System.Buffers.ArrayPool<T>.Shared.Rent(array.Length * 2);
        Array.Copy(array, bigger, array.Length);
        System.Buffers.ArrayPool<T>.Shared.Return(array);
        array = bigger;
    }

    public void Dispose()
    {
        if (Nodes.Length == 0) return;
        System.Buffers.ArrayPool<Node>.Shared.Return(Nodes);
        System.Buffers.ArrayPool<Attr>.Shared.Return(Attrs);
        Nodes = Array.Empty<Node>();
        Attrs = Array.Empty<Attr>();
        Count = 0;
    }

    /// <summary>The parsed characters (a string's or a pooled buffer's).</summary>
    public ReadOnlyMemory<char> Source { get; }
    public int Count { get; internal set; }
    /// <summary>The &lt;html&gt; element (always present).</summary>
    public int Html { get; internal set; } = -1;
    public int Head { get; internal set; } = -1;
    /// <summary>The &lt;body&gt; (or &lt;frameset&gt;) element (always present).</summary>
    public int Body { get; internal set; } = -1;
    /// <summary>Start tags dropped because they were nested deeper than the parser's limit.</summary>
    public int DroppedDeepTags { get; internal set; }

    internal struct Node
    {
        public int Parent, FirstChild, LastChild, Next, End;
        /// <summary>Source span: the text's raw characters, or an element's start tag.</summary>
        public int Start, Stop;
        public int AttrFirst, AttrCount;
        /// <summary>Index into <see cref="Decoded"/> for text with character references, else -1.</summary>
        public int DecodedIndex;
        public string? Name;
        public TagFlags Flags;
        public bool IsText, Removed, InForeign;
    }

    internal struct Attr
    {
        public int NameStart, NameLength, ValueStart, ValueLength;
        public bool NeedsDecode;
    }

    public bool IsText(int i) => Nodes[i].IsText;
    public bool IsElement(int i) => !Nodes[i].IsText && Nodes[i].Name is not null;
    /// <summary>The element's lowercase local name (null for text and the document node).</summary>
    public string? Name(int i) => Nodes[i].Name;
    public TagFlags Flags(int i) => Nodes[i].Flags;
    public int Parent(int i) => Nodes[i].Parent;
    public int FirstChild(int i) => Nodes[i].FirstChild;
    public int NextSibling(int i) => Nodes[i].Next;
    /// <summary>One past the last node of the subtree rooted at <paramref name="i"/>.</summary>
    public int SubtreeEnd(int i) => Nodes[i].End;
    public bool IsRemoved(int i) => Nodes[i].Removed;
    public void Remove(int i) => Nodes[i].Removed = true;
    /// <summary>Inside &lt;svg&gt; or &lt;math&gt;.</summary>
    public bool InForeign(int i) => Nodes[i].InForeign;
    /// <summary>Where the node starts in <see cref="Source"/> (a text's first raw character, an element's '&lt;').</summary>
    public int SourceStart(int i) => Nodes[i].Start;
    public int SourceLength(int i) => Nodes[i].Stop - Nodes[i].Start;
    /// <summary>The text of a text node: a span of the source, or its decoded copy when it had character references.</summary>
    public ReadOnlySpan<char> Text(int i)
    {
        ref var n = ref Nodes[i];
        return n.DecodedIndex >= 0 ? Decoded[n.DecodedIndex].AsSpan() : Source.Span.Slice(n.Start, n.Stop - n.Start);
    }
    /// <summary>The text node's text is exactly its source characters.</summary>
    public bool IsVerbatim(int i) => Nodes[i].DecodedIndex < 0;

    /// <summary>Index of the element's attribute named <paramref name="name"/> (ASCII case-insensitive), or -1.</summary>
    public int FindAttr(int element, ReadOnlySpan<char> name)
    {
        ref var n = ref Nodes[element];
        var src = Source.Span;
        for (int a = n.AttrFirst, end = n.AttrFirst + n.AttrCount; a < end; a++)
        {
            ref var at = ref Attrs[a];
            if (at.NameLength == name.Length && src.Slice(at.NameStart, at.NameLength).Equals(name, StringComparison.OrdinalIgnoreCase)) return a;
        }
        return -1;
    }

    public bool HasAttr(int element, ReadOnlySpan<char> name) => FindAttr(element, name) >= 0;

    /// <summary>An attribute's raw value (character references not decoded).</summary>
    public ReadOnlySpan<char> AttrRaw(int attr) => Source.Span.Slice(Attrs[attr].ValueStart, Attrs[attr].ValueLength);

    public bool AttrNeedsDecode(int attr) => Attrs[attr].NeedsDecode;

    /// <summary>An attribute's value, character references decoded.</summary>
    public string AttrValue(int attr) => Attrs[attr].NeedsDecode ? HtmlEntities.Decode(AttrRaw(attr), attribute: true) : AttrRaw(attr).ToString();

    /// <summary>An attribute's value, decoded only when it has character references.</summary>
    public ReadOnlySpan<char> AttrValueSpan(int attr) => Attrs[attr].NeedsDecode ? HtmlEntities.Decode(AttrRaw(attr), attribute: true).AsSpan() : AttrRaw(attr);

    /// <summary>The named attribute's decoded value, or null when absent.</summary>
    public string? GetAttr(int element, ReadOnlySpan<char> name)
    {
        int a = FindAttr(element, name);
        return a < 0 ? null : AttrValue(a);
    }

    /// <summary>All text under <paramref name="root"/> (like DOM textContent, skipping removed subtrees).</summary>
    public string TextContent(int root)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = root + 1, end = SubtreeEnd(root); i < end; i++)
        {
            if (Nodes[i].Removed) { i = Nodes[i].End - 1; continue; }
            if (Nodes[i].IsText) sb.Append(Text(i));
        }
        return sb.ToString();
    }

    /// <summary>The first element named <paramref name="name"/> in document order, or -1.</summary>
    public int First(string name)
    {
        for (int i = 0; i < Count; i++)
            if (!Nodes[i].IsText && Nodes[i].Name == name) return i;
        return -1;
    }
}
