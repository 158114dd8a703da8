package tg.cnss.eservices.platform.boundary;

import jakarta.ejb.ApplicationException;

/** A call refused with a problem the partner is told as it is (the transaction rolled back). */
@ApplicationException(rollback = true)
public class ApiProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiProblem problem;

    public ApiProblemException(ApiProblem problem) {
        super(problem.type().slug() + ": " + problem.detail());
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }
}
