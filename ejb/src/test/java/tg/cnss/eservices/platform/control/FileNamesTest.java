package tg.cnss.eservices.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void foldersSentByTheBrowserAreDropped() {
        assertEquals("releve.pdf", FileNames.clean("C:\\Users\\Kossi\\Documents\\releve.pdf"));
        assertEquals("releve.pdf", FileNames.clean("/home/ama/releve.pdf"));
    }

    @Test
    void controlAndReservedCharactersGoAway() {
        assertEquals("bulletin janvier.pdf", FileNames.clean("bul\"letin\n  jan<v>ier.pdf"));
        assertEquals("htaccess", FileNames.clean("../.htaccess"));
    }

    @Test
    void anEmptyNameGetsAFallback() {
        assertEquals("piece-jointe", FileNames.clean(null));
        assertEquals("piece-jointe", FileNames.clean("  "));
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String cut = FileNames.clean("a".repeat(300) + ".pdf");
        assertEquals(FileNames.MAX_LENGTH, cut.length());
        assertTrue(cut.endsWith("a.pdf"));
    }

    @Test
    void accentsStay() {
        assertEquals("Réclamation Lomé.pdf", FileNames.clean("Réclamation Lomé.pdf"));
    }
}
