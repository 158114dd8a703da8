package tg.cnss.eservices.registration.boundary;

import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "Vérifiez vos réponses" of a worker registration: the form as the CNSS will read it, and what
 * the requester should know before confirming (a late registration is accepted, and said).
 */
public record WorkerRegistrationPreview(List<FieldSection> sections, List<String> notes) implements Serializable {}
