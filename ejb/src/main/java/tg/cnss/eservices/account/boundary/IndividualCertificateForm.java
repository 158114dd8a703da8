package tg.cnss.eservices.account.boundary;

import java.io.Serializable;

/** "Attestation individuelle" as typed: the purpose chosen from the list, details, to whom it goes. */
public record IndividualCertificateForm(String purpose, String details, String addressee) implements Serializable {}
