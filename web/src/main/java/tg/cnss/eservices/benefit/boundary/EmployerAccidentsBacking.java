package tg.cnss.eservices.benefit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;

/**
 * "Accidents de travail" of the employer space: the list of the accidents his workers declared,
 * and — the one opened by its reference — the victim's declaration and the employer's part to add
 * (proposed from the registry), once.
 */
@Named
@ViewScoped
public class EmployerAccidentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkAccidentEmployerParts parts;

    @Inject
    FacesContext faces;

    private String reference;
    private List<EmployerAccidentLine> lines;
    private EmployerAccidentDetail detail;
    private String headcount;
    private String activity;
    private String email;
    private String phone;
    private String statement;
    private boolean saved;

    private String unavailableReason;

    /** An employer account not yet tied to a number is told why, not shown an incident. */
    @PostConstruct
    void load() {
        try {
            lines = parts.mine();
        } catch (BusinessException unavailable) {
            lines = List.of();
            unavailableReason = unavailable.getMessage();
        }
    }

    public String getUnavailableReason() {
        return unavailableReason;
    }

    /** The accident of the {@code ref} parameter, if one of this employer's (after the view parameters). */
    public void open() {
        if (reference == null || reference.isBlank() || unavailableReason != null) {
            return;
        }
        detail = parts.detail(reference).orElse(null);
        if (detail != null && detail.recorded() == null && statement == null) {
            headcount = detail.proposed().headcount();
            email = detail.proposed().email();
            phone = detail.proposed().phone();
        }
    }

    public void record() {
        try {
            parts.record(reference, new EmployerAccidentPart(headcount, activity, email, phone, statement));
            saved = true;
            lines = parts.mine();
            detail = parts.detail(reference).orElse(null);
        } catch (BusinessException refused) {
            FieldErrors.show(faces, "partEmployeur", refused);
        }
    }

    public boolean isSaved() {
        return saved;
    }

    public List<EmployerAccidentLine> getLines() {
        return lines;
    }

    public EmployerAccidentDetail getDetail() {
        return detail;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getHeadcount() {
        return headcount;
    }

    public void setHeadcount(String headcount) {
        this.headcount = headcount;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }
}
