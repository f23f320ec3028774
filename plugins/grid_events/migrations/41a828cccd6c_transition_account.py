"""transition account: the history records the signed-in account that acted

Rows written before keep their person in ``actor_id`` and get no account (the
column is nullable), so every existing history stays valid as it was.

Revision ID: 41a828cccd6c
Revises: c546ed07e8b0
Create Date: 2026-11-26 00:11:35.595712

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "41a828cccd6c"
down_revision: str | Sequence[str] | None = "c546ed07e8b0"
branch_labels: str | Sequence[str] | None = None
# The account table comes with core's second revision.
depends_on: str | Sequence[str] | None = "0002_core"


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("grid_events_transition", schema=None) as batch_op:
        batch_op.add_column(sa.Column("account_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_grid_events_transition_account_id"), ["account_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_grid_events_transition_account_id_account"),
            "account",
            ["account_id"],
            ["id"],
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("grid_events_transition", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_grid_events_transition_account_id_account"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_grid_events_transition_account_id"))
        batch_op.drop_column("account_id")
