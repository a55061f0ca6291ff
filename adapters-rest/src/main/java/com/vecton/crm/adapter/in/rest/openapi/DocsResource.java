package com.vecton.crm.adapter.in.rest.openapi;

import com.vecton.crm.adapter.in.rest.gate.PublicRoute;
import com.vecton.crm.domain.problem.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The API reference as a web page, {@code GET /docs}: Swagger UI from the {@code org.webjars:swagger-ui}
 * jar on the class path, started by our own initializer on {@code /openapi.json}, so the page works
 * without a network and without a token (the calls made from it send the token typed into its
 * Authorize dialog). Only the files the page loads are served, each with its own media type;
 * any other name is {@code 404}.
 */
@Path("/docs")
@PublicRoute
@Tag(name = "docs")
public final class DocsResource {
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String OWN = "com/vecton/crm/adapter/in/rest/openapi/";
    private static final String CSS = "text/css; charset=UTF-8";
    private static final String JAVASCRIPT = "text/javascript; charset=UTF-8";
    private static final String PNG = "image/png";

    /** The page's files: name, media type, and whether it is ours (else the webjar's). */
    private record Asset(String type, boolean own) {}

    private static final Map<String, Asset> ASSETS = Map.of(
            "swagger-ui.css", new Asset(CSS, false),
            "swagger-ui-bundle.js", new Asset(JAVASCRIPT, false),
            "favicon-16x16.png", new Asset(PNG, false),
            "favicon-32x32.png", new Asset(PNG, false),
            "docs-initializer.js", new Asset(JAVASCRIPT, true));

    private final String webjar;

    public DocsResource() {
        this.webjar = WEBJAR + webjarVersion() + "/";
        for (var asset : ASSETS.entrySet()) {
            if (DocsResource.class.getClassLoader().getResource(pathOf(asset.getKey(), asset.getValue())) == null) {
                throw new IllegalStateException("the docs page lacks " + asset.getKey() + " on the class path");
            }
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
    @Operation(
            operationId = "docsPage",
            summary = "The API reference page",
            description = "Answers Swagger UI on this server's /openapi.json, where each operation can be tried"
                    + " with a token typed into its Authorize dialog.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "the HTML page",
                            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"))))
    public Response page() {
        return Response.ok(open(OWN + "docs.html"), MediaType.TEXT_HTML + "; charset=UTF-8")
                .build();
    }

    @GET
    @Path("{asset}")
    @Operation(
            operationId = "docsAsset",
            summary = "A file of the API reference page",
            description = "Answers one of the style sheets, scripts and icons that the reference page loads.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "the file",
                            content = {
                                @Content(mediaType = "text/css", schema = @Schema(type = "string")),
                                @Content(mediaType = "text/javascript", schema = @Schema(type = "string")),
                                @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary"))
                            }))
    public Response asset(
            @Parameter(
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "swagger-ui.css",
                                                "swagger-ui-bundle.js",
                                                "docs-initializer.js",
                                                "favicon-16x16.png",
                                                "favicon-32x32.png"
                                            }))
                    @PathParam("asset")
                    String name) {
        Asset asset = ASSETS.get(name);
        if (asset == null) {
            throw new NotFound("Nothing exists at this address.");
        }
        return Response.ok(resource(name, asset), asset.type()).build();
    }

    private InputStream resource(String name, Asset asset) {
        return open(pathOf(name, asset));
    }

    private String pathOf(String name, Asset asset) {
        return (asset.own() ? OWN : webjar) + name;
    }

    private static InputStream open(String path) {
        InputStream in = DocsResource.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is missing from the class path");
        }
        return in;
    }

    /** The webjar says its own version, so that the pom alone pins it. */
    private static String webjarVersion() {
        var properties = new Properties();
        try (InputStream in = open("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the swagger-ui webjar's pom.properties cannot be read", e);
        }
        String version = properties.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("the swagger-ui webjar does not name its version");
        }
        return version;
    }
}
