package tg.cnss.eservices.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IdentifierKindTest {

    @Test
    void tradeRegistersCompareWithoutCaseOrSeparators() {
        assertEquals(
                IdentifierKind.TRADE_REGISTER.normalise("TG-LOM 2024 B 1234"),
                IdentifierKind.TRADE_REGISTER.normalise("tglom2024b1234"));
        assertEquals("tglom2024b1234", IdentifierKind.TRADE_REGISTER.normalise(" TG/LOM.2024_B-1234 "));
    }

    @Test
    void emailsCompareInLowerCaseAndBlanksAreNoIdentifier() {
        assertEquals("contact@ip.tg", IdentifierKind.EMAIL.normalise("Contact@IP.tg"));
        assertNull(IdentifierKind.OPERATOR_CARD.normalise("  "));
        assertNull(IdentifierKind.PHONE.normalise(null));
    }
}
