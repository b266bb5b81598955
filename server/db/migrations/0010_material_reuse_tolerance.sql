-- 免提交 and 容缺受理 for case materials.
-- A reused material points at the same stored content (file_sha256) as the earlier case's
-- file and names where it came from; no bytes are copied.
-- A tolerated material (容缺) gets the date it must be supplied by when the case is accepted.
alter table case_material add column reused_from_case_id uuid references case_file (id);
alter table case_material add column reused_from_index integer check (reused_from_index >= 0);
alter table case_material add column supply_deadline date;
alter table case_material add constraint case_material_reuse_is_upload check (reused_from_case_id is null or kind = 'upload');
-- Tolerated materials still open (for overdue lists and timers).
create index case_material_tolerance_open on case_material (supply_deadline) where kind = 'tolerance' and replaced_at is null;
