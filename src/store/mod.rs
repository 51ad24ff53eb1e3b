//! The SQLite store: opening with durable pragmas, migrations, backups, and
//! one file of queries per table. All SQL of the project lives below here.
