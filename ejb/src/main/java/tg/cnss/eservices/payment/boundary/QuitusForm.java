package tg.cnss.eservices.payment.boundary;

import java.io.Serializable;

/** The quitus request as typed: the tender's reference and its buyer, both optional. */
public record QuitusForm(String tenderReference, String buyer) implements Serializable {}
