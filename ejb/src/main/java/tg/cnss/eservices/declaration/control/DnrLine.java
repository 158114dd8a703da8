package tg.cnss.eservices.declaration.control;

import java.time.LocalDate;
import java.util.List;

/**
 * A worker's line of an accepted DNR, typed: what is recorded and posted to the individual
 * account. {@code insuredNumber}: canonical, null for a worker still to register; {@code line}:
 * its number in the declaration, from 1.
 */
public record DnrLine(
        int line,
        String insuredNumber,
        String lastName,
        String firstNames,
        List<Integer> days,
        List<Long> pay,
        LocalDate exitDate) {

    public boolean toRegister() {
        return insuredNumber == null;
    }
}
