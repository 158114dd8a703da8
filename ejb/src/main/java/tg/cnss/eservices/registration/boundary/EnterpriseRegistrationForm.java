package tg.cnss.eservices.registration.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * "Demande d'immatriculation d'un employeur" (GE & PME), the manual's fields in its order:
 * Dénomination*, Sigle, N° Carte Opérateur économique, Préfecture*, Ville*, Quartier*, Rue,
 * Boite postale*, N° Registre de commerce, Email*, Téléphone*, Fax, Date journal officiel,
 * Date premier embauche*, Effectif total du personnel*, Adresse siège*.
 */
public record EnterpriseRegistrationForm(
        String denomination,
        String acronym,
        String operatorCard,
        String prefectureCode,
        String town,
        String district,
        String street,
        String poBox,
        String tradeRegister,
        String email,
        String phone,
        String fax,
        LocalDate officialJournalDate,
        LocalDate firstHiringDate,
        Integer totalStaff,
        String headOfficeAddress)
        implements Serializable {}
