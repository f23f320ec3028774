"""audit entries keep the client's operation name apart; failed logins are found by action and time (i16-sessions)

Revision ID: 0004_core
Revises: 0003_core
Create Date: 2026-12-07 21:40:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004_core"
down_revision: str | Sequence[str] | None = "0003_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_operation", sa.String(length=100), nullable=True))
        batch_op.create_index("ix_audit_entry_action_at", ["action", "at"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_action_at")
        batch_op.drop_column("client_operation")
