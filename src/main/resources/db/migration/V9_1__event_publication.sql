-- Spring Modulith's event publication registry (its schema version 2). An event published in a committed
-- transaction stays here until its listener has handled it, so an audit event survives a node stopping right
-- after the commit; handled publications are deleted (spring.modulith.events.completion-mode=delete).
-- serialized_event is wider than Modulith's own 4000 characters: an admin change carries before and after.
create table event_publication (
    id                     uuid             not null primary key,
    listener_id            varchar(512)     not null,
    event_type             varchar(512)     not null,
    serialized_event       varchar(1000000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_completion on event_publication (completion_date);
