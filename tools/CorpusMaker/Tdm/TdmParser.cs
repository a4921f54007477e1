using System.Globalization;
using System.Text.RegularExpressions;

namespace CorpusMaker.Tdm;

/// <summary>Parses a <c>.tdm</c> source (see corpus/FORMAT.md).</summary>
public sealed partial class TdmParser(Diagnostics diagnostics)
{
    [GeneratedRegex(@"^@(?<name>[a-z]+)(?:\s+(?<text>.*))?$")]
    private static partial Regex Directive();

    [GeneratedRegex(@"^\[\^(?<n>\d+)\](?<kind>[:+])\s*(?<text>.*)$")]
    private static partial Regex FootnoteLine();

    public TdmDocument Parse(IReadOnlyList<string> lines)
    {
        var reader = new TdmLineReader(lines);
        var header = new HeaderCollector(diagnostics);
        var footnotes = new FootnoteCollector(diagnostics);
        var blocks = new List<TdmBlock>();
        while (reader.TryRead(out var line))
        {
            var lineNumber = reader.LastLine;
            if (line.StartsWith("::", StringComparison.Ordinal))
            {
                blocks.Add(ParseBlock(line, reader, lineNumber));
                continue;
            }

            var footnote = FootnoteLine().Match(line);
            if (footnote.Success)
            {
                AddFootnote(footnotes, footnote, lineNumber);
                continue;
            }

            var directive = Directive().Match(line);
            if (directive.Success)
            {
                var block = ParseDirective(directive, header, lineNumber);
                if (block is not null)
                {
                    blocks.Add(block);
                }

                continue;
            }

            if (line.StartsWith('@'))
            {
                diagnostics.Warn(lineNumber, $"'{Shorten(line)}' looks like a directive but is not one; kept as a body paragraph");
            }

            blocks.Add(new TdmParagraph(lineNumber, ParagraphKind.Body, line));
        }

        return new TdmDocument(header.Build(), blocks, footnotes.Build());
    }

    private TdmBlock ParseBlock(string line, TdmLineReader reader, int lineNumber) => line switch
    {
        "::table" => new TableParser(diagnostics).Parse(reader, lineNumber),
        "::recipients" => new ClosingParser(diagnostics).Parse(reader, lineNumber, startsAtSignature: false),
        "::signature" => new ClosingParser(diagnostics).Parse(reader, lineNumber, startsAtSignature: true),
        _ => throw new TdmFormatException($"{diagnostics.SourcePath}:{lineNumber}: unknown block '{line}'"),
    };

    private static void AddFootnote(FootnoteCollector footnotes, Match match, int lineNumber)
    {
        var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        var text = match.Groups["text"].Value;
        if (match.Groups["kind"].Value == ":")
        {
            footnotes.AddFirst(number, text, lineNumber);
        }
        else
        {
            footnotes.AddContinuation(number, text, lineNumber);
        }
    }

    private TdmBlock? ParseDirective(Match directive, HeaderCollector header, int lineNumber)
    {
        var name = directive.Groups["name"].Value;
        var text = directive.Groups["text"].Value.Trim();
        if (header.TryAdd(name, text, lineNumber))
        {
            return null;
        }

        ParagraphKind? kind = name switch
        {
            "type" => ParagraphKind.Type,
            "title" => ParagraphKind.Title,
            "h" => ParagraphKind.Heading,
            "hc" => ParagraphKind.HeadingCentered,
            "c" => ParagraphKind.Centered,
            _ => null,
        };
        if (kind is not null)
        {
            if (text.Length == 0)
            {
                diagnostics.Warn(lineNumber, $"@{name} without text");
            }

            return new TdmParagraph(lineNumber, kind.Value, text);
        }

        if (name == "appendix")
        {
            if (text.Length > 0)
            {
                diagnostics.Warn(lineNumber, "text after @appendix ignored");
            }

            return new TdmAppendixBreak(lineNumber);
        }

        throw new TdmFormatException($"{diagnostics.SourcePath}:{lineNumber}: unknown directive '@{name}'");
    }

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
