using ThiDua.Extractors.Readers.Pdf.Engine;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace ThiDua.Extractors.Readers.Pdf.PdfPig;

/// <summary>
/// Ruling lines from a page's vector paths, as <see cref="Poppler.SvgRuleParser"/> reads them from Poppler's SVG:
/// axis-aligned straight segments of stroked paths (a subpath with a curve is not a border) and thin filled rectangles,
/// in top-left page coordinates.
/// </summary>
public static class PathRuleReader
{
    private const double Thin = 3;

    public static IReadOnlyList<PdfRule> Read(IReadOnlyList<PdfPath> paths, double pageHeight)
    {
        var rules = new List<PdfRule>();
        foreach (var path in paths)
        {
            if (!path.IsStroked && !path.IsFilled) continue;
            foreach (var sub in path)
            {
                if (sub.Commands.Any(c => c is PdfSubpath.BezierCurve)) continue;
                if (path.IsStroked) AddSegments(sub, pageHeight, rules);
                else AddThinRectangle(sub, pageHeight, rules);
            }
        }

        return rules;
    }

    private static void AddSegments(PdfSubpath sub, double pageHeight, List<PdfRule> rules)
    {
        PdfPoint? start = null, last = null;
        foreach (var command in sub.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move m:
                    start = last = m.Location;
                    break;
                case PdfSubpath.Line l:
                    Add(l.From, l.To, pageHeight, rules);
                    last = l.To;
                    start ??= l.From;
                    break;
                case PdfSubpath.Close when start is { } s && last is { } e:
                    Add(e, s, pageHeight, rules);
                    last = s;
                    break;
            }
        }
    }

    private static void AddThinRectangle(PdfSubpath sub, double pageHeight, List<PdfRule> rules)
    {
        var points = sub.Commands.OfType<PdfSubpath.Line>().SelectMany(l => new[] { l.From, l.To })
            .Concat(sub.Commands.OfType<PdfSubpath.Move>().Select(m => m.Location)).ToList();
        if (points.Count < 3) return;
        var x0 = points.Min(p => p.X);
        var x1 = points.Max(p => p.X);
        var y0 = points.Min(p => p.Y);
        var y1 = points.Max(p => p.Y);
        if (!points.All(p => (Near(p.X, x0) || Near(p.X, x1)) && (Near(p.Y, y0) || Near(p.Y, y1)))) return;
        if (y1 - y0 < Thin && x1 - x0 > y1 - y0)
        {
            var y = pageHeight - (y0 + y1) / 2;
            rules.Add(new PdfRule(x0, y, x1, y));
        }
        else if (x1 - x0 < Thin && y1 - y0 > x1 - x0)
        {
            var x = (x0 + x1) / 2;
            rules.Add(new PdfRule(x, pageHeight - y1, x, pageHeight - y0));
        }
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) < 0.5;

    private static void Add(PdfPoint a, PdfPoint b, double pageHeight, List<PdfRule> rules)
    {
        var horizontal = Math.Abs(a.Y - b.Y) < 0.5 && Math.Abs(a.X - b.X) > 1;
        var vertical = Math.Abs(a.X - b.X) < 0.5 && Math.Abs(a.Y - b.Y) > 1;
        if (horizontal || vertical) rules.Add(new PdfRule(a.X, pageHeight - a.Y, b.X, pageHeight - b.Y).Normalized());
    }
}
