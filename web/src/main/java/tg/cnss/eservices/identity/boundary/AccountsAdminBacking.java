package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The administrator's dashboard: accounts by role. */
@Named
@RequestScoped
public class AccountsAdminBacking {

    @Inject
    Accounts accounts;

    private List<AccountView> all;

    @PostConstruct
    void load() {
        all = accounts.all();
    }

    public List<Map.Entry<String, Long>> getCountsByRoleEntries() {
        return List.copyOf(all.stream()
                .collect(Collectors.groupingBy(account -> account.role().label(), TreeMap::new, Collectors.counting()))
                .entrySet());
    }
}
