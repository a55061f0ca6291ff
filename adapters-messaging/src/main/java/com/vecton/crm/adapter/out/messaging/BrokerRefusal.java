package com.vecton.crm.adapter.out.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AuthenticationFailureException;
import com.rabbitmq.client.ShutdownSignalException;
import java.util.Optional;

/**
 * The broker's definitive "no" to the settings of {@code AMQP_URL}: the vhost does not exist, the
 * user may not use it, or the user name or password is wrong. Retrying cannot help until an
 * operator acts, unlike a broker that is down or unreachable, so it is reported as such: one ERROR
 * line and a reason on readiness, instead of a WARN per attempt that looks like a passing outage.
 *
 * <p>Why it exists: {@code amqp://guest:guest@rabbit:5672/} (a trailing slash) names the empty
 * vhost {@code ''}, not the default {@code '/'}; the broker refused it for ever while readiness said
 * "degraded" as for any outage, and nothing was consumed.
 *
 * @param cause what the broker refused, in our words (names the vhost, never a host, user or password)
 * @param fix   what the operator can do about it
 */
public record BrokerRefusal(String cause, String fix) {

    public BrokerRefusal {
        if (cause == null || cause.isBlank() || fix == null || fix.isBlank()) {
            throw new IllegalArgumentException("a refusal says what was refused and how to fix it");
        }
    }

    /** One line for {@code /health/ready}: public, so it holds only our own words and the vhost's name. */
    public String reason() {
        return "refused: " + cause + " (" + fix + ")";
    }

    /**
     * The refusal in a failed connection attempt, or empty when the failure may pass by itself (the
     * broker is down, unreachable, slow, or closed the socket without saying why).
     *
     * @param virtualHost the vhost the connection asked for, as the URL named it
     */
    public static Optional<BrokerRefusal> in(Throwable failure, String virtualHost) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationFailureException) {
                return Optional.of(credentials());
            }
            if (t instanceof ShutdownSignalException signal
                    && signal.isHardError()
                    && signal.getReason() instanceof AMQP.Connection.Close close) {
                if (close.getReplyCode() == AMQP.ACCESS_REFUSED) {
                    return Optional.of(credentials());
                }
                if (close.getReplyCode() == AMQP.NOT_ALLOWED) {
                    // RabbitMQ answers connection.open with 530 both for an unknown vhost and for one
                    // the user has no permissions on; only the text tells them apart.
                    String text = close.getReplyText() == null ? "" : close.getReplyText();
                    return Optional.of(text.contains("not found") ? unknownVhost(virtualHost) : noAccess(virtualHost));
                }
            }
        }
        return Optional.empty();
    }

    private static BrokerRefusal unknownVhost(String virtualHost) {
        if (virtualHost.isEmpty()) {
            return new BrokerRefusal(
                    "vhost '' not found",
                    "AMQP_URL ends in '/', which names the empty vhost: omit the slash for the default vhost, or write %2F for '/'");
        }
        return new BrokerRefusal(
                "vhost '" + virtualHost + "' not found",
                "create it on the broker, or correct the vhost at the end of AMQP_URL (the default '/' is written %2F or left out)");
    }

    private static BrokerRefusal noAccess(String virtualHost) {
        return new BrokerRefusal(
                "the user of AMQP_URL may not use vhost '" + virtualHost + "'",
                "grant it on the broker (rabbitmqctl set_permissions -p '" + virtualHost
                        + "' <user> '.*' '.*' '.*'), or correct the user or vhost in AMQP_URL");
    }

    private static BrokerRefusal credentials() {
        return new BrokerRefusal(
                "the broker refused the user name or password of AMQP_URL",
                "correct them in AMQP_URL, percent-encoding any ':', '@', '/' or '%' in them");
    }
}
