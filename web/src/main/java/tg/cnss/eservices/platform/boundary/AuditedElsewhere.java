package tg.cnss.eservices.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource the call filter does not audit: it records its calls itself (token requests,
 * payment notifications — with what only it knows), or it is the public documentation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AuditedElsewhere {}
