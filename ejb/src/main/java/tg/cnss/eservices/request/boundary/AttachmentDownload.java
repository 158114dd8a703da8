package tg.cnss.eservices.request.boundary;

/** An attachment someone was allowed to download: the name to offer, its real type, its bytes. */
public record AttachmentDownload(String fileName, String mediaType, byte[] content) {}
