namespace CorpusMaker.Tdm;

/// <summary>Reads a <c>::recipients</c> ... <c>::signature</c> ... <c>::end</c> block.</summary>
public sealed class ClosingParser(Diagnostics diagnostics)
{
    public TdmClosing Parse(TdmLineReader reader, int startLine, bool startsAtSignature)
    {
        var recipients = new List<string>();
        var signature = new List<string>();
        var inSignature = startsAtSignature;
        while (reader.TryRead(out var line))
        {
            if (line == "::end")
            {
                if (!inSignature)
                {
                    diagnostics.Warn(startLine, "closing block without ::signature");
                }

                return new TdmClosing(startLine, recipients, signature);
            }

            if (line == "::signature" && !inSignature)
            {
                inSignature = true;
                continue;
            }

            if (line.StartsWith("::", StringComparison.Ordinal))
            {
                throw new TdmFormatException($"{diagnostics.SourcePath}:{reader.LastLine}: '{line}' inside the closing block that starts at line {startLine}");
            }

            (inSignature ? signature : recipients).Add(line);
        }

        throw new TdmFormatException($"{diagnostics.SourcePath}:{startLine}: closing block without ::end");
    }
}
