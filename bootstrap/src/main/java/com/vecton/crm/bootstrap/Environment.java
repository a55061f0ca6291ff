package com.vecton.crm.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Typed, validated reads of environment variables; every failure names the variable. */
final class Environment {
    private final Map<String, String> values;

    Environment(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    Optional<String> optional(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> new ConfigException(name, "is required"));
    }

    String text(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    int integer(String name, int fallback, int min, int max) {
        return optional(name)
                .map(raw -> {
                    try {
                        int value = Integer.parseInt(raw);
                        if (value < min || value > max) {
                            throw new ConfigException(name, "must be between " + min + " and " + max + ", was " + raw);
                        }
                        return value;
                    } catch (NumberFormatException e) {
                        throw new ConfigException(name, "must be a whole number, was '" + raw + "'");
                    }
                })
                .orElse(fallback);
    }

    boolean bool(String name, boolean fallback) {
        return optional(name)
                .map(raw -> switch (raw.toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "1", "yes" -> true;
                    case "false", "0", "no" -> false;
                    default -> throw new ConfigException(name, "must be true or false, was '" + raw + "'");
                })
                .orElse(fallback);
    }

    Duration millis(String name, Duration fallback) {
        return millis(name, fallback, Duration.ofMillis(1), Duration.ofMinutes(10));
    }

    Duration millis(String name, Duration fallback, Duration min, Duration max) {
        return optional(name)
                .map(raw -> Duration.ofMillis(
                        integer(name, 0, Math.toIntExact(min.toMillis()), Math.toIntExact(max.toMillis()))))
                .orElse(fallback);
    }

    Instant instant(String name, Instant fallback) {
        return optional(name)
                .map(raw -> {
                    try {
                        return Instant.parse(raw);
                    } catch (DateTimeParseException e) {
                        throw new ConfigException(
                                name, "must be an ISO-8601 instant such as 2026-06-15T00:00:00Z, was '" + raw + "'");
                    }
                })
                .orElse(fallback);
    }

    Optional<URI> httpUrl(String name) {
        return optional(name).map(raw -> {
            try {
                URI uri = new URI(raw);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new ConfigException(name, "must be an http(s) URL, was '" + raw + "'");
                }
                return uri;
            } catch (java.net.URISyntaxException e) {
                throw new ConfigException(name, "must be an http(s) URL, was '" + raw + "'");
            }
        });
    }

    Optional<URI> amqpUrl(String name) {
        return optional(name).map(raw -> {
            try {
                URI uri = new URI(raw);
                if (!("amqp".equals(uri.getScheme()) || "amqps".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new ConfigException(name, "must be an amqp:// or amqps:// URL");
                }
                return uri;
            } catch (java.net.URISyntaxException e) {
                throw new ConfigException(name, "must be an amqp:// or amqps:// URL");
            }
        });
    }

    String jdbcUrl(String name, String fallback) {
        String url = text(name, fallback);
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new ConfigException(name, "must be a jdbc:postgresql:// URL");
        }
        return url;
    }

    Path path(String name, String fallback) {
        try {
            return Path.of(text(name, fallback));
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigException(name, "is not a valid path");
        }
    }
}
