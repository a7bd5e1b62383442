-- The code as the province prints it where it differs from the node's key ("1.1" for "I.1.1", when the numbering
-- restarts in each field); '' when the key is what is printed. Older rows print their key, as before.
ALTER TABLE criterion_node ADD COLUMN printed_code VARCHAR(100) DEFAULT '' NOT NULL;
