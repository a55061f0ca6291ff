package com.vecton.crm.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Comparator;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads back which top-level classes a rule's report blames, so a test can compare them with the
 * planted set: ArchUnit names the origin of each violation first, inside the first {@code <...>} of a
 * line ({@code Field <a.B.f> has type <x.Y>}, {@code Class <a.B> ...}, {@code Method <a.B.m()> ...}).
 */
final class Offenders {

    private Offenders() {}

    static SortedSet<String> blamedBy(EvaluationResult result, JavaClasses imported) {
        SortedSet<String> blamed = new TreeSet<>();
        for (String detail : result.getFailureReport().getDetails()) {
            for (String line : detail.split("\\R")) {
                int start = line.indexOf('<');
                if (start < 0) {
                    continue; // a slice header: "Slice adapter 'rest' depends on Slice adapter 'persistence':"
                }
                String origin = line.substring(start + 1);
                String blamedClass = classNamed(origin, imported)
                        .orElseThrow(() -> new AssertionError("no imported class is the origin of: " + line));
                blamed.add(topLevel(blamedClass));
            }
        }
        return blamed;
    }

    /** The longest imported class name that the origin starts with, followed by a member, a nested class or the end. */
    private static Optional<String> classNamed(String origin, JavaClasses imported) {
        return imported.stream()
                .map(JavaClass::getName)
                .filter(name -> origin.startsWith(name)
                        && (origin.length() == name.length() || ".$>(".indexOf(origin.charAt(name.length())) >= 0))
                .max(Comparator.comparingInt(String::length));
    }

    private static String topLevel(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }
}
