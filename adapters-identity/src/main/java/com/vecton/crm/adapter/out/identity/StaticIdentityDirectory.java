package com.vecton.crm.adapter.out.identity;

import com.vecton.crm.application.port.out.IdentityDirectory;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Policy;
import com.vecton.crm.domain.problem.Unauthenticated;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Identity from a JSON file, for local runs and demos (identity.md section 6):
 * {@code {"tokens": {"<token>": {<user>, "policies": [...]}}}}. Reads each entry with the same
 * parser as the HTTP directory, so the gate sees what identity would have sent; any other token
 * is {@code token_invalid}.
 *
 * <p>The file is read once. A malformed file fails at construction with an
 * {@link IllegalArgumentException} naming the problem and the entry (by position, never by its
 * token). Tokens are held by fingerprint only.
 */
public final class StaticIdentityDirectory implements IdentityDirectory {
    private final Map<String, IdentityJson.StaticEntry> byFingerprint;

    private StaticIdentityDirectory(List<IdentityJson.StaticEntry> entries) {
        var map = new HashMap<String, IdentityJson.StaticEntry>();
        for (var entry : entries) {
            map.put(entry.token().fingerprint(), entry);
        }
        this.byFingerprint = Map.copyOf(map);
    }

    /** Reads an identity file ({@code IDENTITY_FILE}); a missing or unreadable file is an {@link IllegalArgumentException} too. */
    public static StaticIdentityDirectory fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, "identity file " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot read identity file " + file + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Reads identity JSON from a stream, e.g. the sample shipped in the jar; the caller closes it. */
    public static StaticIdentityDirectory fromStream(InputStream in) {
        return read(in, "identity JSON");
    }

    private static StaticIdentityDirectory read(InputStream in, String source) {
        try {
            return new StaticIdentityDirectory(IdentityJson.staticFile(IdentityJson.decode(in)));
        } catch (IdentityJson.Unreadable e) {
            throw new IllegalArgumentException("malformed " + source + ": " + e.getMessage(), e);
        }
    }

    /** How many tokens the file knows. */
    public int size() {
        return byFingerprint.size();
    }

    @Override
    public Caller identify(BearerToken token) {
        return entry(token).caller();
    }

    @Override
    public List<Policy> policiesFor(Caller caller, BearerToken token) {
        return entry(token).policies();
    }

    private IdentityJson.StaticEntry entry(BearerToken token) {
        var entry = byFingerprint.get(token.fingerprint());
        if (entry == null) {
            throw new Unauthenticated(Unauthenticated.TOKEN_INVALID, "The identity file does not know this token.");
        }
        return entry;
    }

    @Override
    public String toString() {
        return "StaticIdentityDirectory[" + byFingerprint.size() + " tokens]";
    }
}
