using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// A Word package opened by <see cref="PackageGuard"/>. Each XML part is parsed once under the guard's limits (no DTD, nesting
/// depth, a running element count over all parts): the parts the reader uses are loaded into XElement trees, the others
/// only scanned, so that a hostile part fails the same way whether the reader needs it or not.
/// </summary>
public sealed class GuardedPackage : IDisposable
{
    /// <summary>The OpenXml SDK's per-part limit, which the reader set when the SDK parsed the parts.</summary>
    public const long MaxCharactersInPart = 200_000_000;

    private readonly ZipArchive _archive;
    private readonly int _maxDepth;
    private readonly long _maxElements;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private long _elements;

    internal GuardedPackage(ZipArchive archive, int maxDepth, long maxElements)
    {
        _archive = archive;
        _maxDepth = maxDepth;
        _maxElements = maxElements;
    }

    public void Dispose() => _archive.Dispose();

    /// <summary>The zip entry holding the part at <paramref name="partUri"/> (<c>/word/document.xml</c>), or null.</summary>
    public ZipArchiveEntry? EntryOf(Uri partUri)
    {
        var name = Uri.UnescapeDataString(partUri.OriginalString).TrimStart('/');
        return _archive.GetEntry(name)
            ?? _archive.Entries.FirstOrDefault(entry => string.Equals(Uri.UnescapeDataString(entry.FullName), name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Scans every XML part not read yet (in archive order), leaving out <paramref name="toLoad"/>.</summary>
    public void ScanUnread(CancellationToken cancellationToken, IReadOnlyCollection<ZipArchiveEntry>? toLoad = null)
    {
        foreach (var entry in _archive.Entries)
        {
            if (IsXmlPart(entry) && !_read.Contains(entry.FullName) && toLoad?.Contains(entry) != true) Scan(entry, cancellationToken);
        }
    }

    /// <summary>
    /// Loads the XML of <paramref name="entry"/>. With <paramref name="translateStrict"/>, Strict OOXML namespaces read as
    /// their Transitional equivalents, as the SDK reads the parts of a package whose relationships are Strict.
    /// </summary>
    public XElement Load(ZipArchiveEntry entry, bool translateStrict, CancellationToken cancellationToken)
    {
        var elementsBefore = _elements;
        try
        {
            _read.Add(entry.FullName);
            using var stream = entry.Open();
            return Load(stream, entry.FullName, translateStrict, cancellationToken);
        }
        catch (XmlException) when (entry.Length > MaxCharactersInPart)
        {
            // Over the SDK's character limit: the SDK's error, unless the guard refuses the part anyway.
            _elements = elementsBefore;
            Scan(entry, cancellationToken);
            throw;
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

    /// <summary>Loads a part the archive holds in no single entry (interleaved pieces), from the packaging layer's stream.</summary>
    public XElement Load(Func<Stream> open, string name, bool translateStrict, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = open();
            return Load(stream, name, translateStrict, cancellationToken);
        }
        catch (XmlException ex)
        {
            throw InvalidXml(name, ex);
        }
    }

    internal void ScanPackagingParts(CancellationToken cancellationToken)
    {
        foreach (var entry in _archive.Entries)
        {
            if (entry.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                Scan(entry, cancellationToken);
            }
        }
    }

    private static bool IsXmlPart(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private void Scan(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        _read.Add(entry.FullName);
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
    private XElement Load(Stream stream, string name, bool translateStrict, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxCharactersInPart };
        using var reader = XmlReader.Create(stream, settings);
        var names = new XmlNames(translateStrict);
        XElement? root = null;
        XElement? current = null;
        var count = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    CountElement(reader.Depth, name);
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

    /// <summary>XNames for the reader's atomized strings, the last namespace remembered; Strict namespaces optionally translated.</summary>
    private sealed class XmlNames(bool translateStrict)
    {
        private string? _lastNamespaceUri;
        private XNamespace _lastNamespace = XNamespace.None;

        public XName Get(string namespaceUri, string localName)
        {
            if (!ReferenceEquals(namespaceUri, _lastNamespaceUri))
            {
                _lastNamespaceUri = namespaceUri;
                _lastNamespace = XNamespace.Get(translateStrict ? StrictNamespaces.ToTransitional(namespaceUri) : namespaceUri);
            }

            return _lastNamespace.GetName(localName);
        }
    }
}
