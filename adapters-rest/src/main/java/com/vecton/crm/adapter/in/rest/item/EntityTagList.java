package com.vecton.crm.adapter.in.rest.item;

import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import com.vecton.crm.domain.access.Precondition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value of an {@code If-Match} or {@code If-None-Match} header as RFC 9110 section 13.1 writes
 * it: {@code *}, or a comma-separated list of entity-tags ({@code "7"}, {@code W/"7"}), read
 * strictly so that a header we would misread is refused rather than guessed at. Empty list
 * elements are allowed (section 5.6.1), a list with no tag at all is not. Our tags are
 * {@link ItemTags the record's version}; a well-formed tag of another form simply matches nothing.
 *
 * @param any  whether the value is {@code *}
 * @param tags the tags listed, in order, when it is not
 */
public record EntityTagList(boolean any, List<Tag> tags) {
    /** {@code [W/]"opaque"}, the opaque part of visible ASCII but {@code "}, or obs-text. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"");

    private static final Pattern CANONICAL_VERSION = Pattern.compile("[1-9][0-9]{0,18}");

    public EntityTagList {
        tags = List.copyOf(tags);
        if (any != tags.isEmpty()) {
            throw new IllegalArgumentException("a tag list is * or names at least one tag");
        }
    }

    /** One entity-tag. */
    public record Tag(boolean weak, String opaque) {}

    /**
     * The header's value read, or empty when it is not one (a tag without quotes, {@code W/} in
     * lower case, {@code *} among tags, nothing but commas).
     */
    public static Optional<EntityTagList> parse(String value) {
        String trimmed = value.strip();
        if (trimmed.equals("*")) {
            return Optional.of(new EntityTagList(true, List.of()));
        }
        var tags = new ArrayList<Tag>();
        // A comma is no etagc, so splitting on it never cuts a tag in two.
        for (String element : trimmed.split(",", -1)) {
            String tag = element.strip();
            if (tag.isEmpty()) {
                continue;
            }
            var match = ENTITY_TAG.matcher(tag);
            if (!match.matches()) {
                return Optional.empty();
            }
            tags.add(new Tag(match.group(1) != null, match.group(2)));
        }
        return tags.isEmpty() ? Optional.empty() : Optional.of(new EntityTagList(false, tags));
    }

    /**
     * The condition of an {@code If-Match} header (absent: none), compared strongly as RFC 9110
     * section 13.1.1 requires: a weak tag never matches, nor does a tag that is no version of ours.
     *
     * @throws RequestRejected {@code 400 malformed_request} when the header is not RFC 9110's syntax
     */
    public static Precondition ifMatch(String header) {
        if (header == null) {
            return Precondition.NONE;
        }
        var list = parse(header)
                .orElseThrow(() -> RequestRejected.malformed(
                        "If-Match must be * or a comma-separated list of entity tags such as \"7\"."));
        if (list.any()) {
            return Precondition.EXISTS;
        }
        var versions = new LinkedHashSet<Long>();
        for (Tag tag : list.tags()) {
            if (!tag.weak()) {
                version(tag).ifPresent(versions::add);
            }
        }
        return Precondition.versionIn(versions);
    }

    /**
     * Whether an {@code If-None-Match} list names the record at {@code version}, compared weakly
     * (RFC 9110 section 13.1.2: {@code W/"7"} matches {@code "7"}); {@code *} names any record.
     */
    public boolean namesWeakly(long version) {
        return any || tags.stream().anyMatch(tag -> version(tag).orElse(0L) == version);
    }

    /** The version a tag names: its opaque part in the canonical decimal form {@link ItemTags} writes. */
    private static Optional<Long> version(Tag tag) {
        if (!CANONICAL_VERSION.matcher(tag.opaque()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(tag.opaque()));
        } catch (NumberFormatException beyondLong) {
            // Nineteen digits above Long.MAX_VALUE: a well-formed tag, but no version of ours.
            return Optional.empty();
        }
    }
}
