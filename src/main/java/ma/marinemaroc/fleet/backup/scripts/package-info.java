/**
 * On-host backup, restore and restore-drill scripts of the Fleet platform, rendered from
 * {@code templates/backup/} by {@link ma.marinemaroc.fleet.backup.scripts.BackupScripts#render}.
 *
 * <h2>Files on the host</h2>
 * <ul>
 *   <li>{@code /opt/fleet/bin/fleet-backup}, {@code fleet-restore}, {@code fleet-restore-drill} (0755)</li>
 *   <li>{@code /etc/fleet/backup.conf} (0644, non-secret, sourced by the scripts)</li>
 *   <li>{@code /etc/fleet/backup.env} (0600, secrets, written separately, see
 *       {@link ma.marinemaroc.fleet.backup.scripts.BackupSecretsEnv}): {@code DB_USER}, {@code DB_PASSWORD},
 *       {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} (both optional with an instance role),
 *       {@code AWS_SESSION_TOKEN} (optional). The scripts parse it (never source it) and take only these names.</li>
 *   <li>{@code /etc/systemd/system/fleet-backup.{service,timer}}, {@code fleet-restore-drill.{service,timer}}
 *       (timers {@code Persistent=true}); enable the two timers.</li>
 * </ul>
 *
 * <h2>Database access without credentials on a command line</h2>
 * The tools (mydumper, myloader, mysql, mysqldump) run on the host and connect over the database container's
 * unix socket ({@code DB_SOCKET}, by default {@code /run/fleet/mysqld/mysqld.sock}: the deploy mounts
 * {@code /run/fleet/mysqld} at {@code /var/run/mysqld} in the container). {@code DB_USER} and {@code DB_PASSWORD}
 * go into an option file in the script's private work directory (mode 0600, removed on every exit; the
 * systemd units also give the scripts a private /tmp), passed as {@code --defaults-file}: never on a command
 * line, never in the environment. {@code DB_EXEC} is an optional wrapper in front of every tool (tests record
 * the command lines with it).
 *
 * <h2>Backup set (manifest format 2)</h2>
 * {@code fleet-YYYYMMDDTHHMMSSZ/}: {@code db-<name>.tar.zst} per database (mydumper's files of that database:
 * tables chunked by {@code DUMP_CHUNK_ROWS}, the dump's {@code metadata}, and {@code <name>.objects-mysqldump}
 * with the triggers, routines and events as mysqldump writes them), {@code storage.tar.zst},
 * {@code manifest.json} (per-table row counts, sizes, charset, tool versions) and {@code SHA256SUMS}. One
 * mydumper run dumps every database with {@code DB_THREADS} threads sharing one consistent snapshot. Row
 * counts are counted after the dump from mydumper's files (one row a line), beside the compression, not on
 * the stream. Written under {@code .tmp-<name>}, verified (checksums, zstd -t), renamed, uploaded (SHA256SUMS
 * last: it marks a complete set in S3; the local set then gets the marker {@code .uploaded}). Every run also
 * uploads older local sets that never reached S3. Pruning: uploaded sets beyond the newest
 * {@code LOCAL_KEEP_COUNT} or older than {@code LOCAL_KEEP_DAYS} go; a local-only set stays unless the disk
 * would fill (free space below the next run's needs plus {@code LOCAL_MIN_FREE_MB}): then sets go oldest
 * first, uploaded ones before local-only ones, never the newest, and the deletion is alerted. S3 retention is
 * the bucket's lifecycle rule.
 *
 * <h2>Restore</h2>
 * {@code fleet-restore (--latest | --name NAME | --from-file PATH) [--yes] [--database DB] [--target-db NAME]}.
 * The set is verified before anything live is touched and must hold every required database (unless
 * {@code --database}); each database is unpacked and loaded by myloader ({@code DB_THREADS} threads, binary log
 * off) into {@code <db>_restore_<ts>}, then its triggers, routines and events, and its row counts are compared
 * with the manifest, all while the application runs. Then the application is stopped and one atomic
 * {@code RENAME TABLE} per database moves the live tables to {@code <db>_fallback_<ts>} and the restored ones
 * in (triggers, routines and events are re-created, since triggers cannot be renamed across schemas; a
 * failure there is rolled back); a signal during the swap takes effect after it. Storage is extracted beside
 * the live directory and swapped by rename. The fallbacks stay until the operator runs
 * {@code fleet-restore --drop-fallback <ts>}. Views are not supported by the swap (Fleetbase has none); the
 * restore refuses them before changing anything.
 *
 * <h2>Failures</h2>
 * Every non-zero exit (also a usage error, a held lock: 75, a signal: 128+n) prints one ERROR line with its
 * reason on stderr, appends it to the run log and sends it to the alert command; the work directory and
 * everything half-written (staging schemas, unpacked dumps, the temporary set) are removed on every exit path,
 * and child processes are stopped. A missing or broken configuration is named in that one line.
 */
package ma.marinemaroc.fleet.backup.scripts;
