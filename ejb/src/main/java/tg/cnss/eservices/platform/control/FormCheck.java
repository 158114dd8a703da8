package tg.cnss.eservices.platform.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;

/**
 * Collects a form's errors field by field, in the form's order, each message starting with the
 * field's label and saying how to put it right (quality.md, usability 3). The first error of a
 * field wins.
 *
 * <p>New forms use Bean Validation on their records ({@code ValidationMessages.properties},
 * {@code @FormValidation} on the boundary). This class stays for what constraints on a record do
 * not express without custom validators: rules between fields and against the clock or the
 * reference data (a date not after today, staff counts adding up, a préfecture of the list), and
 * checks that parse into the kernel's value objects with a message that names the field's label.
 */
public final class FormCheck {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public boolean required(String field, String label, String value, String how) {
        if (value == null || value.isBlank()) {
            fail(field, label + " : " + how);
            return false;
        }
        return true;
    }

    public void maxLength(String field, String label, String value, int max) {
        if (value != null && value.strip().length() > max) {
            fail(field, label + " : " + max + " caractères au plus.");
        }
    }

    public void email(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            new EmailAddress(value);
        } catch (IllegalArgumentException invalid) {
            fail(field, label + " : saisissez une adresse e-mail complète, par exemple nom@domaine.tg.");
        }
    }

    public void phone(String field, String label, String value) {
        if (value == null || value.isBlank() || value.strip().equals("+228")) {
            return;
        }
        try {
            PhoneNumber.parse(value);
        } catch (IllegalArgumentException invalid) {
            fail(field, label + " : numéro togolais, +228 suivi de 8 chiffres (par exemple +228 90 12 34 56).");
        }
    }

    public void notAfter(String field, String label, LocalDate value, LocalDate today) {
        if (value != null && value.isAfter(today)) {
            fail(field, label + " : la date ne peut pas être dans le futur.");
        }
    }

    public void notBefore(String field, String label, LocalDate value, LocalDate earliest) {
        if (value != null && value.isBefore(earliest)) {
            fail(field, label + " : vérifiez l'année, la date est trop ancienne.");
        }
    }

    public void fail(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
