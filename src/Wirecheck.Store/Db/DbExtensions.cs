namespace Wirecheck.Store.Db;

using System.Data.Common;

/// <summary>Small ADO.NET helpers shared by both dialects (parameters are always named <c>@name</c>).</summary>
public static class DbExtensions
{
    public static DbCommand Command(this DbConnection c, string sql, DbTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args) cmd.Bind(name, value);
        return cmd;
    }

    public static DbCommand Bind(this DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return cmd;
    }

    public static void Set(this DbCommand cmd, string name, object? value) => cmd.Parameters[name].Value = value ?? DBNull.Value;

    public static int Exec(this DbConnection c, string sql, DbTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        using var cmd = c.Command(sql, tx, args);
        return cmd.ExecuteNonQuery();
    }

    public static object? Scalar(this DbConnection c, string sql, DbTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        using var cmd = c.Command(sql, tx, args);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    public static long Long(this DbConnection c, string sql, DbTransaction? tx = null, params (string Name, object? Value)[] args) =>
        Convert.ToInt64(c.Scalar(sql, tx, args) ?? 0L);

    public static string? Str(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public static long? LongOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt64(r.GetValue(i));
    public static double? DoubleOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public static bool Bool(this DbDataReader r, int i) => !r.IsDBNull(i) && Convert.ToInt64(r.GetValue(i)) != 0;
    public static byte[] Bytes(this DbDataReader r, int i) => r.IsDBNull(i) ? Array.Empty<byte>() : (byte[])r.GetValue(i);
}
