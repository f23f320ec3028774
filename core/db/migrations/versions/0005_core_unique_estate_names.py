"""unique estate names per community (i16-integrity)

Revision ID: 0005_core
Revises: 0004_core
Create Date: 2026-12-07 21:45:00.000000

"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005_core"
down_revision: str | Sequence[str] | None = "0004_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    # A unique index, not a constraint: SQLite creates it without rebuilding the table.
    with op.batch_alter_table("estate", schema=None) as batch_op:
        batch_op.create_index("uq_estate_community_id_name", ["community_id", "name"], unique=True)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("estate", schema=None) as batch_op:
        batch_op.drop_index("uq_estate_community_id_name")
