package ma.marinemaroc.fleet.plan;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Decodes the protobuf values of Pulumi's resource protocol into plain Java values. */
final class StructCodec {
    static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    static final String ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
    static final String ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";
    static final String RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
    static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private StructCodec() {
    }

    static Map<String, Object> decode(Struct s) {
        Map<String, Object> out = new TreeMap<>();
        s.getFieldsMap().forEach((k, v) -> out.put(k, decode(v)));
        return out;
    }

    static Object decode(Value v) {
        switch (v.getKindCase()) {
            case NULL_VALUE:
            case KIND_NOT_SET:
                return null;
            case BOOL_VALUE:
                return v.getBoolValue();
            case NUMBER_VALUE: {
                double d = v.getNumberValue();
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
            }
            case STRING_VALUE:
                return UNKNOWN.equals(v.getStringValue()) ? RecordedResource.UNKNOWN : v.getStringValue();
            case LIST_VALUE: {
                List<Object> l = new ArrayList<>();
                v.getListValue().getValuesList().forEach(x -> l.add(decode(x)));
                return l;
            }
            case STRUCT_VALUE: {
                Struct st = v.getStructValue();
                Value sig = st.getFieldsMap().get(SIG_KEY);
                if (sig != null) {
                    String kind = sig.getStringValue();
                    if (SECRET_SIG.equals(kind)) {
                        Value inner = st.getFieldsMap().get("value");
                        return new RecordedResource.Secret(inner == null ? null : decode(inner));
                    }
                    if (ASSET_SIG.equals(kind) || ARCHIVE_SIG.equals(kind)) {
                        Map<String, Object> asset = decode(st);
                        asset.remove(SIG_KEY);
                        asset.put("kind", ASSET_SIG.equals(kind) ? "asset" : "archive");
                        return asset;
                    }
                    if (RESOURCE_SIG.equals(kind)) {
                        Value urn = st.getFieldsMap().get("urn");
                        return urn == null ? null : "ref:" + urn.getStringValue();
                    }
                }
                return decode(st);
            }
            default:
                return null;
        }
    }
}
