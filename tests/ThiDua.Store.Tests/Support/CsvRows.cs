using CsvHelper;

namespace ThiDua.Store.Tests.Support;

/// <summary>A CSV file read back with CsvHelper as rows of strings, the header row first.</summary>
public static class CsvRows
{
    public static List<string[]> Read(string path)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.GetString(i);
            rows.Add(row);
        }

        return rows;
    }
}
