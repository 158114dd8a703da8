package tg.cnss.eservices.request.boundary;

import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.request.spi.FieldSection;

/** "Vérifiez vos réponses" of a form: the sections of its request as its kind declares them (for sections-demande.xhtml). */
public record SectionsPreview(List<FieldSection> sections) implements Serializable {}
