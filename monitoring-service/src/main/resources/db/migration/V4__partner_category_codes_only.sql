-- The French labels and groupings of the partner categories now come from one source, the platform's code list
-- (platform-common fr.cmq.common.reference.PartnerCategory, served at /api/v1/reference/partner-categories).
-- The table keeps the codes and their order: it stays the target of partner.category's foreign key.
alter table partner_category drop column label;
alter table partner_category drop column grouping;
