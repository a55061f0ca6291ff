package com.vecton.crm.adapter.in.rest.http;

import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import java.util.regex.Pattern;

/**
 * The request target and {@code Host} as RFC 9112 and RFC 3986 allow them, checked before Jersey
 * builds a {@link java.net.URI} from them: Jersey's own parse fails on a malformed escape
 * ({@code %zz}, a lone {@code %}), a raw {@code {}}, {@code []}, backslash, space or control byte,
 * or an empty {@code Host}, and the failure escaped as Grizzly's HTML 500 page with a stack trace.
 * Here they are {@code 400 malformed_request}, and a target over {@link HttpLimits#MAX_TARGET_CHARS}
 * is {@code 414 uri_too_long}. A well-formed escape of anything ({@code %00} included) passes:
 * what a decoded parameter may contain is the input readers' business, which name the field.
 */
final class RequestTarget {
    /**
     * A host name (letters, digits, dots and hyphens: what {@link java.net.URI} takes as a
     * hostname, which Jersey builds the base URI from), or a bracketed IPv6 literal. RFC 3986's
     * reg-name also allows sub-delimiters and {@code _}, which Java's URI refuses: such a host
     * reached Jersey and failed there as a 500.
     */
    private static final String NAME = "(\\[[0-9A-Fa-f:.]{2,45}]|[A-Za-z0-9.-]{1,253})";

    /** A host with an optional port (RFC 9110 section 7.2). */
    private static final Pattern HOST = Pattern.compile(NAME + "(:[0-9]{0,5})?");

    private static final Pattern SERVER_NAME = Pattern.compile(NAME);

    private RequestTarget() {}

    /**
     * @param path  the raw, undecoded path
     * @param query the raw query without {@code ?}, or {@code null}
     * @throws RequestRejected when either is not RFC 3986, or together they are too long
     */
    static void check(String path, String query) {
        int length = (path == null ? 0 : path.length()) + (query == null ? 0 : query.length() + 1);
        if (length > HttpLimits.MAX_TARGET_CHARS) {
            throw RequestRejected.uriTooLong(HttpLimits.MAX_TARGET_CHARS);
        }
        if (path == null || !path.startsWith("/") || !wellFormed(path, false)) {
            throw RequestRejected.malformed("The request path is not a valid URI path; characters such as "
                    + "spaces, braces, brackets, backslashes and % must be percent-encoded (%25 for %).");
        }
        if (query != null && !wellFormed(query, true)) {
            throw RequestRejected.malformed("The query string is not valid; characters such as spaces, braces, "
                    + "brackets, backslashes and % must be percent-encoded (%25 for %).");
        }
    }

    /**
     * @param hosts every {@code Host} field of the request (HTTP/1.0 may send none)
     * @throws RequestRejected unless there is at most one and it is a host with an optional port
     */
    static void checkHost(Iterable<String> hosts) {
        int count = 0;
        for (String host : hosts) {
            count++;
            if (count > 1 || host == null || !HOST.matcher(host.strip()).matches()) {
                throw RequestRejected.malformed("The Host header must be present once and name a host.");
            }
        }
    }

    /**
     * @param name the host the request names: the {@code Host} field's, or an absolute-form
     *             target's ({@code GET http://host/path}), which Grizzly takes over the field
     * @throws RequestRejected unless it is a host name or IPv6 literal ({@code null}: none named)
     */
    static void checkServerName(String name) {
        if (name != null && !name.isEmpty() && !SERVER_NAME.matcher(name).matches()) {
            throw RequestRejected.malformed("The request target must name a host.");
        }
    }

    /**
     * pchar / "/" (and "?" in a query), with every {@code %} starting a two-digit hex escape. A
     * query may also hold raw {@code [} and {@code ]}: axios, which the SPA uses, sends
     * {@code filter[status]=} unescaped, and Java's URI accepts them there.
     */
    private static boolean wellFormed(String text, boolean query) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!isPathChar(c) && !(query && (c == '?' || c == '[' || c == ']'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPathChar(char c) {
        return c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9'
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
