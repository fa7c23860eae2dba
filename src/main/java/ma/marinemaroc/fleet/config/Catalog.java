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
    /** The smallest data volume the stack declares (GiB). */
    public static final int MIN_DATA_VOLUME_GB = 20;

    /** The data volume's default: 10 GiB per GiB of memory (room for the database, uploads and local backups). */
    public static int defaultDataVolumeGb(HostSize size) {
        return Math.max(MIN_DATA_VOLUME_GB, size.memoryMib() / 1024 * 10);
    }

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
            "af-south-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1");

    /**
     * Where each region's data centres are (metro area), so that the off-site backup copy can be required to be in
     * another city than the host: DigitalOcean {@code fra1} and AWS {@code eu-central-1} are both Frankfurt, {@code lon1}
     * and {@code eu-west-2} both London, {@code sgp1} and {@code ap-southeast-1} both Singapore, {@code sfo2}/{@code sfo3}
     * and {@code us-west-1} all in the San Francisco Bay Area. Sources: the providers' region pages.
     */
    private static final Map<String, String> LOCATIONS = Map.ofEntries(
            Map.entry("fra1", "Frankfurt"), Map.entry("ams3", "Amsterdam"), Map.entry("lon1", "London"),
            Map.entry("nyc1", "New York"), Map.entry("nyc3", "New York"), Map.entry("sfo2", "San Francisco Bay Area"),
            Map.entry("sfo3", "San Francisco Bay Area"), Map.entry("tor1", "Toronto"), Map.entry("sgp1", "Singapore"),
            Map.entry("blr1", "Bangalore"), Map.entry("syd1", "Sydney"),
            Map.entry("eu-west-1", "Dublin"), Map.entry("eu-west-2", "London"), Map.entry("eu-west-3", "Paris"),
            Map.entry("eu-central-1", "Frankfurt"), Map.entry("eu-central-2", "Zurich"), Map.entry("eu-south-1", "Milan"),
            Map.entry("eu-south-2", "Aragón"), Map.entry("eu-north-1", "Stockholm"),
            Map.entry("us-east-1", "Northern Virginia"), Map.entry("us-east-2", "Ohio"),
            Map.entry("us-west-1", "San Francisco Bay Area"), Map.entry("us-west-2", "Oregon"),
            Map.entry("ca-central-1", "Montréal"), Map.entry("me-central-1", "United Arab Emirates"),
            Map.entry("af-south-1", "Cape Town"), Map.entry("ap-south-1", "Mumbai"),
            Map.entry("ap-southeast-1", "Singapore"), Map.entry("ap-southeast-2", "Sydney"),
            Map.entry("ap-northeast-1", "Tokyo"));

    /** The backup bucket's region unless the host is in the same city; then {@link #FALLBACK_BUCKET_REGION}. */
    public static final String DEFAULT_BUCKET_REGION = "eu-central-1";
    public static final String FALLBACK_BUCKET_REGION = "eu-west-1";

    /** DigitalOcean uptime-check probe regions (the API's values). */
    public static final List<String> UPTIME_REGIONS = List.of("us_east", "us_west", "eu_west", "se_asia");

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

    /** The metro area of a DigitalOcean or AWS region. */
    public static Optional<String> location(String region) {
        return Optional.ofNullable(LOCATIONS.get(region));
    }

    /** Whether two regions (of any of the two clouds) are in the same city. */
    public static boolean sameCity(String a, String b) {
        return a.equals(b) || location(a).isPresent() && location(a).equals(location(b));
    }

    /** The default off-site backup region for a host region: never in the host's city. */
    public static String defaultBucketRegion(String hostRegion) {
        return hostRegion != null && sameCity(hostRegion, DEFAULT_BUCKET_REGION) ? FALLBACK_BUCKET_REGION
                : DEFAULT_BUCKET_REGION;
    }

    public static String defaultImage(Cloud cloud) {
        return cloud == Cloud.AWS ? DEFAULT_AWS_IMAGE : DEFAULT_DO_IMAGE;
    }
}
