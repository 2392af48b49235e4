-- funding-service owns budgets, contributions, director co-financing and envelopes; its tables come
-- with the funding issue. This first version holds only the shared outbox and campus directory.
comment on schema funding is 'CMQ funding: budgets, funders, co-financing, envelopes';
