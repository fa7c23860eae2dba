package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.List;

/** Inputs of {@link DigitalOceanValkey}. */
public final class DigitalOceanValkeyArgs extends ResourceArgs {
    /** The cluster's name (one DNS label, unique in the account). Required. A change replaces the cluster: it is protected, so that fails. */
    @Import(name = "clusterName", required = true)
    private String clusterName;
    /** DigitalOcean region slug, the app hosts' (e.g. fra1). Required. */
    @Import(name = "region", required = true)
    private String region;
    /** Node size slug. Default {@value DigitalOceanValkey#DEFAULT_SIZE} (a standby needs at least 2 GiB). A change resizes in place. */
    @Import(name = "size")
    private String size;
    /** Nodes: the primary plus at most one standby (DigitalOcean's limit for caching clusters). Default 2, allowed 1..2. */
    @Import(name = "nodeCount")
    private Integer nodeCount;
    /** The VPC the cluster joins ({@link DigitalOceanNetwork#vpcId()}). Required. */
    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;
    /** The app hosts' tag ({@link DigitalOceanNetwork#appTag()}): the only source the cluster's firewall admits. Required. */
    @Import(name = "appTag", required = true)
    private Output<String> appTag;
    /** Tags on the cluster (metadata; include the project and stack tags). Default none. */
    @Import(name = "tags")
    private List<String> tags;
    /**
     * What Valkey drops when memory is full: noeviction, allkeys_lru, allkeys_random, volatile_lru, volatile_random,
     * volatile_ttl. Default volatile_lru: the cache and the queue share the cluster, cache entries carry a TTL and
     * are evicted, queued jobs carry none and never are (an allkeys policy would silently drop jobs).
     */
    @Import(name = "evictionPolicy")
    private String evictionPolicy;
    /** Where CPU, memory and disk alerts are e-mailed. Default none: no alerts. */
    @Import(name = "alertEmails")
    private List<String> alertEmails;

    private DigitalOceanValkeyArgs() {
    }

    public String clusterName() {
        return clusterName;
    }

    public String region() {
        return region;
    }

    public String size() {
        return size == null ? DigitalOceanValkey.DEFAULT_SIZE : size;
    }

    public int nodeCount() {
        return nodeCount == null ? 2 : nodeCount;
    }

    public Output<String> vpcId() {
        return vpcId;
    }

    public Output<String> appTag() {
        return appTag;
    }

    public List<String> tags() {
        return tags == null ? List.of() : List.copyOf(tags);
    }

    public String evictionPolicy() {
        return evictionPolicy == null ? "volatile_lru" : evictionPolicy;
    }

    public List<String> alertEmails() {
        return alertEmails == null ? List.of() : List.copyOf(alertEmails);
    }

    /** Every problem at once, naming the inputs. */
    public void validate() {
        ArgsCheck c = new ArgsCheck("DigitalOceanValkeyArgs")
                .required("clusterName", clusterName).dnsLabel("clusterName", clusterName)
                .required("region", region).required("vpcId", vpcId).required("appTag", appTag)
                .that(size().startsWith("db-"), "size '" + size() + "' is not a database size slug (db-...)")
                .range("nodeCount", nodeCount, 1, 2)
                .that(DigitalOceanValkey.EVICTION_POLICIES.contains(evictionPolicy()), "evictionPolicy '" + evictionPolicy() + "' must be one of "
                        + new java.util.TreeSet<>(DigitalOceanValkey.EVICTION_POLICIES))
                .that(!evictionPolicy().startsWith("allkeys"), "evictionPolicy " + evictionPolicy()
                        + " would evict queued jobs (they have no TTL); use volatile_lru or noeviction");
        DigitalOceanAlerts.checkEmails(c, "alertEmails", alertEmails);
        c.done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DigitalOceanValkeyArgs a = new DigitalOceanValkeyArgs();

        private Builder() {
        }

        public Builder clusterName(String v) { a.clusterName = v; return this; }
        public Builder region(String v) { a.region = v; return this; }
        public Builder size(String v) { a.size = v; return this; }
        public Builder nodeCount(int v) { a.nodeCount = v; return this; }
        public Builder vpcId(Output<String> v) { a.vpcId = v; return this; }
        public Builder appTag(Output<String> v) { a.appTag = v; return this; }
        public Builder tags(List<String> v) { a.tags = List.copyOf(v); return this; }
        public Builder evictionPolicy(String v) { a.evictionPolicy = v; return this; }
        public Builder alertEmails(List<String> v) { a.alertEmails = List.copyOf(v); return this; }

        /** Checks the inputs; see {@link DigitalOceanValkeyArgs#validate()}. */
        public DigitalOceanValkeyArgs build() {
            a.validate();
            return a;
        }
    }
}
