"""2: an index for each desk's settings version.

Every heartbeat answers the desk's settings version, the highest version among the changes
of its three layers (settings_store.desk_version): with this index that is three short
index lookups, however long the history grows.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection


def upgrade(conn: Connection) -> None:
    md = sa.MetaData()
    table = sa.Table("setting_changes", md, sa.Column("scope", sa.String(20)),
                     sa.Column("scope_id", sa.String(100)), sa.Column("version", sa.BigInteger))
    sa.Index("setting_changes_scope", table.c.scope, table.c.scope_id, table.c.version
             ).create(conn)
