package com.vecton.crm.adapter.in.rest.idempotency;

import com.fasterxml.jackson.core.JacksonException;
import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.json.Json;
import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import com.vecton.crm.application.port.in.idempotency.RunOnceUseCase;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.idempotency.IdempotencyKey;
import com.vecton.crm.domain.idempotency.IdempotencyScope;
import com.vecton.crm.domain.idempotency.IdempotentRequest;
import com.vecton.crm.domain.idempotency.RequestFingerprint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * One {@code POST} resource method, called through {@link RunOnceUseCase} when the request has an
 * {@code Idempotency-Key}. The body is read once, up front (within the body limit, before any
 * transaction), fingerprinted, and handed to the method as a fresh stream on each run: the use
 * case's transaction is re-run after a deadlock, and with it the method.
 *
 * <p>Jersey maps what a resource method throws only when the invocation handler throws it
 * wrapped in an {@link InvocationTargetException}, as {@link Method#invoke} does; anything else
 * becomes a 500. So every failure leaves this class wrapped so, its own refusals included.
 */
final class IdempotentCall implements InvocationHandler {
    private final RunOnceUseCase runOnce;
    private final Supplier<ContainerRequest> currentRequest;
    private final int bodyIndex;

    IdempotentCall(RunOnceUseCase runOnce, Supplier<ContainerRequest> currentRequest, int bodyIndex) {
        this.runOnce = runOnce;
        this.currentRequest = currentRequest;
        this.bodyIndex = bodyIndex;
    }

    @Override
    public Object invoke(Object resource, Method method, Object[] args) throws Throwable {
        ContainerRequest request = currentRequest.get();
        // A public route has no caller to scope a key to; none is a POST today.
        Optional<Caller> caller = Callers.find(request);
        Optional<IdempotencyKey> key;
        try {
            key = caller.isEmpty()
                    ? Optional.empty()
                    : IdempotencyKeyHeader.read(request.getRequestHeaders().get(IdempotencyKeyHeader.NAME));
        } catch (RuntimeException malformed) {
            throw new InvocationTargetException(malformed);
        }
        if (key.isEmpty()) {
            return method.invoke(resource, args);
        }
        try {
            return once(request, IdempotencyScope.of(caller.get()), key.get(), resource, method, args);
        } catch (Rethrown checked) {
            throw new InvocationTargetException(checked.getCause());
        } catch (RuntimeException | Error failure) {
            throw new InvocationTargetException(failure);
        }
    }

    private Object once(
            ContainerRequest request,
            IdempotencyScope scope,
            IdempotencyKey key,
            Object resource,
            Method method,
            Object[] args) {
        byte[] body = bodyIndex < 0 ? new byte[0] : bytesOf(args[bodyIndex]);
        var fingerprint = new RequestFingerprint(request.getMethod(), target(request), CanonicalJson.sha256(body));
        var result = new AtomicReference<>();
        var outcome = runOnce.run(new IdempotentRequest(scope, key, fingerprint), () -> {
            result.set(call(resource, method, withBody(args, body)));
            return Answers.record(result.get());
        });
        if (outcome.replayed() || outcome.response().isSuccess()) {
            return Answers.send(outcome.response(), outcome.replayed());
        }
        // Neither kept nor replayed (a method that answers an error without throwing): as it answered.
        return result.get();
    }

    /** The arguments with a fresh copy of the body where the method reads a stream. */
    private Object[] withBody(Object[] args, byte[] body) {
        if (bodyIndex < 0 || !(args[bodyIndex] instanceof InputStream)) {
            return args;
        }
        Object[] copy = args.clone();
        copy[bodyIndex] = new ByteArrayInputStream(body);
        return copy;
    }

    /** The body as sent; an entity Jersey already read into an object is fingerprinted as its JSON. */
    private static byte[] bytesOf(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof InputStream stream) {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException unreadable) {
                throw RequestRejected.malformed("The request body could not be read.");
            }
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Json.mapper().writeValueAsBytes(entity);
        } catch (JacksonException e) {
            throw new IllegalStateException("a request entity could not be written as JSON", e);
        }
    }

    /** Path and query as sent: a POST to another path, or with another query, is another request. */
    private static String target(ContainerRequest request) {
        URI uri = request.getRequestUri();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static Object call(Object resource, Method method, Object[] args) {
        try {
            return method.invoke(resource, args);
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new Rethrown(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("a resource method could not be called", e);
        }
    }

    /** A checked exception of the resource method, carried through the transaction and unwrapped after. */
    private static final class Rethrown extends RuntimeException {
        Rethrown(Throwable cause) {
            super(cause);
        }
    }
}
