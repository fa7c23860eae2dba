-- A fleet-like schema (a small subset of Fleetbase's orders/tracking tables) with the objects a
-- faithful backup must carry: a foreign key, triggers, a stored function, a procedure and an event.
CREATE TABLE companies (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uuid CHAR(36) NOT NULL UNIQUE,
  name VARCHAR(191) NOT NULL,
  logo VARBINARY(64) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE orders (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uuid CHAR(36) NOT NULL UNIQUE,
  public_id VARCHAR(64) NOT NULL,
  company_id BIGINT UNSIGNED NOT NULL,
  status VARCHAR(32) NOT NULL,
  type VARCHAR(32) NULL,
  notes TEXT NULL,
  meta TEXT NULL,
  payload_hash BINARY(16) NULL,
  scheduled_at DATETIME NULL,
  created_at TIMESTAMP NULL,
  updated_at TIMESTAMP NULL,
  KEY orders_status_index (status),
  CONSTRAINT orders_company_id_foreign FOREIGN KEY (company_id) REFERENCES companies (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE tracking_statuses (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uuid CHAR(36) NOT NULL UNIQUE,
  order_id BIGINT UNSIGNED NOT NULL,
  status VARCHAR(64) NOT NULL,
  details TEXT NULL,
  code VARCHAR(32) NULL,
  latitude DECIMAL(10,7) NULL,
  longitude DECIMAL(10,7) NULL,
  created_at TIMESTAMP NULL,
  CONSTRAINT tracking_statuses_order_id_foreign FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE order_status_counts (
  status VARCHAR(32) NOT NULL PRIMARY KEY,
  n BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE audit_log (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  message VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

DELIMITER ;;
CREATE TRIGGER orders_after_insert AFTER INSERT ON orders FOR EACH ROW
BEGIN
  INSERT INTO order_status_counts (status, n) VALUES (NEW.status, 1)
    ON DUPLICATE KEY UPDATE n = n + 1;
END;;
CREATE TRIGGER tracking_statuses_before_insert BEFORE INSERT ON tracking_statuses FOR EACH ROW
BEGIN
  IF NEW.code IS NULL THEN SET NEW.code = UPPER(REPLACE(NEW.status, ' ', '_')); END IF;
END;;
CREATE FUNCTION orders_in_status(s VARCHAR(32)) RETURNS BIGINT READS SQL DATA
BEGIN
  RETURN (SELECT COUNT(*) FROM orders WHERE status = s);
END;;
CREATE PROCEDURE log_message(IN m VARCHAR(255))
BEGIN
  INSERT INTO audit_log (message) VALUES (m);
END;;
DELIMITER ;
CREATE EVENT purge_audit_log ON SCHEDULE EVERY 1 DAY DISABLE DO DELETE FROM audit_log WHERE id < 0;
