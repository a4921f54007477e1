using System.Buffers.Binary;

namespace ThiDua.Extractors.Readers.Office;

/// <summary>
/// Tells a password-protected Office file inside an OLE2 container before LibreOffice is asked to open it (LibreOffice
/// headless only answers that it could not load it): a Word 97-2003 file whose File Information Block says
/// <c>fEncrypted</c>, or a Word 2007+ file encrypted into an <c>EncryptedPackage</c> stream (MS-OFFCRYPTO).
/// </summary>
internal static class OfficeEncryption
{
    private const ushort WordIdent = 0xA5EC;
    private const ushort EncryptedFlag = 0x0100;

    public static bool IsEncrypted(string path)
    {
        try
        {
            using var file = CompoundFile.Open(path);
            if (file.Entries.Any(e => e.Name is "EncryptedPackage" or "EncryptionInfo")) return true;
            var fib = file.StreamHead("WordDocument", 12);
            return fib is not null && BinaryPrimitives.ReadUInt16LittleEndian(fib) == WordIdent && (BinaryPrimitives.ReadUInt16LittleEndian(fib.AsSpan(0x0A)) & EncryptedFlag) != 0;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return false; // damaged: LibreOffice says what it can
        }
    }
}
