package com.vecton.crm.adapter.in.rest.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route that answers {@code 201 Created} with the new item ({@code ItemRoutes.created}): its
 * method returns a {@code Response}, which says nothing of the body, so this names the record
 * whose {@code ItemOf} it answers. The document adds the {@code Location} and {@code ETag} headers
 * as for every 201.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Created {
    /**
     * A versioned record as the item shows it, such as {@code CompanyJson.class}, whose
     * {@code ItemOf} is the answer; or, for a record without a version (a configuration record),
     * its own item type, such as {@code ShiftJson.ShiftItem.class}.
     */
    Class<?> value();

    /** What the 201 means for this route. */
    String description() default "created";
}
