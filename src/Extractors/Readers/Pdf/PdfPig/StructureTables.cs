using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using PdfStructure = UglyToad.PdfPig.Structure;

namespace ThiDua.Extractors.Readers.Pdf.PdfPig;

/// <summary>
/// The tables of a tagged PDF's structure tree (Word, Chromium and other producers that tag for accessibility): which
/// <c>Table</c> and <c>TR</c> element each marked-content sequence of a page belongs to, numbered in document order. A
/// table the page break cut in two is one element, and so is a row it cut; two tables that look alike over a page break
/// are two. The walk is bounded (nodes,
/// depth, each object once) so a hostile tree cannot hang or loop it.
/// </summary>
internal sealed class StructureTables
{
    private const int MaxNodes = 200_000;
    private const int MaxDepth = 200;

    private readonly Dictionary<(int Page, int Mcid), StructurePlace> _placeOf = [];

    private StructureTables()
    {
    }

    /// <summary>The tables of the document's structure tree; null when it has none (untagged, or no table tagged).</summary>
    public static StructureTables? Read(PdfDocument document)
    {
        try
        {
            var structure = document.Structure;
            var catalog = structure.Catalog.CatalogDictionary;
            if (Resolve(structure, catalog.Data.GetValueOrDefault(NameToken.StructTreeRoot.Data)) is not DictionaryToken root) return null;
            var pages = PageNumbers(structure, catalog);
            var roles = Resolve(structure, root.Data.GetValueOrDefault("RoleMap")) as DictionaryToken;
            var result = new StructureTables();
            new Walker(structure, pages, roles, result._placeOf).Walk(root.Data.GetValueOrDefault("K"));
            return result._placeOf.Count == 0 ? null : result;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The structure tree only refines table joins: a damaged one is ignored, never a reason to fail the file.
            return null;
        }
    }

    /// <summary>Each letter of the page inside a tagged table, with its table and row.</summary>
    public Dictionary<Letter, StructurePlace> LettersOf(Page page)
    {
        var letters = new Dictionary<Letter, StructurePlace>(ReferenceEqualityComparer.Instance);
        void Visit(MarkedContentElement element, StructurePlace? place)
        {
            if (element.MarkedContentIdentifier >= 0 && _placeOf.TryGetValue((page.Number, element.MarkedContentIdentifier), out var own)) place = own;
            if (place is { } p)
            {
                foreach (var letter in element.Letters) letters[letter] = p;
            }

            foreach (var child in element.Children) Visit(child, place);
        }

        foreach (var element in page.GetMarkedContents()) Visit(element, null);
        return letters;
    }

    private static IToken? Resolve(PdfStructure structure, IToken? token)
    {
        for (var hops = 0; token is IndirectReferenceToken reference && hops < 16; hops++) token = structure.GetObject(reference.Data).Data;
        return token;
    }

    /// <summary>Page object references to 1-based page numbers, from the page tree in order.</summary>
    private static Dictionary<IndirectReference, int> PageNumbers(PdfStructure structure, DictionaryToken catalog)
    {
        var numbers = new Dictionary<IndirectReference, int>();
        var seen = new HashSet<IndirectReference>();
        void Visit(IToken? token, int depth)
        {
            if (depth > MaxDepth || numbers.Count > MaxNodes) return;
            if (token is IndirectReferenceToken reference && !seen.Add(reference.Data)) return;
            if (Resolve(structure, token) is not DictionaryToken node) return;
            if (node.Data.TryGetValue("Kids", out var kids) && Resolve(structure, kids) is ArrayToken array)
            {
                foreach (var kid in array.Data) Visit(kid, depth + 1);
            }
            else if (token is IndirectReferenceToken page)
            {
                numbers[page.Data] = numbers.Count + 1;
            }
        }

        Visit(catalog.Data.GetValueOrDefault(NameToken.Pages.Data), 0);
        return numbers;
    }

    private sealed class Walker(PdfStructure structure, Dictionary<IndirectReference, int> pages, DictionaryToken? roles, Dictionary<(int, int), StructurePlace> placeOf)
    {
        private readonly HashSet<IndirectReference> _seen = [];
        private int _nodes;
        private int _tables;
        private int _rows;

        public void Walk(IToken? kids) => Visit(kids, page: null, table: null, row: 0, depth: 0);

        private void Visit(IToken? token, int? page, int? table, int row, int depth)
        {
            if (depth > MaxDepth || ++_nodes > MaxNodes || token is null) return;
            if (token is IndirectReferenceToken reference && !_seen.Add(reference.Data)) return;
            token = Resolve(structure, token);
            switch (token)
            {
                case NumericToken mcid when page is { } p && table is { } t:
                    placeOf[(p, mcid.Int)] = new StructurePlace(t, row);
                    break;
                case ArrayToken array:
                    foreach (var kid in array.Data) Visit(kid, page, table, row, depth + 1);
                    break;
                case DictionaryToken node:
                    if (node.Data.TryGetValue("Pg", out var pg) && pg is IndirectReferenceToken pageRef && pages.TryGetValue(pageRef.Data, out var number)) page = number;
                    if (node.Data.TryGetValue("MCID", out var id))
                    {
                        Visit(id, page, table, row, depth + 1);
                        break;
                    }

                    switch (Type(node))
                    {
                        case "Table":
                            table = ++_tables;
                            row = 0;
                            break;
                        case "TR":
                            row = ++_rows;
                            break;
                    }

                    Visit(node.Data.GetValueOrDefault("K"), page, table, row, depth + 1);
                    break;
            }
        }

        /// <summary>The element's standard type, through the role map for a producer's own names.</summary>
        private string? Type(DictionaryToken node)
        {
            var name = (Resolve(structure, node.Data.GetValueOrDefault("S")) as NameToken)?.Data;
            for (var hops = 0; name is not null && hops < 8 && roles?.Data.GetValueOrDefault(name) is NameToken mapped && mapped.Data != name; hops++) name = mapped.Data;
            return name;
        }
    }
}
