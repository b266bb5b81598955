-- Time limits of a case, in working days: copied from the item version at submission,
-- turned into dates at acceptance with the working-day calendar.
alter table case_file add column promised_days integer;
alter table case_file add column statutory_days integer;
alter table case_file add column promised_deadline date;
alter table case_file add column statutory_deadline date;
create index case_file_promised_deadline on case_file (promised_deadline) where concluded_at is null;
