package com.vecton.crm.domain.media;

/** The width and height of an image as its header states them, read without decoding the image. */
public record ImageSize(long width, long height) {
    public ImageSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image is at least 1 × 1");
        }
    }

    public long pixels() {
        return Math.multiplyHigh(width, height) != 0 ? Long.MAX_VALUE : width * height;
    }
}
