using System.Globalization;
using System.Text.RegularExpressions;

namespace CorpusMaker.Tdm;

/// <summary>Reads the lines of a <c>::table</c> block up to <c>::end</c>.</summary>
public sealed partial class TableParser(Diagnostics diagnostics)
{
    [GeneratedRegex(@"^(?<key>[a-z][a-z-]*)\s*:\s*(?<value>.*)$")]
    private static partial Regex OptionLine();

    public TdmTable Parse(TdmLineReader reader, int startLine)
    {
        var headerRows = 0;
        var rows = new List<IReadOnlyList<TdmCell>>();
        while (reader.TryRead(out var line))
        {
            if (line == "::end")
            {
                return Finish(startLine, headerRows, rows);
            }

            var option = OptionLine().Match(line);
            if (rows.Count == 0 && !line.Contains('|') && option.Success)
            {
                headerRows = ReadOption(option, reader.LastLine, headerRows);
                continue;
            }

            if (line.StartsWith("::", StringComparison.Ordinal) || line.StartsWith('@'))
            {
                throw new TdmFormatException($"{diagnostics.SourcePath}:{reader.LastLine}: '{line}' inside the table that starts at line {startLine} (missing ::end?)");
            }

            rows.Add(line.Split('|').Select(CellSpanParser.Parse).ToList());
        }

        throw new TdmFormatException($"{diagnostics.SourcePath}:{startLine}: ::table without ::end");
    }

    private int ReadOption(Match option, int line, int headerRows)
    {
        if (option.Groups["key"].Value == "header-rows"
            && int.TryParse(option.Groups["value"].Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Warn(line, $"unknown table option '{option.Value}' ignored");
        return headerRows;
    }

    private TdmTable Finish(int startLine, int headerRows, List<IReadOnlyList<TdmCell>> rows)
    {
        if (rows.Count == 0)
        {
            throw new TdmFormatException($"{diagnostics.SourcePath}:{startLine}: empty table");
        }

        if (headerRows > rows.Count)
        {
            diagnostics.Warn(startLine, $"header-rows: {headerRows} but the table has {rows.Count} rows");
            headerRows = rows.Count;
        }

        return new TdmTable(startLine, headerRows, rows);
    }
}
