package tg.cnss.eservices.registration.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import tg.cnss.eservices.registration.entity.DepartureReason;

/** "Déclarer un départ": the worker's last day and why the employment ended. */
public record DepartureForm(
        @NotNull(message = "{departure.date.required}") LocalDate date,
        @NotNull(message = "{departure.reason.required}") DepartureReason reason) {}
