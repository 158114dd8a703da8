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

    /** What the receipt says. */
    public record Receipt(
            String employerName,
            String employerNumber,
            String reference,
            String means,
            Francs amount,
            LocalDate receivedOn,
            java.time.Instant postedAt) {}

    private PaymentReceiptPdf() {}

    public static byte[] render(Receipt receipt) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Employeur", receipt.employerName());
        facts.put("N° employeur", receipt.employerNumber());
        facts.put("Référence du paiement", receipt.reference());
        facts.put("Moyen de paiement", receipt.means());
        facts.put("Montant", receipt.amount().display());
        facts.put("Reçu par la CNSS le", receipt.receivedOn().format(DAY));
        facts.put(
                "Porté au compte cotisant le",
                receipt.postedAt().atZone(Clocks.LOME).format(MOMENT));
        return PdfLayout.a4("Reçu de paiement " + receipt.reference())
                .letterhead()
                .title("REÇU DE PAIEMENT DE COTISATIONS")
                .paragraph("La Caisse Nationale de Sécurité Sociale du Togo a reçu le paiement ci-dessous et l'a porté"
                        + " au crédit du compte cotisant de l'employeur.")
                .facts(facts)
                .paragraph("La date de réception est celle qui arrête les majorations de retard (article 17 du Code de"
                        + " sécurité sociale). Le paiement est affecté aux cotisations dues les plus anciennes, le"
                        + " principal avant les majorations ; le détail figure dans le Compte-Cotisant.")
                .finish();
    }
}
