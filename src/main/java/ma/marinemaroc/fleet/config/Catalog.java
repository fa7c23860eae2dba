package ma.marinemaroc.fleet.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facts about each cloud the stack supports: regions, host sizes (with their memory, which drives the
 * service sizing), default images. Kept in one place so validation, sizing and docs agree.
 */
public final class Catalog {
    /** The smallest host the full Fleetbase stack runs on with headroom (see services sizing). */
    public static final int MIN_MEMORY_MIB = 4096;

    /** Canonical's AWS account, owner of the official Ubuntu AMIs. */
    public static final String UBUNTU_AMI_OWNER = "099720109477";
    public static final String DEFAULT_AWS_IMAGE = "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*";
    public static final String DEFAULT_DO_IMAGE = "ubuntu-22-04-x64";

    private static final List<String> DO_REGIONS = List.of(
            "fra1", "ams3", "lon1", "nyc1", "nyc3", "sfo2", "sfo3", "tor1", "sgp1", "blr1", "syd1");
    private static final List<String> AWS_REGIONS = List.of(
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-central-2", "eu-south-1", "eu-south-2",
            "eu-north-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "me-central-1",
            "af-south-1", "ap-south-1", "ap-southeast-1", "ap-northeast-1");

    private static final Map<String, HostSize> DO_SIZES = index(List.of(
            new HostSize("s-1vcpu-1gb", 1, 1024),
            new HostSize("s-1vcpu-2gb", 1, 2048),
            new HostSize("s-2vcpu-2gb", 2, 2048),
            new HostSize("s-2vcpu-4gb", 2, 4096),
            new HostSize("s-4vcpu-8gb", 4, 8192),
            new HostSize("s-8vcpu-16gb", 8, 16384),
            new HostSize("g-2vcpu-8gb", 2, 8192),
            new HostSize("g-4vcpu-16gb", 4, 16384),
            new HostSize("m-2vcpu-16gb", 2, 16384),
            new HostSize("m-4vcpu-32gb", 4, 32768)));

    private static final Map<String, HostSize> AWS_SIZES = index(List.of(
            new HostSize("t3.small", 2, 2048),
            new HostSize("t3.medium", 2, 4096),
            new HostSize("t3.large", 2, 8192),
            new HostSize("t3.xlarge", 4, 16384),
            new HostSize("m6i.large", 2, 8192),
            new HostSize("m6i.xlarge", 4, 16384),
            new HostSize("r6i.large", 2, 16384),
            new HostSize("r6i.xlarge", 4, 32768)));

    private Catalog() {
    }

    private static Map<String, HostSize> index(List<HostSize> sizes) {
        Map<String, HostSize> m = new LinkedHashMap<>();
        sizes.forEach(s -> m.put(s.slug(), s));
        return Map.copyOf(m);
    }

    public static List<String> regions(Cloud cloud) {
        return cloud == Cloud.AWS ? AWS_REGIONS : DO_REGIONS;
    }

    public static List<String> awsRegions() {
        return AWS_REGIONS;
    }

    /** All sizes known for a cloud, in ascending memory order. */
    public static List<HostSize> sizes(Cloud cloud) {
        return (cloud == Cloud.AWS ? AWS_SIZES : DO_SIZES).values().stream()
                .sorted(java.util.Comparator.comparingInt(HostSize::memoryMib).thenComparing(HostSize::slug))
                .toList();
    }

    /** Sizes big enough for the stack. */
    public static List<HostSize> supportedSizes(Cloud cloud) {
        return sizes(cloud).stream().filter(s -> s.memoryMib() >= MIN_MEMORY_MIB).toList();
    }

    public static Optional<HostSize> size(Cloud cloud, String slug) {
        return Optional.ofNullable((cloud == Cloud.AWS ? AWS_SIZES : DO_SIZES).get(slug));
    }

    public static String defaultImage(Cloud cloud) {
        return cloud == Cloud.AWS ? DEFAULT_AWS_IMAGE : DEFAULT_DO_IMAGE;
    }
}
