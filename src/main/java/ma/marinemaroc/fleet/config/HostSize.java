package ma.marinemaroc.fleet.config;

/**
 * A host size the stack supports: the provider's size slug / instance type with its vCPUs and memory.
 *
 * @param slug      DigitalOcean size slug or EC2 instance type
 * @param vcpus     virtual CPUs
 * @param memoryMib memory in MiB as the provider sells it
 */
public record HostSize(String slug, int vcpus, int memoryMib) {
    public HostSize {
        if (slug == null || slug.isBlank()) throw new IllegalArgumentException("slug is required");
        if (vcpus < 1) throw new IllegalArgumentException("vcpus must be >= 1");
        if (memoryMib < 512) throw new IllegalArgumentException("memoryMib must be >= 512");
    }

    public double memoryGib() {
        return memoryMib / 1024.0;
    }
}
