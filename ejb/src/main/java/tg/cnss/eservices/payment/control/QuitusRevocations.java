package tg.cnss.eservices.payment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import tg.cnss.eservices.account.control.AccountStatements;
import tg.cnss.eservices.account.control.LedgerPosted;
import tg.cnss.eservices.document.control.CertificateRegistry;
import tg.cnss.eservices.document.entity.CertificateKind;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.spi.EmployerAccounts;

/**
 * A quitus social stands only while its holder owes nothing past its due date: an employer who
 * falls into arrears before it expires has it revoked, and is told why and how to have another.
 * Reviewed when the holder's account moves (a late month declared) and every day (a due date
 * passed unpaid — {@code QuitusReviewSchedule}).
 */
@Dependent
public class QuitusRevocations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CertificateRegistry certificates;

    @Inject
    AccountStatements statements;

    @Inject
    EmployerAccounts employerAccounts;

    @Inject
    Notifications notifications;

    void onPosting(@Observes LedgerPosted posting) {
        review(EmployerNumber.parse(posting.employerNumber()), posting.at());
    }

    /** Revokes the holder's quitus in force if he is in arrears on the day of {@code at}; how many were. */
    public int review(EmployerNumber holder, Instant at) {
        LocalDate today = at.atZone(Clocks.LOME).toLocalDate();
        var inForce = certificates.of(holder.display(), CertificateKind.SOCIAL_QUITUS).stream()
                .filter(quitus -> quitus.isValidOn(today))
                .toList();
        if (inForce.isEmpty()) {
            return 0;
        }
        Francs arrears = statements
                .statementOf(statements.linesOf(holder.canonical()), today)
                .overdue();
        if (arrears.value() <= 0) {
            return 0;
        }
        String reason = "Cotisations impayées après leur échéance : " + arrears.display()
                + " (majorations comprises) au " + today.format(DAY) + ".";
        inForce.forEach(quitus -> revoke(holder, quitus, at, reason));
        return inForce.size();
    }

    /** Every quitus in force, holder by holder (the daily review). */
    public int reviewAll(Instant at) {
        LocalDate today = at.atZone(Clocks.LOME).toLocalDate();
        return certificates.validOn(CertificateKind.SOCIAL_QUITUS, today).stream()
                .map(IssuedCertificate::getHolderNumber)
                .distinct()
                .mapToInt(holder -> review(EmployerNumber.parse(holder), at))
                .sum();
    }

    private void revoke(EmployerNumber holder, IssuedCertificate quitus, Instant at, String reason) {
        certificates.revoke(quitus, at, reason);
        String subject = "Quitus social " + quitus.getReference() + " révoqué";
        String body = "Votre quitus social " + quitus.getReference() + " est révoqué : " + reason
                + " Quiconque le vérifie sur le portail le voit désormais révoqué. Réglez ce qui reste dû"
                + " (page Paiement de Cotisation), puis demandez un nouveau quitus.";
        for (String account : employerAccounts.of(holder)) {
            notifications.inApp(account, subject, body, "/employeur/quitus-social.xhtml");
            notifications.email(
                    account, subject, "Bonjour,\n\n" + body + "\n\nCaisse Nationale de Sécurité Sociale du Togo");
        }
    }
}
