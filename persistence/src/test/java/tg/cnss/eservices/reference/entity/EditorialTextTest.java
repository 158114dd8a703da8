package tg.cnss.eservices.reference.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorialTextTest {

    @Test
    void paragraphsAreSeparatedByBlankLines() {
        EditorialText text = new EditorialText(EditorialText.DIRECTOR_WORD, "Le mot du Directeur général");
        assertFalse(text.isPublished());
        assertEquals(List.of(), text.paragraphs());
        text.rewrite(
                "Le mot",
                "Chers partenaires,\n\nPremier paragraphe\nsur deux lignes.\n \n\n\nDernier.  \n",
                null,
                "admin@cnss.tg",
                Instant.EPOCH);
        assertTrue(text.isPublished());
        assertEquals(
                List.of("Chers partenaires,", "Premier paragraphe\nsur deux lignes.", "Dernier."), text.paragraphs());
    }
}
