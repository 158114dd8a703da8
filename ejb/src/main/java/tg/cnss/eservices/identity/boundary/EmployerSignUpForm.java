package tg.cnss.eservices.identity.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * "Création de compte" of an employer (manual II.b.1), after its number was found: Raison Sociale
 * (typed, compared with the registry's: step 1 shows nothing of the registry), Téléphone de
 * l'entreprise, Nom du demandeur, Prénoms du demandeur, Adresse mail (the login), Téléphone du
 * demandeur (receives the code), Date de création de l'entreprise, Mot de passe — and its
 * confirmation, which the insured form of the manual has and which spares a typing error.
 */
public record EmployerSignUpForm(
        String employerNumber,
        String companyName,
        String companyPhone,
        String lastName,
        String firstNames,
        String email,
        String phone,
        LocalDate companyCreationDate,
        String password,
        String confirmation)
        implements Serializable {}
