package ma.marinemaroc.fleet.services;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Services} on an app host of the scaled topology: no database or cache container (managed engines) and no
 * state volume. Host 0 runs the database steps of each API image once for the whole fleet (a first-boot restore, the
 * backup before the migrations, the migrations, the steps after them); the other hosts' API releases wait for them.
 *
 * @param index            the host's number, 0 first
 * @param tableCount       host 0: a command printing how many tables the Fleetbase databases hold (0: a fresh database,
 *                         nothing to back up before the first migrations); empty on the other hosts
 * @param releasesWaitFor  the other hosts: host 0's database steps ({@link Services#databaseStepsDone()}), which every
 *                         API release of theirs waits for; empty on host 0
 * @param socketRelay      the other hosts: {@code host:port} the edge relays the console's websocket to (host 0's
 *                         private address and its relay port); empty on host 0, which runs the socket server
 */
public record AppHost(int index, Optional<String> tableCount, List<Resource> releasesWaitFor,
                      Optional<Output<String>> socketRelay) {
    public AppHost {
        if (index < 0) throw new IllegalArgumentException("index must be >= 0, got " + index);
        Objects.requireNonNull(tableCount, "tableCount");
        releasesWaitFor = List.copyOf(releasesWaitFor);
        Objects.requireNonNull(socketRelay, "socketRelay");
        if ((index == 0) != tableCount.isPresent()) {
            throw new IllegalArgumentException("host 0, and only host 0, runs the database steps (tableCount)");
        }
        if ((index == 0) == socketRelay.isPresent()) {
            throw new IllegalArgumentException("host 0 runs the socket server; every other host relays to it (socketRelay)");
        }
        if (index == 0 && !releasesWaitFor.isEmpty()) {
            throw new IllegalArgumentException("host 0 waits for no other host");
        }
    }

    /** Host 0: the database steps, the scheduler, the socket server and the backups. */
    public static AppHost leader(String tableCount) {
        return new AppHost(0, Optional.of(tableCount), List.of(), Optional.empty());
    }

    /** Any other host. */
    public static AppHost follower(int index, List<? extends Resource> leaderDatabaseSteps, Output<String> socketRelay) {
        if (index < 1) throw new IllegalArgumentException("a follower's index is >= 1, got " + index);
        return new AppHost(index, Optional.empty(), List.copyOf(leaderDatabaseSteps), Optional.of(socketRelay));
    }

    public boolean leader() {
        return index == 0;
    }
}
