package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** "Le profil de l'utilisateur": the account's and the registry's facts about the signed-in person. */
@Named
@RequestScoped
public class ProfileBacking {

    @Inject
    Profiles profiles;

    private List<Map.Entry<String, String>> facts;

    @PostConstruct
    void load() {
        facts = List.copyOf(profiles.mine().entrySet());
    }

    public List<Map.Entry<String, String>> getFacts() {
        return facts;
    }
}
