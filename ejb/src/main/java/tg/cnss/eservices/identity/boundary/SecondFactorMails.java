package tg.cnss.eservices.identity.boundary;

import tg.cnss.eservices.identity.entity.SecondFactor;

/** The e-mails that tell an account's owner its second factor changed or was used. */
final class SecondFactorMails {

    private static final String SIGNATURE = "\n\nCaisse Nationale de Sécurité Sociale du Togo";
    private static final String NOT_YOU = "\n\nSi ce n'était pas vous, changez votre mot de passe avec « Mot de passe"
            + " oublié ? » et contactez la CNSS.";

    private SecondFactorMails() {}

    static String enabled(String fullName, SecondFactor factor) {
        return "Bonjour " + fullName + ",\n\nLa double authentification est activée sur votre compte des services en"
                + " ligne de la CNSS : " + factor.label().toLowerCase(java.util.Locale.FRENCH) + ". À chaque"
                + " connexion, un code vous sera demandé après votre mot de passe. Gardez vos codes de secours en lieu"
                + " sûr : ils permettent de vous connecter si vous perdez votre téléphone." + NOT_YOU + SIGNATURE;
    }

    static String disabled(String fullName) {
        return "Bonjour " + fullName + ",\n\nLa double authentification a été désactivée sur votre compte des services"
                + " en ligne de la CNSS : votre mot de passe seul suffit désormais pour vous connecter." + NOT_YOU
                + SIGNATURE;
    }

    static String recoveryCodeUsed(String fullName, long left) {
        return "Bonjour " + fullName
                + ",\n\nUn code de secours vient d'être utilisé pour vous connecter aux services en"
                + " ligne de la CNSS. Il vous en reste " + left + ". Vous pouvez en créer de nouveaux dans « Sécurité"
                + " du compte »." + NOT_YOU + SIGNATURE;
    }

    static String resetByAdministrator(String fullName) {
        return "Bonjour " + fullName + ",\n\nUn administrateur de la CNSS a retiré l'application d'authentification de"
                + " votre compte (par exemple après la perte de votre téléphone). À votre prochaine connexion, vous"
                + " configurerez une nouvelle application." + NOT_YOU + SIGNATURE;
    }
}
