package tg.cnss.eservices.declaration.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tg.cnss.eservices.declaration.control.DnrCheck;
import tg.cnss.eservices.declaration.control.DnrFinding;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.platform.boundary.FieldErrors;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InvalidNumberException;
import tg.cnss.eservices.registration.spi.NoEmployerNumberException;

/**
 * "Remplir les DNR en ligne": the quarter's workers, {@value #PAGE_SIZE} to a page (a roster of 500
 * stays usable: never 1 500 inputs at once), each change saved to the draft as it is made; workers
 * added or their exit marked; the month totals and the contributions they imply kept up to date;
 * then "Vérifiez vos réponses" with every error at its line, and the DNR sent.
 */
@Named
@ViewScoped
public class DnrOnlineBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;
    static final String FORM_ID = "dnr";

    @Inject
    DnrOnline online;

    @Inject
    WageDeclarations declarations;

    @Inject
    ContributionDeclarations contributions;

    private String quarterCode;
    private Quarter quarter;
    private List<DnrFormLine> lines = new ArrayList<>();
    private Instant savedAt;
    private String currentReference;
    private int currentRevision;
    private int page;
    private String search = "";
    private boolean previewing;
    private DnrCheck check;
    private boolean noNumber;
    private String newNumber;
    private String newLastName;
    private String newFirstNames;
    private List<WageDeclarationSummary> history;
    private boolean confirmingDiscard;
    private List<MonthComparison> comparison;
    /** Computed once per change of the lines (the page reads them several times per response). */
    private transient List<MonthTotal> monthTotals;

    /** Before rendering (f:viewAction): the quarter asked for (else the last one ended), from its draft or roster. */
    public void load() {
        if (quarter != null) {
            return; // a postback of the same view
        }
        try {
            try {
                quarter = Quarter.parse(quarterCode);
            } catch (IllegalArgumentException unreadable) {
                quarter = declarations.suggestedQuarter();
            }
            if (!declarations.declarableQuarters().contains(quarter)) {
                quarter = declarations.suggestedQuarter();
            }
            quarterCode = quarter.code();
            DnrForm form = online.open(quarter);
            lines = new ArrayList<>();
            for (DnrDraftLine line : form.lines()) {
                lines.add(new DnrFormLine(lines.size() + 1, line));
            }
            savedAt = form.draftSavedAt();
            currentReference = form.currentReference();
            currentRevision = form.currentRevision();
        } catch (NoEmployerNumberException none) {
            noNumber = true;
            FieldErrors.show(FacesContext.getCurrentInstance(), none.getMessage());
        }
    }

    /** Every change of a field: the draft saved, so that nothing typed is lost. */
    public void changed() {
        savedAt = online.saveDraft(quarter, drafts());
        check = null;
        monthTotals = null;
    }

    public void takeSuggestions() {
        int taken = 0;
        for (DnrFormLine line : lines) {
            if (line.takeSuggestion()) {
                taken++;
            }
        }
        changed();
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new jakarta.faces.application.FacesMessage(
                                jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                                taken == 0
                                        ? "Aucun salaire repris : les mois déjà remplis sont gardés tels quels."
                                        : "Salaires du trimestre précédent repris pour " + taken
                                                + " travailleur(s) dans les mois vides : vérifiez-les et indiquez les jours travaillés.",
                                null));
    }

    public void addWorker() {
        String name = newLastName == null ? "" : newLastName.strip();
        String number = newNumber == null ? "" : newNumber.strip();
        if (name.isEmpty()) {
            FieldErrors.show(FacesContext.getCurrentInstance(), "Ajouter un travailleur : indiquez son nom.");
            return;
        }
        if (!number.isEmpty()) {
            try {
                number = InsuredNumber.parse(number).display();
            } catch (InvalidNumberException wrong) {
                FieldErrors.show(FacesContext.getCurrentInstance(), "Ajouter un travailleur : " + wrong.getMessage());
                return;
            }
        }
        lines.add(new DnrFormLine(
                lines.size() + 1,
                new DnrDraftLine(
                        number,
                        name.toUpperCase(Locale.FRENCH),
                        newFirstNames == null ? "" : newFirstNames.strip(),
                        null,
                        null,
                        null,
                        false,
                        null)));
        newNumber = null;
        newLastName = null;
        newFirstNames = null;
        search = "";
        page = pageCount() - 1;
        changed();
    }

    public void remove(DnrFormLine line) {
        if (!line.isOnRoster()) {
            List<DnrDraftLine> kept = new ArrayList<>();
            for (DnrFormLine other : lines) {
                if (other != line) {
                    kept.add(other.toDraft());
                }
            }
            lines = new ArrayList<>();
            for (DnrDraftLine draft : kept) {
                lines.add(new DnrFormLine(lines.size() + 1, draft));
            }
            page = Math.min(page, pageCount() - 1);
            changed();
        }
    }

    public void applySearch() {
        page = 0;
    }

    public void previousPage() {
        page = Math.max(0, page - 1);
    }

    public void nextPage() {
        page = Math.min(pageCount() - 1, page + 1);
    }

    /** "Aller à la ligne" of an error: its page, without the search. */
    public void goToLine(int number) {
        search = "";
        page = (number - 1) / PAGE_SIZE;
        previewing = false;
    }

    /** "Vérifiez vos réponses": the rules over every line; errors listed at their lines. */
    public void preview() {
        changed();
        check = online.check(quarter, drafts());
        previewing = check.status() != DnrCheck.Status.REJECTED;
        if (!previewing) {
            FieldErrors.show(
                    FacesContext.getCurrentInstance(),
                    check.findings().stream().filter(DnrFinding::isError).count()
                            + " erreur(s) à corriger avant l'envoi : la liste est sous le tableau.");
        }
    }

    public void edit() {
        previewing = false;
    }

    public String send() {
        try {
            WageDeclarationSummary sent = online.send(quarter, drafts(), currentRevision);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().put("dnrEnvoyee", sent);
            return "/employeur/dnr-en-ligne.xhtml?faces-redirect=true&trimestre="
                    + quarter.code().replace(' ', '+');
        } catch (BusinessException refused) {
            previewing = false;
            FieldErrors.show(FacesContext.getCurrentInstance(), refused.getMessage());
            return null;
        }
    }

    public void askDiscard() {
        confirmingDiscard = true;
    }

    public void keepDraft() {
        confirmingDiscard = false;
    }

    public boolean isConfirmingDiscard() {
        return confirmingDiscard;
    }

    public String discardDraft() {
        online.discardDraft(quarter);
        return "/employeur/dnr-en-ligne.xhtml?faces-redirect=true&trimestre="
                + quarter.code().replace(' ', '+');
    }

    private List<DnrDraftLine> drafts() {
        return lines.stream().map(DnrFormLine::toDraft).toList();
    }

    // --- What the page shows ---------------------------------------------------------------------

    private List<DnrFormLine> visible() {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.FRENCH);
        if (needle.isEmpty()) {
            return lines;
        }
        String digits = needle.replaceAll("[\\s.-]", "");
        return lines.stream()
                .filter(line -> (line.getLastName() + " " + line.getFirstNames())
                                .toLowerCase(Locale.FRENCH)
                                .contains(needle)
                        || (!digits.isEmpty()
                                && digits.chars().allMatch(Character::isDigit)
                                && line.getInsuredNumber().replace("-", "").contains(digits)))
                .toList();
    }

    public List<DnrFormLine> getPageLines() {
        List<DnrFormLine> shown = visible();
        int from = Math.min(page * PAGE_SIZE, shown.size());
        return shown.subList(from, Math.min(from + PAGE_SIZE, shown.size()));
    }

    public int pageCount() {
        return Math.max(1, (visible().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String getPageLabel() {
        List<DnrFormLine> shown = visible();
        if (shown.isEmpty()) {
            return "Aucun travailleur" + (search == null || search.isBlank() ? "." : " pour cette recherche.");
        }
        int from = page * PAGE_SIZE + 1;
        return "Travailleurs " + from + " à " + Math.min(from + PAGE_SIZE - 1, shown.size()) + " sur " + shown.size()
                + " — page " + (page + 1) + " sur " + pageCount();
    }

    public boolean isFirstPage() {
        return page == 0;
    }

    public boolean isLastPage() {
        return page >= pageCount() - 1;
    }

    /** The three months of the quarter, each with its workers paid, its gross pay and the contributions it implies. */
    public List<MonthTotal> getMonthTotals() {
        if (monthTotals == null) {
            monthTotals = computeMonthTotals();
        }
        return monthTotals;
    }

    private List<MonthTotal> computeMonthTotals() {
        List<MonthTotal> totals = new ArrayList<>();
        if (quarter == null) {
            return totals;
        }
        for (int month = 0; month < 3; month++) {
            long payroll = 0;
            int workers = 0;
            for (DnrFormLine line : lines) {
                try {
                    long pay = line.payOf(month).isBlank()
                            ? 0
                            : Francs.parse(line.payOf(month)).value();
                    payroll += pay;
                    workers += pay > 0 ? 1 : 0;
                } catch (IllegalArgumentException unreadable) {
                    // shown at its line by the preview
                }
            }
            YearMonth period = quarter.months().get(month);
            Francs due = workers == 0
                    ? Francs.ZERO
                    : contributions
                            .calculationOf(period, workers, Francs.of(payroll))
                            .total();
            totals.add(new MonthTotal(MonthLabels.of(period), workers, Francs.of(payroll), due));
        }
        return totals;
    }

    /** A month's figures for the totals table. */
    public record MonthTotal(String label, int workers, Francs payroll, Francs contributions) {}

    /** The error or warning's line, worker and field, in words. */
    public String where(DnrFinding finding) {
        if (finding.row() == 0) {
            return "Déclaration";
        }
        DnrFormLine line = lines.get(finding.row() - 1);
        String field = finding.field().label()
                + (finding.month() == 0
                        ? ""
                        : " " + MonthLabels.of(quarter.months().get(finding.month() - 1)));
        return "Ligne " + finding.row() + " — " + line.getLastName() + " " + line.getFirstNames() + " — " + field;
    }

    public List<String> monthLabels() {
        return quarter == null
                ? List.of()
                : quarter.months().stream().map(MonthLabels::of).toList();
    }

    public List<Quarter> getQuarters() {
        return noNumber ? List.of() : declarations.declarableQuarters();
    }

    public List<WageDeclarationSummary> getHistory() {
        if (history == null) {
            history = noNumber ? List.of() : declarations.mine();
        }
        return history;
    }

    /** The DNR in force beside the quarter's monthly declarations (none while the quarter is not declared). */
    public List<MonthComparison> getComparison() {
        if (comparison == null) {
            comparison = noNumber || currentReference == null ? List.of() : declarations.comparison(quarter);
        }
        return comparison;
    }

    public int getToRegisterCount() {
        return (int) lines.stream().filter(DnrFormLine::isToRegister).count();
    }

    public boolean isHasSuggestions() {
        return lines.stream()
                .anyMatch(line -> !line.suggestionOf(0).isEmpty()
                        || !line.suggestionOf(1).isEmpty()
                        || !line.suggestionOf(2).isEmpty());
    }

    public int getLineCount() {
        return lines.size();
    }

    public boolean isNoNumber() {
        return noNumber;
    }

    public boolean isPreviewing() {
        return previewing;
    }

    public DnrCheck getCheck() {
        return check;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getCurrentReference() {
        return currentReference;
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public String getQuarterCode() {
        return quarterCode;
    }

    public void setQuarterCode(String quarterCode) {
        this.quarterCode = quarterCode;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getNewNumber() {
        return newNumber;
    }

    public void setNewNumber(String newNumber) {
        this.newNumber = newNumber;
    }

    public String getNewLastName() {
        return newLastName;
    }

    public void setNewLastName(String newLastName) {
        this.newLastName = newLastName;
    }

    public String getNewFirstNames() {
        return newFirstNames;
    }

    public void setNewFirstNames(String newFirstNames) {
        this.newFirstNames = newFirstNames;
    }
}
