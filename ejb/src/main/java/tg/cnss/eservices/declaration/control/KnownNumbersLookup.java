package tg.cnss.eservices.declaration.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InvalidNumberException;

/**
 * Asks the registry which insured numbers of a DNR it knows while the file is still being read:
 * every thousand numbers read, one query leaves on another thread, one after the other (never more
 * than one connection), so that the registry's answers and the reading overlap instead of adding
 * up. Wrong numbers are left out: the rules report them.
 */
public final class KnownNumbersLookup {

    private static final int CHUNK = 1_000;

    private final Executor executor;
    private final Function<List<String>, Set<String>> registry;
    private final Set<String> known = new HashSet<>();
    private List<String> chunk = new ArrayList<>(CHUNK);
    private CompletableFuture<Void> asked = CompletableFuture.completedFuture(null);

    public KnownNumbersLookup(Executor executor, Function<List<String>, Set<String>> registry) {
        this.executor = executor;
        this.registry = registry;
    }

    /** A number as typed on a line (blank or wrong ones are ignored). */
    public void offer(String typed) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        try {
            chunk.add(InsuredNumber.parse(typed.strip()).canonical());
        } catch (InvalidNumberException wrong) {
            return;
        }
        if (chunk.size() == CHUNK) {
            send();
        }
    }

    /** The numbers the registry knows, once every query has answered. */
    public Set<String> known() {
        send();
        try {
            asked.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
        return known;
    }

    private void send() {
        if (chunk.isEmpty()) {
            return;
        }
        List<String> numbers = chunk;
        chunk = new ArrayList<>(CHUNK);
        // chained: the next query leaves when the previous has answered; `known` is only touched there
        asked = asked.thenRunAsync(() -> known.addAll(registry.apply(numbers)), executor);
    }
}
