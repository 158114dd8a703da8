package tg.cnss.eservices.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The services of the employer and insured spaces, in the manual's order and words: the one list
 * from which the spaces' left menus, their "bientôt disponible" pages and the user guide are made,
 * so that none of them can announce a service the others do not. A service without a page is not
 * open yet: its menu entry leads to its space's "bientôt disponible" page and the guide lists it
 * apart. Immutable data (nothing to share between servers).
 */
@Named
@ApplicationScoped
public class ServiceCatalog {

    /** One service: its menu id, label and icon, its page in the space (none while not open), what the guide says. */
    public record Service(String id, String label, String icon, String page, String comingSoonKey, String guide) {

        static Service open(String id, String label, String icon, String page, String guide) {
            return new Service(id, label, icon, page, null, guide);
        }

        static Service comingSoon(String id, String label, String icon, String key, String guide) {
            return new Service(id, label, icon, null, key, guide);
        }

        public boolean isOpen() {
            return page != null;
        }

        /** The id of its tile among the dashboard's quick links: "menuReclamations" → "lienReclamations". */
        public String tileId() {
            return id.replaceFirst("^menu", "lien");
        }

        /** The first clause of what the guide says, as a tile's subtitle: "Pour soumissionner à un marché public". */
        public String summary() {
            String first = guide.split(" ; | : |, ")[0].strip();
            first = first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
            return first.isEmpty() ? first : Character.toUpperCase(first.charAt(0)) + first.substring(1);
        }

        /** The address of the entry in the space {@code spacePath} ("/employeur/"). */
        public String href(String spacePath) {
            return isOpen() ? spacePath + page : spacePath + "bientot.xhtml?service=" + comingSoonKey;
        }
    }

    /** A group of the menu under its heading; a group without heading holds top-level entries. */
    public record Group(String headingId, String heading, List<Service> services) {}

    /** A space: its path, its menu's id, its groups. */
    public record Space(String name, String path, String menuId, List<Group> groups) {

        public Stream<Service> services() {
            return groups.stream().flatMap(group -> group.services().stream());
        }

        /** The dashboard's quick links: every service of the space but the dashboard itself. */
        public List<Service> quickLinks() {
            return services()
                    .filter(service -> !service.id().equals(DASHBOARD_ID))
                    .toList();
        }
    }

