package com.vecton.crm.application.port.in.file;

import java.io.InputStream;

/** Stored content a download streams: opened only when the answer is written, whole or in part. */
@FunctionalInterface
public interface StoredContent {

    /** The content from {@code offset}, at most {@code length} bytes ({@code -1}: to the end); the caller closes it. */
    InputStream open(long offset, long length);
}
