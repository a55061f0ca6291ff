package com.vecton.crm.adapter.in.rest.http;

import com.vecton.crm.adapter.in.rest.observe.AccessLog;
import com.vecton.crm.adapter.in.rest.observe.RequestIds;
import com.vecton.crm.adapter.in.rest.problem.ProblemJson;
import java.io.IOException;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grizzly's HTTP/1.1 parser with our answers to what it refuses. Grizzly answers a request it
 * cannot parse (request line or header block too large, too many headers, a bad or doubled
 * {@code Content-Length}, no {@code Host}, a body on {@code GET}, broken chunks) with an empty
 * {@code 400} and nothing in our log, before any handler of ours runs; here the status says what
 * was wrong ({@code 414}, {@code 431}, {@code 505}, else {@code 400}) and the body is the problem
 * every other refusal gets, with a request id that the access log names too.
 *
 * <p>It also ignores {@code Upgrade}: Grizzly treats any request carrying one as a protocol switch
 * and stops framing its body, so a {@code POST} with {@code Upgrade: h2c} (which
 * {@code java.net.http} and {@code curl --http2} send by default) waited 30 s for a body that was
 * already there. We speak HTTP/1.1 only, which RFC 9110 section 7.8 allows a server to do by
 * answering as if the header were absent.
 */
