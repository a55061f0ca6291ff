package com.vecton.crm.adapter.out.messaging;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closing channels on paths that are already handling a failure, where a second failure has nothing
 * left to say. A channel the broker closed must still be closed (aborted) here, and promptly: until
 * then the library keeps it for recovery (with its consumers), and it forgets channels by channel
 * number, so closing it late, after a new channel reused the number, would forget the new one.
 */
public final class Channels {
    private static final Logger log = LoggerFactory.getLogger(Channels.class);

    private Channels() {}

    /**
     * Closes the channel cleanly when it is open (the broker requeues its unacked messages);
     * aborts it otherwise, which also stops the library from recovering it. {@code null} is ignored.
     */
    public static void close(Channel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            abort(channel);
        }
    }

    /** Closes the channel without waiting for the broker and without throwing. {@code null} is ignored. */
    public static void abort(Channel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.abort();
        } catch (IOException | RuntimeException e) {
            log.debug("aborting a channel failed", e);
        }
    }
}
