package tg.cnss.eservices.identity.boundary;

import java.io.Serializable;

/**
 * "Modifier mes infos": the account's contact details as the user wants them. The contact name
 * only for employers (an insured person's names are the registry's, corrected at an agency with
 * an identity document).
 */
public record ProfileForm(String contactName, String email, String phone) implements Serializable {}
