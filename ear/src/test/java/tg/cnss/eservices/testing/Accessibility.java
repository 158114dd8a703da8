package tg.cnss.eservices.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** axe-core in the browser: no serious or critical WCAG 2.2 AA violation (quality.md). */
public final class Accessibility {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Accessibility() {}

    public static void assertNoSeriousViolation(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        Assertions.assertTrue(serious.isEmpty(), page + " : " + describe(serious));
        // Duplicate ids break more than assistive technologies: PrimeFaces then posts the wrong form.
        Object duplicates = ((JavascriptExecutor) browser)
                .executeScript("var seen = {}, dup = [];"
                        + "document.querySelectorAll('[id]').forEach(function (e) { if (seen[e.id]) { dup.push(e.id); } seen[e.id] = true; });"
                        + "return dup.join(', ');");
        Assertions.assertEquals("", duplicates, page + " : identifiants en double");
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " → "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(node -> node.getTarget() + " " + node.getFailureSummary())
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" | "));
    }
}
