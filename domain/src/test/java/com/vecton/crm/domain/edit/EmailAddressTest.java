package com.vecton.crm.domain.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The email rule, and that its one-pass check accepts exactly what its documented pattern does. */
class EmailAddressTest {
    /** The rule as EmailAddress's documentation states it. */
    private static final Pattern RULE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private static boolean byTheRule(String value) {
        return value != null && value.length() <= 254 && RULE.matcher(value).matches();
    }

    @Test
    void ordinary_addresses_pass() {
        assertTrue(EmailAddress.isValid("anna@example.com"));
        assertTrue(EmailAddress.isValid("käthe.groß+crm@bücher.example.de"));
        assertTrue(EmailAddress.isValid("a@b.c"));
        assertTrue(EmailAddress.isValid("x".repeat(64) + "@example.com"));
    }

    @Test
    void typos_are_refused() {
        for (String typo : new String[] {
            "",
            "anna",
            "anna@",
            "@example.com",
            "anna@example",
            "anna@@example.com",
            "anna@example..com",
            "anna@.example.com",
            "anna@example.com.",
            "an na@example.com",
            "anna@exa\tmple.com",
            "anna@example.com\n",
            "x".repeat(65) + "@example.com",
            "a@" + "b".repeat(250) + ".com"
        }) {
            assertFalse(EmailAddress.isValid(typo), typo);
        }
        assertFalse(EmailAddress.isValid(null));
    }

    @Property(tries = 3000)
    void the_check_is_the_documented_pattern(@ForAll("addressLike") String value) {
        assertEquals(byTheRule(value), EmailAddress.isValid(value), () -> "for \"" + value + "\"");
    }

    /**
     * Strings over few characters, '@', '.' and every kind of space among them, often shaped like
     * an address, so that both outcomes and each limit (64, 254) come up.
     */
    @Provide
    Arbitrary<String> addressLike() {
        var part = Arbitraries.strings()
                .withChars("ab.@ \t\n\u000B\f\r\u00A0é")
                .ofMinLength(0)
                .ofMaxLength(8);
        var label = Arbitraries.strings().withChars("abcé-").ofMinLength(0).ofMaxLength(5);
        var shaped = Combinators.combine(
                        Arbitraries.strings().withChars("ab").ofMinLength(0).ofMaxLength(70), part, label, label, part)
                .as((local, noise, first, second, tail) -> local + noise + "@" + first + "." + second + tail);
        var longOnes = Combinators.combine(
                        Arbitraries.integers().between(60, 70),
                        Arbitraries.integers().between(180, 200))
                .as((local, domain) -> "l".repeat(local) + "@" + "d".repeat(domain) + ".com");
        return Arbitraries.oneOf(part, shaped, longOnes);
    }
}
