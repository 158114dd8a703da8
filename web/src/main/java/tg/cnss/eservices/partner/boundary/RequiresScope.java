package tg.cnss.eservices.partner.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tg.cnss.eservices.partner.entity.PartnerScope;

/** A partner API resource that needs a partner token with this scope ({@link PartnerCallFilter}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresScope {
    PartnerScope value();
}
