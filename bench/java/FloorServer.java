import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.net.URI;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The floor of bench/floor.sh: what the fixed parts of the stack cost with nothing of ours in them.
 * Three servers in one JVM, all on one virtual thread per request as the CRM's server is:
 * <ol>
 *   <li>{@code PORT}: Grizzly alone (an {@link HttpHandler}), every GET answered with the 338 bytes
 *       of a get-by-id answer;
 *   <li>{@code PORT + 1}: Jersey on Grizzly, one resource method returning those bytes (no filters,
 *       no providers but the defaults);
 *   <li>{@code PORT + 2}: the same Jersey resource reading {@code GET /api/contacts/{id}} from
 *       {@code DATABASE_URL} through HikariCP and the Postgres driver with the API's statement (a
 *       plain {@code PreparedStatement}, server-prepared after 5 uses as the API's is), the answer
 *       written by hand: no gate, no Jdbi, no Jackson, no access log.
 * </ol>
 * Run with the CRM's jar on the class path:
 * {@code java -cp bootstrap/target/crm.jar bench/java/FloorServer.java PORT}.
 */
public final class FloorServer {
    static final String BODY = "{\"data\":{\"id\":192,\"name\":\"Kálmán Árvai\",\"first_name\":\"Kálmán\","
            + "\"last_name\":\"Árvai\",\"email\":\"kalman.arvai@fulop6079.hu\",\"phone\":\"+36 70 7845548\","
            + "\"job_title\":\"Beszerző\",\"company_id\":6079,\"notes\":null,\"created_by\":\"u-bench\","
            + "\"created_at\":\"2023-01-02T04:07:57.736Z\",\"updated_at\":\"2023-05-13T05:30:25.736Z\","
            + "\"deleted_at\":null,\"version\":1}}";
    static final byte[] BYTES = BODY.getBytes(StandardCharsets.UTF_8);

    @Path("/")
    public static final class Contact {
        @GET
        @Path("{any: .*}")
        @Produces("application/json")
        public byte[] get() {
            return BYTES;
        }
    }

    static final String FIND_LIVE = "SELECT id, first_name, last_name, email, phone, job_title, company_id, notes,"
            + " created_by, created_at, updated_at, deleted_at, version FROM contacts WHERE id = ? AND deleted_at IS NULL";

    @Path("/api/contacts")
    public static final class ContactFromDatabase {
        private final DataSource pool;

        ContactFromDatabase(DataSource pool) {
            this.pool = pool;
        }

        static final String COLUMNS = "id, first_name, last_name, email, phone, job_title, company_id, notes,"
                + " created_by, created_at, updated_at, deleted_at, version";
        static final String MATCH = "deleted_at IS NULL AND search_text LIKE public.f_search_pattern(?) ESCAPE '\\'";
        static final String ORDER = " ORDER BY public.f_unaccent(lower(last_name)) ASC, id ASC LIMIT ? OFFSET 0";

        /**
         * {@code GET /api/contacts?search=q&per_page=20} with the API's two statements (sql/contact_search.sql),
         * sent unnamed as the API sends them; {@code q} must be given folded (lower case, no accents). Without
         * {@code search}, the list's two statements (sql/contact_list.sql): the page, then the capped count.
         */
        @GET
        @Produces("application/json")
        public String search(
                @jakarta.ws.rs.QueryParam("search") String q,
                @jakarta.ws.rs.QueryParam("page") @jakarta.ws.rs.DefaultValue("1") int pageNumber,
                @jakarta.ws.rs.QueryParam("per_page") int perPage)
                throws SQLException {
            if (q == null) {
                return list(pageNumber, perPage);
            }
            try (var connection = pool.getConnection()) {
                long count;
                try (var statement = connection.prepareStatement(
                        "SELECT count(*) FROM (SELECT 1 FROM contacts WHERE " + MATCH + " LIMIT 1001) AS counted")) {
                    statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
                    statement.setString(1, q);
                    try (var row = statement.executeQuery()) {
                        row.next();
                        count = row.getLong(1);
                    }
                }
                var json = new StringBuilder(8192).append("{\"data\":[");
                if (count > 0) {
                    String page = count <= 1000
                            ? "WITH matches AS MATERIALIZED (SELECT " + COLUMNS + " FROM contacts WHERE " + MATCH
                                    + ") SELECT " + COLUMNS + " FROM matches" + ORDER
                            : "SELECT " + COLUMNS + " FROM contacts WHERE " + MATCH + ORDER;
                    try (var statement = connection.prepareStatement(page)) {
                        statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
                        statement.setString(1, q);
                        statement.setInt(2, perPage);
                        try (var row = statement.executeQuery()) {
                            boolean first = true;
                            while (row.next()) {
                                json.append(first ? "" : ",");
                                first = false;
                                contact(row, json);
                            }
                        }
                    }
                }
                return json.append("],\"meta\":{\"total\":").append(count).append("}}").toString();
            }
        }

