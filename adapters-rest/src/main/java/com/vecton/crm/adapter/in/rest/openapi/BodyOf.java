package com.vecton.crm.adapter.in.rest.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shape of the JSON body a route reads from its {@code InputStream} (through {@code JsonBody}):
 * {@code @BodyOf(CompanyInput.class) InputStream body}. The document writes it as the route's
 * required request body, under each media type the route consumes, so that every route states its
 * body in one line and all of them in the same words.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface BodyOf {
    /** The record that documents the body, such as {@code CompanyInput.class}. */
    Class<?> value();
}
