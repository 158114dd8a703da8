package tg.cnss.eservices.worklist.boundary;

/** An agent of the department, as filters and the reassignment list offer them. */
public record AgentChoice(String email, String name) {}
