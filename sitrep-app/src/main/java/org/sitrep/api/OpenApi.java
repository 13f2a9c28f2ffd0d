package org.sitrep.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.analysis.Sitrep;

/**
 * Builds the OpenAPI 3.1 document served at {@code /openapi.json} from the server's own route
 * table, so every registered endpoint and parameter is documented and nothing else is.
 */
final class OpenApi {
  private OpenApi() {}

  static Map<String, Object> document(List<Route> routes) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put("info", Map.of("title", "Sitrep API", "version", Sitrep.RELEASE,
        "description", "Sourced, structured facts from news about armed conflict and diplomacy."
            + " Every span (start, end) is a UTF-16 offset into the article's text. Listings page"
            + " with next_cursor; errors are RFC 9457 problem details."));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Route r : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(),
          p -> new LinkedHashMap<String, Object>());
      item.put(r.method().name().toLowerCase(Locale.ROOT), operation(r));
    }
    doc.put("paths", paths);
    doc.put("components", Map.of(
        "securitySchemes", Map.of("token", Map.of("type", "http", "scheme", "bearer",
            "description", "The server's SITREP_API_TOKEN; ingest only")),
        "schemas", Map.of("Problem", problemSchema())));
    return doc;
  }

  private static Map<String, Object> operation(Route r) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("operationId", r.operationId());
    op.put("tags", List.of(r.tag()));
    op.put("summary", r.summary());
    List<Map<String, Object>> params = r.params().stream().map(OpenApi::parameter).toList();
    if (!params.isEmpty()) {
      op.put("parameters", params);
    }
    if (r.requestBody() != null) {
      op.put("requestBody", Map.of("required", true, "description", r.requestBody(),
          "content", Map.of("application/json", Map.of("schema", Map.of("type", "object")),
              "application/x-ndjson", Map.of("schema", Map.of("type", "string")))));
    }
    if (r.writes()) {
      op.put("security", List.of(Map.of("token", List.of())));
    }
    Map<String, Object> responses = new LinkedHashMap<>();
    responses.put("200", Map.of("description", "OK", "content",
        Map.of(r.responseType(), Map.of("schema", Map.of()))));
    if (r.method().name().equals("GET") && r.responseType().equals("application/json")) {
      responses.put("304", Map.of("description", "Not modified (If-None-Match matched the ETag)"));
    }
    responses.put("400", problem("The request is malformed; detail says why"));
    if (r.path().contains("{")) {
      responses.put("404", problem("Nothing is stored under that name"));
    }
    if (r.writes()) {
      responses.put("401", problem("Missing or wrong token"));
      responses.put("403", problem("The server is read-only (no token configured)"));
      responses.put("413", problem("The request body is too large"));
    }
    responses.put("429", problem("Too many requests from this client; retry later"));
    op.put("responses", responses);
    return op;
  }

  private static Map<String, Object> parameter(Param p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", p.name());
    out.put("in", p.in().label());
    out.put("required", p.required());
    out.put("description", p.description());
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", p.type().schemaType);
    if (p.type().format != null) {
      schema.put("format", p.type().format);
    }
    out.put("schema", schema);
    return out;
  }

  private static Map<String, Object> problem(String description) {
    return Map.of("description", description, "content", Map.of(Problem.CONTENT_TYPE,
        Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
  }

  private static Map<String, Object> problemSchema() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("type", Map.of("type", "string"));
    props.put("title", Map.of("type", "string"));
    props.put("status", Map.of("type", "integer"));
    props.put("detail", Map.of("type", "string"));
    props.put("instance", Map.of("type", "string"));
    return Map.of("type", "object", "properties", props);
  }
}