        private String list(int page, int perPage) throws SQLException {
            try (var connection = pool.getConnection()) {
                var json = new StringBuilder(8192).append("{\"data\":[");
                int rows = 0;
                try (var statement = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM contacts WHERE deleted_at IS NULL"
                        + " ORDER BY public.f_unaccent(lower(last_name)) ASC, id ASC LIMIT ? OFFSET ?")) {
                    statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
                    statement.setInt(1, perPage);
                    statement.setInt(2, (page - 1) * perPage);
                    try (var row = statement.executeQuery()) {
                        while (row.next()) {
                            json.append(rows++ == 0 ? "" : ",");
                            contact(row, json);
                        }
                    }
                }
                long count;
                try (var statement = connection.prepareStatement(
                        "SELECT count(*) FROM (SELECT 1 FROM contacts WHERE deleted_at IS NULL LIMIT 1001) AS counted")) {
                    statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
                    try (var row = statement.executeQuery()) {
                        row.next();
                        count = row.getLong(1);
                    }
                }
                return json.append("],\"meta\":{\"total\":").append(count).append("}}").toString();
            }
        }

        static void contact(java.sql.ResultSet row, StringBuilder json) throws SQLException {
            json.append("{\"id\":").append(row.getLong(1));
            String[] names = {"first_name", "last_name", "email", "phone", "job_title"};
            for (int i = 0; i < names.length; i++) {
                String value = row.getString(i + 2);
                json.append(",\"").append(names[i]).append("\":");
                json.append(value == null ? "null" : "\"" + value.replace("\"", "\\\"") + "\"");
            }
            json.append(",\"company_id\":").append(row.getObject(7))
                    .append(",\"created_at\":\"").append(row.getObject(10, java.time.OffsetDateTime.class))
                    .append("\",\"updated_at\":\"").append(row.getObject(11, java.time.OffsetDateTime.class))
                    .append("\",\"version\":").append(row.getLong(13)).append("}");
        }

        @GET
        @Path("{id}")
        @Produces("application/json")
        public String get(@PathParam("id") long id) throws SQLException {
            try (var connection = pool.getConnection();
                    var statement = connection.prepareStatement(FIND_LIVE)) {
                statement.setLong(1, id);
                try (var row = statement.executeQuery()) {
                    if (!row.next()) {
                        throw new NotFoundException();
                    }
                    var json = new StringBuilder(400).append("{\"data\":");
                    contact(row, json);
                    json.append("}");
                    return json.toString();
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        var grizzly = HttpServer.createSimpleServer(null, "127.0.0.1", port);
        grizzly.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws Exception {
                response.setContentType("application/json");
                response.setContentLength(BYTES.length);
                response.getOutputStream().write(BYTES);
            }
        });
        virtualThreads(grizzly);
        grizzly.start();

        var application = new ResourceConfig().register(Contact.class);
        application.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        var jersey = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:" + (port + 1) + "/"), application, false);
        virtualThreads(jersey);
        jersey.start();
        var hikari = new HikariConfig();
        hikari.setJdbcUrl(System.getenv().getOrDefault("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/crm_bench"));
        hikari.setUsername("postgres");
        hikari.setMaximumPoolSize(Integer.parseInt(System.getenv().getOrDefault("DB_POOL_SIZE", "32")));
        var pool = new HikariDataSource(hikari);
        var withDatabase = new ResourceConfig().register(new ContactFromDatabase(pool));
        withDatabase.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        var database = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:" + (port + 2) + "/"), withDatabase, false);
        virtualThreads(database);
        database.start();
        System.out.println("floor: Grizzly on " + port + ", Jersey on Grizzly on " + (port + 1)
                + ", Jersey with one JDBC read on " + (port + 2));
        Thread.currentThread().join();
    }

    /** One named virtual thread per request, as the CRM's GrizzlyServers sets it. */
    static void virtualThreads(HttpServer server) {
        for (NetworkListener listener : server.getListeners()) {
            listener.getTransport()
                    .setWorkerThreadPool(Executors.newThreadPerTaskExecutor(
                            Thread.ofVirtual().name("http-", 0).factory()));
        }
    }
}
