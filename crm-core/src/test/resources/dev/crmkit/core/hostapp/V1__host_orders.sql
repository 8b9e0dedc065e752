-- A host application's own first migration: version 1, like crmkit's, in the host's own history.
CREATE TABLE host_orders (id INT PRIMARY KEY, customer_email VARCHAR(254) NOT NULL);