final class ProblemCodec extends HttpServerFilter {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemCodec.class);
    /** What {@code Allow} says where a method is refused before any route is known. */
    private static final String SERVED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    private ProblemCodec(NetworkListener listener, HttpServerFilter replaced) {
        super(
                listener.isChunkingEnabled(),
                listener.getMaxHttpHeaderSize(),
                null,
                listener.getKeepAlive(),
                null,
                listener.getMaxRequestHeaders(),
                listener.getMaxResponseHeaders());
        setAllowPayloadForUndefinedHttpMethods(replaced.isAllowPayloadForUndefinedHttpMethods());
        setMaxPayloadRemainderToSkip(replaced.getMaxPayloadRemainderToSkip());
    }

    /** Puts the codec in the place of Grizzly's own when the listener builds its filter chain. */
    static AddOn addOn() {
        return (listener, chain) -> {
            int index = indexOfCodec(chain);
            chain.set(index, new ProblemCodec(listener, (HttpServerFilter) chain.get(index)));
        };
    }

    private static int indexOfCodec(FilterChainBuilder chain) {
        int index = chain.indexOfType(HttpServerFilter.class);
        if (index < 0) {
            throw new IllegalStateException("the listener's filter chain has no HTTP codec to replace");
        }
        return index;
    }

    /**
     * Grizzly reads a header name up to the colon without looking at what it skips, so a line
     * without one ({@code X-Foo bar}) made it wait for a colon that never came, until the idle
     * timeout. RFC 9110 section 5.1 makes a name a token: anything else before the colon is a
     * malformed request, refused at once.
     */
    @Override
    protected boolean parseHeaderName(
            HttpHeader header, MimeHeaders headers, HeaderParsingState state, byte[] input, int end) {
        int limit = Math.min(end, state.arrayOffset + state.packetLimit);
        int i = state.arrayOffset + state.offset;
        for (; i < limit && input[i] != ':'; i++) {
            refuseUnlessTokenChar(input[i]);
        }
        refuseEmptyName(i < limit && i == state.arrayOffset + state.start);
        return super.parseHeaderName(header, headers, state, input, end);
    }

    @Override
    protected boolean parseHeaderName(HttpHeader header, MimeHeaders headers, HeaderParsingState state, Buffer input) {
        int limit = Math.min(input.limit(), state.packetLimit);
        int i = state.offset;
        for (; i < limit && input.get(i) != ':'; i++) {
            refuseUnlessTokenChar(input.get(i));
        }
        refuseEmptyName(i < limit && i == state.start);
        return super.parseHeaderName(header, headers, state, input);
    }

    private static void refuseEmptyName(boolean colonFirst) {
        if (colonFirst) {
            throw new IllegalStateException("a header line starts with its colon");
        }
    }

    /** RFC 9110 tchar: letters, digits and {@code !#$%&'*+-.^_`|~}. */
    private static void refuseUnlessTokenChar(byte b) {
        boolean token = b >= 'a' && b <= 'z'
                || b >= 'A' && b <= 'Z'
                || b >= '0' && b <= '9'
                || b > 0 && "!#$%&'*+-.^_`|~".indexOf(b) >= 0;
        if (!token) {
            throw new IllegalStateException("a header name holds a character that is not a token character");
        }
    }

    /**
     * Refuses what Grizzly would serve but we cannot answer sensibly: an HTTP/0.9 request line
     * (no version: its answer would carry no headers, so no problem could be read), and
     * {@code CONNECT} and {@code PRI}, which Grizzly treats as the start of a tunnel whose answer
     * has no length, so the client waited for a close that never came.
     */
    @Override
    protected boolean onHttpHeaderParsed(HttpHeader header, Buffer buffer, FilterChainContext ctx) {
        boolean error = super.onHttpHeaderParsed(header, buffer, ctx);
        HttpRequestPacket request = (HttpRequestPacket) header;
        if (error) {
            return true;
        }
        if (request.getProtocol() == Protocol.HTTP_0_9) {
            request.setProtocol(Protocol.HTTP_1_1);
            HttpStatus.BAD_REQUEST_400.setValues(request.getResponse());
            request.getProcessingState().setError(true);
        } else if (request.getMethod() == Method.CONNECT || request.getMethod() == Method.PRI) {
            HttpStatus.METHOD_NOT_ALLOWED_405.setValues(request.getResponse());
            request.getResponse().setHeader(Header.Allow, SERVED_METHODS);
            request.getProcessingState().setError(true);
        }
        return request.getProcessingState().isError();
    }

    @Override
    protected void onHttpHeaderError(HttpHeader header, FilterChainContext ctx, Throwable failure) throws IOException {
        HttpResponsePacket response = ((HttpRequestPacket) header).getResponse();
        // Grizzly says which limit was hit only in its message; ParserLimitsTest pins the words.
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        if (failure instanceof MimeHeaders.MaxHeaderCountExceededException || message.contains("header is too large")) {
            HttpStatus.getHttpStatus(431).setValues(response);
        } else if (message.contains("intial line is too large") || message.contains("initial line is too large")) {
            HttpStatus.REQUEST_URI_TOO_LONG_414.setValues(response);
        }
        super.onHttpHeaderError(header, ctx, failure);
    }

    @Override
    protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
        HttpRequestPacket request = response.getRequest();
        if (response.getStatus() < 400 || response.getStatus() == 505 && !isVersion(request.getProtocolString())) {
            HttpStatus.BAD_REQUEST_400.setValues(response);
        }
        int status = response.getStatus();
        String id = RequestIds.choose(request.getHeader(RequestIds.HEADER));
        if (!"HTTP/1.0".equals(request.getProtocolString())) {
            // A request line cut off by the limit has no version yet, and Grizzly then writes an
            // answer without Content-Type; the answer is HTTP/1.1 whatever the request claimed.
            request.setProtocol(Protocol.HTTP_1_1);
        }
        byte[] body = RawProblem.of(status, id).bytes();
        response.setContentType(ProblemJson.MEDIA_TYPE);
        response.setHeader(RequestIds.HEADER, id);
        response.setContentLength(body.length);
        if (status >= 500) {
            LOG.warn("Refused an unparseable request with {} request_id={}", status, id);
        }
        AccessLog.write(
                request.getMethodDC().toString(),
                request.getRequestURIRef().getRequestURIBC().toString(),
                status,
                -1,
                id);
        return HttpContent.builder(response)
                .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body))
                .last(true)
                .build();
    }

    /**
     * Grizzly answers 505 to any request line whose last word it cannot read as a version, which
     * is mostly a garbled line (a raw NUL or non-ASCII byte in the target); only a well-formed
     * version we do not speak ({@code HTTP/3}) deserves it.
     */
    private static boolean isVersion(String protocol) {
        return protocol != null && protocol.matches("HTTP/[0-9](\\.[0-9])?") && !protocol.startsWith("HTTP/1.");
    }

    @Override
    protected void onIncomingUpgrade(FilterChainContext ctx, HttpHeader header) {
        header.getUpgradeDC().recycle();
    }
}
