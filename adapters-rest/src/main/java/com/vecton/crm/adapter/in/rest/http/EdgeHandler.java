package com.vecton.crm.adapter.in.rest.http;

import com.vecton.crm.adapter.in.rest.observe.AccessLog;
import com.vecton.crm.adapter.in.rest.observe.RequestContext;
import com.vecton.crm.adapter.in.rest.observe.RequestIds;
import com.vecton.crm.adapter.in.rest.problem.ProblemJson;
import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The first code of ours that sees a parsed request, in front of Jersey: it decides the request
 * id (so that every layer, and a {@code 413} refused by the earliest filter, names the client's),
 * refuses targets and {@code Host} values that Jersey cannot turn into a URI, answers
 * {@code Expect} other than {@code 100-continue} with {@code 417}, and writes the one access line
 * once the answer is complete. Whatever escapes Jersey (it maps almost everything itself) is a
 * bug: logged once at ERROR with the request id and answered as {@code 500 internal_error},
 * never with Grizzly's HTML page and its stack trace.
 */
final class EdgeHandler extends HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EdgeHandler.class);

    private final HttpHandler jersey;
    /**
     * Grizzly's own error pages (a handler failing outside {@link #service}, a
     * {@code sendError}) in the problem shape: this replaces {@code DefaultErrorPageGenerator},
     * which prints the exception's stack trace into the page.
     */
    static final ErrorPageGenerator ERROR_PAGES = EdgeHandler::problemPage;

    EdgeHandler(HttpHandler jersey) {
        super("crm-edge");
        this.jersey = jersey;
    }

    @Override
    public void service(Request request, Response response) throws IOException {
        long start = System.nanoTime();
        String id = idOf(request);
        MDC.put(RequestContext.MDC_KEY, id);
        try {
            RequestTarget.check(request.getRequestURI(), request.getQueryString());
            RequestTarget.checkHost(request.getHeaders(Header.Host.toString()));
            RequestTarget.checkServerName(request.getServerName());
            if (!isExpectationMet(request)) {
                write(response, RawProblem.of(417, id));
                return;
            }
            if (request.getContentType() != null && request.getContentType().contains("*")) {
                // Jersey matches a wildcard Content-Type against any @Consumes, so */* was read as JSON.
                write(
                        response,
                        RawProblem.of(415, "A Content-Type names one media type, never a wildcard such as */*.", id));
                return;
            }
            jersey.service(request, response);
        } catch (RequestRejected rejected) {
            write(response, new RawProblem(rejected.status(), rejected.code(), rejected.detail(), id));
        } catch (Exception unexpected) {
            LOG.error("Unexpected failure while handling request_id={}", id, unexpected);
            write(response, RawProblem.of(500, id));
        } finally {
            AccessLog.write(
                    request.getMethod().getMethodString(),
                    request.getRequestURI(),
                    response.getStatus(),
                    (System.nanoTime() - start) / 1_000_000,
                    id);
            MDC.remove(RequestContext.MDC_KEY);
        }
    }

    /**
     * Grizzly asks this only when the body has not arrived with the headers; {@link #service}
     * checks the expectation itself for the other case, where Grizzly ignored it.
     */
    @Override
    protected boolean sendAcknowledgment(Request request, Response response) throws IOException {
        if (isExpectationMet(request)) {
            return super.sendAcknowledgment(request, response);
        }
        String id = idOf(request);
        write(response, RawProblem.of(417, id));
        AccessLog.write(request.getMethod().getMethodString(), request.getRequestURI(), 417, 0, id);
        return false;
    }

    /** RFC 9110 section 10.1.1: {@code 100-continue} is the only expectation there is. */
    private static boolean isExpectationMet(Request request) {
        String expect = request.getHeader(Header.Expect);
        return expect == null || "100-continue".equalsIgnoreCase(expect.strip());
    }

    @Override
    protected ErrorPageGenerator getErrorPageGenerator(Request request) {
        return ERROR_PAGES;
    }

    @Override
    public void start() {
        jersey.start();
    }

    @Override
    public void destroy() {
        jersey.destroy();
    }

    /** Decided once per request and kept as an attribute, which Jersey reads as a request property. */
    private static String idOf(Request request) {
        if (request.getAttribute(RequestContext.ID_PROPERTY) instanceof String id) {
            return id;
        }
        String id = RequestIds.choose(request.getHeader(RequestIds.HEADER));
        request.setAttribute(RequestContext.ID_PROPERTY, id);
        return id;
    }

    private static void write(Response response, RawProblem problem) throws IOException {
        if (response.isCommitted()) {
            // Part of the answer is on the wire (a streamed export): nothing more can be said to the
            // client, and the log already has the failure.
            return;
        }
        response.reset();
        byte[] body = problem.bytes();
        response.setStatus(problem.status());
        response.setContentType(ProblemJson.MEDIA_TYPE);
        response.setHeader(RequestIds.HEADER, problem.requestId());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String problemPage(
            Request request, int status, String reason, String description, Throwable failure) {
        String id = idOf(request);
        if (status >= 500) {
            LOG.error("Unexpected failure while handling request_id={}", id, failure);
        }
        Response response = request.getResponse();
        response.setContentType(ProblemJson.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(RequestIds.HEADER, id);
        return new String(RawProblem.of(status, id).bytes(), StandardCharsets.UTF_8);
    }
}
