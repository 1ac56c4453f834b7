"""`ContactsModel`: every imported row with its status, filterable and searchable.

Filtering happens in the model (a list of visible row indices rebuilt in one
pass), so a 100,000-row list filters without a Python call per row from Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from smsgui.core import words
from smsgui.core.contacts import Contact, ContactList, Status, cell_text

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {
    Status.INVALID: QColor(0xC6, 0x28, 0x28),
    Status.DUPLICATE: QColor(0x9E, 0x6A, 0x03),
    Status.NOT_MOBILE: QColor(0x9E, 0x6A, 0x03),
    Status.DO_NOT_CONTACT: QColor(0x6A, 0x1B, 0x9A),
}


class ContactsModel(QAbstractTableModel):
    """Columns: row number, status, the number as it will be sent, then the sheet's columns."""

    ROW, STATUS, NUMBER = range(3)
    FIXED = 3
    StatusRole = Qt.ItemDataRole.UserRole + 1

    contactsEdited = Signal()

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._list: ContactList | None = None
        self._visible: list[int] = []
        self._status: Status | None = None
        self._search = ""

    # -- content ---------------------------------------------------------------------------

    @property
    def contact_list(self) -> ContactList | None:
        return self._list

    def set_contacts(self, contact_list: ContactList | None) -> None:
        self.beginResetModel()
        self._list = contact_list
        self._visible = self._filtered()
        self.endResetModel()

    def set_filter(self, status: Status | None = None, search: str = "") -> None:
        self.beginResetModel()
        self._status, self._search = status, search.strip().casefold()
        self._visible = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        if self._list is None:
            return []
        contacts = self._list.contacts
        wanted = self._status
        indices = [i for i, c in enumerate(contacts) if wanted is None or c.status is wanted]
        if self._search:
            needle = self._search
            indices = [i for i in indices if needle in self._haystack(contacts[i])]
        return indices

    @staticmethod
    def _haystack(contact: Contact) -> str:
        parts = [str(contact.row), contact.phone or "", contact.reason]
        parts.extend(cell_text(value) for value in contact.values)
        return " ".join(parts).casefold()

    def contact(self, row: int) -> Contact:
        assert self._list is not None
        return self._list.contacts[self._visible[row]]

    def remove(self, rows: Sequence[int]) -> None:
        """Removes model rows from the contact list (statuses are recomputed)."""
        if self._list is None or not rows:
            return
        self.beginResetModel()
        self._list.remove(self._visible[r] for r in rows)
        self._visible = self._filtered()
        self.endResetModel()
        self.contactsEdited.emit()

    def refresh_statuses(self) -> None:
        """After the contact list changed underneath (do-not-contact list edited)."""
        self.set_filter(self._status, self._search)
        self.contactsEdited.emit()

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self._list is None:
            return 0
        return self.FIXED + len(self._list.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or self._list is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        if section == self.ROW:
            return self.tr("Row")
        if section == self.STATUS:
            return self.tr("Status")
        if section == self.NUMBER:
            return self.tr("Sends to")
        if 0 <= section - self.FIXED < len(self._list.columns):
            return self._list.columns[section - self.FIXED]
        return None

    def _phone_section(self) -> int:
        assert self._list is not None
        return self.FIXED + self._list.phone_column

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self._phone_section():
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def status_text(self, contact: Contact) -> str:
        if contact.status is Status.RECIPIENT:
            return self.tr("Recipient")
        if contact.status is Status.INVALID:
            return self.tr("Invalid: {reason}").format(reason=contact.reason)
        if contact.status is Status.DUPLICATE:
            return self.tr("Duplicate of row {row}").format(row=contact.first_row)
        if contact.status is Status.NOT_MOBILE:
            kind = words.tr(contact.check.number_type)
            return self.tr("Not mobile ({kind})").format(kind=kind)
        return self.tr("Do not contact")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._list is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._visible)) or not (0 <= column < self.columnCount()):
            return None
        contact = self._list.contacts[self._visible[row]]
        if role == self.StatusRole:
            return contact.status.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.ROW:
                return contact.row
            if column == self.STATUS:
                return self.status_text(contact)
            if column == self.NUMBER:
                return contact.phone or ""
            offset = column - self.FIXED
            value = contact.values[offset] if offset < len(contact.values) else None
            return cell_text(value)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return STATUS_COLOURS.get(contact.status)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.STATUS, self._phone_section()):
            return self.status_text(contact)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(  # noqa: N802
        self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or self._list is None
            or not index.isValid()
            or index.column() != self._phone_section()
        ):
            return False
        self._list.set_phone(self._visible[index.row()], value)
        # A new number can make or unmake duplicates anywhere in the list.
        last = self.index(self.rowCount() - 1, self.columnCount() - 1)
        self.dataChanged.emit(self.index(0, 0), last)
        self.contactsEdited.emit()
        return True
