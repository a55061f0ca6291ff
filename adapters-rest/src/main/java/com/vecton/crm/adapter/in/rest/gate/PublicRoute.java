package com.vecton.crm.adapter.in.rest.gate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route (or every route of a class) that needs no token, such as health and the API
 * description. Being explicit makes a forgotten {@link RequiresPermission} a start-up failure,
 * not a silently open route.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicRoute {}
