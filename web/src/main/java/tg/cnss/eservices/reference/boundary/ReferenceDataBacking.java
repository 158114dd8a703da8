package tg.cnss.eservices.reference.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.reference.entity.ContributionRate;
import tg.cnss.eservices.reference.entity.IdDocumentType;
import tg.cnss.eservices.reference.entity.MinimumWage;
import tg.cnss.eservices.reference.entity.Prefecture;
import tg.cnss.eservices.reference.entity.StaffCategory;

/** The administrator's page of reference data (read-only for now). */
@Named
@ViewScoped
public class ReferenceDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceData referenceData;

    private List<Prefecture> prefectures;
    private List<ContributionRate> rates;
    private List<MinimumWage> minimumWages;
    private List<StaffCategory> staffCategories;
    private List<IdDocumentType> idDocumentTypes;

    @PostConstruct
    void load() {
        prefectures = referenceData.prefectures();
        rates = referenceData.contributionRates();
        minimumWages = referenceData.minimumWages();
        staffCategories = referenceData.staffCategories();
        idDocumentTypes = referenceData.idDocumentTypes();
    }

    public List<Prefecture> getPrefectures() {
        return prefectures;
    }

    public List<ContributionRate> getRates() {
        return rates;
    }

    public List<MinimumWage> getMinimumWages() {
        return minimumWages;
    }

    public List<StaffCategory> getStaffCategories() {
        return staffCategories;
    }

    public List<IdDocumentType> getIdDocumentTypes() {
        return idDocumentTypes;
    }
}
