package ma.marinemaroc.fleet.dbtuning;

import java.util.List;

/**
 * The secondary indexes the Fleetbase database gets on top of what the migrations create: the one place they are
 * declared. Derived from the real schema and queries (upstream files named per index):
 * <ul>
 *   <li>every console query is scoped by {@code company_uuid} (multi-tenant), so each index leads with it, except
 *       the driver app's and the tracking page's lookups, which are scoped by driver or tracking number;</li>
 *   <li>the dashboard metrics ({@code fleetops server/src/Support/Metrics/Orders*Metric.php}) count orders of a
 *       company by status list over a {@code created_at} period, 14 times for a sparkline;</li>
 *   <li>the migrations index single columns only ({@code create_orders_table.php}: status, created_at, company_uuid,
 *       driver_assigned_uuid each alone), so these queries read every order of the company and filter.</li>
 * </ul>
 * Not indexed on purpose: scheduled orders (the migration's own {@code scheduled_at} index already narrows a
 * week to a few rows), drivers online (a few hundred rows per company), and core-api's {@code api_request_logs}
 * by company and time: on the generated dataset the optimizer (MariaDB 10.11) kept intersecting the migration's
 * single-column {@code company_uuid} and {@code deleted_at} indexes even with a {@code (company_uuid, deleted_at,
 * created_at)} index present, so that index would only have cost writes.
 * Two orders indexes use the names of fleetops' later migration
 * {@code server/migrations/2025_11_01_103634_add_performance_indexes_to_fleetops_tables.php}, which creates the same
 * column lists guarded by those names: when an image with that migration arrives it skips them instead of adding a
 * duplicate. Every other name starts with {@code fleet_}, a prefix no upstream migration uses, so no upstream
 * migration can fail on a name we took (that migration guards its payload/tracking indexes by other names than the
 * ones it creates). The script also treats an index as present when any existing index leads with the same columns.
 */
public final class FleetIndexes {
    private static final String ORDERS_MIGRATION = "fleetops server/migrations/2023_04_27_053456_create_orders_table.php";

    public static final List<IndexSpec> ALL = List.of(
            new IndexSpec("orders", "fleet_orders_company_status_created", List.of("company_uuid", "status", "created_at"),
                    "WHERE company_uuid = ? AND status IN (...) AND created_at BETWEEN ? AND ? (dashboard metrics); "
                            + "status filter ORDER BY created_at DESC (orders table)",
                    "fleetops server/src/Support/Metrics/OrdersInProgressMetric.php"),
            new IndexSpec("orders", "idx_orders_company_created", List.of("company_uuid", "created_at"),
                    "WHERE company_uuid = ? ORDER BY created_at DESC LIMIT n (recent orders); orders per day",
                    ORDERS_MIGRATION),
            new IndexSpec("orders", "idx_orders_company_driver", List.of("company_uuid", "driver_assigned_uuid"),
                    "WHERE company_uuid = ? AND driver_assigned_uuid IS NULL (unassigned orders)",
                    ORDERS_MIGRATION),
            new IndexSpec("orders", "fleet_orders_driver_status", List.of("driver_assigned_uuid", "status"),
                    "WHERE driver_assigned_uuid = ? AND status IN (...) (a driver's active orders, driver app)",
                    ORDERS_MIGRATION),
            new IndexSpec("tracking_statuses", "fleet_tracking_statuses_number_created",
                    List.of("tracking_number_uuid", "created_at"),
                    "WHERE tracking_number_uuid = ? ORDER BY created_at DESC (latest status, tracking timeline)",
                    "fleetops server/migrations/2023_04_27_053456_create_tracking_statuses_table.php"),
            new IndexSpec("tracking_statuses", "fleet_tracking_statuses_company_created",
                    List.of("company_uuid", "created_at"),
                    "WHERE company_uuid = ? ORDER BY created_at DESC LIMIT n (activity feed)",
                    "fleetops server/migrations/2023_04_27_053456_create_tracking_statuses_table.php"));

    private FleetIndexes() {
    }
}
