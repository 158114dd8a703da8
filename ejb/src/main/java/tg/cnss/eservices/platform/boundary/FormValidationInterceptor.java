package tg.cnss.eservices.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the container's method validation (which runs inside this interceptor: its priority is
 * lower than the validation interceptor's) into the portal's refusal of a form. The field of each
 * message is the last name of the violation's path — a record component such as {@code object} —
 * so that pages put it next to the input of that name.
 */
@FormValidation
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class FormValidationInterceptor {

    @AroundInvoke
    public Object refuseInFrench(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (ConstraintViolationException violated) {
            throw new InvalidFormException(errorsOf(violated));
        }
    }

    static Map<String, String> errorsOf(ConstraintViolationException violated) {
        Map<String, String> errors = new LinkedHashMap<>();
        violated.getConstraintViolations().stream()
                // A stable order: by field, then message (the set of violations has none).
                .sorted(Comparator.comparing((ConstraintViolation<?> violation) -> field(violation.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(violation -> errors.putIfAbsent(field(violation.getPropertyPath()), violation.getMessage()));
        return errors;
    }

    private static String field(Path path) {
        String last = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return last;
    }
}
