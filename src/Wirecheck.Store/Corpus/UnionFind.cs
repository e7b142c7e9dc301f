namespace Wirecheck.Store.Corpus;

/// <summary>Disjoint sets with path halving and union by size.</summary>
public sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public UnionFind(int n)
    {
        _parent = new int[n];
        _size = new int[n];
        for (int i = 0; i < n; i++) { _parent[i] = i; _size[i] = 1; }
    }

    public int Find(int x)
    {
        while (_parent[x] != x) { _parent[x] = _parent[_parent[x]]; x = _parent[x]; }
        return x;
    }

    public bool Union(int a, int b)
    {
        a = Find(a); b = Find(b);
        if (a == b) return false;
        if (_size[a] < _size[b]) (a, b) = (b, a);
        _parent[b] = a;
        _size[a] += _size[b];
        return true;
    }

    /// <summary>Groups of element indexes, each in ascending order, groups ordered by their first element.</summary>
    public List<List<int>> Groups()
    {
        var map = new Dictionary<int, List<int>>();
        for (int i = 0; i < _parent.Length; i++)
        {
            int r = Find(i);
            if (!map.TryGetValue(r, out var list)) map[r] = list = new List<int>();
            list.Add(i);
        }
        return map.Values.OrderBy(g => g[0]).ToList();
    }
}
