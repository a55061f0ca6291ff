package com.vecton.crm.adapter.in.rest.input;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;

/**
 * Fills the routes' query-parameter beans ({@code @BeanParam PageParams paging}, {@code
 * ChangeParams}, the task filters) straight from the query string. Jersey's own bean-parameter
 * provider creates each bean through HK2 for every request, resolving every field's injection
 * again (with a reflective converter lookup per field): about 5 % of a contact search's CPU
 * (bench/results-2026-12-01-session7.md). The beans here are plain: public {@code String} fields,
 * each with a {@code @QueryParam}, which get the parameter's first decoded value or {@code null},
 * as Jersey gives them. A bean of any other shape is left to Jersey.
 *
 * <p>The annotations stay on the beans, so the OpenAPI document still describes each parameter
 * from them.
 */
public final class QueryBeans implements ValueParamProvider {
    /** Registers the provider with a Jersey application. */
    public static AbstractBinder binder() {
        return new AbstractBinder() {
            @Override
            protected void configure() {
                bind(new QueryBeans()).to(ValueParamProvider.class);
            }
        };
    }

    @Override
    public Function<ContainerRequest, ?> getValueProvider(Parameter parameter) {
        if (parameter.getSource() != Parameter.Source.BEAN_PARAM) {
            return null;
        }
        return filler(parameter.getRawType())
                .<Function<ContainerRequest, ?>>map(
                        fill -> request -> fill.apply(request.getUriInfo().getQueryParameters()))
                .orElse(null);
    }

    /** Before Jersey's own bean-parameter provider, which has the normal priority. */
    @Override
    public PriorityType getPriority() {
        return Priority.HIGH;
    }

    /**
     * What fills a bean of this class from query parameters, if the class is a plain one: public,
     * with a public no-argument constructor, and nothing but public {@code String} fields, each
     * annotated {@code @QueryParam} and nothing else of JAX-RS.
     */
    static <T> Optional<Function<MultivaluedMap<String, String>, T>> filler(Class<T> type) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        Constructor<T> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
        var fields = new ArrayList<Field>();
        var names = new ArrayList<String>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            QueryParam name = field.getAnnotation(QueryParam.class);
            if (name == null || field.getType() != String.class || !isPlainPublic(field) || hasOtherJaxRs(field)) {
                return Optional.empty();
            }
            fields.add(field);
            names.add(name.value());
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        List<Field> inOrder = List.copyOf(fields);
        List<String> namesInOrder = List.copyOf(names);
        return Optional.of(query -> {
            T bean = newInstance(constructor);
            for (int i = 0; i < inOrder.size(); i++) {
                set(inOrder.get(i), bean, query.getFirst(namesInOrder.get(i)));
            }
            return bean;
        });
    }

    private static boolean isPlainPublic(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isPublic(modifiers) && !Modifier.isFinal(modifiers);
    }

    /** {@code @DefaultValue}, {@code @Encoded} and the like change what Jersey would inject: Jersey's then. */
    private static boolean hasOtherJaxRs(Field field) {
        for (var annotation : field.getAnnotations()) {
            var type = annotation.annotationType();
            if (type != QueryParam.class && type.getPackageName().startsWith("jakarta.ws.rs")) {
                return true;
            }
        }
        return false;
    }

    private static <T> T newInstance(Constructor<T> constructor) {
        try {
            return constructor.newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot create " + constructor.getDeclaringClass().getName(), e);
        }
    }

    private static void set(Field field, Object bean, String value) {
        try {
            field.set(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set " + field, e);
        }
    }
}
