namespace ThiDua.RoleTrainer;

/// <summary>One report as Word and as PDF: the Word extraction labels the PDF's lines.</summary>
public sealed record DocumentPair(string ReportId, string Producer, string DocxPath, string PdfPath);
