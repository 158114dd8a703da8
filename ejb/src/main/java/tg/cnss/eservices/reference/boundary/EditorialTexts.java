package tg.cnss.eservices.reference.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.FormValidation;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.reference.entity.EditorialText;

/**
 * The texts of the public pages that the CNSS writes itself — today the Director General's word
 * ("LIRE LE MOT DU DG >"). Everybody reads them; administrators rewrite them, each change audited.
 */
@Stateless
@FormValidation
public class EditorialTexts {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(Clocks.LOME);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PermitAll
    public EditorialTextView directorWord() {
        return view(text(EditorialText.DIRECTOR_WORD));
    }

    /**
     * Publishes a new version of the Director General's word. {@code version} is the one the editor
     * started from: if another administrator saved in between, nothing is overwritten and the
     * editor is told who and when (their own text stays in their form).
     */
    @RolesAllowed("ADMIN")
    public EditorialTextView changeDirectorWord(long version, @NotNull @Valid EditorialTextForm form) {
        EditorialText text = text(EditorialText.DIRECTOR_WORD);
        if (text.getVersion() != version) {
            throw new StaleTextException("Ce texte a été modifié par " + text.getUpdatedBy() + " le "
                    + AT.format(text.getUpdatedAt()) + " pendant que vous l'éditiez : votre version n'est pas"
                    + " enregistrée. Copiez-la, rechargez la page, puis reportez vos modifications.");
        }
        String body = plainText(form.body());
        String signature = form.signature() == null || form.signature().isBlank()
                ? null
                : form.signature().strip();
        text.rewrite(
                form.title().strip(),
                body,
                signature,
                session.getCallerPrincipal().getName(),
                clock.instant());
        audit.record(
                session.getCallerPrincipal().getName(),
                null,
                AuditAction.EDITORIAL_TEXT_CHANGED,
                "SUCCES",
                text.getCode() + " : " + (body.isEmpty() ? "retiré" : body.length() + " caractères"));
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new StaleTextException("Un autre administrateur vient d'enregistrer ce texte : votre version n'est"
                    + " pas enregistrée. Copiez-la, rechargez la page, puis reportez vos modifications.");
        }
        return view(text);
    }

    /**
     * One kind of line end, no trailing spaces, no control characters a paste may bring (only line
     * feeds and tabs stay): the text is stored as it will be read.
     */
    static String plainText(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "")
                .replaceAll("[ \\t]+\\n", "\n")
                .strip();
    }

    private EditorialText text(String code) {
        EditorialText text = em.find(EditorialText.class, code);
        if (text == null) {
            throw new IllegalStateException("Texte " + code + " absent : la migration V18 n'est pas passée.");
        }
        return text;
    }

    private static EditorialTextView view(EditorialText text) {
        return new EditorialTextView(
                text.getTitle(),
                text.getBody(),
                text.paragraphs(),
                text.getSignature(),
                text.getUpdatedAt(),
                text.getUpdatedBy(),
                text.getVersion());
    }
}
