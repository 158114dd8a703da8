package tg.cnss.eservices.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be (quality.md, ASVS 6.2): 12 characters at least, 128 at most, any
 * characters, compared exactly — and not one of the 3 000 most common passwords (the ranked list
 * shipped with zxcvbn4j, plus French ones), nor the account's own e-mail.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int COMMON_COUNT = 3_000;
    private static final String RANKED_LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    private static final List<String> FRENCH = List.of(
            "motdepasse",
            "motdepasse1",
            "motdepasse123",
            "azerty",
            "azerty123",
            "azertyuiop",
            "azertyuiop1",
            "azertyuiop123",
            "bonjour",
            "bonjour123",
            "soleil",
            "soleil123",
            "jetaime",
            "jetaime123",
            "doudou",
            "chouchou",
            "loulou",
            "marseille",
            "togo",
            "togo2024",
            "togo2025",
            "togo2026",
            "lome",
            "lome2026",
            "cnss",
            "cnsstogo",
            "cnsstogo2026",
            "123456789azerty",
            "azerty123456789");
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** The French message saying what is wrong with the password, if anything. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Mot de passe : " + MIN_LENGTH + " caractères au moins. Une phrase de passe est idéale,"
                    + " par exemple « Ma tante vend du gari à Bè ».");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Mot de passe : " + MAX_LENGTH + " caractères au plus.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.equals(email == null ? null : email.toLowerCase(Locale.ROOT))) {
            return Optional.of("Mot de passe : il fait partie des mots de passe les plus utilisés, donc les premiers"
                    + " essayés par les fraudeurs. Choisissez-en un autre.");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> common = new HashSet<>(FRENCH);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(RANKED_LIST)) {
            if (in == null) {
                throw new IllegalStateException("Liste des mots de passe courants introuvable : " + RANKED_LIST);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.lines()
                    .limit(COMMON_COUNT)
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .forEach(common::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }

    static int size() {
        return COMMON.size();
    }
}