    private static final Space EMPLOYER = new Space(
            "Espace Employeur",
            "/employeur/",
            "menuEmployeur",
            List.of(
                    new Group(
                            null,
                            null,
                            List.of(
                                    dashboard(),
                                    Service.open(
                                            "menuTravailleurs",
                                            "Mes travailleurs",
                                            "pi-users",
                                            "travailleurs.xhtml",
                                            "vos travailleurs en activité et sortis, par nom ou n° assuré ; la"
                                                    + " déclaration d'un départ (date et motif)."),
                                    Service.open(
                                            "menuImmatriculationTravailleur",
                                            "Demande d'immatriculation travailleur",
                                            "pi-user-plus",
                                            "immatriculation-travailleur.xhtml",
                                            "déclarer un nouveau travailleur, prévisualiser et imprimer le formulaire"
                                                    + " avant de confirmer."),
                                    Service.open(
                                            "menuAccidentsTravailEmployeur",
                                            "Accidents de travail",
                                            "pi-exclamation-triangle",
                                            "accidents-travail.xhtml",
                                            "les accidents déclarés par vos salariés : ajoutez votre part de la"
                                                    + " déclaration dans les 3 jours ouvrables."))),
                    new Group(
                            "menuEmployeurGroupe1",
                            "Déclaration Nominative des Rémunérations",
                            List.of(
                                    Service.open(
                                            "menuDnrEnLigne",
                                            "Remplir les DNR en ligne",
                                            "pi-pencil",
                                            "dnr-en-ligne.xhtml",
                                            "la déclaration trimestrielle des rémunérations, saisie en ligne ; vos"
                                                    + " travailleurs déjà inscrits, un brouillon gardé à chaque saisie."),
                                    Service.open(
                                            "menuDnrFichier",
                                            "Envoyer un fichier D.N.R",
                                            "pi-upload",
                                            "dnr-fichier.xhtml",
                                            "la même déclaration envoyée au format Excel, à partir du fichier"
                                                    + " modèle de votre trimestre ; un rapport cellule par cellule."),
                                    Service.open(
                                            "menuLogicielPaie",
                                            "Logiciel de paie",
                                            "pi-sync",
                                            "logiciel-paie.xhtml",
                                            "autoriser votre logiciel de paie à envoyer vos DNR et vos déclarations"
                                                    + " de cotisation à votre place ; retirer l'autorisation."))),
                    new Group(
                            "menuEmployeurGroupe2",
                            "Cotisations",
                            List.of(
                                    Service.open(
                                            "menuDeclarationCotisation",
                                            "Déclaration de Cotisation",
                                            "pi-file",
                                            "declaration-cotisation.xhtml",
                                            "la déclaration mensuelle de la masse salariale ; les cotisations de"
                                                    + " chaque branche calculées aux taux du mois, l'échéance et le"
                                                    + " récépissé PDF."),
                                    Service.open(
                                            "menuPaiementCotisation",
                                            "Paiement de Cotisation",
                                            "pi-wallet",
                                            "paiement-cotisation.xhtml",
                                            "par virement ou dépôt bancaire sur un compte de la CNSS ; l'opération"
                                                    + " déclarée avec son justificatif."),
                                    Service.open(
                                            "menuCompteCotisant",
                                            "Compte-Cotisant",
                                            "pi-book",
                                            "compte-cotisant.xhtml",
                                            "votre compte tel qu'il figure dans les livres de la CNSS et"
                                                    + " l'historique de vos paiements."))),
                    new Group(
                            "menuEmployeurGroupe3",
                            "Demandes",
                            List.of(
                                    Service.open(
                                            "menuQuitusSocial",
                                            "Demande de Quitus Social",
                                            "pi-verified",
                                            "quitus-social.xhtml",
                                            "pour soumissionner à un marché public : les conditions vérifiées"
                                                    + " d'abord, puis un quitus vérifiable par l'acheteur."),
                                    Service.open(
                                            "menuAttestationImmatriculation",
                                            "Attestation d'immatriculation",
                                            "pi-id-card",
                                            "attestation-immatriculation.xhtml",
                                            "tout de suite, en PDF ; vérifiable par tous avec sa référence, son code"
                                                    + " ou son code QR."),
                                    claims())),
                    new Group("menuEmployeurGroupe4", "Mon compte", List.of(history(), profile()))));

