// Starts Swagger UI on this server's own description. validatorUrl is null: by default Swagger UI
// sends the document to an outside validator for its badge, and the docs must work offline.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    validatorUrl: null,
    displayOperationId: true,
    docExpansion: "list",
  });
};
