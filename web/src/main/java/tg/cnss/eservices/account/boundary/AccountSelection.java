package tg.cnss.eservices.account.boundary;

/** The year and month of "Compte-Cotisant" as they come in an address: anything else is "all". */
final class AccountSelection {

    private AccountSelection() {}

    static Integer year(String typed) {
        return number(typed, 1990, 9999);
    }

    static Integer month(String typed) {
        return number(typed, 1, 12);
    }

    private static Integer number(String typed, int min, int max) {
        if (typed == null || !typed.matches("\\d{1,4}")) {
            return null;
        }
        int value = Integer.parseInt(typed);
        return value < min || value > max ? null : value;
    }
}
