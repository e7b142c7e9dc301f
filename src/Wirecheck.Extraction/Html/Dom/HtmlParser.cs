namespace Wirecheck.Extraction.Html.Dom;

/// <summary>
/// A streaming HTML tokenizer and tree builder over the decoded page, written for news pages: start and end
/// tags with attributes (quoted, unquoted, bare), comments, doctype and other markup declarations, CDATA, raw-text
/// elements (script, style, iframe, noscript, …) and RCDATA (title, textarea), character references; and the
/// tree-construction rules that shape text: implied html/head/body, void elements, implied end tags (p, li, dt/dd,
/// option, table rows and cells, headings), stray and mis-nested end tags (a stray end tag never closes a "special"
/// element; a block end tag closes only an element in scope). Not implemented: foster parenting of text inside
/// tables and the adoption agency's re-opening of formatting elements (neither changes which text a page has).
/// Start tags nested deeper than the depth limit are dropped, so the tree's depth is bounded.
/// Linear in the input; no recursion.
/// </summary>
public sealed class HtmlParser
{
    /// <summary>Attributes kept per element; later ones are skipped.</summary>
    public const int MaxAttributes = 256;

    private readonly ReadOnlyMemory<char> _s;
    private readonly HtmlDocument _d;
    private readonly int _maxDepth;
    private readonly CancellationToken _ct;
    private int[] _stack = new int[64];
    private int _sp;
    private int _foreign;
    /// <summary>Open &lt;p&gt; elements: without one, no start tag needs the (stack-walking) scope check for p.</summary>
    private int _openP;
    private bool _inBody;

    private HtmlParser(ReadOnlyMemory<char> source, int maxDepth, CancellationToken ct)
    {
        _s = source;
        _d = new HtmlDocument(source);
        _maxDepth = Math.Max(4, maxDepth);
        _ct = ct;
    }

    /// <summary>Parses a page. <paramref name="maxDepth"/> bounds element nesting; deeper start tags are dropped.</summary>
    public static HtmlDocument Parse(string html, int maxDepth = 512, CancellationToken ct = default) => Parse(html.AsMemory(), maxDepth, ct);

    /// <summary>Parses a page held in any char buffer (a pooled one: the document refers to it, keep it until done).</summary>
    public static HtmlDocument Parse(ReadOnlyMemory<char> html, int maxDepth = 512, CancellationToken ct = default)
    {
        var p = new HtmlParser(html, maxDepth, ct);
        p.Run();
        return p._d;
    }

    private void Run()
    {
        NewNode(null, TagFlags.None, -1, 0, 0); // the document
        var s = _s.Span;
        int n = s.Length, i = 0, textFrom = 0, steps = 0;
        while (i < n)
        {
            if ((++steps & 1023) == 0) _ct.ThrowIfCancellationRequested();
            int lt = s[i..].IndexOf('<');
            if (lt < 0) break;
            lt += i;
            if (lt + 1 >= n) { i = n; break; }
            char c = s[lt + 1];
            if (char.IsAsciiLetter(c))
            {
                Text(textFrom, lt);
                i = textFrom = StartTag(lt);
            }
            else if (c == '/')
            {
                Text(textFrom, lt);
                i = textFrom = EndTag(lt);
            }
            else if (c == '!')
            {
                Text(textFrom, lt);
                i = textFrom = Declaration(lt);
            }
            else if (c == '?')
            {
                Text(textFrom, lt);
                i = textFrom = ToGt(lt + 2);
            }
            else i = lt + 1;
        }
        Text(textFrom, n);
        EnsureBody();
        Finish();
    }

    // ---------------------------------------------------------------- tokenizer

    private int ToGt(int from)
    {
        int gt = _s.Span.Slice(from).IndexOf('>');
        return gt < 0 ? _s.Length : from + gt + 1;
    }

