package com.vecton.crm.adapter.in.rest.gate;

import com.vecton.crm.domain.access.Permission;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every route of a set of resource classes, read from their annotations alone (no instance, no
 * use case, no database), so that {@code list-permissions} and the gate agree by construction.
 * Building it fails when a resource method declares neither {@link RequiresPermission} nor
 * {@link PublicRoute}: a route nobody thought about must not ship.
 */
public final class RouteRegistry {
    private static final Comparator<Route> ORDER =
            Comparator.comparing(Route::path).thenComparing(Route::method);

    private final List<Route> routes;

    private RouteRegistry(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** @throws IllegalStateException naming the first method whose access is undeclared or contradictory */
    public static RouteRegistry of(Collection<Class<?>> resourceClasses) {
        var routes = new ArrayList<Route>();
        for (Class<?> type : resourceClasses) {
            for (Method method : resourceMethods(type)) {
                routes.add(routeOf(type, method));
            }
        }
        routes.sort(ORDER);
        return new RouteRegistry(routes);
    }

    public List<Route> routes() {
        return routes;
    }

    /** The distinct permissions the routes require, sorted by name. */
    public SortedSet<Permission> permissions() {
        var permissions = new TreeSet<Permission>(Comparator.comparing(Permission::value));
        routes.forEach(route -> route.permission().ifPresent(permissions::add));
        return permissions;
    }

    public Optional<Route> find(String method, String path) {
        return routes.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .findFirst();
    }

    /** The public methods of a class that carry a JAX-RS method designator such as {@code @GET}. */
    static List<Method> resourceMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m ->
                        !Modifier.isStatic(m.getModifiers()) && httpMethodOf(m).isPresent())
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString))
                .toList();
    }

    static Optional<String> httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return Optional.of(designator.value());
            }
        }
        return Optional.empty();
    }

    static Route routeOf(Class<?> type, Method method) {
        String where = type.getSimpleName() + "." + method.getName();
        String path = pathOf(type, method);
        String httpMethod = httpMethodOf(method).orElseThrow();
        RequiresPermission requires = method.getAnnotation(RequiresPermission.class);
        boolean isPublic = method.isAnnotationPresent(PublicRoute.class) || type.isAnnotationPresent(PublicRoute.class);
        if (requires == null && !isPublic) {
            throw new IllegalStateException(where + " declares neither @RequiresPermission nor @PublicRoute");
        }
        if (requires != null && isPublic) {
            throw new IllegalStateException(where + " is both @PublicRoute and @RequiresPermission");
        }
        if (isPublic) {
            return new Route(httpMethod, path, Optional.empty(), Optional.empty());
        }
        ResourceType resourceType = Optional.ofNullable(method.getAnnotation(ResourceType.class))
                .orElse(type.getAnnotation(ResourceType.class));
        if (resourceType == null) {
            throw new IllegalStateException(where + " requires a permission but has no @ResourceType");
        }
        try {
            return new Route(
                    httpMethod,
                    path,
                    Optional.of(new Permission(requires.value())),
                    Optional.of(com.vecton.crm.domain.access.ResourceName.collection(resourceType.value())
                            .type()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    /** The full template, normalised to one leading slash and none trailing: {@code /api/contacts/{id}}. */
    static String pathOf(Class<?> type, Method method) {
        Path classPath = type.getAnnotation(Path.class);
        if (classPath == null) {
            throw new IllegalStateException(type.getSimpleName() + " is not a root resource (no @Path)");
        }
        Path methodPath = method.getAnnotation(Path.class);
        String joined = "/" + classPath.value() + (methodPath == null ? "" : "/" + methodPath.value());
        String normalised = joined.replaceAll("/{2,}", "/");
        return normalised.length() > 1 && normalised.endsWith("/")
                ? normalised.substring(0, normalised.length() - 1)
                : normalised;
    }
}
