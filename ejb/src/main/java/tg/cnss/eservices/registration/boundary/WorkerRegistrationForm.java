package tg.cnss.eservices.registration.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * "Demande d'immatriculation travailleur": who the worker is (names, sex, birth, nationality), the
 * civil-status document (acte de naissance or jugement supplétif: number, date, place) and the ID
 * document (type of the reference list, number; its scan is an attached file), how to reach him,
 * and the employment (hire date, job, monthly gross pay, contract). {@code employerNumber} is typed
 * only by a worker registering himself; {@code insuredNumber}, when the worker already has one
 * (an earlier employer registered him).
 */
public record WorkerRegistrationForm(
        String employerNumber,
        String lastName,
        String firstNames,
        String sex,
        LocalDate birthDate,
        String birthPlace,
        String nationality,
        String civilStatusType,
        String civilStatusNumber,
        LocalDate civilStatusDate,
        String civilStatusPlace,
        String idDocumentType,
        String idDocumentNumber,
        String address,
        String phone,
        String email,
        LocalDate hireDate,
        String job,
        Long monthlyPay,
        String contractType,
        String insuredNumber)
        implements Serializable {}
