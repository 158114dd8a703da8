package tg.cnss.eservices.reference.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.reference.entity.ContributionRate;
import tg.cnss.eservices.reference.entity.IdDocumentType;
import tg.cnss.eservices.reference.entity.MinimumWage;
import tg.cnss.eservices.reference.entity.Prefecture;
import tg.cnss.eservices.reference.entity.StaffCategory;
import tg.cnss.eservices.reference.entity.Town;

/** Read access to the reference data that forms and rules need. Public: nothing here is personal. */
@Stateless
@PermitAll
public class ReferenceData {

    @PersistenceContext
    EntityManager em;

    public List<Prefecture> prefectures() {
        return em.createQuery("SELECT p FROM Prefecture p ORDER BY p.region.displayOrder, p.name", Prefecture.class)
                .getResultList();
    }

    public List<Town> townsOf(String prefectureCode) {
        return em.createQuery("SELECT t FROM Town t WHERE t.prefecture.code = :code ORDER BY t.name", Town.class)
                .setParameter("code", prefectureCode)
                .getResultList();
    }

    public List<StaffCategory> staffCategories() {
        return em.createQuery("SELECT c FROM StaffCategory c ORDER BY c.displayOrder", StaffCategory.class)
                .getResultList();
    }

    /** The banks where employers may pay, in their order; with an account number or not. */
    public List<tg.cnss.eservices.reference.entity.CnssBankAccount> cnssBankAccounts() {
        return em.createQuery(
                        "SELECT b FROM CnssBankAccount b ORDER BY b.displayOrder",
                        tg.cnss.eservices.reference.entity.CnssBankAccount.class)
                .getResultList();
    }

    public List<IdDocumentType> idDocumentTypes() {
        return em.createQuery("SELECT d FROM IdDocumentType d ORDER BY d.displayOrder", IdDocumentType.class)
                .getResultList();
    }

    /** The list of occupational diseases, in its order (by group, then number). */
    public List<tg.cnss.eservices.reference.entity.OccupationalDisease> occupationalDiseases() {
        return em.createQuery(
                        "SELECT d FROM OccupationalDisease d ORDER BY d.displayOrder",
                        tg.cnss.eservices.reference.entity.OccupationalDisease.class)
                .getResultList();
    }

    public List<ContributionRate> contributionRates() {
        return em.createQuery(
                        "SELECT r FROM ContributionRate r ORDER BY r.payer, r.branch, r.validity.validFrom",
                        ContributionRate.class)
                .getResultList();
    }

    public List<MinimumWage> minimumWages() {
        return em.createQuery("SELECT w FROM MinimumWage w ORDER BY w.validity.validFrom", MinimumWage.class)
                .getResultList();
    }

    /** The SMIG in force on a day, if our records cover that day. */
    public Optional<MinimumWage> minimumWageOn(LocalDate day) {
        return minimumWages().stream().filter(w -> w.getValidity().covers(day)).findFirst();
    }
}
