package tg.cnss.eservices.platform.control;

import tg.cnss.eservices.platform.entity.FileType;

/** A file that passed inspection: its cleaned name, its type as read from its content, its digest. */
public record InspectedFile(String fileName, FileType type, byte[] content, String sha256) {

    public long size() {
        return content.length;
    }
}