    private static final Space INSURED = new Space(
            "Espace Assuré",
            "/assure/",
            "menuAssure",
            List.of(
                    new Group(
                            null,
                            null,
                            List.of(
                                    dashboard(),
                                    Service.open(
                                            "menuAssuranceVolontaire",
                                            "Assurance volontaire",
                                            "pi-shield",
                                            "assurance-volontaire.xhtml",
                                            "demande d'adhésion, avec la pièce d'identité jointe ; prévisualisation"
                                                    + " avant confirmation."))),
                    new Group(
                            "menuAssureGroupe1",
                            "Faire une demande",
                            List.of(
                                    Service.open(
                                            "menuPension",
                                            "Pension d'invalidité ou de vieillesse",
                                            "pi-calendar",
                                            "demande-pension.xhtml",
                                            "demander votre pension, avec la simulation de votre compte jointe."),
                                    Service.open(
                                            "menuAllocationPrenatale",
                                            "Allocation prénatale",
                                            "pi-heart",
                                            "allocation-prenatale.xhtml",
                                            "déclarer vos examens prénatals : chacun, fait à temps, ouvre sa tranche."),
                                    Service.open(
                                            "menuIjm",
                                            "I.J.M",
                                            "pi-money-bill",
                                            "demande-ijm.xhtml",
                                            "indemnités journalières de maternité : 14 semaines, estimées d'après votre"
                                                    + " compte."))),
                    new Group(
                            "menuAssureGroupe2",
                            "Faire une déclaration",
                            List.of(
                                    Service.open(
                                            "menuAccidentTravail",
                                            "Accident de travail",
                                            "pi-exclamation-triangle",
                                            "accident-travail.xhtml",
                                            "déclarer un accident de travail avec le certificat médical ; votre"
                                                    + " employeur est prévenu."),
                                    Service.open(
                                            "menuMaladieProfessionnelle",
                                            "Maladie professionnelle",
                                            "pi-plus-circle",
                                            "maladie-professionnelle.xhtml",
                                            "déclarer une maladie de la liste des maladies professionnelles, avec le"
                                                    + " certificat médical."),
                                    Service.open(
                                            "menuDeclarationEnfant",
                                            "Déclaration d'enfant",
                                            "pi-user-plus",
                                            "declaration-enfant.xhtml",
                                            "déclarer un enfant avec son acte de naissance : il figure ensuite parmi vos personnes à charge et"
                                                    + " compte pour vos allocations familiales."),
                                    Service.open(
                                            "menuDeclarationConjoint",
                                            "Déclaration de conjoint",
                                            "pi-users",
                                            "declaration-conjoint.xhtml",
                                            "déclarer votre conjoint avec votre acte de mariage : il ou elle figure ensuite parmi vos"
                                                    + " personnes à charge."))),
                    new Group(
                            "menuAssureGroupe3",
                            "Mon compte CNSS",
                            List.of(
                                    claims(),
                                    Service.open(
                                            "menuSimulateurPension",
                                            "Simulateur de Pension",
                                            "pi-chart-line",
                                            "simulateur-pension.xhtml",
                                            "estimer votre pension normale ou anticipée."),
                                    Service.open(
                                            "menuCompteIndividuel",
                                            "Compte Individuel",
                                            "pi-book",
                                            "compte-individuel.xhtml",
                                            "vos périodes et salaires tels qu'ils figurent dans les livres de la"
                                                    + " CNSS."),
                                    Service.open(
                                            "menuAttestationIndividuelle",
                                            "Attestation individuelle",
                                            "pi-file",
                                            "attestation-individuelle.xhtml",
                                            "demander l'attestation qui certifie votre immatriculation et vos mois"
                                                    + " d'assurance ; délivrée en PDF, vérifiable par code et QR."),
                                    history(),
                                    profile()))));

    private static Service claims() {
        return Service.open(
                "menuReclamations",
                "Réclamations",
                "pi-comments",
                "reclamations.xhtml",
                "solliciter une action de la CNSS : objet, explication et pièces jointes (PDF, JPEG, PNG),"
                        + " vérification de vos réponses, puis une référence (RC-…) ; vous suivez la réponse dans"
                        + " l'historique et par e-mail ou SMS.");
    }

    private static final String DASHBOARD_ID = "menuTableauDeBord";

    private static Service dashboard() {
        return Service.open(
                DASHBOARD_ID,
                "Tableau de bord",
                "pi-home",
                "",
                "vos informations, vos dernières notifications et des liens rapides.");
    }

    private static Service history() {
        return Service.open(
                "menuHistorique",
                "Historique des activités",
                "pi-history",
                "historique.xhtml",
                "toutes vos demandes avec leur état, un onglet par type ; chaque demande avec son historique, ses"
                        + " pièces jointes, son récapitulatif PDF, et la réponse à un complément demandé.");
    }

    private static Service profile() {
        return Service.open(
                "menuProfil",
                "Le profil de l'utilisateur",
                "pi-id-card",
                "profil.xhtml",
                "vos informations ; « Modifier mes infos » pour demander la modification de votre adresse e-mail,"
                        + " de votre téléphone ou du nom du contact.");
    }

    public Space employer() {
        return EMPLOYER;
    }

    public Space insured() {
        return INSURED;
    }

    public List<Space> spaces() {
        return List.of(EMPLOYER, INSURED);
    }

    /** The service not yet open under this key in the space, if any: what its "bientôt disponible" page names. */
    public Optional<Service> comingSoon(Space space, String key) {
        return space.services()
                .filter(service -> !service.isOpen() && service.comingSoonKey().equals(key))
                .findFirst();
    }
}
