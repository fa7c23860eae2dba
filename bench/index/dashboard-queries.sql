-- The typical dashboard and API queries on the generated dataset (generate.sh), one per statement, each preceded by
-- the index it should use once fleet-db-indexes ran ("-- expect: NAME"). Values are the generator's: company 1
-- holds 60 % of the orders, driver 1 belongs to it, tracking number 0x4D2 is order 1234's.
-- Read by bench/index/run.sh and ma.marinemaroc.fleet.dbtuning.DatabaseIndexesTest.

-- expect: fleet_orders_company_status_created
SELECT COUNT(*) FROM orders WHERE company_uuid = '00000000-0000-4000-a000-000000000001' AND status IN ('dispatched', 'driver_enroute', 'started', 'picked_up') AND created_at BETWEEN '2026-10-01' AND '2026-11-01' AND deleted_at IS NULL;
-- expect: fleet_orders_company_status_created
SELECT id, public_id, status, created_at FROM orders WHERE company_uuid = '00000000-0000-4000-a000-000000000001' AND status = 'created' AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 25;
-- expect: idx_orders_company_created
SELECT id, public_id, status, created_at FROM orders WHERE company_uuid = '00000000-0000-4000-a000-000000000001' AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 25;
-- expect: idx_orders_company_created
SELECT DATE(created_at) AS day, COUNT(*) FROM orders WHERE company_uuid = '00000000-0000-4000-a000-000000000001' AND created_at >= '2026-10-01' AND deleted_at IS NULL GROUP BY day;
-- expect: idx_orders_company_driver
SELECT COUNT(*) FROM orders WHERE company_uuid = '00000000-0000-4000-a000-000000000001' AND driver_assigned_uuid IS NULL AND deleted_at IS NULL;
-- expect: fleet_orders_driver_status
SELECT id, public_id, status FROM orders WHERE driver_assigned_uuid = '00000000-0000-4000-b000-000000000001' AND status IN ('dispatched', 'driver_enroute', 'started', 'picked_up') AND deleted_at IS NULL;
-- expect: fleet_tracking_statuses_number_created
SELECT status, created_at FROM tracking_statuses WHERE tracking_number_uuid = '00000000-0000-4000-c000-0000000004D2' AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1;
-- expect: fleet_tracking_statuses_company_created
SELECT id, status, created_at FROM tracking_statuses WHERE company_uuid = '00000000-0000-4000-a000-000000000001' AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 50;
