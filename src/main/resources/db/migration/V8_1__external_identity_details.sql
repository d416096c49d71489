-- What the admin user page shows about each external identity link: the registration the user signed in
-- through, the username the identity provider sent (before it was mapped to a Gatehouse username) and when
-- the user last signed in with it. Nullable, so that rows written before this migration stay valid.
alter table external_identities add column registration_id varchar(128);
alter table external_identities add column idp_username varchar(1024);
alter table external_identities add column last_signin_at timestamp with time zone;
