namespace Wirecheck.Nlp.Quotes;

using System.Numerics;
using System.Runtime.InteropServices;

/// <summary>The few vector kernels of the neural tagger (SIMD through <see cref="Vector{T}"/>).</summary>
internal static class NeuralMath
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        int n = a.Length, i = 0;
        float s = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            var va = MemoryMarshal.Cast<float, Vector<float>>(a);
            var vb = MemoryMarshal.Cast<float, Vector<float>>(b[..n]);
            var acc = Vector<float>.Zero;
            for (int k = 0; k < va.Length; k++) acc += va[k] * vb[k];
            s = Vector.Sum(acc);
            i = va.Length * Vector<float>.Count;
        }
        for (; i < n; i++) s += a[i] * b[i];
        return s;
    }

    /// <summary>y += alpha · x.</summary>
    public static void Axpy(float alpha, ReadOnlySpan<float> x, Span<float> y)
    {
        int n = x.Length, i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
            var vy = MemoryMarshal.Cast<float, Vector<float>>(y[..n]);
            var va = new Vector<float>(alpha);
            for (int k = 0; k < vx.Length; k++) vy[k] += va * vx[k];
            i = vx.Length * Vector<float>.Count;
        }
        for (; i < n; i++) y[i] += alpha * x[i];
    }

    /// <summary>
    /// y[r] += W[r,:] · x for r in [0, rows): the rows of W (row-major, rows × x.Length) four at a time, so each
    /// vector of x is loaded once per four rows. x.Length must be a multiple of the vector width when accelerated.
    /// </summary>
    public static void MatVecAdd(ReadOnlySpan<float> w, ReadOnlySpan<float> x, Span<float> y)
    {
        int cols = x.Length, rows = y.Length;
        int vw = Vector<float>.Count;
        if (!Vector.IsHardwareAccelerated || cols % vw != 0)
        {
            for (int r = 0; r < rows; r++) y[r] += Dot(w.Slice(r * cols, cols), x);
            return;
        }
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        var vwAll = MemoryMarshal.Cast<float, Vector<float>>(w[..(rows * cols)]);
        int nv = vx.Length, r0 = 0;
        for (; r0 + 4 <= rows; r0 += 4)
        {
            var w0 = vwAll.Slice(r0 * nv, nv);
            var w1 = vwAll.Slice((r0 + 1) * nv, nv);
            var w2 = vwAll.Slice((r0 + 2) * nv, nv);
            var w3 = vwAll.Slice((r0 + 3) * nv, nv);
            Vector<float> a0 = default, a1 = default, a2 = default, a3 = default;
            for (int k = 0; k < nv; k++)
            {
                var v = vx[k];
                a0 += w0[k] * v; a1 += w1[k] * v; a2 += w2[k] * v; a3 += w3[k] * v;
            }
            y[r0] += Vector.Sum(a0); y[r0 + 1] += Vector.Sum(a1); y[r0 + 2] += Vector.Sum(a2); y[r0 + 3] += Vector.Sum(a3);
        }
        for (; r0 < rows; r0++) y[r0] += Dot(w.Slice(r0 * cols, cols), x);
    }

    /// <summary>
    /// <see cref="MatVecAdd"/> for two vectors at once (y1 += W·x1, y2 += W·x2): each vector of W is loaded once for
    /// both, which matters for wide layers. Every output is summed in exactly the order <see cref="MatVecAdd"/> sums it,
    /// so the results are bit-identical to two calls.
    /// </summary>
    public static void MatVecAdd2(ReadOnlySpan<float> w, ReadOnlySpan<float> x1, ReadOnlySpan<float> x2, Span<float> y1, Span<float> y2)
    {
        int cols = x1.Length, rows = y1.Length;
        int vw = Vector<float>.Count;
        if (!Vector.IsHardwareAccelerated || cols % vw != 0)
        {
            MatVecAdd(w, x1, y1);
            MatVecAdd(w, x2, y2);
            return;
        }
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x1);
        var vz = MemoryMarshal.Cast<float, Vector<float>>(x2[..cols]);
        var vwAll = MemoryMarshal.Cast<float, Vector<float>>(w[..(rows * cols)]);
        int nv = vx.Length, r0 = 0;
        for (; r0 + 4 <= rows; r0 += 4)
        {
            var w0 = vwAll.Slice(r0 * nv, nv);
            var w1 = vwAll.Slice((r0 + 1) * nv, nv);
            var w2 = vwAll.Slice((r0 + 2) * nv, nv);
            var w3 = vwAll.Slice((r0 + 3) * nv, nv);
            Vector<float> a0 = default, a1 = default, a2 = default, a3 = default;
            Vector<float> b0 = default, b1 = default, b2 = default, b3 = default;
            for (int k = 0; k < nv; k++)
            {
                var v = vx[k];
                var u = vz[k];
                var m0 = w0[k]; a0 += m0 * v; b0 += m0 * u;
                var m1 = w1[k]; a1 += m1 * v; b1 += m1 * u;
                var m2 = w2[k]; a2 += m2 * v; b2 += m2 * u;
                var m3 = w3[k]; a3 += m3 * v; b3 += m3 * u;
            }
            y1[r0] += Vector.Sum(a0); y1[r0 + 1] += Vector.Sum(a1); y1[r0 + 2] += Vector.Sum(a2); y1[r0 + 3] += Vector.Sum(a3);
            y2[r0] += Vector.Sum(b0); y2[r0 + 1] += Vector.Sum(b1); y2[r0 + 2] += Vector.Sum(b2); y2[r0 + 3] += Vector.Sum(b3);
        }
        for (; r0 < rows; r0++)
        {
            var wr = w.Slice(r0 * cols, cols);
            y1[r0] += Dot(wr, x1);
            y2[r0] += Dot(wr, x2);
        }
    }
}
