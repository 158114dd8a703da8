package tg.cnss.eservices.platform.boundary;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a boundary service: its Bean Validation refusals (constraints on form records and parameters,
 * messages in {@code ValidationMessages.properties}) reach the pages as an
 * {@link InvalidFormException}, field by field, like every other refusal of a form.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FormValidation {}