    private int Declaration(int lt)
    {
        var s = _s.Span;
        if (s[lt..].StartsWith("<!--"))
        {
            int from = lt + 4;
            // "<!-->" and "<!--->" end at once
            if (from < s.Length && s[from] == '>') return from + 1;
            if (from + 1 < s.Length && s[from] == '-' && s[from + 1] == '>') return from + 2;
            int end = s[from..].IndexOf("-->");
            return end < 0 ? s.Length : from + end + 3;
        }
        if (_foreign > 0 && s[lt..].StartsWith("<![CDATA["))
        {
            int end = s[(lt + 9)..].IndexOf("]]>");
            int stop = end < 0 ? s.Length : lt + 9 + end;
            if (stop > lt + 9) AddText(lt + 9, stop, decode: false);
            return end < 0 ? s.Length : stop + 3;
        }
        return ToGt(lt + 2);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private int EndTag(int lt)
    {
        var s = _s.Span;
        int p = lt + 2;
        if (p >= s.Length) return s.Length;
        if (s[p] == '>') return p + 1; // "</>" is ignored
        if (!char.IsAsciiLetter(s[p])) return ToGt(p); // bogus comment
        int nameStart = p;
        while (p < s.Length && !IsSpace(s[p]) && s[p] != '/' && s[p] != '>') p++;
        var name = HtmlTags.Intern(s[nameStart..p], out var flags);
        int end = SkipAttributes(p);
        if (end < 0) return s.Length; // EOF inside the tag: dropped
        Close(name, flags);
        return end;
    }

    /// <summary>Skips an end tag's attributes; the index after '&gt;' or -1 at the end of input.</summary>
    private int SkipAttributes(int p)
    {
        var s = _s.Span;
        while (p < s.Length)
        {
            char c = s[p];
            if (c == '>') return p + 1;
            if (c is '"' or '\'' && p > 0 && s[p - 1] == '=')
            {
                int q = s[(p + 1)..].IndexOf(c);
                if (q < 0) return -1;
                p += q + 2;
                continue;
            }
            p++;
        }
        return -1;
    }

    private int StartTag(int lt)
    {
        var s = _s.Span;
        int p = lt + 1;
        int nameStart = p;
        while (p < s.Length && !IsSpace(s[p]) && s[p] != '/' && s[p] != '>') p++;
        var name = HtmlTags.Intern(s[nameStart..p], out var flags);
        int attrFirst = _d.AttrCount;
        bool selfClosing = false;
        while (true)
        {
            while (p < s.Length && (IsSpace(s[p]) || s[p] == '/'))
            {
                if (s[p] == '/' && p + 1 < s.Length && s[p + 1] == '>') selfClosing = true;
                p++;
            }
            if (p >= s.Length) { _d.AttrCount = attrFirst; return s.Length; } // EOF inside the tag: dropped
            if (s[p] == '>') { p++; break; }
            int an = p;
            p++; // the first character may be '='
            while (p < s.Length && !IsSpace(s[p]) && s[p] != '/' && s[p] != '>' && s[p] != '=') p++;
            int anEnd = p;
            while (p < s.Length && IsSpace(s[p])) p++;
            int vs = p, ve = p;
            if (p < s.Length && s[p] == '=')
            {
                p++;
                while (p < s.Length && IsSpace(s[p])) p++;
                if (p < s.Length && s[p] is '"' or '\'')
                {
                    char q = s[p];
                    int close = s[(p + 1)..].IndexOf(q);
                    if (close < 0) { _d.AttrCount = attrFirst; return s.Length; }
                    vs = p + 1;
                    ve = p + 1 + close;
                    p = ve + 1;
                }
                else
                {
                    vs = p;
                    while (p < s.Length && !IsSpace(s[p]) && s[p] != '>') p++;
                    ve = p;
                }
            }
            else { vs = ve = anEnd; }
            AddAttr(attrFirst, an, anEnd, vs, ve);
        }
        int attrCount = _d.AttrCount - attrFirst;
        bool inHead = !_inBody;
        int el = Open(name, flags, attrFirst, attrCount, selfClosing, lt, p);
        // <noscript> is raw text only in the head: in the body its content is markup (as with scripting off)
        if (name == "noscript" && !inHead) return p;
        if ((flags & (TagFlags.RawText | TagFlags.RcData)) != 0 && !(selfClosing && _foreign > 0))
            return RawContent(name, flags, el, p);
        return p;
    }

    private void AddAttr(int first, int ns, int ne, int vs, int ve)
    {
        // a bound: an element keeps its first attributes only (the duplicate check below is quadratic)
        if (_d.AttrCount - first >= MaxAttributes) return;
        var s = _s.Span;
        var an = s[ns..ne];
        for (int a = first; a < _d.AttrCount; a++)
        {
            ref var x = ref _d.Attrs[a];
            if (x.NameLength == an.Length && s.Slice(x.NameStart, x.NameLength).Equals(an, StringComparison.OrdinalIgnoreCase)) return; // first wins
        }
        if (_d.AttrCount == _d.Attrs.Length) HtmlDocument.Grow(ref _d.Attrs);
        _d.Attrs[_d.AttrCount++] = new HtmlDocument.Attr
        {
            NameStart = ns, NameLength = ne - ns, ValueStart = vs, ValueLength = ve - vs,
            NeedsDecode = s[vs..ve].IndexOfAny('&', '\0') >= 0,
        };
    }

    /// <summary>The content of a raw-text element up to its end tag (or the end of input), as one text child.</summary>
    private int RawContent(string name, TagFlags flags, int el, int from)
    {
        var s = _s.Span;
        int n = s.Length;
        int stop = n, after = n;
        if (name != "plaintext")
        {
            int p = from;
            while (p < n)
            {
                int k = s[p..].IndexOf("</");
                if (k < 0) break;
                k += p;
                int nm = k + 2;
                if (nm + name.Length <= n && s.Slice(nm, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                    && (nm + name.Length == n || IsSpace(s[nm + name.Length]) || s[nm + name.Length] is '/' or '>'))
                {
                    stop = k;
                    int end = SkipAttributes(nm + name.Length);
                    after = end < 0 ? n : end;
                    break;
                }
                p = k + 2;
            }
        }
        if (el >= 0)
        {
            if (stop > from) AddTextChild(el, from, stop, decode: (flags & TagFlags.RcData) != 0);
            if (_sp > 0 && _stack[_sp - 1] == el) Pop();
        }
        return after;
    }

    // ---------------------------------------------------------------- tree construction

    private int Current => _stack[_sp - 1];

    private int NewNode(string? name, TagFlags flags, int parent, int start, int stop)
    {
        var d = _d;
        if (d.Count == d.Nodes.Length) HtmlDocument.Grow(ref d.Nodes);
        int i = d.Count++;
        ref var nd = ref d.Nodes[i];
        nd = new HtmlDocument.Node
        {
            Parent = parent, FirstChild = -1, LastChild = -1, Next = -1, Start = start, Stop = stop, DecodedIndex = -1,
            Name = name, Flags = flags, InForeign = _foreign > 0,
        };
        if ((flags & TagFlags.Metadata) != 0) d.MetadataElements.Add(i);
        if (parent >= 0)
        {
            ref var pn = ref d.Nodes[parent];
            if (pn.LastChild >= 0) d.Nodes[pn.LastChild].Next = i;
            else pn.FirstChild = i;
            pn.LastChild = i;
        }
        return i;
    }

    private void Push(int el)
    {
        if (_sp == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
        _stack[_sp++] = el;
        if ((_d.Nodes[el].Flags & TagFlags.Foreign) != 0) _foreign++;
        if (_d.Nodes[el].Name == "p") _openP++;
    }

    private int Pop()
    {
        int el = _stack[--_sp];
        if ((_d.Nodes[el].Flags & TagFlags.Foreign) != 0) _foreign--;
        if (_d.Nodes[el].Name == "p") _openP--;
        return el;
    }

    private void EnsureHtml()
    {
        if (_d.Html >= 0) return;
        _d.Html = NewNode("html", HtmlTags.FlagsOf("html"), 0, 0, 0);
        Push(_d.Html);
    }

    private void EnsureHead()
    {
        EnsureHtml();
        if (_d.Head >= 0) return;
        _d.Head = NewNode("head", HtmlTags.FlagsOf("head"), _d.Html, 0, 0);
    }

    private void EnsureBody()
    {
        if (_inBody) return;
        EnsureHead();
        _d.Body = NewNode("body", HtmlTags.FlagsOf("body"), _d.Html, 0, 0);
        Push(_d.Body);
        _inBody = true;
    }

    private void Text(int from, int to)
    {
        if (to <= from) return;
        if (!_inBody)
        {
            if (_s.Span.Slice(from, to - from).IndexOfAnyExcept(" \t\n\r\f") < 0) return;
            EnsureBody();
        }
        AddText(from, to, decode: true);
    }

    private void AddText(int from, int to, bool decode) => AddTextChild(Current, from, to, decode);

    private void AddTextChild(int parent, int from, int to, bool decode)
    {
        int t = NewNode(null, TagFlags.None, parent, from, to);
        ref var nd = ref _d.Nodes[t];
        nd.IsText = true;
        if (decode && _s.Span.Slice(from, to - from).IndexOfAny('&', '\0') >= 0)
        {
            _d.Decoded.Add(HtmlEntities.Decode(_s.Span.Slice(from, to - from), attribute: false));
            nd.DecodedIndex = _d.Decoded.Count - 1;
        }
    }

    /// <summary>Inserts an element for a start tag; its index, or -1 when the tag was ignored.</summary>
    private int Open(string name, TagFlags flags, int attrFirst, int attrCount, bool selfClosing, int start, int stop)
    {
        if (name == "html")
        {
            EnsureHtml();
            MergeAttrs(_d.Html, attrFirst, attrCount);
            return -1;
        }
        if (!_inBody)
        {
            if (name == "head")
            {
                EnsureHead();
                MergeAttrs(_d.Head, attrFirst, attrCount);
                return -1;
            }
            if (name is "body" or "frameset")
            {
                EnsureHead();
                _d.Body = NewNode(name, flags, _d.Html, start, stop);
                SetAttrs(_d.Body, attrFirst, attrCount);
                Push(_d.Body);
                _inBody = true;
                return -1;
            }
            if ((flags & TagFlags.HeadContent) != 0)
            {
                EnsureHead();
                int h = NewNode(name, flags, _d.Head, start, stop);
                SetAttrs(h, attrFirst, attrCount);
                if ((flags & TagFlags.Void) == 0) Push(h); // raw-text content follows; popped after it
                return h;
            }
            EnsureBody();
        }
        else if (name is "body" or "frameset" or "head")
        {
            if (name == "body") MergeAttrs(_d.Body, attrFirst, attrCount);
            return -1;
        }

        ImpliedEnds(name, flags);
        if (_sp >= _maxDepth)
        {
            _d.DroppedDeepTags++;
            return -1;
        }
        int parent = Current;
        if (name is "td" or "th" && _d.Nodes[parent].Name is "table" or "tbody" or "thead" or "tfoot")
        {
            if (_d.Nodes[parent].Name == "table") { parent = NewNode("tbody", TagFlags.Block, parent, start, start); Push(parent); }
            parent = NewNode("tr", HtmlTags.FlagsOf("tr"), parent, start, start);
            Push(parent);
        }
        else if (name == "tr" && _d.Nodes[parent].Name == "table")
        {
            parent = NewNode("tbody", HtmlTags.FlagsOf("tbody"), parent, start, start);
            Push(parent);
        }
        int el = NewNode(name, flags, parent, start, stop);
        SetAttrs(el, attrFirst, attrCount);
        bool isVoid = (flags & TagFlags.Void) != 0 || (selfClosing && (_foreign > 0 || (flags & TagFlags.Foreign) != 0));
        if (!isVoid) Push(el);
        return el;
    }

    private void SetAttrs(int el, int first, int count)
    {
        ref var nd = ref _d.Nodes[el];
        nd.AttrFirst = first;
        nd.AttrCount = count;
    }

    private void MergeAttrs(int el, int first, int count)
    {
        if (el < 0 || count == 0) return;
        if (_d.Nodes[el].AttrCount == 0) SetAttrs(el, first, count);
    }

    private void ImpliedEnds(string name, TagFlags flags)
    {
        if (name == "li") CloseListItem("li", null);
        else if (name is "dd" or "dt") CloseListItem("dd", "dt");
        else if (name is "td" or "th")
        {
            int cell = FindInScope("td", "th", tableScope: true);
            if (cell >= 0) PopTo(cell);
        }
        else if (name == "tr")
        {
            int row = FindInScope("tr", null, tableScope: true);
            if (row >= 0) PopTo(row);
        }
        else if (name is "tbody" or "thead" or "tfoot")
        {
            int sec = FindInScope("tbody", "thead", tableScope: true);
            if (sec < 0) sec = FindInScope("tfoot", null, tableScope: true);
            if (sec >= 0) PopTo(sec);
        }
        else if (name == "option")
        {
            if (_d.Nodes[Current].Name == "option") Pop();
        }
        else if (name == "optgroup")
        {
            if (_d.Nodes[Current].Name == "option") Pop();
            if (_d.Nodes[Current].Name == "optgroup") Pop();
        }
        else if (name == "a")
        {
            // a link inside an open link closes it when nothing but phrasing content lies between
            for (int k = _sp - 1; k > 0; k--)
            {
                var nd = _d.Nodes[_stack[k]];
                if (nd.Name == "a") { PopTo(k); break; }
                if ((nd.Flags & TagFlags.Special) != 0) break;
            }
        }
        if ((flags & TagFlags.ClosesP) != 0 && _openP > 0)
        {
            int p = FindInScope("p", null, buttonScope: true);
            if (p >= 0) PopTo(p);
        }
        if ((flags & TagFlags.Heading) != 0 && (_d.Nodes[Current].Flags & TagFlags.Heading) != 0) Pop();
    }

    private void CloseListItem(string a, string? b)
    {
        for (int k = _sp - 1; k > 0; k--)
        {
            var nd = _d.Nodes[_stack[k]];
            if (nd.Name == a || (b is not null && nd.Name == b)) { PopTo(k); return; }
            if ((nd.Flags & TagFlags.Special) != 0 && nd.Name is not ("address" or "div" or "p")) return;
        }
    }

    /// <summary>Stack position of the nearest open element named a or b in scope, or -1.</summary>
    private int FindInScope(string a, string? b, bool tableScope = false, bool buttonScope = false, bool listScope = false)
    {
        for (int k = _sp - 1; k >= 0; k--)
        {
            var nd = _d.Nodes[_stack[k]];
            if (nd.Name == a || (b is not null && nd.Name == b)) return k;
            if (tableScope)
            {
                if (nd.Name is "table" or "html" or "template") return -1;
            }
            else if ((nd.Flags & TagFlags.Scope) != 0 || (buttonScope && nd.Name == "button") || (listScope && nd.Name is "ol" or "ul"))
                return -1;
        }
        return -1;
    }

    /// <summary>Pops the stack down to and including position k (never below the body).</summary>
    private void PopTo(int k)
    {
        int floor = BodyFloor();
        if (k <= floor) return;
        while (_sp > k) Pop();
    }

    private int BodyFloor()
    {
        for (int k = 0; k < _sp && k < 3; k++)
            if (_stack[k] == _d.Body) return k;
        return 0;
    }

    private void Close(string name, TagFlags flags)
    {
        if (!_inBody)
        {
            if (name is "head" or "html" or "body" or "br") { if (name == "br") { EnsureBody(); Open("br", flags, 0, 0, false, 0, 0); } }
            return;
        }
        if (name is "body" or "html" or "head" or "frameset") return;
        if (name == "br") { Open("br", flags, _d.AttrCount, 0, false, 0, 0); return; }
        int k;
        if (name == "p")
        {
            k = _openP > 0 ? FindInScope("p", null, buttonScope: true) : -1;
            // "</p>" without an open <p> stands for an empty paragraph (which still separates blocks)
            if (k < 0 && _sp < _maxDepth) NewNode("p", flags, Current, 0, 0);
        }
        else if (name == "li") k = FindInScope("li", null, listScope: true);
        else if (name is "dd" or "dt") k = FindInScope(name, null);
        else if ((flags & TagFlags.Heading) != 0)
        {
            k = -1;
            for (int j = _sp - 1; j >= 0; j--)
            {
                var nd = _d.Nodes[_stack[j]];
                if ((nd.Flags & TagFlags.Heading) != 0) { k = j; break; }
                if ((nd.Flags & TagFlags.Scope) != 0) break;
            }
        }
        else if (name is "table" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption")
            k = FindInScope(name, null, tableScope: true);
        else if ((flags & TagFlags.ScopedEnd) != 0) k = FindInScope(name, null);
        else
        {
            // any other end tag: the nearest open element of that name, unless a special element comes first
            k = -1;
            for (int j = _sp - 1; j > 0; j--)
            {
                var nd = _d.Nodes[_stack[j]];
                if (nd.Name == name) { k = j; break; }
                if ((nd.Flags & TagFlags.Special) != 0 && nd.InForeign == false && _foreign == 0) break;
            }
        }
        if (k >= 0) PopTo(k);
    }

    private void Finish()
    {
        var nodes = _d.Nodes;
        for (int i = 0; i < _d.Count; i++) nodes[i].End = i + 1;
        for (int i = _d.Count - 1; i > 0; i--)
        {
            int p = nodes[i].Parent;
            if (p >= 0 && nodes[i].End > nodes[p].End) nodes[p].End = nodes[i].End;
        }
    }
}
