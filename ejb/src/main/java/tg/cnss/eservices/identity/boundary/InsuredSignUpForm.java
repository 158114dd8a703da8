package tg.cnss.eservices.identity.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * "Création de compte" of an insured person (manual II.b.2): N° Immatriculation de votre employeur
 * actuel, Nom, Prénoms, Adresse mail, Téléphone, Date de naissance, Mot de passe, Confirmation.
 */
public record InsuredSignUpForm(
        String insuredNumber,
        String employerNumber,
        String lastName,
        String firstNames,
        String email,
        String phone,
        LocalDate birthDate,
        String password,
        String confirmation)
        implements Serializable {}
