package tg.cnss.eservices.registration.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;

/** The registry of insured persons, looked up by number. */
@Dependent
public class InsuredRegistry {

    private static final int CHUNK = 1_000;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CnssDS")
    DataSource dataSource;

    public Optional<InsuredPerson> findByNumber(InsuredNumber number) {
        return em.createQuery("SELECT p FROM InsuredPerson p WHERE p.number = :number", InsuredPerson.class)
                .setParameter("number", number.canonical())
                .getResultStream()
                .findFirst();
    }

    /**
     * Which of these numbers (canonical) the registry knows, asked a thousand at a time with one
     * prepared statement: a DNR of 50 000 workers is fifty round trips, not 50 000 (and plain SQL:
     * JPQL rebuilds an IN list of a thousand parameters at every call).
     */
    public Set<String> knownAmong(Collection<String> numbers) {
        List<String> all = new ArrayList<>(new HashSet<>(numbers));
        Set<String> known = new HashSet<>();
        String placeholders = String.join(",", Collections.nCopies(CHUNK, "?"));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT insured_number FROM insured_person WHERE insured_number IN (" + placeholders + ")")) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                for (int i = 0; i < CHUNK; i++) {
                    // a short last chunk repeats its first number: the statement keeps its thousand slots
                    query.setString(i + 1, all.get(from + i < all.size() ? from + i : from));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        known.add(rows.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Lecture du répertoire des assurés impossible", e);
        }
        return known;
    }

    public void add(InsuredPerson person) {
        em.persist(person);
    }
}
