package com.vecton.crm.adapter.in.rest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vecton.crm.adapter.in.rest.RestApi;
import com.vecton.crm.adapter.in.rest.RestServer;
import com.vecton.crm.adapter.in.rest.RestUseCases;
import com.vecton.crm.adapter.in.rest.company.CompanyUseCases;
import com.vecton.crm.adapter.in.rest.contact.ContactUseCases;
import com.vecton.crm.adapter.in.rest.health.HealthCheck;
import com.vecton.crm.adapter.in.rest.label.TaskLabelUseCases;
import com.vecton.crm.domain.audit.ActivityQuery;
import com.vecton.crm.domain.listing.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real API on a real Grizzly server on an ephemeral port, in front of in-memory use cases,
 * with a small HTTP client. One per test class: starting it is the slow part.
 */
public final class TestApi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public final FakeAccess access = new FakeAccess();
    public final FakeContacts contacts = new FakeContacts();
    public final FakeCompanies companies = new FakeCompanies();
    /** The last query the activity list was asked, which answers with an empty page. */
    public final AtomicReference<ActivityQuery> activityQuery = new AtomicReference<>();

    public final AtomicReference<HealthCheck.Readiness> readiness =
            new AtomicReference<>(HealthCheck.Readiness.of("database", true));
    public final RestApi api;
    public final RestServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public TestApi() {
        var labels = new TaskLabelUseCases(
                (actor, details) -> {
                    throw new UnsupportedOperationException("task labels are tested end to end");
                },
                (who, id, edit) -> {
                    throw new UnsupportedOperationException("task labels are tested end to end");
                },
                (who, id) -> {
                    throw new UnsupportedOperationException("task labels are tested end to end");
                },
                (who, id) -> {
                    throw new UnsupportedOperationException("task labels are tested end to end");
                },
                (who, query, page) -> {
                    throw new UnsupportedOperationException("task labels are tested end to end");
                },
                (who, request) -> {
                    throw new UnsupportedOperationException("task labels are tested end to end");
                });
        var useCases = new RestUseCases(
                access,
                access,
                new ContactUseCases(
                        contacts, contacts, contacts, contacts, contacts, contacts, contacts, (who, request) -> {
                            throw new UnsupportedOperationException("the changes feed is tested end to end");
                        }),
                new CompanyUseCases(
                        companies, companies, companies, companies, companies, companies, (who, request) -> {
                            throw new UnsupportedOperationException("the changes feed is tested end to end");
                        }),
                labels,
                (query, page) -> {
                    activityQuery.set(query);
                    return new Page<>(List.of(), page, 0);
                },
                UntestedProjects.useCases(),
                UntestedTasks.useCases(),
                UntestedTimeEntries.useCases(),
                UntestedPipelines.useCases(),
                (request, work) -> {
                    throw new UnsupportedOperationException("idempotent retries are tested end to end");
                },
                UntestedDeals.useCases(),
                UntestedCommunicationLogs.useCases(),
                UntestedCommunicationLogs.portalAccounts(),
                UntestedCommunicationLogs.portal(),
                UntestedLeave.useCases(),
                UntestedLeave.shiftUseCases(),
                UntestedLeave.slaUseCases(),
                UntestedMedia.useCases(),
                UntestedMedia.folders(),
                UntestedMedia.documents());
        api = new RestApi(useCases, () -> {
            var answer = readiness.get();
            if (answer == null) {
                throw new IllegalStateException("database check blew up");
            }
            return answer;
        });
        server = api.start("127.0.0.1", 0);
    }

    public URI uri(String pathAndQuery) {
        return server.baseUri().resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    public Answer get(String pathAndQuery, String token) {
        return send(withToken(request(pathAndQuery).GET(), token));
    }

    public Answer send(String method, String pathAndQuery, String token, String jsonBody) {
        var publisher =
                jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody);
        var builder = request(pathAndQuery).method(method, publisher);
        if (jsonBody != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(withToken(builder, token));
    }

    public Answer send(HttpRequest.Builder builder) {
        try {
            var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder withToken(HttpRequest.Builder builder, String token) {
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    @Override
    public void close() {
        server.stop(Duration.ofSeconds(1));
    }

    /** A response, with its body parsed when it is JSON. */
    public record Answer(HttpResponse<String> response) {
        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + response.body(), e);
            }
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status() + " " + response.headers().map() + " " + body();
        }
    }
}
