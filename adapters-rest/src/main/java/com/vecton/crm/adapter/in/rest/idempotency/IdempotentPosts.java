package com.vecton.crm.adapter.in.rest.idempotency;

import com.vecton.crm.application.port.in.idempotency.RunOnceUseCase;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Supplier;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.InjectionManagerProvider;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.spi.internal.ResourceMethodInvocationHandlerProvider;

/**
 * {@code Idempotency-Key} on every {@code POST} route, present and future, with no code in the
 * resources: Jersey calls each {@code POST} resource method through an {@link IdempotentCall},
 * which runs it inside {@link RunOnceUseCase} when the request carries the header. The use case's
 * transaction is then around the whole method, so the use case the method calls joins it, and
 * the record and the kept answer commit together. Wrapping the invocation (rather than filtering
 * requests and responses) is what keeps that transaction around the work: a request filter ends
 * before the method runs and a response filter starts after its transaction committed.
 *
 * <p>It runs after the request filters, so after the gate: a {@code 401} or {@code 403} keeps
 * nothing, and the caller the gate identified is the key's scope. Other methods never get the
 * wrapper, so the header on a {@code GET}, {@code PUT}, {@code PATCH} or {@code DELETE} is ignored
 * (those are idempotent by their definition), and a {@code POST} without the header runs as before:
 * no transaction, no body buffering.
 */
public final class IdempotentPosts implements Feature {
    private final RunOnceUseCase runOnce;

    public IdempotentPosts(RunOnceUseCase runOnce) {
        if (runOnce == null) {
            throw new IllegalArgumentException("idempotent POSTs need the run-once use case");
        }
        this.runOnce = runOnce;
    }

    @Override
    public boolean configure(FeatureContext context) {
        InjectionManager injection = InjectionManagerProvider.getInjectionManager(context);
        // The request of the method being invoked: request-scoped, and the invocation runs in its scope.
        Supplier<ContainerRequest> currentRequest = () -> injection.getInstance(ContainerRequest.class);
        var provider = new Provider(runOnce, currentRequest);
        context.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(provider).to(ResourceMethodInvocationHandlerProvider.class);
            }
        });
        return true;
    }

    /** Gives each {@code POST} resource method its wrapper; {@code null} leaves other methods to Jersey's default. */
    private record Provider(RunOnceUseCase runOnce, Supplier<ContainerRequest> currentRequest)
            implements ResourceMethodInvocationHandlerProvider {
        @Override
        public InvocationHandler create(Invocable invocable) {
            Method method = invocable.getDefinitionMethod();
            if (!method.isAnnotationPresent(POST.class)) {
                return null;
            }
            return new IdempotentCall(runOnce, currentRequest, bodyIndex(invocable.getParameters()));
        }

        /**
         * Which argument is the request body, or -1: the parameter without a JAX-RS source
         * annotation. Jersey calls it {@code ENTITY}, or {@code UNKNOWN} when it carries another
         * annotation (swagger's {@code @RequestBody}, on every body of ours).
         */
        private static int bodyIndex(List<Parameter> parameters) {
            for (int i = 0; i < parameters.size(); i++) {
                var source = parameters.get(i).getSource();
                if (source == Parameter.Source.ENTITY || source == Parameter.Source.UNKNOWN) {
                    return i;
                }
            }
            return -1;
        }
    }
}
