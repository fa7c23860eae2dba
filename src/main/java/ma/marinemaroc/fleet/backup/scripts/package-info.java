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
 * Every client call is {@code $DB_EXEC <tool> $DB_CLIENT_OPTS --user=$DB_USER ...}; the password is only
 * in the environment variable {@code MYSQL_PWD} (from {@code DB_PASSWORD}). On the host
 * {@code DB_EXEC="docker exec -i -e MYSQL_PWD fleet-database"}: {@code -e MYSQL_PWD} names the variable
 * and the docker client copies its value into the container, so neither {@code ps} nor the docker
 * daemon's command line shows it; SQL goes to the client on stdin. In tests {@code DB_EXEC} is a local
 * wrapper and {@code DB_CLIENT_OPTS} points at a socket.
 *
 * <h2>Backup set</h2>
 * {@code fleet-YYYYMMDDTHHMMSSZ/}: {@code db-<name>.sql.zst} per database (mysqldump
 * {@code --single-transaction --routines --triggers --events --hex-blob}, zstd multi-threaded),
 * {@code storage.tar.zst}, {@code manifest.json} (per-table row counts, sizes, charset, tool versions)
 * and {@code SHA256SUMS}. Row counts are counted from the dump stream itself while it is written, so
 * they are exact for the snapshot the dump holds (a separate COUNT(*) would see another snapshot).
 * Written under {@code .tmp-<name>}, verified (checksums, zstd -t), renamed, uploaded (SHA256SUMS last:
 * it marks a complete set in S3), then old local sets are pruned; the newest is always kept. S3 retention
 * is the bucket's lifecycle rule.
 *
 * <h2>Restore</h2>
 * {@code fleet-restore (--latest | --name NAME | --from-file PATH) [--yes] [--database DB] [--target-db NAME]}.
 * The set is verified before anything live is touched; each database is loaded into
 * {@code <db>_restore_<ts>}, its row counts compared with the manifest, then one atomic
 * {@code RENAME TABLE} moves the live tables to {@code <db>_fallback_<ts>} and the restored ones in
 * (triggers, routines and events are re-created, since triggers cannot be renamed across schemas; a
 * failure there is rolled back). Storage is extracted beside the live directory and swapped by rename.
 * The fallbacks stay until the operator runs {@code fleet-restore --drop-fallback <ts>}. Views are not
 * supported by the swap (Fleetbase has none); the restore refuses them before changing anything.
 */
package ma.marinemaroc.fleet.backup.scripts;
