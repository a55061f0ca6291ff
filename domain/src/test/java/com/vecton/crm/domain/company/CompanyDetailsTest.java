package com.vecton.crm.domain.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompanyDetailsTest {

    private static CompanyDetails company(String name, String domain, String email, String website) {
        return new CompanyDetails(name, domain, null, email, website, null, null, null, null, null);
    }

    @Test
    void a_company_needs_a_name_of_at_most_200_characters() {
        assertEquals(
                Set.of("name"),
                assertThrows(ValidationFailed.class, () -> company(" ", null, null, null))
                        .errors()
                        .keySet());
        assertEquals(
                Set.of("name"),
                assertThrows(ValidationFailed.class, () -> company("x".repeat(201), null, null, null))
                        .errors()
                        .keySet());
        assertEquals(200, company("x".repeat(200), null, null, null).name().length());
    }

    @Test
    void domain_email_and_website_are_checked_together() {
        var failure =
                assertThrows(ValidationFailed.class, () -> company("Tiszai Kft.", "not a domain", "nope", "ftp://x"));
        assertEquals(Set.of("domain", "email", "website"), failure.errors().keySet());
    }

    @Test
    void domains_are_stored_lower_case() {
        assertEquals(
                "tiszai.hu", company("Tiszai Kft.", "Tiszai.HU", null, null).domain());
    }

    @Test
    void valid_details_pass() {
        var details = company("Bayerische Mühle GmbH", "muehle.de", "info@muehle.de", "https://www.muehle.de/kontakt");
        assertEquals("Bayerische Mühle GmbH", details.name());
    }
}
