package tg.cnss.eservices.identity.entity;

import java.util.Set;

/**
 * What a signed-in person may do. Each role opens one space of the portal; a supervisor also
 * works in the agents' space, so the groups a role grants can be more than its own name.
 */
public enum Role {
    EMPLOYER("Employeur", "/employeur/"),
    INSURED("Assuré", "/assure/"),
    AGENT("Agent CNSS", "/agent/"),
    SUPERVISOR("Superviseur", "/agent/"),
    ADMIN("Administrateur", "/admin/"),
    /** Partners reach the REST API only; they have no space in the portal. */
    PARTNER("Partenaire", null);

    private final String label;
    private final String homePath;

    Role(String label, String homePath) {
        this.label = label;
        this.homePath = homePath;
    }

    public String label() {
        return label;
    }

    /** The space a person of this role lands on after signing in, or null for API-only roles. */
    public String homePath() {
        return homePath;
    }

    /** CNSS staff: their accounts are made and managed by administrators, not by sign-up. */
    public boolean isStaff() {
        return this == AGENT || this == SUPERVISOR || this == ADMIN;
    }

    /** The container roles (security groups) this role grants. */
    public Set<String> groups() {
        return this == SUPERVISOR ? Set.of(SUPERVISOR.name(), AGENT.name()) : Set.of(name());
    }
}
