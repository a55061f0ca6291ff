package com.vecton.crm.domain.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.problem.RuleViolated;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaKindTest {

    @Test
    void only_the_six_kinds_are_allowed_and_a_refusal_names_the_detected_type() {
        assertEquals(MediaKind.PNG, MediaKind.require("image/png"));
        assertEquals(MediaKind.PDF, MediaKind.require("application/pdf"));
        var refused = assertThrows(RuleViolated.class, () -> MediaKind.require("image/svg+xml"));
        assertEquals(MediaKind.NOT_ALLOWED, refused.code());
        assertTrue(refused.detail().contains("image/svg+xml"), refused.detail());
        assertThrows(RuleViolated.class, () -> MediaKind.require("text/html"));
        assertThrows(RuleViolated.class, () -> MediaKind.require(null));
    }

    @Test
    void an_image_over_the_pixel_limit_is_refused_and_one_at_it_is_not() {
        MediaKind.PNG.requireWithin(Optional.of(new ImageSize(5_000, 10_000)), 50_000_000);
        var refused = assertThrows(
                RuleViolated.class,
                () -> MediaKind.PNG.requireWithin(Optional.of(new ImageSize(5_000, 10_001)), 50_000_000));
        assertEquals(MediaKind.TOO_MANY_PIXELS, refused.code());
    }

    @Test
    void an_image_without_a_size_is_unreadable_but_a_pdf_needs_none() {
        var refused = assertThrows(RuleViolated.class, () -> MediaKind.JPEG.requireWithin(Optional.empty(), 10));
        assertEquals(MediaKind.UNREADABLE_IMAGE, refused.code());
        MediaKind.PDF.requireWithin(Optional.empty(), 10);
    }

    @Test
    void pixels_do_not_overflow() {
        assertEquals(Long.MAX_VALUE, new ImageSize(Long.MAX_VALUE, 3).pixels());
    }
}
