-- Until Flyway kept the schema's history, the server's own runner recorded it in schema_version; a database it made is
-- baselined at that table's newest version, after which the table says nothing anyone reads.
drop table if exists schema_version;
