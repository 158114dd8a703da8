package tg.cnss.eservices.worklist.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The department of each caller, looked up once per HTTP request (or message, or timer): a
 * worklist display asks for it in each of its boundary calls — counters, colleagues, the page,
 * its total — and an account look-up each time was a tenth of the page's time (issue 9). Kept by
 * name, since a test may act as several users within one request. Nothing outlives the request.
 */
@RequestScoped
public class CallerDepartments {

    private final Map<String, String> byEmail = new HashMap<>();

    String of(String email, Function<String, String> lookUp) {
        return byEmail.computeIfAbsent(email, lookUp);
    }
}
