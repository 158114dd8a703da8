package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.spi.StaffDepartments;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;

/** "Utilisateurs" (administrators): search, close/reopen, staff roles and departments, new staff accounts. */
@Named
@ViewScoped
public class UserAdministrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "utilisateurs";

    @Inject
    UserAdministration administration;

    @Inject
    FacesContext faces;

    private String text;
    private Role role;
    private List<AdminAccountRow> rows;
    private Long editedId;
    private Role editedRole;
    private String editedDepartment;
    private String newEmail;
    private String newName;
    private Role newRole = Role.AGENT;
    private String newDepartment;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        rows = administration.search(text, role);
    }

    public void close(long id) {
        act(() -> administration.close(id), "Compte fermé : il ne peut plus se connecter.");
    }

    public void reopen(long id) {
        act(() -> administration.reopen(id), "Compte rouvert ; un éventuel blocage est levé.");
    }

    public void resetSecondFactor(long id) {
        act(
                () -> administration.resetSecondFactor(id),
                "Double authentification retirée ; son titulaire a été prévenu"
                        + " par e-mail (le personnel en configure une nouvelle à sa prochaine connexion).");
    }

    public void edit(AdminAccountRow row) {
        editedId = row.id();
        editedRole = row.role();
        editedDepartment = row.departmentCode();
    }

    public void saveRole() {
        act(
                () -> administration.changeStaffRole(editedId, editedRole, editedDepartment),
                "Rôle et département enregistrés.");
        editedId = null;
    }

    public void create() {
        act(
                () -> administration.createStaff(newEmail, newName, newRole, newDepartment),
                "Compte créé : un lien pour choisir son mot de passe (30 minutes) est envoyé à " + newEmail + ".");
        if (!faces.isValidationFailed()) {
            newEmail = null;
            newName = null;
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
        } catch (BusinessException invalid) {
            FieldErrors.show(faces, FORM_ID, invalid);
            return;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        search();
    }

    public List<Role> getStaffRoles() {
        return Arrays.stream(Role.values()).filter(Role::isStaff).toList();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<StaffDepartments.Department> getDepartments() {
        return administration.departments();
    }

    public List<AdminAccountRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getEditedId() {
        return editedId;
    }

    public Role getEditedRole() {
        return editedRole;
    }

    public void setEditedRole(Role editedRole) {
        this.editedRole = editedRole;
    }

    public String getEditedDepartment() {
        return editedDepartment;
    }

    public void setEditedDepartment(String editedDepartment) {
        this.editedDepartment = editedDepartment;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }

    public String getNewDepartment() {
        return newDepartment;
    }

    public void setNewDepartment(String newDepartment) {
        this.newDepartment = newDepartment;
    }
}
