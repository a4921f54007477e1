using System.Buffers.Binary;
using System.Text;

namespace ThiDua.Extractors.Readers.Office;

/// <summary>
/// The little of an OLE2 compound file (MS-CFB, the container of .doc and of password-protected Office files) that the
/// reader needs before LibreOffice sees the file: the names of its streams and the first bytes of one of them. Reads
/// the directory through the sector allocation table; every chain is bounded by the file's size, so a damaged or
/// hostile file ends as <see cref="InvalidDataException"/>, never as a loop.
/// </summary>
internal sealed class CompoundFile : IDisposable
{
    private const int HeaderSize = 512;
    private const int DirectoryEntrySize = 128;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int HeaderFatSlots = 109;
    /// <summary>The first eight bytes of every compound file (the format sniffer knows a .doc by them).</summary>
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly FileStream _file;
    private readonly byte[] _header = new byte[HeaderSize];
    private readonly int _sectorSize;
    private readonly uint[] _fat;

    private CompoundFile(FileStream file)
    {
        _file = file;
        if (file.Length < HeaderSize || file.ReadAtLeast(_header, HeaderSize, throwOnEndOfStream: false) < HeaderSize || !_header.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a compound file");
        }

        var shift = BinaryPrimitives.ReadUInt16LittleEndian(_header.AsSpan(0x1E));
        if (shift is not (9 or 12)) throw new InvalidDataException("sector size");
        _sectorSize = 1 << shift;
        _fat = ReadFat();
        Entries = ReadDirectory();
    }

    /// <summary>The directory's streams and storages: name, first sector, size.</summary>
    public IReadOnlyList<(string Name, uint Start, long Size)> Entries { get; }

    /// <summary>Opens and reads the directory; <see cref="InvalidDataException"/> when the file is not a sound compound file.</summary>
    public static CompoundFile Open(string path)
    {
        var stream = File.OpenRead(path);
        try
        {
            return new CompoundFile(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public void Dispose() => _file.Dispose();

    /// <summary>The first bytes of a stream kept in regular sectors (at least 4096 bytes long), or null.</summary>
    public byte[]? StreamHead(string name, int length)
    {
        var entry = Entries.FirstOrDefault(e => e.Name == name);
        if (entry.Name is null || entry.Size < 4096 || length > _sectorSize) return null;
        return Sector(entry.Start)[..length];
    }

    private uint[] ReadFat()
    {
        var header = _header.AsSpan();
        var fatSectors = new List<uint>();
        for (var i = 0; i < HeaderFatSlots; i++) AddFatSector(fatSectors, BinaryPrimitives.ReadUInt32LittleEndian(header[(0x4C + (i * 4))..]));
        var difat = BinaryPrimitives.ReadUInt32LittleEndian(header[0x44..]);
        for (var hops = 0; difat < EndOfChain && hops < SectorCount && fatSectors.Count < SectorCount; hops++)
        {
            var sector = Sector(difat).AsSpan();
            for (var i = 0; i < (_sectorSize / 4) - 1; i++) AddFatSector(fatSectors, BinaryPrimitives.ReadUInt32LittleEndian(sector[(i * 4)..]));
            difat = BinaryPrimitives.ReadUInt32LittleEndian(sector[(_sectorSize - 4)..]);
        }

        var fat = new uint[fatSectors.Count * (_sectorSize / 4)];
        for (var s = 0; s < fatSectors.Count; s++)
        {
            var sector = Sector(fatSectors[s]).AsSpan();
            for (var i = 0; i < _sectorSize / 4; i++) fat[(s * (_sectorSize / 4)) + i] = BinaryPrimitives.ReadUInt32LittleEndian(sector[(i * 4)..]);
        }

        return fat;
    }

    private void AddFatSector(List<uint> fatSectors, uint sector)
    {
        if (sector < EndOfChain - 3 && fatSectors.Count < SectorCount) fatSectors.Add(sector);
    }

    private List<(string Name, uint Start, long Size)> ReadDirectory()
    {
        var entries = new List<(string, uint, long)>();
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(_header.AsSpan(0x30));
        for (var hops = 0; sector < EndOfChain; hops++)
        {
            if (hops > SectorCount) throw new InvalidDataException("directory chain loops");
            var data = Sector(sector).AsSpan();
            for (var offset = 0; offset + DirectoryEntrySize <= _sectorSize; offset += DirectoryEntrySize)
            {
                var entry = data.Slice(offset, DirectoryEntrySize);
                var nameBytes = Math.Min((int)BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]), 64);
                if (entry[0x42] == 0 || nameBytes < 2) continue; // unused entry
                var name = Encoding.Unicode.GetString(entry[..(nameBytes - 2)]);
                entries.Add((name, BinaryPrimitives.ReadUInt32LittleEndian(entry[0x74..]), (long)BinaryPrimitives.ReadUInt64LittleEndian(entry[0x78..])));
            }

            sector = sector < _fat.Length ? _fat[sector] : throw new InvalidDataException("directory sector outside the table");
        }

        return entries;
    }

    private long SectorCount => (_file.Length / _sectorSize) + 1;

    private byte[] Sector(uint index)
    {
        var offset = (index + 1L) * _sectorSize;
        if (offset + _sectorSize > _file.Length) throw new InvalidDataException("sector outside the file");
        var sector = new byte[_sectorSize];
        _file.Position = offset;
        _file.ReadExactly(sector);
        return sector;
    }
}
