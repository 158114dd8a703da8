package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.benefit.control.InsuredEmployers;

/** What the occupational-disease form starts from: who declares, the employers, the list of diseases by group. */
public record OccupationalDiseaseStart(
        String insuredNumber,
        String fullName,
        List<InsuredEmployers.Choice> employers,
        List<Group> groups,
        String listSource)
        implements Serializable {

    /** A group of the list and its diseases. */
    public record Group(String label, List<Disease> diseases) implements Serializable {}

    /** An entry of the list: its table number and label. */
    public record Disease(String tableNumber, String label) implements Serializable {}
}
