package com.vecton.crm.adapter.in.rest.file;

import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload's content, cut off with {@code 413 payload_too_large} at the first byte past its limit,
 * while it streams: the store's staging write fails there and drops what it wrote, so an upload over
 * the limit is never stored whole first and checked after.
 */
public final class UploadLimit extends FilterInputStream {
    private final long max;
    private long count;

    public UploadLimit(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    /** Refuses at once a body whose declared length is over {@code max} plus room for the multipart framing. */
    public static void checkDeclared(String contentLength, long max) {
        if (contentLength == null) {
            return;
        }
        try {
            if (Long.parseLong(contentLength.split(",", 2)[0].strip()) > max + FRAMING) {
                throw RequestRejected.payloadTooLarge(max);
            }
        } catch (NumberFormatException e) {
            throw RequestRejected.payloadTooLarge(max);
        }
    }

    /** What a multipart body may hold besides the file: boundaries, part headers, a few small fields. */
    public static final long FRAMING = 64 * 1024;

    @Override
    public int read() {
        int b;
        try {
            b = super.read();
        } catch (IOException e) {
            throw unreadable();
        }
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (IOException e) {
            throw unreadable();
        }
        if (n > 0) {
            count(n);
        }
        return n;
    }

    /**
     * The client's body broke off (a reset, broken chunks, the read timeout): {@code 400}, never a
     * failure of ours; the store drops what it staged.
     */
    static RequestRejected unreadable() {
        return RequestRejected.malformed("The request body could not be read to its end.");
    }

    private void count(long n) {
        count += n;
        if (count > max) {
            throw RequestRejected.payloadTooLarge(max);
        }
    }
}
