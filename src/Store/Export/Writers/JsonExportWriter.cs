using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ThiDua.Store.Export.Writers;

/// <summary>
/// JSON: one array with an object per document, <c>{"document": {...}, "awards": [...], "figures": [...], "flags": [...],
/// "checks": [...]}</c>, the fields named as the table columns; JSONL: the same objects, one per line. Numbers are JSON
/// numbers, dates <c>yyyy-MM-dd</c>, times ISO 8601 UTC.
/// </summary>
internal static class JsonExportWriter
{
    public static void Write(ExportDataset dataset, string path, bool linePerDocument) =>
        OutputFile.WriteAtomically(path, stream =>
        {
            var children = dataset.Tables.Skip(1).Select(t => (Table: t, Rows: t.Rows.ToLookup(r => (long)r[0]!))).ToList();
            var options = new JsonWriterOptions { Indented = !linePerDocument, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            if (linePerDocument)
            {
                foreach (var document in dataset.Documents.Rows)
                {
                    using (var writer = new Utf8JsonWriter(stream, options))
                    {
                        WriteDocument(writer, dataset.Documents, document, children);
                    }

                    stream.WriteByte((byte)'\n');
                }

                return;
            }

            using var arrayWriter = new Utf8JsonWriter(stream, options);
            arrayWriter.WriteStartArray();
            foreach (var document in dataset.Documents.Rows) WriteDocument(arrayWriter, dataset.Documents, document, children);
            arrayWriter.WriteEndArray();
        });

    private static void WriteDocument(Utf8JsonWriter writer, ExportTable documents, object?[] document, IReadOnlyList<(ExportTable Table, ILookup<long, object?[]> Rows)> children)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("document");
        WriteRow(writer, documents, document);
        foreach (var (table, rows) in children)
        {
            writer.WriteStartArray(table.Name);
            foreach (var row in rows[(long)document[0]!]) WriteRow(writer, table, row);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter writer, ExportTable table, object?[] row)
    {
        writer.WriteStartObject();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            writer.WritePropertyName(table.Columns[c].Name);
            switch (row[c])
            {
                case null: writer.WriteNullValue(); break;
                case long number: writer.WriteNumberValue(number); break;
                case decimal number: writer.WriteNumberValue(number); break;
                case bool flag: writer.WriteBooleanValue(flag); break;
                case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                case DateTime time: writer.WriteStringValue(DateTime.SpecifyKind(time, DateTimeKind.Utc)); break;
                case var other: writer.WriteStringValue(Convert.ToString(other, CultureInfo.InvariantCulture)); break;
            }
        }

        writer.WriteEndObject();
    }
}
