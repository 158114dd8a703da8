package tg.cnss.eservices.identity.spi;

import java.util.List;

/**
 * The departments a CNSS agent or supervisor can belong to. The worklist context owns them and
 * implements this; identity only records which one an account belongs to.
 */
public interface StaffDepartments {

    /** Every department, by name. */
    List<Department> all();

    boolean exists(String code);

    record Department(String code, String name) {}
}
