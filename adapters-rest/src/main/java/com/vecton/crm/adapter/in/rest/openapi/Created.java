package com.vecton.crm.adapter.in.rest.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route that answers {@code 201 Created} with the new item ({@code ItemRoutes.created}): its
 * method returns a {@code Response}, which says nothing of the body, so this names the item's
 * shape. The document adds the {@code Location} and {@code ETag} headers as for every 201.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Created {
    /** The item's JSON, such as {@code CompanyJson.Item.class}. */
    Class<?> value();
}
