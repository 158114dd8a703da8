package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.platform.boundary.FieldErrors;
import tg.cnss.eservices.registration.spi.NoEmployerNumberException;

/**
 * "Déclaration de Cotisation": the month (the last one by default), headcount and gross payroll;
 * the contributions computed as the employer types; "Vérifier ma déclaration" to the preview
 * "Vérifiez vos réponses" (printable), "Confirmer et déclarer", then the page again with the
 * declaration in the history and its PDF receipt. Amounts are typed as people write them
 * ("1 250 000"); what was typed stays on the page when something is refused.
 */
@Named
@ViewScoped
public class ContributionDeclarationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "cotisation";

    @Inject
    ContributionDeclarations declarations;

    private Integer month;
    private Integer year;
    private String workers;
    private String payroll;
    private String prefilledFrom;
    private ContributionPreview live;
    private ContributionPreview preview;
    private String declaredReference;
    private List<DeclarationSummary> history;
    private YearMonth thisMonth;

    @PostConstruct
    void startWithLastMonth() {
        thisMonth = declarations.thisMonth();
        YearMonth last = thisMonth.minusMonths(1);
        month = last.getMonthValue();
        year = last.getYear();
    }

    /**
     * A month chosen: when nothing is typed yet and the quarter's DNR is in, its figures for the
     * month fill the form (issue 10: "pre-filled from the DNR when it exists"); then the computation.
     */
    public void monthChosen() {
        prefilledFrom = null;
        if (month != null && year != null && isBlank(workers) && isBlank(payroll)) {
            declarations.fromDnr(YearMonth.of(year, month)).ifPresent(dnr -> {
                workers = String.valueOf(dnr.workers());
                payroll = dnr.payroll().display().replace("\u00a0FCFA", "").replace('\u202f', ' ');
                prefilledFrom = dnr.reference();
                // only then are the fields redrawn: never while the employer may be typing in them
                org.primefaces.PrimeFaces.current().ajax().update("cotisation:workers", "cotisation:payroll");
            });
        }
        recompute();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getPrefilledFrom() {
        return prefilledFrom;
    }

    /** As the employer types: the computation, or nothing while the figures are incomplete. */
    public void recompute() {
        try {
            live = declarations.preview(form());
        } catch (BusinessException | IllegalArgumentException incomplete) {
            live = null;
        }
    }

    public void showPreview() {
        try {
            preview = declarations.preview(form());
            live = preview;
        } catch (TypedFiguresException typed) {
            FieldErrors.show(faces(), FORM_ID, typed.errors);
        } catch (BusinessException refused) {
            FieldErrors.show(faces(), FORM_ID, refused);
        }
    }

    public void edit() {
        preview = null;
    }

    /** Confirming twice in one view (a double click) declares once. */
    public void confirm() throws IOException {
        if (preview == null) {
            return;
        }
        if (declaredReference == null) {
            try {
                declaredReference =
                        declarations.declare(form(), preview.currentRevision()).reference();
            } catch (TypedFiguresException typed) {
                preview = null;
                FieldErrors.show(faces(), FORM_ID, typed.errors);
                return;
            } catch (BusinessException refused) {
                preview = null;
                FieldErrors.show(faces(), FORM_ID, refused);
                return;
            }
        }
        ExternalContext external = faces().getExternalContext();
        external.getFlash()
                .put(
                        "avis",
                        "Votre déclaration de cotisation de " + preview.periodLabel()
                                + " est enregistrée sous la référence " + declaredReference
                                + ". Son récépissé est dans la liste « Mes déclarations » ci-dessous.");
        external.redirect(external.getRequestContextPath() + "/employeur/declaration-cotisation.xhtml");
    }

    private ContributionDeclarationForm form() {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer workerCount = null;
        Long amount = null;
        try {
            workerCount = parseCount(workers);
        } catch (IllegalArgumentException wrong) {
            errors.put("workers", "Nombre de travailleurs : " + wrong.getMessage());
        }
        try {
            amount = payroll == null || payroll.isBlank()
                    ? null
                    : Francs.parse(payroll).value();
        } catch (IllegalArgumentException wrong) {
            errors.put("payroll", "Masse salariale brute : " + wrong.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new TypedFiguresException(errors);
        }
        return new ContributionDeclarationForm(month, year, workerCount, amount);
    }

    private static Integer parseCount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!digits.matches("\\d{1,7}")) {
            throw new IllegalArgumentException("un nombre entier, en chiffres (0 si personne n'a été payé).");
        }
        return Integer.valueOf(digits);
    }

    /** Figures that cannot even be read: refused here, field by field, before any service is called. */
    private static final class TypedFiguresException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;
        private final transient Map<String, String> errors;

        TypedFiguresException(Map<String, String> errors) {
            super(String.join(" ", errors.values()));
            this.errors = errors;
        }
    }

    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    /** Before rendering (f:viewAction): a refusal then shows at the top of the page. */
    public void load() {
        getHistory();
    }

    public List<DeclarationSummary> getHistory() {
        if (history == null) {
            try {
                history = declarations.mine();
            } catch (NoEmployerNumberException none) {
                history = List.of();
                FieldErrors.show(faces(), none.getMessage());
            }
        }
        return history;
    }

    /** The months for the "Mois" list, in French. */
    public Map<String, Integer> getMonths() {
        Map<String, Integer> months = new LinkedHashMap<>();
        for (java.time.Month m : java.time.Month.values()) {
            String name = m.getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRENCH);
            months.put(name.substring(0, 1).toUpperCase(Locale.FRENCH) + name.substring(1), m.getValue());
        }
        return months;
    }

    /** This year and the ten before it: older months are declared at the CNSS's counters. */
    public List<Integer> getYears() {
        int current = thisMonth.getYear();
        return IntStream.iterate(current, y -> y >= current - 10, y -> y - 1)
                .boxed()
                .toList();
    }

    public boolean isPreviewing() {
        return preview != null;
    }

    public ContributionPreview getPreview() {
        return preview;
    }

    public ContributionPreview getLive() {
        return live;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getWorkers() {
        return workers;
    }

    public void setWorkers(String workers) {
        this.workers = workers;
    }

    public String getPayroll() {
        return payroll;
    }

    public void setPayroll(String payroll) {
        this.payroll = payroll;
    }
}
