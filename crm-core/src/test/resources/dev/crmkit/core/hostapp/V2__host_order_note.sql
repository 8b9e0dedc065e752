ALTER TABLE host_orders ADD note VARCHAR(200);
