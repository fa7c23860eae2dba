package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * DigitalOcean Droplet ({@code digitalocean:index/droplet:Droplet}). Its id is the numeric Droplet id as a
 * string; integer-typed references (Firewall.dropletIds, ReservedIpAssignment.dropletId) need
 * {@code Integer.parseInt(id)}. Not bound: backupPolicy, privateNetworking (deprecated).
 */
@ResourceType(type = Droplet.TOKEN)
public class Droplet extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/droplet:Droplet";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "backups", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> backups;

    @Export(name = "createdAt", refs = {String.class}, tree = "[0]")
    private Output<String> createdAt;

    @Export(name = "disk", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> disk;

    @Export(name = "dropletAgent", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> dropletAgent;

    @Export(name = "dropletUrn", refs = {String.class}, tree = "[0]")
    private Output<String> dropletUrn;

    @Export(name = "gracefulShutdown", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> gracefulShutdown;

    @Export(name = "image", refs = {String.class}, tree = "[0]")
    private Output<String> image;

    @Export(name = "ipv4Address", refs = {String.class}, tree = "[0]")
    private Output<String> ipv4Address;

    @Export(name = "ipv4AddressPrivate", refs = {String.class}, tree = "[0]")
    private Output<String> ipv4AddressPrivate;

    @Export(name = "ipv6", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> ipv6;

    @Export(name = "ipv6Address", refs = {String.class}, tree = "[0]")
    private Output<String> ipv6Address;

    @Export(name = "locked", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> locked;

    @Export(name = "memory", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> memory;

    @Export(name = "monitoring", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> monitoring;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "priceHourly", refs = {Double.class}, tree = "[0]")
    private Output<Double> priceHourly;

    @Export(name = "priceMonthly", refs = {Double.class}, tree = "[0]")
    private Output<Double> priceMonthly;

    @Export(name = "publicNetworking", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> publicNetworking;

    @Export(name = "region", refs = {String.class}, tree = "[0]")
    private Output<String> region;

    @Export(name = "resizeDisk", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> resizeDisk;

    @Export(name = "size", refs = {String.class}, tree = "[0]")
    private Output<String> size;

    @Export(name = "sshKeys", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> sshKeys;

    @Export(name = "status", refs = {String.class}, tree = "[0]")
    private Output<String> status;

    @Export(name = "tags", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> tags;

    @Export(name = "userData", refs = {String.class}, tree = "[0]")
    private Output<String> userData;

    @Export(name = "vcpus", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> vcpus;

    @Export(name = "volumeIds", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> volumeIds;

    @Export(name = "vpcUuid", refs = {String.class}, tree = "[0]")
    private Output<String> vpcUuid;

    public Output<Boolean> backups() {
        return backups;
    }

    public Output<String> createdAt() {
        return createdAt;
    }

    /** Disk size in GB. */
    public Output<Integer> disk() {
        return disk;
    }

    public Output<Boolean> dropletAgent() {
        return dropletAgent;
    }

    /** Droplet URN (for projects). */
    public Output<String> dropletUrn() {
        return dropletUrn;
    }

    public Output<Boolean> gracefulShutdown() {
        return gracefulShutdown;
    }

    public Output<String> image() {
        return image;
    }

    /** Public IPv4 address. */
    public Output<String> ipv4Address() {
        return ipv4Address;
    }

    /** VPC IPv4 address. */
    public Output<String> ipv4AddressPrivate() {
        return ipv4AddressPrivate;
    }

    public Output<Boolean> ipv6() {
        return ipv6;
    }

    /** Public IPv6 address (when ipv6 is on). */
    public Output<String> ipv6Address() {
        return ipv6Address;
    }

    public Output<Boolean> locked() {
        return locked;
    }

    /** Memory in MB. */
    public Output<Integer> memory() {
        return memory;
    }

    public Output<Boolean> monitoring() {
        return monitoring;
    }

    public Output<String> name() {
        return name;
    }

    public Output<Double> priceHourly() {
        return priceHourly;
    }

    public Output<Double> priceMonthly() {
        return priceMonthly;
    }

    public Output<Boolean> publicNetworking() {
        return publicNetworking;
    }

    public Output<String> region() {
        return region;
    }

    public Output<Boolean> resizeDisk() {
        return resizeDisk;
    }

    public Output<String> size() {
        return size;
    }

    public Output<List<String>> sshKeys() {
        return sshKeys;
    }

    /** Droplet status, e.g. {@code active}. */
    public Output<String> status() {
        return status;
    }

    public Output<List<String>> tags() {
        return tags;
    }

    public Output<String> userData() {
        return userData;
    }

    /** Number of vCPUs. */
    public Output<Integer> vcpus() {
        return vcpus;
    }

    public Output<List<String>> volumeIds() {
        return volumeIds;
    }

    public Output<String> vpcUuid() {
        return vpcUuid;
    }

    public Droplet(String name, DropletArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public Droplet(String name, DropletArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
