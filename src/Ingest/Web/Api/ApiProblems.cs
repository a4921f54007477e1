using Microsoft.AspNetCore.Http;

namespace ThiDua.Ingest.Web.Api;

/// <summary>The API's error answers (RFC 7807 problem documents), titles in Vietnamese then English.</summary>
public static class ApiProblems
{
    public static IResult NotFound(long documentId) =>
        Results.Problem(title: $"Không có tài liệu số {documentId} / No document {documentId}.", statusCode: StatusCodes.Status404NotFound);

    public static IResult VersionNotFound(long documentId, int version) =>
        Results.Problem(title: $"Tài liệu {documentId} không có phiên bản {version} / Document {documentId} has no version {version}.", statusCode: StatusCodes.Status404NotFound);

    public static IResult BadRequest(string title) => Results.Problem(title: title, statusCode: StatusCodes.Status400BadRequest);

    public static IResult TooLarge(string title) => Results.Problem(title: title, statusCode: StatusCodes.Status413PayloadTooLarge);
}
