using System.Globalization;
using System.Xml;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Poppler;

/// <summary>
/// Streams <c>pdftocairo -svg</c> output and keeps only ruling lines: axis-aligned segments of stroked paths and thin
/// filled rectangles, transformed to page coordinates. Glyph definitions are skipped.
/// </summary>
public sealed class SvgRuleParser(int firstPage)
{
    private const double Thin = 3;

    public Dictionary<int, IReadOnlyList<PdfRule>> Parse(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false, IgnoreComments = true };
        var result = new Dictionary<int, IReadOnlyList<PdfRule>>();
        var page = firstPage;
        var sawPage = false;
        var rules = new List<PdfRule>();
        var transforms = new Stack<(int Depth, Matrix M)>();
        using var reader = XmlReader.Create(stream, settings);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Name is "defs" or "symbol")
            {
                reader.Skip();
                continue;
            }

            if (reader.NodeType == XmlNodeType.EndElement)
            {
                while (transforms.Count > 0 && transforms.Peek().Depth >= reader.Depth) transforms.Pop();
                if (reader.Name == "page")
                {
                    result[page++] = rules;
                    rules = [];
                }
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.Name == "page")
                {
                    sawPage = true;
                    rules = [];
                }
                else if (reader.Name == "path")
                {
                    AddPath(reader, Current(transforms), rules);
                }
                else if (!reader.IsEmptyElement && reader.GetAttribute("transform") is { } t)
                {
                    transforms.Push((reader.Depth, Current(transforms).Then(Matrix.Parse(t))));
                }
            }

            reader.Read();
        }

        if (!sawPage) result[firstPage] = rules;
        return result;
    }

    private static Matrix Current(Stack<(int Depth, Matrix M)> transforms) => transforms.Count == 0 ? Matrix.Identity : transforms.Peek().M;

    private static void AddPath(XmlReader reader, Matrix outer, List<PdfRule> rules)
    {
        var style = reader.GetAttribute("style") ?? "";
        var d = reader.GetAttribute("d");
        if (string.IsNullOrEmpty(d)) return;
        var m = reader.GetAttribute("transform") is { } t ? outer.Then(Matrix.Parse(t)) : outer;
        var stroked = style.Contains("stroke:", StringComparison.Ordinal) && !style.Contains("stroke:none", StringComparison.Ordinal);
        var filled = !style.Contains("fill:none", StringComparison.Ordinal);
        foreach (var sub in SubPaths(d))
        {
            var pts = sub.Select(p => m.Apply(p.X, p.Y)).ToList();
            if (stroked)
            {
                for (var i = 1; i < pts.Count; i++) AddSegment(pts[i - 1], pts[i], rules);
            }
            else if (filled && pts.Count is >= 4 and <= 6)
            {
                var x0 = pts.Min(p => p.X);
                var x1 = pts.Max(p => p.X);
                var y0 = pts.Min(p => p.Y);
                var y1 = pts.Max(p => p.Y);
                if (pts.All(p => Near(p.X, x0) || Near(p.X, x1)) && pts.All(p => Near(p.Y, y0) || Near(p.Y, y1)))
                {
                    if (y1 - y0 < Thin && x1 - x0 > y1 - y0) rules.Add(new PdfRule(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2));
                    else if (x1 - x0 < Thin && y1 - y0 > x1 - x0) rules.Add(new PdfRule((x0 + x1) / 2, y0, (x0 + x1) / 2, y1));
                }
            }
        }
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) < 0.5;

    private static void AddSegment((double X, double Y) a, (double X, double Y) b, List<PdfRule> rules)
    {
        if (Math.Abs(a.Y - b.Y) < 0.5 && Math.Abs(a.X - b.X) > 1) rules.Add(new PdfRule(a.X, a.Y, b.X, b.Y).Normalized());
        else if (Math.Abs(a.X - b.X) < 0.5 && Math.Abs(a.Y - b.Y) > 1) rules.Add(new PdfRule(a.X, a.Y, b.X, b.Y).Normalized());
    }

    /// <summary>Subpaths of straight segments (M, L, H, V, Z); a subpath with a curve is dropped.</summary>
    private static List<List<(double X, double Y)>> SubPaths(string d)
    {
        var result = new List<List<(double X, double Y)>>();
        List<(double X, double Y)>? current = null;
        var curved = false;
        var tokens = d.Split([' ', ',', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        double x = 0, y = 0;
        char cmd = ' ';
        while (i < tokens.Length)
        {
            if (tokens[i].Length == 1 && char.IsLetter(tokens[i][0])) cmd = tokens[i++][0];
            switch (cmd)
            {
                case 'M':
                    if (current is not null && !curved) result.Add(current);
                    if (!TryNum(tokens, ref i, out x) || !TryNum(tokens, ref i, out y)) return result;
                    current = [(x, y)];
                    curved = false;
                    cmd = 'L';
                    break;
                case 'L':
                    if (!TryNum(tokens, ref i, out x) || !TryNum(tokens, ref i, out y)) return result;
                    current?.Add((x, y));
                    break;
                case 'H':
                    if (!TryNum(tokens, ref i, out x)) return result;
                    current?.Add((x, y));
                    break;
                case 'V':
                    if (!TryNum(tokens, ref i, out y)) return result;
                    current?.Add((x, y));
                    break;
                case 'Z':
                case 'z':
                    if (current is { Count: > 0 }) current.Add(current[0]);
                    break;
                case 'C':
                    curved = true;
                    for (var k = 0; k < 6; k++)
                    {
                        if (!TryNum(tokens, ref i, out var v)) return result;
                        if (k == 4) x = v;
                        if (k == 5) y = v;
                    }

                    break;
                default:
                    return result;
            }
        }

        if (current is not null && !curved) result.Add(current);
        return result;
    }

    private static bool TryNum(string[] tokens, ref int i, out double value)
    {
        value = 0;
        if (i >= tokens.Length || !double.TryParse(tokens[i], NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return false;
        i++;
        return true;
    }
}
