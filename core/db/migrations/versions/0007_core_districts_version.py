"""districts version (i15-fixedcost): server processes cache districts and their plugins

Revision ID: 0007_core
Revises: 0006_core
Create Date: 2026-12-07 21:30:00.000000

A trigger on ``district`` and on ``district_plugin`` adds one to the single row of
``districts_version`` in the transaction of every statement that changes them, so
each server process notices an enabled or disabled plugin, a new or archived
district, on its next request (core/app.py). On SQLite, Alembic's batch mode
rebuilds a table to alter it, which drops its triggers: a later revision that
alters either table in batch mode must create these triggers again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0007_core"
down_revision: str | Sequence[str] | None = "0006_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("district", "district_plugin")
EVENTS = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "districts_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_districts_version_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_districts_version")),
    )
    op.execute("INSERT INTO districts_version (id, version) VALUES (1, 1)")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION districts_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN UPDATE districts_version SET version = version + 1 WHERE id = 1; "
            "RETURN NULL; END $$"
        )
        for table in TABLES:
            # Once per statement, however many rows it changed.
            op.execute(
                f"CREATE TRIGGER {table}_bumps_version "
                f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION districts_version_bump()"
            )
        return
    for table in TABLES:
        for event in EVENTS:
            op.execute(
                f"CREATE TRIGGER {table}_{event.lower()}_bumps_version AFTER {event} ON {table} "
                "BEGIN UPDATE districts_version SET version = version + 1 WHERE id = 1; END"
            )


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER {table}_bumps_version ON {table}")
        op.execute("DROP FUNCTION districts_version_bump()")
    else:
        for table in TABLES:
            for event in EVENTS:
                op.execute(f"DROP TRIGGER {table}_{event.lower()}_bumps_version")
    op.drop_table("districts_version")
