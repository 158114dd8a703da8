package tg.cnss.eservices.registration.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * "Déclaration d'enfant" or "Déclaration de conjoint" as typed. A child: names, sex, birth date and
 * place, the birth certificate's number, the other parent. A spouse: the same, the marriage
 * certificate's number, the marriage's date and place, the spouse's own insured number if any and
 * occupation.
 */
public record DependantForm(
        String lastName,
        String firstNames,
        String sex,
        LocalDate birthDate,
        String birthPlace,
        String certificateNumber,
        String otherParent,
        LocalDate marriageDate,
        String marriagePlace,
        String ownInsuredNumber,
        String occupation)
        implements Serializable {}
