package tg.cnss.eservices.registration.boundary;

import java.io.Serializable;
import java.util.Map;

/**
 * "Demande d'immatriculation d'un employeur domestique", the manual's fields: Préfecture*, Ville*,
 * Quartier*, Nationalité*, Nom*, Prénoms*, Description activité, Rue, Sexe* (M/F), Email, Fax,
 * the staff by category (BOY … AUTRE) and Effectif total du personnel* — plus Téléphone*, which
 * the manual's form lacks but without which an applicant with no e-mail could not be told the
 * outcome.
 */
public record DomesticRegistrationForm(
        String prefectureCode,
        String town,
        String district,
        String nationality,
        String lastName,
        String firstNames,
        String activityDescription,
        String street,
        String sex,
        String email,
        String phone,
        String fax,
        Map<String, Integer> staffByCategory,
        Integer totalStaff)
        implements Serializable {}
