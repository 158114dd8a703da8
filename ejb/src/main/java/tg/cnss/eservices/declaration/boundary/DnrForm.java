package tg.cnss.eservices.declaration.boundary;

import java.time.Instant;
import java.util.List;
import tg.cnss.eservices.kernel.Quarter;

/**
 * The online DNR of a quarter as the page opens it: the draft if one was saved, else the roster of
 * the quarter (or, for a quarter already declared, the lines of its current DNR, to correct).
 * {@code draftSavedAt}: when the draft was last saved, or null; {@code currentReference} and
 * {@code currentRevision}: the quarter's DNR in force, that sending this one would replace.
 */
public record DnrForm(
        Quarter quarter,
        List<DnrDraftLine> lines,
        Instant draftSavedAt,
        String currentReference,
        int currentRevision) {}
