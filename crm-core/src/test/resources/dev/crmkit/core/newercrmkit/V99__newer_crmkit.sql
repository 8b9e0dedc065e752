-- What a newer crmkit's next migration looks like to this one: a version it does not ship.
CREATE TABLE crm_newer_feature (id INT PRIMARY KEY);
