package ma.marinemaroc.fleet.backup;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A deliberately small evaluator of the IAM rules the backup policies rely on, for one AWS account: an explicit
 * Deny in either policy wins; otherwise an Allow in the identity policy or in the bucket policy (naming the
 * principal) allows; otherwise the request is implicitly denied. Actions and resources match with IAM's {@code *}
 * and {@code ?} wildcards (actions case-insensitively). Only the condition the policies use is understood
 * ({@code Bool} on {@code aws:SecureTransport}); anything else fails the test instead of being guessed.
 */
final class IamEval {
    enum Decision { ALLOW, EXPLICIT_DENY, IMPLICIT_DENY }

    record Request(String principalArn, String action, String resource, boolean secureTransport) {
        static Request tls(String principal, String action, String resource) {
            return new Request(principal, action, resource, true);
        }
    }

    private IamEval() {
    }

    static Decision evaluate(String identityPolicy, String bucketPolicy, Request r) {
        boolean allowed = false;
        for (JsonObject s : statements(identityPolicy)) {
            if (s.has("Principal")) throw new IllegalArgumentException("identity policies have no Principal: " + s);
            if (!applies(s, r)) continue;
            if (isDeny(s)) return Decision.EXPLICIT_DENY;
            allowed = true;
        }
        for (JsonObject s : statements(bucketPolicy)) {
            if (!namesPrincipal(s, r.principalArn()) || !applies(s, r)) continue;
            if (isDeny(s)) return Decision.EXPLICIT_DENY;
            allowed = true;
        }
        return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }

    static List<JsonObject> statements(String policy) {
        JsonObject doc = JsonParser.parseString(policy).getAsJsonObject();
        if (!"2012-10-17".equals(doc.get("Version").getAsString())) {
            throw new IllegalArgumentException("policy Version must be 2012-10-17 (policy variables, current grammar)");
        }
        List<JsonObject> out = new ArrayList<>();
        JsonElement st = doc.get("Statement");
        if (st.isJsonObject()) out.add(st.getAsJsonObject());
        else st.getAsJsonArray().forEach(e -> out.add(e.getAsJsonObject()));
        return out;
    }

    static List<String> strings(JsonElement e) {
        List<String> out = new ArrayList<>();
        if (e == null) return out;
        if (e.isJsonArray()) e.getAsJsonArray().forEach(x -> out.add(x.getAsString()));
        else out.add(e.getAsString());
        return out;
    }

    private static boolean isDeny(JsonObject s) {
        String effect = s.get("Effect").getAsString();
        if (!effect.equals("Allow") && !effect.equals("Deny")) throw new IllegalArgumentException("bad Effect " + effect);
        return effect.equals("Deny");
    }

    private static boolean applies(JsonObject s, Request r) {
        if (s.has("NotAction") || s.has("NotResource") || s.has("NotPrincipal")) {
            throw new IllegalArgumentException("Not* elements are not supported here: " + s);
        }
        boolean action = strings(s.get("Action")).stream().anyMatch(a -> wildcard(a, r.action(), true));
        boolean resource = strings(s.get("Resource")).stream().anyMatch(p -> wildcard(p, r.resource(), false));
        return action && resource && condition(s.getAsJsonObject("Condition"), r);
    }

    private static boolean namesPrincipal(JsonObject s, String principalArn) {
        JsonElement p = s.get("Principal");
        if (p == null) throw new IllegalArgumentException("a bucket policy statement needs a Principal: " + s);
        if (p.isJsonPrimitive()) return p.getAsString().equals("*");
        return strings(p.getAsJsonObject().get("AWS")).stream().anyMatch(a -> a.equals("*") || a.equals(principalArn));
    }

    private static boolean condition(JsonObject c, Request r) {
        if (c == null) return true;
        for (Map.Entry<String, JsonElement> op : c.entrySet()) {
            if (!op.getKey().equals("Bool")) throw new IllegalArgumentException("unsupported condition " + op.getKey());
            for (Map.Entry<String, JsonElement> kv : op.getValue().getAsJsonObject().entrySet()) {
                if (!kv.getKey().equals("aws:SecureTransport")) {
                    throw new IllegalArgumentException("unsupported condition key " + kv.getKey());
                }
                boolean matches = strings(kv.getValue()).stream()
                        .anyMatch(v -> Boolean.parseBoolean(v) == r.secureTransport());
                if (!matches) return false;
            }
        }
        return true;
    }

    static boolean wildcard(String pattern, String value, boolean ignoreCase) {
        StringBuilder re = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            if (ch == '*') re.append(".*");
            else if (ch == '?') re.append('.');
            else re.append(Pattern.quote(String.valueOf(ch)));
        }
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE : 0;
        return Pattern.compile(re.toString(), flags).matcher(value).matches();
    }
}
