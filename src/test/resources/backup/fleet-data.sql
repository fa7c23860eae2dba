-- Generated rows for the fleet-like schema (MariaDB sequence engine). @ORDERS@ orders, each with
-- @STATUSES@ tracking statuses. Strings carry quotes, backslashes, line breaks, parentheses and
-- "),(" so a naive row counter or a broken escape would be caught; binary columns carry NUL bytes.
INSERT INTO companies (uuid, name, logo) VALUES
  (UUID(), 'Marine Maroc', UNHEX('89504E470D0A1A0A00FF')),
  (UUID(), 'L''Atlantique (Casa), "quoted" \\ back', NULL),
  (UUID(), 'Tanger Med ),( tricky; INSERT INTO `x` VALUES (1);', 0x00);
INSERT INTO orders (uuid, public_id, company_id, status, type, notes, meta, payload_hash, scheduled_at, created_at, updated_at)
SELECT UUID(), CONCAT('order_', seq), 1 + seq % 3,
  ELT(1 + seq % 4, 'created', 'dispatched', 'in progress', 'completed'),
  IF(seq % 5 = 0, NULL, 'transport'),
  CONCAT('Quai ', seq, ' – l''envoi est "urgent" (x),(y) \\ fin', CHAR(10), 'ligne 2 ', CHAR(9), 'ﻣﺮﺣﺒﺎ'),
  CONCAT('{"seq":', seq, ',"tags":["a","b"],"note":"it''s (ok)"}'),
  UNHEX(MD5(seq)), '2026-01-01 00:00:00' + INTERVAL seq MINUTE, '2026-01-01 00:00:00', NULL
FROM seq_1_to_@ORDERS@;
INSERT INTO tracking_statuses (uuid, order_id, status, details, code, latitude, longitude, created_at)
SELECT UUID(), o.id, ELT(1 + s.seq % 3, 'picked up', 'at port', 'delivered'),
  CONCAT('Scan ', s.seq, ' at Casablanca port; ok'), NULL, 33.5731104 + s.seq / 1e6, -7.5898434,
  '2026-01-02 00:00:00'
FROM orders o JOIN seq_1_to_@STATUSES@ s;
CALL log_message('seeded');
