package com.vecton.crm.archfixture.domain.contact;

import java.time.Instant;
import java.util.List;

public record WellBehavedContact(
        WellBehavedContactId id, String name, List<String> tags, Instant createdAt, int[] scores) {

    public WellBehavedContact {
        tags = List.copyOf(tags);
        scores = scores.clone();
    }
}
