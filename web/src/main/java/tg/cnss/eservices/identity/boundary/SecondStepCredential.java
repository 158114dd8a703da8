package tg.cnss.eservices.identity.boundary;

import jakarta.security.enterprise.credential.Credential;

/** The code typed on the second-step page, handed to the authentication mechanism. */
record SecondStepCredential(String code) implements Credential {}
