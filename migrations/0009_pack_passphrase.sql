-- A head's pack session from an encrypted pack keeps proof of its
-- passphrase (a small age file, never the passphrase), so the filled pack
-- is saved only under the passphrase the consultant knows.
ALTER TABLE pack_sessions ADD COLUMN passphrase_check BLOB;
