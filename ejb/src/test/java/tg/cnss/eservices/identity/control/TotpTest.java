package tg.cnss.eservices.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void givesTheCodesOfRfc6238AppendixB() {
        long[][] vectors = {
            {59, 94287082},
            {1111111109, 7081804},
            {1111111111, 14050471},
            {1234567890, 89005924},
            {2000000000, 69279037},
            {20000000000L, 65353130}
        };
        for (long[] vector : vectors) {
            long step = Totp.stepAt(Instant.ofEpochSecond(vector[0]));
            assertEquals(String.format("%08d", vector[1]), Totp.code(SHA1_SEED, step, 8, "HmacSHA1"), "T=" + vector[0]);
        }
        assertEquals(
                "46119246",
                Totp.code("12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII), 1, 8, "HmacSHA256"));
        assertEquals(
                "90693936",
                Totp.code(("1234567890".repeat(6) + "1234").getBytes(StandardCharsets.US_ASCII), 1, 8, "HmacSHA512"));
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheRfcOnes() {
        assertEquals("287082", Totp.codeAt(SHA1_SEED, Totp.stepAt(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.codeAt(SHA1_SEED, Totp.stepAt(Instant.ofEpochSecond(1111111109))), "zéros gardés");
    }

    @Test
    void acceptsOneStepEitherSideAndNoMore() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);
        assertEquals(OptionalLong.of(step), Totp.matchingStep(SHA1_SEED, Totp.codeAt(SHA1_SEED, step), now));
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(SHA1_SEED, Totp.codeAt(SHA1_SEED, step - 1), now));
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(SHA1_SEED, Totp.codeAt(SHA1_SEED, step + 1), now));
        assertTrue(
                Totp.matchingStep(SHA1_SEED, Totp.codeAt(SHA1_SEED, step - 2), now)
                        .isEmpty(),
                "une minute de retard");
        assertTrue(Totp.matchingStep(SHA1_SEED, Totp.codeAt(SHA1_SEED, step + 2), now)
                .isEmpty());
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = Totp.codeAt(SHA1_SEED, Totp.stepAt(now));
        assertTrue(Totp.matchingStep(SHA1_SEED, null, now).isEmpty());
        assertTrue(Totp.matchingStep(SHA1_SEED, "", now).isEmpty());
        assertTrue(Totp.matchingStep(SHA1_SEED, code + "0", now).isEmpty());
        assertTrue(Totp.matchingStep(SHA1_SEED, code.substring(1), now).isEmpty());
    }

    @Test
    void keyUriFollowsTheKeyUriFormatAppsRead() {
        String uri = Totp.keyUri("CNSS Togo", "agent@cnss.tg", SHA1_SEED);
        assertEquals(
                "otpauth://totp/CNSS%20Togo:agent%40cnss.tg?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=CNSS%20Togo&algorithm=SHA1&digits=6&period=30",
                uri);
    }

    @Test
    void newSecretsAre160BitsAndDiffer() {
        byte[] first = Totp.newSecret();
        assertEquals(20, first.length);
        assertTrue(!java.util.Arrays.equals(first, Totp.newSecret()));
    }
}
