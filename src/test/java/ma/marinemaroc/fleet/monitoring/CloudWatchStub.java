package ma.marinemaroc.fleet.monitoring;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loopback stand-in for the CloudWatch API that records PutMetricData calls made by the real AWS CLI. Understands
 * both wire formats the CLI may use (AWS query form encoding in CLI v2.9, JSON in newer botocore).
 */
final class CloudWatchStub implements AutoCloseable {
    /** One metric datum as received. */
    record Put(String namespace, String metricName, double value, String unit, Map<String, String> dimensions,
               String authorization) {
    }

    private final HttpServer server;
    private final List<Put> puts = Collections.synchronizedList(new ArrayList<>());
    private volatile int status = 200;

    CloudWatchStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            boolean json = type.contains("json");
            if (status == 200) {
                puts.add(json ? fromJson(body, auth) : fromForm(body, auth));
            }
            byte[] reply = (json ? (status == 200 ? "{}" : "{\"__type\":\"InternalServiceError\",\"message\":\"stub\"}")
                    : status == 200
                    ? "<PutMetricDataResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">"
                    + "<ResponseMetadata><RequestId>stub</RequestId></ResponseMetadata></PutMetricDataResponse>"
                    : "<ErrorResponse><Error><Type>Receiver</Type><Code>InternalServiceError</Code>"
                    + "<Message>stub</Message></Error><RequestId>stub</RequestId></ErrorResponse>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", json ? "application/x-amz-json-1.0" : "text/xml");
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answer every call with this HTTP status (500 = service error, nothing recorded). */
    void failWith(int httpStatus) {
        this.status = httpStatus;
    }

    List<Put> puts() {
        return List.copyOf(puts);
    }

    private static Put fromJson(String body, String auth) {
        JsonObject o = JsonParser.parseString(body).getAsJsonObject();
        JsonObject d = o.getAsJsonArray("MetricData").get(0).getAsJsonObject();
        Map<String, String> dims = new LinkedHashMap<>();
        if (d.has("Dimensions")) {
            d.getAsJsonArray("Dimensions").forEach(x -> dims.put(x.getAsJsonObject().get("Name").getAsString(),
                    x.getAsJsonObject().get("Value").getAsString()));
        }
        return new Put(o.get("Namespace").getAsString(), d.get("MetricName").getAsString(),
                d.get("Value").getAsDouble(), d.has("Unit") ? d.get("Unit").getAsString() : null, dims, auth);
    }

    private static Put fromForm(String body, String auth) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            f.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String m = "MetricData.member.1.";
        Map<String, String> dims = new LinkedHashMap<>();
        for (int i = 1; f.containsKey(m + "Dimensions.member." + i + ".Name"); i++) {
            dims.put(f.get(m + "Dimensions.member." + i + ".Name"), f.get(m + "Dimensions.member." + i + ".Value"));
        }
        return new Put(f.get("Namespace"), f.get(m + "MetricName"), Double.parseDouble(f.get(m + "Value")),
                f.get(m + "Unit"), dims, auth);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
