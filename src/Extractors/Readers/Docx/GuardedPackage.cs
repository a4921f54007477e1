using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// A Word package opened by <see cref="PackageGuard"/>. Each XML part is parsed once, in archive order, under the guard's
/// limits (no DTD, nesting depth, a running element count over all parts): the parts the reader is likely to use are loaded
/// into XElement trees, the others only scanned, so that a hostile part fails the same way whether the reader needs it or not.
/// </summary>
public sealed class GuardedPackage : IDisposable
{
    /// <summary>The OpenXml SDK's per-part limit, which the reader set when the SDK parsed the parts.</summary>
    public const long MaxCharactersInPart = 200_000_000;

    private readonly ZipArchive _archive;
    private readonly int _maxDepth;
    private readonly long _maxElements;
    private readonly Dictionary<string, XElement> _loaded = new(StringComparer.Ordinal);
    private long _elements;

    internal GuardedPackage(ZipArchive archive, int maxDepth, long maxElements)
    {
        _archive = archive;
        _maxDepth = maxDepth;
        _maxElements = maxElements;
    }

    public void Dispose() => _archive.Dispose();

    /// <summary>Checks every XML part in archive order, loading those in <paramref name="toLoad"/> (entry names) and scanning the rest.</summary>
    internal void CheckAll(IReadOnlySet<string> toLoad, CancellationToken cancellationToken)
    {
        foreach (var entry in _archive.Entries)
        {
            if (!IsXmlPart(entry)) continue;
            if (toLoad.Contains(entry.FullName) && TryLoad(entry, cancellationToken) is { } root) _loaded[entry.FullName] = root;
            else Scan(entry, cancellationToken);
        }
    }

    /// <summary>
    /// The XML of the part at <paramref name="partUri"/>, after <see cref="CheckAll"/>: the tree loaded then, or else parsed
    /// now (the part was scanned, so its limits are known to hold) from its entry or, for a part the archive holds in no
    /// single entry, from <paramref name="openPart"/>. With <paramref name="translateStrict"/>, Strict OOXML namespaces read
    /// as Transitional, as the SDK reads the parts of a package whose relationships are Strict.
    /// </summary>
    public XElement Part(Uri partUri, Func<Stream> openPart, bool translateStrict, CancellationToken cancellationToken)
    {
        var entry = EntryOf(partUri);
        if (entry is null || !_loaded.Remove(entry.FullName, out var root))
        {
            var name = entry?.FullName ?? partUri.OriginalString.TrimStart('/');
            using var stream = entry?.Open() ?? openPart();
            root = Load(stream, name, countElements: entry is null, cancellationToken);
        }

        if (translateStrict) StrictNamespaces.Translate(root);
        return root;
    }

    private ZipArchiveEntry? EntryOf(Uri partUri)
    {
        var name = Uri.UnescapeDataString(partUri.OriginalString).TrimStart('/');
        return _archive.GetEntry(name)
            ?? _archive.Entries.FirstOrDefault(entry => string.Equals(Uri.UnescapeDataString(entry.FullName), name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Loads the entry under the limits; null when it exceeds the SDK's character limit but passes the guard (the SDK's error comes later).</summary>
    private XElement? TryLoad(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        var elementsBefore = _elements;
        try
        {
            using var stream = entry.Open();
            return Load(stream, entry.FullName, countElements: true, cancellationToken);
        }
        catch (XmlException) when (entry.Length > MaxCharactersInPart)
        {
            _elements = elementsBefore;
            return null;
        }
        catch (XmlException ex)
        {
            throw InvalidXml(entry.FullName, ex);
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(entry.FullName, ex);
        }
    }

    private static bool IsXmlPart(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private void Scan(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, settings);
            var count = 0;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element) CountElement(reader.Depth, entry.FullName);
                if ((++count & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (XmlException ex)
        {
            throw InvalidXml(entry.FullName, ex);
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(entry.FullName, ex);
        }
    }

    /// <summary>
    /// Builds the element tree. Text nodes are kept one by one, whitespace included, and comments and processing
    /// instructions dropped, so that <see cref="WordValues.Text"/> reads a leaf's text as the SDK did.
    /// </summary>
    private XElement Load(Stream stream, string name, bool countElements, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxCharactersInPart };
        using var reader = XmlReader.Create(stream, settings);
        var names = new XmlNames();
        XElement? root = null;
        XElement? current = null;
        var count = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (countElements) CountElement(reader.Depth, name);
                    var element = new XElement(names.Get(reader.NamespaceURI, reader.LocalName));
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            if (!reader.NamespaceURI.Equals(XNamespace.Xmlns.NamespaceName, StringComparison.Ordinal))
                            {
                                element.Add(new XAttribute(names.Get(reader.NamespaceURI, reader.LocalName), reader.Value));
                            }
                        }
                        while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                    }

                    if (current is null) root ??= element;
                    else current.Add(element);
                    if (!reader.IsEmptyElement) current = element;
                    break;
                case XmlNodeType.EndElement:
                    current = current?.Parent;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    current?.Add(new XText(reader.Value));
                    break;
            }

            if ((++count & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
        }

        return root ?? throw new XmlException("Root element is missing.");
    }

    private void CountElement(int depth, string name)
    {
        if (depth > _maxDepth)
        {
            throw new ReaderException(ReaderErrorCodes.CorruptFile, $"Cấu trúc XML lồng quá sâu trong {name} / XML nesting too deep in {name} (over {_maxDepth} levels).");
        }

        if (++_elements > _maxElements)
        {
            throw new ReaderException(
                ReaderErrorCodes.TooLarge,
                $"Tệp Word có quá nhiều phần tử XML (hơn {_maxElements:N0}), vượt giới hạn bộ nhớ / The Word document has too many XML elements (over {_maxElements:N0}) to load within the memory limit.");
        }
    }

    private static ReaderException InvalidXml(string name, XmlException ex) =>
        new(ReaderErrorCodes.CorruptFile, $"XML không hợp lệ trong {name} / Invalid XML in {name}: {ex.Message}", ex);

    private static ReaderException Corrupt(string name, InvalidDataException ex) =>
        new(ReaderErrorCodes.CorruptFile, $"Tệp Word bị hỏng ({name}) / The Word file is corrupt ({name}): {ex.Message}", ex);

    /// <summary>XNames for the reader's atomized strings, the last namespace remembered.</summary>
    private sealed class XmlNames
    {
        private string? _lastNamespaceUri;
        private XNamespace _lastNamespace = XNamespace.None;

        public XName Get(string namespaceUri, string localName)
        {
            if (!ReferenceEquals(namespaceUri, _lastNamespaceUri))
            {
                _lastNamespaceUri = namespaceUri;
                _lastNamespace = XNamespace.Get(namespaceUri);
            }

            return _lastNamespace.GetName(localName);
        }
    }
}
