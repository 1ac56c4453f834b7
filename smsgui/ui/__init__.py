"""The window: PySide6 widgets and models over `smsgui.core`."""
