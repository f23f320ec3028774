"""index on people's ID numbers (i21-bulk: the people register's natural key)

Revision ID: 0006_core
Revises: 0005_core
Create Date: 2026-12-07 22:08:00.000000

"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006_core"
down_revision: str | Sequence[str] | None = "0005_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            "ix_person_district_id_number", ["district_id", "id_number"], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_district_id_number")
