package tg.cnss.eservices.platform.boundary;

import java.io.Serializable;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * "Vérification anti-robot" of the public forms that send e-mail and SMS (pre-registration,
 * sign-up): a small sum written in words, "Combien font sept plus trois ?", answered in digits or
 * in words. Chosen over a third-party CAPTCHA (no data leaves for another company, works where
 * their scripts are blocked) and over a proof-of-work script (nothing to compute on old phones,
 * works without JavaScript): plain text in the page, which screen readers read like any label,
 * with no image and no sound. It stops the generic robots that fill every form they find; the
 * limits per address and per day ({@code PublicFormLimits}) bound the rest.
 *
 * <p>Kept in the page's backing bean, on the server only (server-side state saving): the answer
 * never reaches the browser. A wrong answer draws a new question.
 */
public final class HumanCheck implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    static final List<String> WORDS = List.of(
            "zéro",
            "un",
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
            "onze",
            "douze",
            "treize",
            "quatorze",
            "quinze",
            "seize",
            "dix-sept",
            "dix-huit",
            "dix-neuf",
            "vingt");

    private final String question;
    private final int answer;

    HumanCheck(int first, int second, boolean plus) {
        this.question = "Combien font " + WORDS.get(first) + (plus ? " plus " : " moins ") + WORDS.get(second) + " ?";
        this.answer = plus ? first + second : first - second;
    }

    /** A new question: a sum of two numbers from one to ten, or a difference that is not negative. */
    public static HumanCheck next() {
        int first = 1 + RANDOM.nextInt(10);
        int second = 1 + RANDOM.nextInt(10);
        boolean plus = RANDOM.nextBoolean() || second > first;
        return new HumanCheck(first, second, plus);
    }

    public String question() {
        return question;
    }

    /** Whether the typed answer is right: "10", " 10 ", "dix", "Dix" are. */
    public boolean accepts(String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        String cleaned = Normalizer.normalize(typed.strip().toLowerCase(Locale.FRENCH), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("\\s+", "-");
        if (cleaned.matches("\\d{1,3}")) {
            return Integer.parseInt(cleaned) == answer;
        }
        String expected =
                Normalizer.normalize(WORDS.get(answer), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return cleaned.equals(expected);
    }

    /** The field's message when the answer is wrong or missing. */
    public static String wrongAnswerMessage() {
        return "Vérification anti-robot : la réponse ne correspond pas. Répondez à la nouvelle question, en chiffres"
                + " ou en lettres.";
    }
}
