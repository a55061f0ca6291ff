package com.vecton.crm.adapter.in.rest.gate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The short permission a route requires (identity.md section 3), declared once on the resource
 * method; the gate, {@code list-permissions} and the OpenAPI {@code x-permission} all read it from here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresPermission {

    /** Such as {@code contacts.view}. */
    String value();
}
