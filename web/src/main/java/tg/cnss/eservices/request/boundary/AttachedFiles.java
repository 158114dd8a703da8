package tg.cnss.eservices.request.boundary;

import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import tg.cnss.eservices.platform.boundary.RejectedUploadException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.boundary.Uploads;

/**
 * The files a form collects before its confirmation, kept by the view: each batch sent is checked
 * with those already kept (the server reads their content), and joins them only if all are
 * acceptable together; going back to edit loses none.
 */
public final class AttachedFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ArrayList<UploadedFile> kept = new ArrayList<>();
    private List<AttachmentLine> lines = List.of();

    /**
     * Adds the parts just sent to the files kept, checked all together by {@code check}.
     *
     * @throws RejectedUploadException when one is refused; the files kept are unchanged
     */
    public void join(List<Part> parts, Function<List<UploadedFile>, List<AttachmentLine>> check) {
        List<UploadedFile> candidates = new ArrayList<>(kept);
        candidates.addAll(Uploads.read(parts));
        lines = check.apply(candidates);
        kept.clear();
        kept.addAll(candidates);
    }

    /**
     * {@link #join}, a refusal said through {@code say} (the form's other answers are kept);
     * returns whether the files were joined.
     */
    public boolean joinOrSay(
            List<Part> parts, Function<List<UploadedFile>, List<AttachmentLine>> check, Consumer<String> say) {
        try {
            join(parts, check);
            return true;
        } catch (RejectedUploadException refused) {
            say.accept(refused.getMessage() + " Vos autres réponses sont conservées.");
            return false;
        }
    }

    public void remove(int index, Function<List<UploadedFile>, List<AttachmentLine>> check) {
        if (index >= 0 && index < kept.size()) {
            kept.remove(index);
            lines = check.apply(kept);
        }
    }

    public List<UploadedFile> files() {
        return kept;
    }

    public List<AttachmentLine> lines() {
        return lines;
    }
}
