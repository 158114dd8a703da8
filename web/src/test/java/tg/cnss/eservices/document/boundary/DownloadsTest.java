package tg.cnss.eservices.document.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void accentedNamesHaveAnAsciiFallbackAndTheirUtf8Form() {
        assertEquals(
                "attachment; filename=\"Releve Lome.pdf\"; filename*=UTF-8''Relev%C3%A9%20Lom%C3%A9.pdf",
                Downloads.contentDisposition("Relevé Lomé.pdf"));
    }

    @Test
    void quotesAndSeparatorsCannotBreakTheHeader() {
        assertEquals(
                "attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%3Bb%25c.pdf",
                Downloads.contentDisposition("a;b%c.pdf"));
    }
}
