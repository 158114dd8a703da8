package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** "Déclaration de maladie professionnelle" as typed: employer, job, the disease's table number, exposure, finding. */
public record OccupationalDiseaseForm(
        String employer,
        String job,
        String tableNumber,
        String exposure,
        LocalDate exposedFrom,
        LocalDate exposedTo,
        LocalDate firstFinding,
        String doctor)
        implements Serializable {}
