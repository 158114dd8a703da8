package tg.cnss.eservices.benefit.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.InsuredCaller;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.spi.RequestKind;
import tg.cnss.eservices.request.spi.Requesters;

/**
 * What the benefit requests of the insured space share: who asks (number, registry record, account),
 * one request of a kind at a time, and the filing itself.
 */
@Dependent
public class BenefitDesk {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    InsuredCaller caller;

    @Inject
    RequestSubmission submission;

    @Inject
    RequestRepository requests;

    @Inject
    Clock clock;

    /** The signed-in insured person; the registry's record may be missing (then the account's name is used). */
    public record Claimant(
            InsuredNumber number, String fullName, Optional<InsuredPerson> person, Requesters.Account account) {

        public LocalDate birthDate() {
            return person.map(InsuredPerson::getBirthDate).orElse(null);
        }
    }

    public Claimant claimant(String principal) {
        InsuredNumber number = caller.number(principal);
        return new Claimant(number, caller.fullName(principal), caller.person(number), caller.account(principal));
    }

    /** The reference of the request of this kind still being processed for the claimant, if any. */
    public Optional<String> openRequest(Claimant claimant, RequestKind<?> kind) {
        return requests.openOf(claimant.account().id(), kind.code())
                .map(request -> request.getReference().toString());
    }

    /** Refuses a second request of a kind while one is being processed. */
    public void refuseIfOpen(Claimant claimant, RequestKind<?> kind, Map<String, String> errors) {
        openRequest(claimant, kind)
                .ifPresent(open -> errors.put(
                        "demande", "Votre demande " + open + " est en cours de traitement : attendez sa réponse."));
    }

    public <P> RequestReceipt submit(
            RequestKind<P> kind, Claimant claimant, String summary, P payload, List<UploadedFile> files) {
        Requesters.Account account = claimant.account();
        return submission.submit(
                kind,
                new RequestSubmission.Requester(account.id(), account.email(), account.fullName(), null),
                summary,
                payload,
                files);
    }

    /**
     * The expected birth of a maternity request: given, as on the pregnancy certificate, within the
     * last year or the next nine months.
     */
    public void checkExpectedBirth(LocalDate expected, String field, Map<String, String> errors) {
        LocalDate today = today();
        if (expected == null) {
            errors.put(
                    field,
                    "Date présumée de l'accouchement : indiquez-la (JJ/MM/AAAA), comme sur le certificat de"
                            + " grossesse.");
        } else if (expected.isBefore(today.minusMonths(12)) || expected.isAfter(today.plusMonths(9))) {
            errors.put(
                    field,
                    "Date présumée de l'accouchement : entre le "
                            + today.minusMonths(12).format(DAY) + " et le "
                            + today.plusMonths(9).format(DAY) + ".");
        }
    }

    /** A text answer stripped, or null with the error said when empty, too short or too long. */
    public static String sized(String typed, int min, int max, String field, String label, Map<String, String> errors) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < min || text.length() > max) {
            errors.put(
                    field,
                    label + " : " + (text.isEmpty() ? "à remplir" : "de " + min + " à " + max + " caractères") + ".");
            return null;
        }
        return text;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.LOME));
    }
}
