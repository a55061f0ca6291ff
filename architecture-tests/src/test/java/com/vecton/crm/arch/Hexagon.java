package com.vecton.crm.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The package layout of one hexagon, named by its root package, that the rules are written against.
 *
 * <p>An adapter is {@code <root>.adapter.<direction>.<technology>..}, and is identified by its
 * technology alone: {@code adapter.in.messaging} and {@code adapter.out.messaging} are the two halves
 * of one adapter (the adapters-messaging module: consumer and publisher share one connection), while
 * {@code adapter.in.rest} and {@code adapter.out.persistence} are two.
 */
record Hexagon(String root) {

    private static final Pattern PACKAGE_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    /** Declared after the pattern: the constructor needs it during class initialisation. */
    static final Hexagon CRM = new Hexagon("com.vecton.crm");

    Hexagon {
        Objects.requireNonNull(root, "root");
        if (!PACKAGE_NAME.matcher(root).matches()) {
            throw new IllegalArgumentException("not a package name: '" + root + "'");
        }
    }

    String everything() {
        return root + "..";
    }

    String domain() {
        return root + ".domain..";
    }

    String application() {
        return root + ".application..";
    }

    /** The application's in-ports: what a driving adapter may call. */
    String inPorts() {
        return root + ".application.port.in..";
    }

    /** Driving adapters, which call the application (HTTP, messages in). */
    String drivingAdapters() {
        return root + ".adapter.in..";
    }

    String adapters() {
        return root + ".adapter..";
    }

    /** Packages an adapter class may live in: below a direction and a technology, never directly in adapter.in. */
    String anyAdapter() {
        return root + ".adapter.*.*..";
    }

    String bootstrap() {
        return root + ".bootstrap..";
    }

    /** The technology of the adapter a class belongs to ({@code rest}, {@code persistence}, ...), if any. */
    Optional<String> adapterOf(JavaClass javaClass) {
        String packageName = javaClass.getBaseComponentType().getPackageName();
        String prefix = root + ".adapter.";
        if (!packageName.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] directionAndBelow = packageName.substring(prefix.length()).split("\\.");
        return directionAndBelow.length < 2 ? Optional.empty() : Optional.of(directionAndBelow[1]);
    }
}
