package ma.marinemaroc.fleet.services;

import ma.marinemaroc.fleet.config.Catalog;
import ma.marinemaroc.fleet.config.Cloud;
import ma.marinemaroc.fleet.config.HostSize;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SizingTest {
    static List<HostSize> supported() {
        List<HostSize> all = new ArrayList<>(Catalog.supportedSizes(Cloud.DIGITALOCEAN));
        all.addAll(Catalog.supportedSizes(Cloud.AWS));
        return all;
    }

    @Test
    void everySupportedSizeLeavesHeadroomForTheHost() {
        assertThat(supported()).hasSizeGreaterThan(8);
        for (HostSize size : supported()) {
            Sizing z = Sizing.forHost(size);
            int ram = size.memoryMib();
            assertThat(z.totalContainerMib()).as(size.slug()).isLessThanOrEqualTo(ram - z.hostReserveMib());
            assertThat(ram - z.totalContainerMib()).as("%s headroom", size.slug())
                    .isGreaterThanOrEqualTo(Math.max(1024, ram / 5));
            assertThat(z.innodbBufferPoolMib()).as(size.slug()).isLessThan(z.limit(ServiceRole.DATABASE));
            assertThat(z.innodbBufferPoolMib() % 128).isZero();
            assertThat(z.redisMaxMemoryMib()).as(size.slug()).isLessThan(z.limit(ServiceRole.CACHE));
            assertThat(z.octaneWorkers()).isBetween(2, size.vcpus() * 4);
            assertThat(z.queueWorkers()).isBetween(1, size.vcpus() * 2);
            // Each queue worker's and the scheduler's PHP limit fits inside its container.
            assertThat(z.phpMemoryLimitMib()).isLessThan(z.queueContainerMib());
            assertThat(z.phpMemoryLimitMib()).isLessThan(z.limit(ServiceRole.SCHEDULER));
            // Every Octane worker at its memory_limit, plus the runtime, fits in the application's container
            // (the image's 600M default x workers would not).
            assertThat(z.octaneWorkers() * z.octaneMemoryLimitMib() + Sizing.PHP_RUNTIME_OVERHEAD_MIB)
                    .as("%s octane", size.slug()).isLessThanOrEqualTo(z.limit(ServiceRole.APPLICATION));
            assertThat(z.octaneMemoryLimitMib()).isBetween(Sizing.MIN_PHP_LIMIT_MIB, Sizing.MAX_PHP_LIMIT_MIB);
            assertThat(z.containerLimitsMib().keySet()).containsExactlyInAnyOrderElementsOf(FleetServices.ORDER);
        }
    }

    @Test
    void budgetsGrowWithTheHost() {
        Sizing small = Sizing.forHost(Catalog.size(Cloud.DIGITALOCEAN, "s-2vcpu-4gb").orElseThrow());
        Sizing big = Sizing.forHost(Catalog.size(Cloud.DIGITALOCEAN, "s-8vcpu-16gb").orElseThrow());
        assertThat(big.innodbBufferPoolMib()).isGreaterThan(small.innodbBufferPoolMib() * 3);
        assertThat(big.redisMaxMemoryMib()).isGreaterThan(small.redisMaxMemoryMib() * 3);
        assertThat(big.octaneWorkers()).isGreaterThan(small.octaneWorkers());
        for (ServiceRole svc : FleetServices.ORDER) assertThat(big.limit(svc)).isGreaterThan(small.limit(svc));
    }

    @Test
    void sizesBelowTheMinimumAreNotSupported() {
        for (Cloud c : Cloud.values()) {
            assertThat(Catalog.sizes(c)).anyMatch(s -> s.memoryMib() < Catalog.MIN_MEMORY_MIB);
            assertThat(Catalog.supportedSizes(c)).allMatch(s -> s.memoryMib() >= Catalog.MIN_MEMORY_MIB);
        }
    }

    /** Prints the sizing table the README shows (run: mvn test -Dtest=SizingTest -Dsizing.table=true). */
    @Test
    void sizingTable() {
        if (!Boolean.getBoolean("sizing.table")) return;
        StringBuilder sb = new StringBuilder("| size | RAM MiB | host reserve | database (buffer pool) | cache (maxmemory) | application (workers) | queue (workers) | scheduler | socket | console | httpd |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (HostSize s : supported()) {
            Sizing z = Sizing.forHost(s);
            sb.append("| ").append(s.slug()).append(" | ").append(s.memoryMib()).append(" | ").append(z.hostReserveMib())
                    .append(" | ").append(z.limit(ServiceRole.DATABASE)).append(" (").append(z.innodbBufferPoolMib()).append(")")
                    .append(" | ").append(z.limit(ServiceRole.CACHE)).append(" (").append(z.redisMaxMemoryMib()).append(")")
                    .append(" | ").append(z.limit(ServiceRole.APPLICATION)).append(" (").append(z.octaneWorkers()).append(" x ")
                    .append(z.octaneMemoryLimitMib()).append("M)")
                    .append(" | ").append(z.limit(ServiceRole.QUEUE)).append(" (").append(z.queueWorkers()).append(")")
                    .append(" | ").append(z.limit(ServiceRole.SCHEDULER)).append(" | ").append(z.limit(ServiceRole.SOCKET))
                    .append(" | ").append(z.limit(ServiceRole.CONSOLE)).append(" | ").append(z.limit(ServiceRole.HTTPD)).append(" |\n");
        }
        System.out.println(sb);
    }
}
