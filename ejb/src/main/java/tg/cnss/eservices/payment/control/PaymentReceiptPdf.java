package tg.cnss.eservices.payment.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tg.cnss.eservices.document.control.PdfLayout;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.platform.control.Clocks;

/**
 * The receipt of a contribution payment: who paid how much, how, and above all the day the CNSS
 * received the money — the day that stops late-payment surcharges (CSS art. 17).
 */
public final class PaymentReceiptPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    /** Who paid, and what the receipt says of it. */
    public enum Payer {
        EMPLOYER(
                "Employeur",
                "N° employeur",
                "REÇU DE PAIEMENT DE COTISATIONS",
                "au crédit du compte cotisant de l'employeur",
                "Porté au compte cotisant le",
                "La date de réception est celle qui arrête les majorations de retard (article 17 du Code de"
                        + " sécurité sociale). Le paiement est affecté aux cotisations dues les plus anciennes, le"
                        + " principal avant les majorations ; le détail figure dans le Compte-Cotisant."),
        VOLUNTARY_INSURED(
                "Assuré(e)",
                "N° d'assuré",
                "REÇU DE PAIEMENT D'ASSURANCE VOLONTAIRE",
                "au compte individuel de l'assuré(e), au titre de son assurance volontaire",
                "Porté au compte individuel le",
                "Les mois payés comptent pour la pension comme des mois de salaire, sur le revenu déclaré à"
                        + " l'adhésion ; ils figurent dans le Compte Individuel.");

        private final String holder;
        private final String numberLabel;
        private final String title;
        private final String creditedTo;
        private final String postedLabel;
        private final String afterword;

        Payer(
                String holder,
                String numberLabel,
                String title,
                String creditedTo,
                String postedLabel,
                String afterword) {
            this.holder = holder;
            this.numberLabel = numberLabel;
            this.title = title;
            this.creditedTo = creditedTo;
            this.postedLabel = postedLabel;
            this.afterword = afterword;
        }
    }

    /** What the receipt says; {@code detail} adds a line when not null (the months a voluntary payment paid). */
    public record Receipt(
            Payer payer,
            String name,
            String number,
            String reference,
            String means,
            Francs amount,
            LocalDate receivedOn,
            java.time.Instant postedAt,
            String detail) {}

    private PaymentReceiptPdf() {}

    public static byte[] render(Receipt receipt) {
        Payer payer = receipt.payer();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(payer.holder, receipt.name());
        facts.put(payer.numberLabel, receipt.number());
        facts.put("Référence du paiement", receipt.reference());
        facts.put("Moyen de paiement", receipt.means());
        facts.put("Montant", receipt.amount().display());
        if (receipt.detail() != null) {
            facts.put("Mois payés", receipt.detail());
        }
        facts.put("Reçu par la CNSS le", receipt.receivedOn().format(DAY));
        facts.put(payer.postedLabel, receipt.postedAt().atZone(Clocks.LOME).format(MOMENT));
        return PdfLayout.a4("Reçu de paiement " + receipt.reference())
                .letterhead()
                .title(payer.title)
                .paragraph("La Caisse Nationale de Sécurité Sociale du Togo a reçu le paiement ci-dessous et l'a porté "
                        + payer.creditedTo + ".")
                .facts(facts)
                .paragraph(payer.afterword)
                .finish();
    }
}
