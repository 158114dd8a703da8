package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * A work accident opened by its employer: the line, the victim's declaration as filed, the
 * employer's part if added, and what the form proposes for it (the registry's headcount, e-mail
 * and phone).
 */
public record EmployerAccidentDetail(
        EmployerAccidentLine line,
        List<FieldSection> sections,
        EmployerAccidentPart recorded,
        EmployerAccidentPart proposed)
        implements Serializable {}
