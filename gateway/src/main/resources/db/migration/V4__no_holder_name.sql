-- The read model feeds the public exports, which hold no personal data: a budget keeps its holder (CAMPUS or
-- SUPPORT_ESTABLISHMENT) but not the free-text holder name, which could be a person's. The projection no longer
-- stores it (FundingProjection.withoutHolderName); this removes it from the rows stored before.
update budget_row set view = view - 'holderName' where view ? 'holderName';
