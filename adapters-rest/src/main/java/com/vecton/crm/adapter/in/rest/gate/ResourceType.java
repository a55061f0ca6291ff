package com.vecton.crm.adapter.in.rest.gate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code {type}} of the resource names the gate evaluates for the guarded routes of a class
 * ({@code crm:{type}}, or {@code crm:{type}/{id}} when the route has an {@code {id}}); a method may override it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ResourceType {

    /** Such as {@code contacts}. */
    String value();
}
