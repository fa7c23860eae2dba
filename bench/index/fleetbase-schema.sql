-- The Fleetbase tables the dashboard queries read, as the upstream migrations create them (column names, types,
-- the indexes the migrations add, the ON ... CASCADE foreign keys), trimmed to the columns the queries and a
-- realistic row size need. Written from the migrations' facts, not copied:
--   core-api  migrations/2023_04_25_094305_create_companies_table.php
--   core-api  migrations/2023_04_25_094311_create_api_request_logs_table.php
--   fleetops  server/migrations/2023_04_27_053456_create_drivers_table.php
--   fleetops  server/migrations/2023_04_27_053456_create_tracking_numbers_table.php
--   fleetops  server/migrations/2023_04_27_053456_create_orders_table.php
--   fleetops  server/migrations/2023_04_27_053456_create_tracking_statuses_table.php
--   fleetops  server/migrations/2023_04_27_053459_add_foreign_keys_to_{orders,tracking_statuses}_table.php
CREATE TABLE companies (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uuid VARCHAR(191) NULL,
  public_id VARCHAR(191) NULL,
  name VARCHAR(255) NULL,
  created_at TIMESTAMP NULL,
  updated_at TIMESTAMP NULL,
  UNIQUE KEY companies_uuid_unique (uuid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE drivers (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uuid VARCHAR(191) NULL,
  public_id VARCHAR(191) NULL,
  company_uuid VARCHAR(191) NULL,
  current_job_uuid VARCHAR(191) NULL,
  online INT NOT NULL DEFAULT 0,
  status VARCHAR(191) NULL,
  deleted_at TIMESTAMP NULL,
  created_at TIMESTAMP NULL,
  updated_at TIMESTAMP NULL,
  UNIQUE KEY drivers_uuid_unique (uuid),
  KEY drivers_company_uuid_foreign (company_uuid),
  KEY drivers_current_job_uuid_foreign (current_job_uuid),
  KEY drivers_online_index (online),
  KEY drivers_status_index (status),
  KEY drivers_created_at_index (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tracking_numbers (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uuid VARCHAR(191) NULL,
  public_id VARCHAR(191) NULL,
  company_uuid VARCHAR(191) NULL,
  owner_uuid VARCHAR(191) NULL,
  owner_type VARCHAR(255) NULL,
  tracking_number VARCHAR(191) NULL,
  region VARCHAR(255) NULL,
  deleted_at TIMESTAMP NULL,
  created_at TIMESTAMP NULL,
  updated_at TIMESTAMP NULL,
  UNIQUE KEY tracking_numbers_uuid_unique (uuid),
  UNIQUE KEY tracking_numbers_public_id_unique (public_id),
  KEY tracking_numbers_company_uuid_index (company_uuid),
  KEY tracking_numbers_owner_uuid_foreign (owner_uuid),
  KEY tracking_numbers_tracking_number_index (tracking_number),
  KEY tracking_numbers_created_at_index (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE orders (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uuid VARCHAR(191) NULL,
  public_id VARCHAR(191) NULL,
  company_uuid VARCHAR(191) NULL,
  internal_id VARCHAR(255) NULL,
  customer_uuid VARCHAR(191) NULL,
  customer_type VARCHAR(255) NULL,
  tracking_number_uuid VARCHAR(191) NULL,
  driver_assigned_uuid VARCHAR(191) NULL,
  meta JSON NULL,
  dispatched TINYINT(1) NOT NULL DEFAULT 0,
  dispatched_at DATETIME NULL,
  started TINYINT(1) NOT NULL DEFAULT 0,
  started_at DATETIME NULL,
  distance INT NULL,
  time INT NULL,
  notes MEDIUMTEXT NULL,
  scheduled_at DATETIME NULL,
  type VARCHAR(255) NULL,
  status VARCHAR(191) NULL,
  deleted_at TIMESTAMP NULL,
  created_at TIMESTAMP NULL,
  updated_at TIMESTAMP NULL,
  UNIQUE KEY orders_uuid_unique (uuid),
  UNIQUE KEY orders_public_id_unique (public_id),
  KEY orders_company_uuid_index (company_uuid),
  KEY orders_customer_uuid_index (customer_uuid),
  KEY orders_tracking_number_uuid_foreign (tracking_number_uuid),
  KEY orders_driver_assigned_uuid_foreign (driver_assigned_uuid),
  KEY orders_dispatched_at_index (dispatched_at),
  KEY orders_scheduled_at_index (scheduled_at),
  KEY orders_status_index (status),
  KEY orders_created_at_index (created_at),
  KEY orders_uuid_index (uuid),
  CONSTRAINT orders_company_uuid_foreign FOREIGN KEY (company_uuid) REFERENCES companies (uuid)
    ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT orders_driver_assigned_uuid_foreign FOREIGN KEY (driver_assigned_uuid) REFERENCES drivers (uuid)
    ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT orders_tracking_number_uuid_foreign FOREIGN KEY (tracking_number_uuid) REFERENCES tracking_numbers (uuid)
    ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tracking_statuses (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uuid VARCHAR(191) NULL,
  public_id VARCHAR(191) NULL,
  company_uuid VARCHAR(191) NULL,
  tracking_number_uuid VARCHAR(191) NULL,
  status VARCHAR(191) NULL,
  details MEDIUMTEXT NULL,
  code VARCHAR(255) NULL,
  city VARCHAR(255) NULL,
  country VARCHAR(255) NULL,
  location POINT NOT NULL,
  latitude VARCHAR(255) NULL,
  longitude VARCHAR(255) NULL,
  deleted_at TIMESTAMP NULL,
  created_at TIMESTAMP NULL,
  updated_at TIMESTAMP NULL,
  UNIQUE KEY tracking_statuses_uuid_unique (uuid),
  UNIQUE KEY tracking_statuses_public_id_unique (public_id),
  KEY tracking_statuses_company_uuid_foreign (company_uuid),
  KEY tracking_statuses_tracking_number_uuid_foreign (tracking_number_uuid),
  KEY tracking_statuses_status_index (status),
  KEY tracking_statuses_created_at_index (created_at),
  SPATIAL KEY location (location),
  CONSTRAINT tracking_statuses_company_uuid_foreign FOREIGN KEY (company_uuid) REFERENCES companies (uuid)
    ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT tracking_statuses_tracking_number_uuid_foreign FOREIGN KEY (tracking_number_uuid)
    REFERENCES tracking_numbers (uuid) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_request_logs (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uuid CHAR(36) NOT NULL,
  company_uuid CHAR(36) NULL,
  public_id VARCHAR(191) NULL,
  method VARCHAR(191) NULL,
  path VARCHAR(191) NULL,
  status_code VARCHAR(191) NULL,
  duration DECIMAL(17,14) NULL,
  ip_address VARCHAR(255) NULL,
  request_headers JSON NULL,
  created_at TIMESTAMP NULL,
  updated_at TIMESTAMP NULL,
  deleted_at TIMESTAMP NULL,
  UNIQUE KEY api_request_logs_uuid_unique (uuid),
  KEY api_request_logs_uuid_index (uuid),
  KEY api_request_logs_company_uuid_index (company_uuid),
  KEY api_request_logs_public_id_index (public_id),
  KEY api_request_logs_method_index (method),
  KEY api_request_logs_path_index (path),
  KEY api_request_logs_status_code_index (status_code),
  KEY api_request_logs_created_at_index (created_at),
  KEY api_request_logs_deleted_at_index (deleted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
