package com.vecton.crm.domain.access;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which items {@code crm:{type}/{id}} of a list a policy's resource patterns reach, the rule that
 * lets a list obey policies scoped to items (identity.md section 3): every item ({@code *},
 * {@code *}/{@code *}, {@code crm:contacts/*}), the items of some literal ids ({@code crm:contacts/5},
 * {@code *}/{@code 5}), or none ({@code crm:contacts}, {@code crm:tasks/5}, {@code crm:*}).
 *
 * <p>There is no fourth kind, "some items, but no set of ids": a pattern segment other than
 * {@code *} matches itself only, case-sensitively, with no partial glob and no {@code ?}
 * ({@link SegmentPattern}). So an id that a pattern matches without a star is one of the pattern's
 * own segments, spelled exactly: {@code crm:contacts/1*} reaches the item whose id is the text
 * {@code 1*}, which no record has, and not contacts 1 or 15; {@code crm:contacts/05} is not
 * contact 5. A list then shows exactly what the per-item check allows: an allow so scoped shows
 * those ids, a deny so scoped hides them.
 */
public sealed interface ItemReach {
    /** Every item of the type. */
    ItemReach EVERY = new Every();
    /** No item of the type. */
    ItemReach NONE = new Ids(Set.of());

    /**
     * What any of these patterns reaches among the items of {@code type}: decided with the very
     * matcher the per-item check runs, on a made-up id that no pattern segment can equal (it is
     * longer than the whole pattern; matched, a star took it, so a star takes every id) and on
     * each of the pattern's own segments (the only ids it can match without a star).
     */
    static ItemReach of(List<ResourcePattern> patterns, String type) {
        var ids = new TreeSet<String>();
        for (ResourcePattern pattern : patterns) {
            String unlike = "x".repeat(pattern.value().length() + 1);
            if (pattern.matches(ResourceName.item(type, unlike))) {
                return EVERY;
            }
            for (String segment : pattern.value().split("/", -1)) {
                if (!segment.isEmpty() && pattern.matches(ResourceName.item(type, segment))) {
                    ids.add(segment);
                }
            }
        }
        return new Ids(ids);
    }

    /** Whether the item of this id is reached. */
    boolean reaches(String id);

    /** Every item: what a policy on {@code *} or {@code crm:{type}/*} covers. */
    record Every() implements ItemReach {
        @Override
        public boolean reaches(String id) {
            return true;
        }
    }

    /** The items of these ids, exactly as spelled (none when empty). */
    record Ids(Set<String> ids) implements ItemReach {
        public Ids {
            ids = Collections.unmodifiableSortedSet(new TreeSet<>(ids));
        }

        @Override
        public boolean reaches(String id) {
            return ids.contains(id);
        }
    }
}
