package tg.cnss.eservices.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.reference.boundary.EditorialTextForm;
import tg.cnss.eservices.reference.boundary.EditorialTextView;
import tg.cnss.eservices.reference.boundary.EditorialTexts;
import tg.cnss.eservices.reference.boundary.StaleTextException;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsAdmin;
import tg.cnss.eservices.testing.acting.AsEmployer;

/**
 * "LIRE LE MOT DU DG >" in the real server: administrators write the Director General's word as
 * plain text, everybody reads it paragraph by paragraph; a stale edit, a missing title or a text
 * too long is refused in French without touching what was published; nobody else may write it.
 */
@ExtendWith(ArquillianExtension.class)
class EditorialTextsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(EditorialTextsIT.class);
    }

    @Inject
    EditorialTexts texts;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsEmployer asEmployer;

    @Inject
    PersistenceProbe probe;

    @Test
    void anAdministratorPublishesTheDirectorsWordAndEverybodyReadsIt() {
        long before = texts.directorWord().version();
        EditorialTextView published = asAdmin.call(() -> texts.changeDirectorWord(
                before,
                new EditorialTextForm(
                        "  Le mot du Directeur général ",
                        "Chers partenaires,\r\n\r\nLa CNSS met en ligne   \r\nses services.\r\n\r\n\r\n<b>Merci</b>\u0007",
                        "  ")));
        assertEquals(before + 1, published.version());

        EditorialTextView read = texts.directorWord();
        assertEquals("Le mot du Directeur général", read.title());
        assertEquals(
                List.of("Chers partenaires,", "La CNSS met en ligne\nses services.", "<b>Merci</b>"),
                read.paragraphs(),
                "line ends made one, trailing spaces and control characters dropped, HTML kept as text");
        assertEquals(null, read.signature());
        assertEquals("admin@demo.cnss.tg", read.updatedBy());
        assertTrue(read.published());
        long audited = probe.apply(em -> em.createQuery(
                        "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.actor = :actor", Long.class)
                .setParameter("action", AuditAction.EDITORIAL_TEXT_CHANGED)
                .setParameter("actor", "admin@demo.cnss.tg")
                .getSingleResult());
        assertTrue(audited >= 1);

        // An edit started from the previous version overwrites nothing.
        StaleTextException stale = assertThrows(
                StaleTextException.class,
                () -> asAdmin.call(() ->
                        texts.changeDirectorWord(before, new EditorialTextForm("Autre titre", "Autre texte", null))));
        assertTrue(
                stale.getMessage().startsWith("Ce texte a été modifié par admin@demo.cnss.tg le "), stale.getMessage());
        assertEquals("Le mot du Directeur général", texts.directorWord().title());

        // An empty text unpublishes it.
        EditorialTextView withdrawn = asAdmin.call(() -> texts.changeDirectorWord(
                published.version(), new EditorialTextForm("Le mot du Directeur général", " \n ", "Le DG")));
        assertTrue(!withdrawn.published() && withdrawn.paragraphs().isEmpty());
    }

    @Test
    void aMissingTitleOrATextTooLongIsRefusedFieldByField() {
        EditorialTextView current = texts.directorWord();
        InvalidFormException invalid = assertThrows(
                InvalidFormException.class,
                () -> asAdmin.call(() -> texts.changeDirectorWord(
                        current.version(), new EditorialTextForm(" ", "x".repeat(20_001), "s".repeat(201)))));
        assertEquals(
                List.of("body", "signature", "title"),
                List.copyOf(invalid.errors().keySet()));
        assertEquals("Titre : indiquez le titre de la page.", invalid.errors().get("title"));
        assertEquals("Texte : 20 000 caractères au plus.", invalid.errors().get("body"));
        assertEquals("Signature : 200 caractères au plus.", invalid.errors().get("signature"));
        assertEquals(current.version(), texts.directorWord().version(), "rien n'est enregistré");
    }

    @Test
    void onlyAdministratorsWriteIt() {
        long version = texts.directorWord().version();
        assertThrows(
                EJBAccessException.class,
                () -> asEmployer.call(
                        () -> texts.changeDirectorWord(version, new EditorialTextForm("Titre", "Texte", null))));
        assertThrows(
                EJBAccessException.class,
                () -> texts.changeDirectorWord(version, new EditorialTextForm("Titre", "Texte", null)));
    }
}
