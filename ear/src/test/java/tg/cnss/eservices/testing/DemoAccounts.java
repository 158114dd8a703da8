package tg.cnss.eservices.testing;

import java.util.List;

/** The demo accounts that the portal creates in demo mode (README, "Comptes de démonstration"). */
public final class DemoAccounts {

    public static final String PASSWORD = "Demo-CNSS-2026!";

    public record Demo(String email, String role, String homePath, String heading) {}

    public static final Demo EMPLOYER =
            new Demo("employeur@demo.cnss.tg", "EMPLOYER", "/employeur/", "Espace Employeur — Tableau de bord");
    public static final Demo INSURED =
            new Demo("assure@demo.cnss.tg", "INSURED", "/assure/", "Espace Assuré — Tableau de bord");
    public static final Demo AGENT =
            new Demo("agent.relations@demo.cnss.tg", "AGENT", "/agent/", "Espace Agent CNSS — Tableau de bord");
    public static final Demo SUPERVISOR =
            new Demo("superviseur@demo.cnss.tg", "SUPERVISOR", "/agent/", "Espace Agent CNSS — Tableau de bord");
    public static final Demo ADMIN =
            new Demo("admin@demo.cnss.tg", "ADMIN", "/admin/", "Administration — Tableau de bord");

    public static final List<String> AGENTS = List.of(
            "agent.immatriculation@demo.cnss.tg",
            "agent.recouvrement@demo.cnss.tg",
            "agent.prestations@demo.cnss.tg",
            "agent.risques@demo.cnss.tg",
            "agent.relations@demo.cnss.tg");

    public static final List<Demo> ONE_PER_ROLE = List.of(EMPLOYER, INSURED, AGENT, SUPERVISOR, ADMIN);

    public static final List<String> SPACES = List.of("/employeur/", "/assure/", "/agent/", "/admin/");

    private DemoAccounts() {}
}
